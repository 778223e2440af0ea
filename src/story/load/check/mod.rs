//! The semantic checks of a parsed story, in one pass in document order, so errors come
//! out in the order an editor reads them.
//!
//! This file holds the checker's state and what every collection shares (ids, list sizes,
//! how values are quoted and listed); each part of the story has its own file: `texts`
//! (languages and translated texts), `sources` (sides and sources), `claims`
//! (questions and claims), `figures`, `lenses` and `steps`.

use std::collections::{BTreeMap, HashSet};

use super::locate::{index_path, key_path};
use super::{clip, is_valid_id, StoryError, MAX_ERRORS, MAX_ID_CHARS, MAX_ITEMS, MAX_QUOTED_CHARS};
use crate::story::model::Story;

mod claims;
mod figures;
mod lenses;
mod sources;
mod steps;
mod texts;
mod ui;

pub(super) use ui::ui_file;
mod vocabulary;

/// "known: …" lists name at most this many values.
const MAX_KNOWN_LISTED: usize = 12;

/// Every semantic error of a parsed story, in document order (empty when it is valid).
pub(super) fn story(story: &Story) -> Vec<StoryError> {
    let mut checker = Checker::new(story);
    checker.story(story);
    checker.finish()
}

/// The ids of one collection, in story order, without duplicates.
struct Ids<'a> {
    ordered: Vec<&'a str>,
    set: HashSet<&'a str>,
}

impl<'a> Ids<'a> {
    fn new(ids: impl Iterator<Item = &'a str>) -> Self {
        let mut ordered = Vec::new();
        let mut set = HashSet::new();
        for id in ids {
            if set.insert(id) {
                ordered.push(id);
            }
        }
        Ids { ordered, set }
    }

    /// When `id` is none of these ids, what to say: it names a `kind` of item the story
    /// does not have, and which ones it has.
    fn unknown(&self, kind: &str, id: &str) -> Option<String> {
        if self.set.contains(id) {
            return None;
        }
        let known = known_list(self.ordered.iter().copied());
        Some(format!("unknown {kind} {}; known: {known}", quoted(id)))
    }
}

/// One walk over a story: the errors so far (at most [`MAX_ERRORS`], then a count), and
/// what the checks look things up in.
struct Checker<'a> {
    errors: Vec<StoryError>,
    left_out: usize,
    /// Declared languages, without duplicates, in story order.
    declared: Vec<&'a str>,
    /// The declared languages that are supported: every text needs each of them.
    languages: Vec<&'a str>,
    sides: Ids<'a>,
    sources: Ids<'a>,
    questions: Ids<'a>,
    claims: Ids<'a>,
    figures: Ids<'a>,
    source_kinds: Ids<'a>,
    evidence_kinds: Ids<'a>,
    units: Ids<'a>,
    figure_kinds: Ids<'a>,
    /// Whether the story words the badge of a source that is a party.
    party_badge: bool,
}

impl<'a> Checker<'a> {
    fn new(story: &'a Story) -> Self {
        let declared = Ids::new(story.languages.iter().map(String::as_str)).ordered;
        let languages = declared
            .iter()
            .copied()
            .filter(|lang| texts::is_supported(lang))
            .collect();
        Checker {
            errors: Vec::new(),
            left_out: 0,
            declared,
            languages,
            sides: Ids::new(story.sides.iter().map(|s| s.id.as_str())),
            sources: Ids::new(story.sources.iter().map(|s| s.id.as_str())),
            questions: Ids::new(story.questions.iter().map(|q| q.id.as_str())),
            claims: Ids::new(story.claims.iter().map(|c| c.id.as_str())),
            figures: Ids::new(story.figures.iter().map(|f| f.id.as_str())),
            source_kinds: Ids::new(story.source_kinds.iter().map(|t| t.id.as_str())),
            evidence_kinds: Ids::new(story.evidence_kinds.iter().map(|t| t.id.as_str())),
            units: Ids::new(story.units.iter().map(|u| u.id.as_str())),
            figure_kinds: Ids::new(story.figure_kinds.iter().map(|t| t.id.as_str())),
            party_badge: story.party_badge.is_some(),
        }
    }

    fn error(&mut self, path: impl Into<String>, message: impl Into<String>) {
        if self.errors.len() < MAX_ERRORS {
            self.errors.push(StoryError::at(path, message));
        } else {
            self.left_out += 1;
        }
    }

    fn finish(mut self) -> Vec<StoryError> {
        if self.left_out > 0 {
            let message = format!(
                "{} more errors not listed (the first {} are)",
                self.left_out, MAX_ERRORS
            );
            self.errors.push(StoryError::at("", message));
        }
        self.errors
    }

