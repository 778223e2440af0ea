//! The story's own vocabulary: the party badge, the kinds of source and evidence, the units
//! and kinds of figures, and the reference figures, each worded in every declared language.
//! What refers to them (a source's kind, a claim's evidence, a figure's unit and kind, a lens
//! rule's values) is resolved where it stands, against the ids declared here.

use super::{key_path, quoted, Checker, IdRule};
use crate::story::load::MAX_ID_CHARS;
use crate::story::model::{Reference, Story, Term, Unit};

/// The chart's first mode in the URL (`?chart=compared`): no reference may take its name.
const COMPARED: &str = "compared";

/// 1 to 64 characters of `a-z`, `0-9`, `-` and `_`, not starting or ending with either.
pub(super) fn is_valid_term_id(id: &str) -> bool {
    let inner = |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_';
    let edge = |b: Option<u8>| b.is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
    id.len() <= MAX_ID_CHARS
        && id.bytes().all(inner)
        && edge(id.bytes().next())
        && edge(id.bytes().last())
}

pub(super) fn invalid_term_id(id: &str) -> String {
    format!(
        "invalid id {}; an id is 1 to {MAX_ID_CHARS} characters of a-z, 0-9, \"-\" and \"_\", starting and ending with a letter or digit",
        quoted(id)
    )
}

impl Checker<'_> {
    pub(super) fn vocabulary(&mut self, story: &Story) {
        if let Some(badge) = &story.party_badge {
            self.text("party_badge", badge);
        }
        self.terms("source_kinds", &story.source_kinds);
        self.terms("evidence_kinds", &story.evidence_kinds);
        self.list_of(
            "units",
            &story.units,
            None,
            (|u: &Unit| &u.id, IdRule::Term),
            |checker, path, unit| {
                checker.text(&key_path(path, "one"), &unit.one);
                checker.text(&key_path(path, "other"), &unit.other);
            },
        );
        self.terms("figure_kinds", &story.figure_kinds);
        self.list(
            "references",
            &story.references,
            None,
            |r| &r.id,
            |checker, path, reference| checker.reference(path, reference, story),
        );
    }

    fn terms(&mut self, name: &str, terms: &[Term]) {
        let label = |checker: &mut Self, path: &str, term: &Term| {
            checker.text(&key_path(path, "label"), &term.label)
        };
        self.list_of(name, terms, None, (|t| &t.id, IdRule::Term), label);
    }

    fn reference(&mut self, path: &str, reference: &Reference, story: &Story) {
        if reference.id == COMPARED {
            self.error(
                key_path(path, "id"),
                format!(
                    "\"{COMPARED}\" is reserved: it names the chart's mode without a reference"
                ),
            );
        }
        if let Some(message) = self.figures.unknown("figure", &reference.figure) {
            self.error(key_path(path, "figure"), message);
        } else if let Some(figure) = story
            .figure(&reference.figure)
            .filter(|f| !f.reach().shareable())
        {
            // Every share of it would pretend to a precision the figure does not have.
            self.error(
                key_path(path, "figure"),
                format!(
                    "the reference figure {} is not exact or \"about\"; shares of an open-ended figure, a bound or a range would read as exact",
                    quoted(&figure.id)
                ),
            );
        }
        self.text(&key_path(path, "chart_mode"), &reference.chart_mode);
        self.text(&key_path(path, "share_column"), &reference.share_column);
        self.text(&key_path(path, "share_of"), &reference.share_of);
    }

    /// `id` at `path` names one of the story's `ids` of this `kind` ("unit", "source kind").
    pub(super) fn known_term(&mut self, path: &str, kind: &str, id: &str, ids: Which) {
        let ids = match ids {
            Which::SourceKinds => &self.source_kinds,
            Which::EvidenceKinds => &self.evidence_kinds,
            Which::Units => &self.units,
            Which::FigureKinds => &self.figure_kinds,
        };
        if let Some(message) = ids.unknown(kind, id) {
            self.error(path, message);
        }
    }
}

