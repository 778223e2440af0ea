//! What is contested and who says what: the questions, and the claims that answer them
//! (each from a known source, perhaps quoted, perhaps disputing other claims).

use std::collections::HashSet;

use super::vocabulary::Which;
use super::{index_path, key_path, quoted, Checker};
use crate::story::load::is_valid_id;
use crate::story::model::{Claim, Question, Quote};

impl Checker<'_> {
    /// The questions; each must be answered by at least one of `claims`.
    pub(super) fn questions(&mut self, questions: &[Question], claims: &[Claim]) {
        let answered: HashSet<&str> = claims.iter().map(|c| c.question.as_str()).collect();
        let question = |checker: &mut Self, path: &str, question: &Question| {
            checker.text(&key_path(path, "text"), &question.text);
            if is_valid_id(&question.id) && !answered.contains(question.id.as_str()) {
                checker.error(
                    path,
                    format!("no claim answers question {}", quoted(&question.id)),
                );
            }
        };
        self.list(
            "questions",
            questions,
            Some("question"),
            |q| &q.id,
            question,
        );
    }

    pub(super) fn claim(&mut self, path: &str, claim: &Claim) {
        if let Some(message) = self.sources.unknown("source", &claim.source) {
            self.error(key_path(path, "source"), message);
        }
        if let Some(message) = self.questions.unknown("question", &claim.question) {
            self.error(key_path(path, "question"), message);
        }
        self.text(&key_path(path, "statement"), &claim.statement);
        if let Some(quote) = &claim.quote {
            self.quote(&key_path(path, "quote"), quote);
        }
        self.text(&key_path(path, "when"), &claim.when);
        let evidence_path = key_path(path, "evidence");
        self.known_term(
            &evidence_path,
            "evidence kind",
            &claim.evidence,
            Which::EvidenceKinds,
        );
        self.disputes(path, claim);
    }

    /// Verbatim words in a declared language, translated into the other ones.
    fn quote(&mut self, quote_path: &str, quote: &Quote) {
        self.plain_string(&key_path(quote_path, "text"), &quote.text, true);
        if !self.declared.is_empty() && !self.declared.contains(&quote.lang.as_str()) {
            let languages = self.declared();
            self.error(
                key_path(quote_path, "lang"),
                format!(
                    "language {} is not declared; declared: {languages}",
                    quoted(&quote.lang)
                ),
            );
        }
        self.translation(quote_path, &quote.lang, &quote.translation);
    }

    /// The claims `claim` disputes: known, other than itself, each once.
    fn disputes(&mut self, path: &str, claim: &Claim) {
        let disputes_path = key_path(path, "disputes");
        self.list_size(&disputes_path, claim.disputes.len(), None);
        let mut disputed = HashSet::new();
        for (j, disputed_id) in claim.disputes.iter().enumerate() {
            let dispute_path = index_path(&disputes_path, j);
            if let Some(message) = self.claims.unknown("claim", disputed_id) {
                self.error(dispute_path, message);
            } else if *disputed_id == claim.id {
                self.error(dispute_path, "a claim cannot dispute itself");
            } else if !disputed.insert(disputed_id.as_str()) {
                self.error(
                    dispute_path,
                    format!("claim {} is listed twice", quoted(disputed_id)),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::story::load::testing::*;
    use serde_json::json;

    #[test]
    fn a_question_no_claim_answers_is_an_error() {
        let errors = errors_after(|v| {
            v["questions"]
                .as_array_mut()
                .unwrap()
                .push(json!({"id": "price", "text": {"de": "Preis?", "en": "Price?"}}))
        });
        assert_eq!(
            described(&errors),
            ["questions[2]: no claim answers question \"price\""]
        );
    }

    #[test]
    fn unknown_source_names_the_known_sources() {
        let errors = errors_after(|v| v["claims"][3]["source"] = json!("nis2"));
        assert_eq!(
            described(&errors),
            ["claims[3].source: unknown source \"nis2\"; known: nis, kremlin, zelensky"]
        );
    }
}