    fn story(&mut self, story: &Story) {
        if let Some(schema) = &story.schema {
            self.plain_string("$schema", schema, false);
        }
        self.id("id", &story.id);
        self.languages(story);
        self.text("title", &story.title);
        self.text("summary", &story.summary);
        self.text("date", &story.date);
        self.text("credit", &story.credit);
        self.list("sides", &story.sides, None, |s| &s.id, Self::side);
        self.vocabulary(story);
        self.list(
            "sources",
            &story.sources,
            Some("source"),
            |s| &s.id,
            Self::source,
        );
        self.questions(&story.questions, &story.claims);
        self.list(
            "claims",
            &story.claims,
            Some("claim"),
            |c| &c.id,
            Self::claim,
        );
        self.list("figures", &story.figures, None, |f| &f.id, Self::figure);
        self.list("lenses", &story.lenses, None, |l| &l.id, Self::lens);
        self.list("steps", &story.steps, Some("step"), |s| &s.id, Self::step);
    }

    /// The story's list `name`: its size (not empty when `needs` names its item), then each
    /// item's id (valid, and not used before in the list) and what `check` finds in it.
    fn list<T>(
        &mut self,
        name: &str,
        items: &[T],
        needs: Option<&str>,
        id: fn(&T) -> &str,
        check: impl FnMut(&mut Self, &str, &T),
    ) {
        self.list_of(name, items, needs, (id, IdRule::Plain), check);
    }

    /// [`Self::list`] with the rule its ids follow.
    fn list_of<T>(
        &mut self,
        name: &str,
        items: &[T],
        needs: Option<&str>,
        (id, rule): (fn(&T) -> &str, IdRule),
        mut check: impl FnMut(&mut Self, &str, &T),
    ) {
        self.list_size(name, items.len(), needs);
        let mut seen = Seen::default();
        for (i, item) in items.iter().enumerate() {
            let path = index_path(name, i);
            self.item_id(&path, id(item), rule, &mut seen);
            check(self, &path, item);
        }
    }

    fn id(&mut self, path: &str, id: &str) {
        if !is_valid_id(id) {
            self.error(
                path,
                format!(
                    "invalid id {}; an id is 1 to {MAX_ID_CHARS} characters of a-z, 0-9 and \"-\", not starting or ending with \"-\"",
                    quoted(id)
                ),
            );
        }
    }

    /// The id of an item at `path` (`claims[3]`): valid, and not used before in its list.
    fn item_id(&mut self, path: &str, id: &str, rule: IdRule, seen: &mut Seen) {
        let id_path = key_path(path, "id");
        match rule {
            IdRule::Plain if !is_valid_id(id) => return self.id(&id_path, id),
            IdRule::Term if !vocabulary::is_valid_term_id(id) => {
                return self.error(id_path, vocabulary::invalid_term_id(id))
            }
            _ => {}
        }
        match seen.first.get(id) {
            Some(first) => {
                let message = format!("duplicate id {}; first used at {first}", quoted(id));
                self.error(id_path, message);
            }
            None => {
                seen.first.insert(id.to_string(), id_path);
            }
        }
    }

    /// A list that must not be too long, and (when `needs` names its item) not empty.
    fn list_size(&mut self, path: &str, len: usize, needs: Option<&str>) {
        if len == 0 {
            if let Some(item) = needs {
                self.error(path, format!("empty; a story needs at least one {item}"));
            }
        } else if len > MAX_ITEMS {
            self.error(
                path,
                format!("{len} items; at most {MAX_ITEMS} are allowed"),
            );
        }
    }
}

/// What an id of a list may be made of.
#[derive(Clone, Copy)]
enum IdRule {
    /// [`is_valid_id`]: `a-z`, `0-9`, `-` (ids in URLs and file names).
    Plain,
    /// A word of the story's vocabulary, which may also have `_` (`intelligence_service`).
    Term,
}

/// Where each id of one list was first used.
#[derive(Default)]
struct Seen {
    first: BTreeMap<String, String>,
}

/// `"value"`, clipped so a hostile value cannot flood a message.
fn quoted(value: &str) -> String {
    format!("\"{}\"", clip(value, MAX_QUOTED_CHARS))
}

fn known_list<'k>(values: impl Iterator<Item = &'k str>) -> String {
    let values: Vec<&str> = values.collect();
    if values.is_empty() {
        return "(none)".to_string();
    }
    let shown: Vec<String> = values
        .iter()
        .take(MAX_KNOWN_LISTED)
        .map(|v| clip(v, MAX_QUOTED_CHARS))
        .collect();
    let mut list = shown.join(", ");
    if values.len() > MAX_KNOWN_LISTED {
        list.push_str(&format!(", … ({} more)", values.len() - MAX_KNOWN_LISTED));
    }
    list
}

#[cfg(test)]
mod tests {
    use crate::story::load::testing::*;
    use crate::story::load::*;
    use serde_json::{json, Value};

