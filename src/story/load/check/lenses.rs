//! The lenses: each a rule on a known field of a claim, naming values that field can have.

use std::collections::HashSet;

use super::{index_path, key_path, known_list, quoted, Checker};
use crate::story::model::{
    Lens, LensRule, RuleField, RuleFieldName, RuleMatch, Stance, Status, NO_PARTY,
};

impl<'a> Checker<'a> {
    pub(super) fn lens(&mut self, path: &str, lens: &Lens) {
        self.text(&key_path(path, "label"), &lens.label);
        self.text(&key_path(path, "explanation"), &lens.explanation);
        let (variant, rule) = match &lens.rule {
            LensRule::Keep(rule) => ("keep", rule),
            LensRule::LeaveOut(rule) => ("leave_out", rule),
        };
        self.rule(&format!("{path}.rule.{variant}"), rule);
    }

    fn rule(&mut self, path: &str, rule: &RuleMatch) {
        let field = match &rule.field {
            RuleFieldName::Known(field) => *field,
            RuleFieldName::Unknown(name) => {
                let known = RuleField::ALL.map(RuleField::as_str).join(", ");
                self.error(
                    key_path(path, "field"),
                    format!("unknown field {}; known: {known}", quoted(name)),
                );
                return;
            }
        };
        let allowed = self.values_of(field);
        let values_path = key_path(path, "any_of");
        if rule.any_of.is_empty() {
            self.error(
                values_path.clone(),
                format!(
                    "no values; name at least one {} value: {}",
                    field.as_str(),
                    known_list(allowed.iter().copied())
                ),
            );
        }
        self.list_size(&values_path, rule.any_of.len(), None);
        let mut listed = HashSet::new();
        for (i, value) in rule.any_of.iter().enumerate() {
            let value_path = index_path(&values_path, i);
            if !allowed.contains(&value.as_str()) {
                self.error(
                    value_path,
                    format!(
                        "unknown {} value {}; known: {}",
                        field.as_str(),
                        quoted(value),
                        known_list(allowed.iter().copied())
                    ),
                );
            } else if !listed.insert(value.as_str()) {
                self.error(
                    value_path,
                    format!("value {} is listed twice", quoted(value)),
                );
            }
        }
    }

    /// The values a rule on `field` may name, as written in the JSON.
    fn values_of(&self, field: RuleField) -> Vec<&'a str> {
        match field {
            RuleField::Evidence => self.evidence_kinds.ordered.clone(),
            RuleField::Status => Status::ALL.map(Status::as_str).to_vec(),
            RuleField::Stance => Stance::ALL.map(Stance::as_str).to_vec(),
            RuleField::Source => self.sources.ordered.clone(),
            RuleField::SourceKind => self.source_kinds.ordered.clone(),
            RuleField::SourceParty => {
                let mut values = self.sides.ordered.clone();
                values.push(NO_PARTY);
                values
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::story::load::testing::*;
    use crate::story::load::*;
    use serde_json::json;

    #[test]
    fn lens_rule_on_an_unknown_field_names_the_known_fields() {
        let errors = errors_after(|v| v["lenses"][1]["rule"]["keep"]["field"] = json!("evidnce"));
        assert_eq!(
            described(&errors),
            ["lenses[1].rule.keep.field: unknown field \"evidnce\"; known: evidence, status, stance, source, source.kind, source.party"]
        );
    }

    #[test]
    fn lens_rule_values_must_fit_their_field() {
        let errors = errors_after(|v| {
            v["lenses"][0]["rule"] = json!({"leave_out": {"field": "status", "any_of": ["unconfirmed", "rumour", "unconfirmed"]}});
            v["lenses"][1]["rule"]["keep"]["any_of"] = json!([]);
        });
        assert_eq!(
            described(&errors),
            [
                "lenses[0].rule.leave_out.any_of[1]: unknown status value \"rumour\"; known: on_record, unconfirmed",
                "lenses[0].rule.leave_out.any_of[2]: value \"unconfirmed\" is listed twice",
                "lenses[1].rule.keep.any_of: no values; name at least one source.party value: russia, ukraine, none",
            ]
        );
        let cases = [
            ("evidence", "published", "photos"),
            ("stance", "no_evidence", "maybe"),
            ("source", "kremlin", "tass"),
            ("source.kind", "head_of_state", "president"),
            ("source.party", "ukraine", "nato"),
            ("source.party", "none", "neutral"),
        ];
        for (field, good, bad) in cases {
            let mut value = sample_value();
            value["lenses"][0]["rule"] = json!({"keep": {"field": field, "any_of": [good]}});
            assert!(load(&value.to_string()).is_ok(), "{field} {good}");
            value["lenses"][0]["rule"] = json!({"keep": {"field": field, "any_of": [good, bad]}});
            let errors = load(&value.to_string()).unwrap_err();
            assert_eq!(errors.len(), 1);
            assert_eq!(errors[0].path, "lenses[0].rule.keep.any_of[1]");
            assert!(
                errors[0]
                    .message
                    .starts_with(&format!("unknown {field} value \"{bad}\"; known: ")),
                "{}",
                errors[0].message
            );
        }
    }
}