/// Which list of the vocabulary an id is looked up in.
#[derive(Clone, Copy)]
pub(super) enum Which {
    SourceKinds,
    EvidenceKinds,
    Units,
    FigureKinds,
}

#[cfg(test)]
mod tests {
    use crate::story::load::testing::*;
    use crate::story::load::*;
    use serde_json::json;

    #[test]
    fn unknown_vocabulary_ids_are_located_and_name_what_is_known() {
        let errors = errors_after(|v| {
            v["sources"][0]["kind"] = json!("think_tank");
            v["claims"][1]["evidence"] = json!("photos");
            v["figures"][0]["unit"] = json!("euro");
            v["figures"][1]["kind"] = json!("estimate");
        });
        assert_eq!(
            described(&errors),
            [
                "sources[0].kind: unknown source kind \"think_tank\"; known: intelligence_service, head_of_state, spokesperson",
                "claims[1].evidence: unknown evidence kind \"photos\"; known: published, unpublished_intelligence, none",
                "figures[0].unit: unknown unit \"euro\"; known: soldiers",
                "figures[1].kind: unknown figure kind \"estimate\"; known: moved, in_preparation",
            ]
        );
    }

    #[test]
    fn a_second_unit_is_named_among_the_known_ones() {
        let errors = errors_after(|v| {
            let mut deaths = v["units"][0].clone();
            deaths["id"] = json!("deaths");
            v["units"].as_array_mut().unwrap().push(deaths);
            v["figures"][1]["unit"] = json!("euro");
        });
        assert_eq!(
            described(&errors),
            ["figures[1].unit: unknown unit \"euro\"; known: soldiers, deaths"]
        );
    }

    #[test]
    fn vocabulary_ids_are_words_and_unique_per_list() {
        let errors = errors_after(|v| {
            let push = |list: &mut serde_json::Value, id: &str| {
                let mut entry = list[0].clone();
                entry["id"] = json!(id);
                list.as_array_mut().unwrap().push(entry);
            };
            push(&mut v["source_kinds"], "head_of_state");
            push(&mut v["evidence_kinds"], "Published");
            push(&mut v["units"], "soldiers");
            push(&mut v["figure_kinds"], "_moved");
        });
        let word = "an id is 1 to 64 characters of a-z, 0-9, \"-\" and \"_\", starting and ending with a letter or digit";
        assert_eq!(
            described(&errors),
            [
                "source_kinds[3].id: duplicate id \"head_of_state\"; first used at source_kinds[1].id".to_string(),
                format!("evidence_kinds[3].id: invalid id \"Published\"; {word}"),
                "units[1].id: duplicate id \"soldiers\"; first used at units[0].id".to_string(),
                format!("figure_kinds[2].id: invalid id \"_moved\"; {word}"),
            ]
        );
    }

    #[test]
    fn every_vocabulary_entry_is_worded_in_every_language() {
        let errors = errors_after(|v| {
            v["party_badge"].as_object_mut().unwrap().remove("en");
            v["source_kinds"][0]["label"]["fr"] = json!("Renseignement");
            v["evidence_kinds"][2]["label"]["de"] = json!(" ");
            v["units"][0]["one"].as_object_mut().unwrap().remove("de");
            v["figure_kinds"][0]["label"] = json!({});
        });
        assert_eq!(
            described(&errors),
            [
                "party_badge.en: missing the text in \"en\"",
                "source_kinds[0].label.fr: language \"fr\" is not declared; declared: de, en",
                "evidence_kinds[2].label.de: empty text",
                "units[0].one.de: missing the text in \"de\"",
                "figure_kinds[0].label.de: missing the text in \"de\"",
                "figure_kinds[0].label.en: missing the text in \"en\"",
            ]
        );
    }