    #[test]
    fn ids_must_be_valid_and_unique_per_collection() {
        let errors = errors_after(|v| {
            v["id"] = json!("Mini Story");
            v["claims"][2]["id"] = json!("nis-sent");
            v["lenses"][1]["id"] = json!("evidence");
            v["steps"][1]["id"] = json!("-numbers");
        });
        assert_eq!(
            described(&errors),
            [
                "id: invalid id \"Mini Story\"; an id is 1 to 64 characters of a-z, 0-9 and \"-\", not starting or ending with \"-\"",
                "claims[2].id: duplicate id \"nis-sent\"; first used at claims[0].id",
                "figures[0].claim: unknown claim \"nis-1500\"; known: nis-sent, peskov-denies, zelensky-10000",
                "lenses[1].id: duplicate id \"evidence\"; first used at lenses[0].id",
                "steps[1].id: invalid id \"-numbers\"; an id is 1 to 64 characters of a-z, 0-9 and \"-\", not starting or ending with \"-\"",
            ]
        );
    }

    #[test]
    fn the_same_id_in_different_collections_is_fine() {
        let mut value = sample_value();
        value["steps"][0]["id"] = json!("nis");
        value["lenses"][0]["id"] = json!("nis");
        value["questions"][0]["id"] = json!("nis");
        for claim in value["claims"].as_array_mut().unwrap() {
            if claim["question"] == "sent" {
                claim["question"] = json!("nis");
            }
        }
        value["steps"][0]["shows"]["question"] = json!("nis");
        assert!(load(&value.to_string()).is_ok());
    }

    #[test]
    fn dangling_references_are_errors() {
        let errors = errors_after(|v| {
            v["sources"][1]["party"] = json!("moscow");
            v["claims"][0]["question"] = json!("who");
            v["claims"][1]["disputes"] =
                json!(["nis-sent", "nis-gone", "peskov-denies", "nis-sent"]);
            v["figures"][1]["claim"] = json!("zelensky");
            v["steps"][0]["shows"]["question"] = json!("how");
            v["steps"][1]["shows"]["figures"] = json!({"only": ["moved", "killed", "moved"]});
        });
        assert_eq!(
            described(&errors),
            [
                "sources[1].party: unknown side \"moscow\"; known: russia, ukraine",
                "claims[0].question: unknown question \"who\"; known: sent, how-many",
                "claims[1].disputes[1]: unknown claim \"nis-gone\"; known: nis-sent, peskov-denies, nis-1500, zelensky-10000",
                "claims[1].disputes[2]: a claim cannot dispute itself",
                "claims[1].disputes[3]: claim \"nis-sent\" is listed twice",
                "figures[1].claim: unknown claim \"zelensky\"; known: nis-sent, peskov-denies, nis-1500, zelensky-10000",
                "steps[0].shows.question: unknown question \"how\"; known: sent, how-many",
                "steps[1].shows.figures.only[1]: unknown figure \"killed\"; known: moved, prepared",
                "steps[1].shows.figures.only[2]: figure \"moved\" is listed twice",
            ]
        );
    }

    #[test]
    fn lists_the_ui_needs_must_not_be_empty() {
        let errors = errors_after(|v| {
            v["sources"] = json!([]);
            v["questions"] = json!([]);
            v["claims"] = json!([]);
            v["figures"] = json!([]);
            v["lenses"] = json!([]);
            v["steps"] = json!([]);
        });
        assert_eq!(
            described(&errors),
            [
                "sources: empty; a story needs at least one source",
                "questions: empty; a story needs at least one question",
                "claims: empty; a story needs at least one claim",
                "steps: empty; a story needs at least one step",
            ]
        );
    }

    #[test]
    fn sides_figures_and_lenses_may_be_empty() {
        let mut value = sample_value();
        value["sides"] = json!([]);
        value["figures"] = json!([]);
        value["lenses"] = json!([]);
        for source in value["sources"].as_array_mut().unwrap() {
            source.as_object_mut().unwrap().remove("party");
        }
        value["steps"][1]["shows"]
            .as_object_mut()
            .unwrap()
            .remove("figures");
        assert!(load(&value.to_string()).is_ok());
    }

    #[test]
    fn lists_longer_than_the_limit_are_errors() {
        let errors = errors_after(|v| {
            let first = v["sides"][0].clone();
            let sides: Vec<Value> = (0..=MAX_ITEMS)
                .map(|i| {
                    let mut side = first.clone();
                    side["id"] = json!(format!("side-{i}"));
                    side
                })
                .collect();
            v["sides"] = json!(sides);
            v["sources"][1]["party"] = json!("side-0");
            v["sources"][2]["party"] = json!("side-1");
        });
        assert_eq!(
            described(&errors),
            ["sides: 501 items; at most 500 are allowed"]
        );
    }

    #[test]
    fn the_number_of_errors_is_capped() {
        let errors = validated_after(|s| {
            let claim = s.claims[0].clone();
            s.claims = (0..2 * MAX_ITEMS)
                .map(|_| {
                    let mut claim = claim.clone();
                    claim.source = "gone".into();
                    claim
                })
                .collect();
        });
        assert_eq!(errors.len(), MAX_ERRORS + 1);
        assert!(errors[MAX_ERRORS].ends_with("more errors not listed (the first 500 are)"));
    }
}