    #[test]
    fn lens_rules_name_the_storys_own_kinds() {
        let errors = errors_after(|v| {
            v["lenses"][0]["rule"] =
                json!({"keep": {"field": "source.kind", "any_of": ["head_of_state", "media"]}});
            v["lenses"][1]["rule"] =
                json!({"leave_out": {"field": "evidence", "any_of": ["none", "assessment"]}});
        });
        assert_eq!(
            described(&errors),
            [
                "lenses[0].rule.keep.any_of[1]: unknown source.kind value \"media\"; known: intelligence_service, head_of_state, spokesperson",
                "lenses[1].rule.leave_out.any_of[1]: unknown evidence value \"assessment\"; known: published, unpublished_intelligence, none",
            ]
        );
    }

    #[test]
    fn a_party_needs_the_storys_party_badge() {
        let errors = errors_after(|v| {
            v.as_object_mut().unwrap().remove("party_badge");
        });
        let message =
            "a source that is a party needs the story's \"party_badge\", the words of its badge";
        assert_eq!(
            described(&errors),
            [
                format!("sources[1].party: {message}"),
                format!("sources[2].party: {message}"),
            ]
        );
        // Without parties, a story needs no badge.
        let mut value = sample_value();
        value.as_object_mut().unwrap().remove("party_badge");
        for source in value["sources"].as_array_mut().unwrap() {
            source.as_object_mut().unwrap().remove("party");
        }
        assert!(load(&value.to_string()).is_ok());
    }

    #[test]
    fn a_reference_figure_is_exact_or_approximate() {
        let mut value = sample_value();
        value["references"] = json!([reference("prepared", "prepared")]);
        value["figures"][1]["qualifier"] = json!("about");
        assert!(load(&value.to_string()).is_ok(), "about is a reference");
        for qualifier in ["at_least", "more_than", "at_most", "fewer_than", "range"] {
            let errors = errors_after(|v| {
                v["references"] = json!([reference("prepared", "prepared")]);
                v["figures"][1]["qualifier"] = json!(qualifier);
                if qualifier == "range" {
                    v["figures"][1]["to"] = json!(1_000_000);
                }
            });
            assert_eq!(
                described(&errors),
                ["references[0].figure: the reference figure \"prepared\" is not exact or \"about\"; shares of an open-ended figure, a bound or a range would read as exact"],
                "{qualifier}"
            );
        }
    }

    fn reference(id: &str, figure: &str) -> serde_json::Value {
        json!({
            "id": id, "figure": figure,
            "chart_mode": {"de": "Im Verhältnis", "en": "Against"},
            "share_column": {"de": "Anteil", "en": "Share"},
            "share_of": {"de": "davon", "en": "of it"}
        })
    }

    #[test]
    fn references_name_a_figure_of_the_story_and_are_worded() {
        let mut value = sample_value();
        value["references"] = json!([reference("prepared", "prepared")]);
        let story = load(&value.to_string()).unwrap();
        assert_eq!(story.references.len(), 1);

        let errors = errors_after(|v| {
            let mut unworded = reference("all", "moved");
            unworded["share_of"].as_object_mut().unwrap().remove("en");
            v["references"] = json!([
                reference("whole", "whole-army"),
                reference("compared", "moved"),
                reference("whole", "prepared"),
                unworded,
            ]);
        });
        assert_eq!(
            described(&errors),
            [
                "references[0].figure: unknown figure \"whole-army\"; known: moved, prepared",
                "references[1].id: \"compared\" is reserved: it names the chart's mode without a reference",
                "references[2].id: duplicate id \"whole\"; first used at references[0].id",
                "references[3].share_of.en: missing the text in \"en\"",
            ]
        );
    }

    #[test]
    fn reference_ids_are_plain_ids_for_the_url() {
        let errors = errors_after(|v| v["references"] = json!([reference("the_whole", "moved")]));
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].path, "references[0].id");
        assert!(errors[0].message.starts_with("invalid id \"the_whole\""));
    }

    #[test]
    fn term_ids_allow_underscores_inside() {
        use super::is_valid_term_id;
        for good in ["a", "intelligence_service", "whole-army", "x9", "a_b-c"] {
            assert!(is_valid_term_id(good), "{good}");
        }
        for bad in ["", "_a", "a_", "-a", "A", "a b", "ä", &"a".repeat(65)] {
            assert!(!is_valid_term_id(bad), "{bad}");
        }
    }
}
