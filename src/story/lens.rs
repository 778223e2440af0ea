//! Credibility lenses: which claims and figures a set of active lenses keeps, and why.
//!
//! Each lens is one criterion from a closed set of rules (see [`LensRule`]):
//! - `keep`: a claim passes iff the value of its field is one of `any_of`;
//! - `leave_out`: a claim passes iff the value of its field is none of `any_of`.
//!
//! Fields ([`RuleField`]): `evidence`, `status`, `stance` (the JSON spelling of the value),
//! `source` (the source id), `source.kind` (the kind of the claim's source) and
//! `source.party` (the side id of the claim's source, or [`NO_PARTY`] when the source is
//! not a party).
//!
//! Active lenses combine with AND: a claim is shown iff it passes every active lens, and
//! it records every lens that set it aside, in story order, so the UI can give each reason
//! (the lens's label and explanation). A figure is shown iff the claim that states it is.
//!
//! A rule this module cannot judge (an unknown field, or a claim whose source is missing)
//! lets the claim pass: validation reports such stories, and nothing here panics.

use super::model::{Claim, Lens, LensRule, RuleField, Story, NO_PARTY};

/// Whether one claim or figure is shown under the active lenses, and which lenses set it aside.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Verdict {
    pub shown: bool,
    /// Ids of the active lenses that set it aside, in story order of lenses; empty iff shown.
    pub set_aside_by: Vec<String>,
}

impl Verdict {
    /// Shown, set aside by no lens (also the answer for an id the story does not have).
    pub fn shown() -> Self {
        Verdict {
            shown: true,
            set_aside_by: Vec::new(),
        }
    }

    fn from_lenses(set_aside_by: Vec<String>) -> Self {
        Verdict {
            shown: set_aside_by.is_empty(),
            set_aside_by,
        }
    }
}

/// The verdict on every claim and every figure of a story, in story order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LensOutcome {
    claims: Vec<(String, Verdict)>,
    figures: Vec<(String, Verdict)>,
}

impl LensOutcome {
    /// The verdict on a claim; an unknown id is shown, set aside by no lens.
    pub fn claim(&self, id: &str) -> Verdict {
        lookup(&self.claims, id)
    }

    /// The verdict on a figure; an unknown id is shown, set aside by no lens.
    pub fn figure(&self, id: &str) -> Verdict {
        lookup(&self.figures, id)
    }

    /// Every claim id with its verdict, in story order (the tests' view; the app asks by id).
    #[cfg(test)]
    pub fn claims(&self) -> impl Iterator<Item = (&str, &Verdict)> + '_ {
        self.claims.iter().map(|(id, v)| (id.as_str(), v))
    }

    /// Every figure id with its verdict, in story order (the tests' view).
    #[cfg(test)]
    pub fn figures(&self) -> impl Iterator<Item = (&str, &Verdict)> + '_ {
        self.figures.iter().map(|(id, v)| (id.as_str(), v))
    }

    pub fn shown_claims(&self) -> usize {
        self.claims.iter().filter(|(_, v)| v.shown).count()
    }

    pub fn total_claims(&self) -> usize {
        self.claims.len()
    }

    #[cfg(test)]
    pub fn shown_figures(&self) -> usize {
        self.figures.iter().filter(|(_, v)| v.shown).count()
    }

    #[cfg(test)]
    pub fn total_figures(&self) -> usize {
        self.figures.len()
    }
}

fn lookup(list: &[(String, Verdict)], id: &str) -> Verdict {
    list.iter()
        .find(|(known, _)| known == id)
        .map(|(_, v)| v.clone())
        .unwrap_or_else(Verdict::shown)
}

/// Judges every claim and figure of `story` under the `active` lens ids.
///
/// Ids the story does not have are ignored; order and duplicates in `active` do not matter.
pub fn apply(story: &Story, active: &[String]) -> LensOutcome {
    let lenses: Vec<&Lens> = active_lenses(story, &|id| active.iter().any(|a| a == id));

    let claims: Vec<(String, Verdict)> = story
        .claims
        .iter()
        .map(|claim| {
            let set_aside_by = lenses
                .iter()
                .filter(|lens| !claim_passes(story, lens, claim))
                .map(|lens| lens.id.clone())
                .collect();
            (claim.id.clone(), Verdict::from_lenses(set_aside_by))
        })
        .collect();

    let figures = story
        .figures
        .iter()
        .map(|figure| (figure.id.clone(), lookup(&claims, &figure.claim)))
        .collect();

    LensOutcome { claims, figures }
}

/// The story's lenses whose ids `wanted` picks, in story order, each once: the one normal
/// form of a set of active lenses (ids the story lacks, order and repeats are dropped).
fn active_lenses<'a>(story: &'a Story, wanted: &dyn Fn(&str) -> bool) -> Vec<&'a Lens> {
    let mut lenses: Vec<&Lens> = Vec::new();
    for lens in &story.lenses {
        if wanted(&lens.id) && !lenses.iter().any(|l| l.id == lens.id) {
            lenses.push(lens);
        }
    }
    lenses
}

/// Whether `claim` meets the criterion of `lens` (regardless of any other lens).
pub fn claim_passes(story: &Story, lens: &Lens, claim: &Claim) -> bool {
    let (rule, keep) = match &lens.rule {
        LensRule::Keep(rule) => (rule, true),
        LensRule::LeaveOut(rule) => (rule, false),
    };
    let value = rule
        .field
        .known()
        .and_then(|field| field_value(story, claim, field));
    match value {
        Some(value) => {
            let listed = rule.any_of.iter().any(|v| v == value);
            listed == keep
        }
        // Not judgeable here (unknown field or missing source): validation reports it.
        None => true,
    }
}

/// The value of a rule field for a claim, as written in the JSON.
fn field_value<'a>(story: &'a Story, claim: &'a Claim, field: RuleField) -> Option<&'a str> {
    match field {
        RuleField::Evidence => Some(claim.evidence.as_str()),
        RuleField::Status => Some(claim.status.as_str()),
        RuleField::Stance => Some(claim.stance.as_str()),
        RuleField::Source => Some(claim.source.as_str()),
        RuleField::SourceKind => story.source(&claim.source).map(|s| s.kind.as_str()),
        RuleField::SourceParty => story
            .source(&claim.source)
            .map(|s| s.party.as_deref().unwrap_or(NO_PARTY)),
    }
}

/// The story's lenses named in `verdict.set_aside_by`, for the reasons the UI shows
/// (each lens's label and explanation).
pub fn reasons<'a>(story: &'a Story, verdict: &Verdict) -> Vec<&'a Lens> {
    verdict
        .set_aside_by
        .iter()
        .filter_map(|id| story.lens(id))
        .collect()
}

/// The ids of the lenses `wanted` picks, in their normal form (see `active_lenses`): what
/// the reader's state, the URL and the host messages hold.
pub fn active_ids(story: &Story, wanted: &dyn Fn(&str) -> bool) -> Vec<String> {
    active_lenses(story, wanted)
        .into_iter()
        .map(|lens| lens.id.clone())
        .collect()
}

/// The URL value of active lens ids: `"evidence,no-parties"` (empty when none).
pub fn format_active(active: &[String]) -> String {
    active.join(",")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::model::{Figure, RuleMatch, Side, Source, Stance, Status, Text};

    fn text(s: &str) -> Text {
        [
            ("de".to_string(), s.to_string()),
            ("en".to_string(), s.to_string()),
        ]
        .into_iter()
        .collect()
    }

    fn source(id: &str, kind: &str, party: Option<&str>) -> Source {
        Source {
            id: id.into(),
            name: text(id),
            kind: kind.into(),
            country: text("-"),
            party: party.map(str::to_string),
            note: text("-"),
        }
    }

    fn claim(id: &str, source: &str, stance: Stance, evidence: &str, status: Status) -> Claim {
        Claim {
            id: id.into(),
            source: source.into(),
            question: "how-many".into(),
            stance,
            statement: text(id),
            quote: None,
            when: text("-"),
            evidence: evidence.into(),
            status,
            disputes: Vec::new(),
        }
    }

    fn figure(id: &str, claim: &str, value: f64, kind: &str) -> Figure {
        Figure {
            id: id.into(),
            claim: claim.into(),
            value,
            qualifier: None,
            to: None,
            unit: "soldiers".into(),
            kind: kind.into(),
            label: text(id),
        }
    }

    fn lens(id: &str, rule: LensRule) -> Lens {
        Lens {
            id: id.into(),
            label: text(id),
            explanation: text(id),
            rule,
        }
    }

    fn rule(field: &str, any_of: &[&str]) -> RuleMatch {
        RuleMatch {
            field: field.into(),
            any_of: any_of.iter().map(|s| s.to_string()).collect(),
        }
    }

    /// A mini story shaped like the real one: an intelligence service with published
    /// evidence, media citing it unconfirmed, a Kremlin denial, Kyiv's intelligence claim.
    fn mini_story() -> Story {
        Story {
            schema: None,
            id: "mini".into(),
            languages: vec!["de".into(), "en".into()],
            default_language: "de".into(),
            title: text("t"),
            summary: text("s"),
            date: text("d"),
            credit: text("c"),
            sides: vec![
                Side {
                    id: "russia".into(),
                    label: text("russia"),
                },
                Side {
                    id: "ukraine".into(),
                    label: text("ukraine"),
                },
            ],
            party_badge: Some(text("party")),
            source_kinds: Vec::new(),
            evidence_kinds: Vec::new(),
            units: Vec::new(),
            figure_kinds: Vec::new(),
            references: Vec::new(),
            sources: vec![
                source("nis", "intelligence_service", None),
                source("kr-media", "media", None),
                source("kremlin", "spokesperson", Some("russia")),
                source("kyiv", "head_of_state", Some("ukraine")),
            ],
            questions: Vec::new(),
            claims: vec![
                claim(
                    "nis-moved",
                    "nis",
                    Stance::Asserts,
                    "published",
                    Status::OnRecord,
                ),
                claim(
                    "media-total",
                    "kr-media",
                    Stance::Asserts,
                    "citing_others",
                    Status::Unconfirmed,
                ),
                claim(
                    "kremlin-denies",
                    "kremlin",
                    Stance::Denies,
                    "none",
                    Status::OnRecord,
                ),
                claim(
                    "kyiv-prepared",
                    "kyiv",
                    Stance::Asserts,
                    "unpublished_intelligence",
                    Status::OnRecord,
                ),
            ],
            figures: vec![
                figure("moved", "nis-moved", 1500.0, "moved"),
                figure("total", "media-total", 12000.0, "planned_total"),
                figure("prepared", "kyiv-prepared", 10000.0, "in_preparation"),
            ],
            lenses: vec![
                lens("evidence", LensRule::Keep(rule("evidence", &["published"]))),
                lens(
                    "no-parties",
                    LensRule::LeaveOut(rule("source.party", &["russia", "ukraine"])),
                ),
                lens(
                    "confirmed",
                    LensRule::LeaveOut(rule("status", &["unconfirmed"])),
                ),
            ],
            steps: Vec::new(),
        }
    }

    fn ids(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    fn shown_claim_ids(story: &Story, outcome: &LensOutcome) -> Vec<String> {
        story
            .claims
            .iter()
            .filter(|c| outcome.claim(&c.id).shown)
            .map(|c| c.id.clone())
            .collect()
    }

    #[test]
    fn no_active_lens_shows_every_claim_and_figure() {
        let story = mini_story();
        let outcome = apply(&story, &[]);
        assert_eq!(outcome.shown_claims(), 4);
        assert_eq!(outcome.total_claims(), 4);
        assert_eq!(outcome.shown_figures(), 3);
        assert_eq!(outcome.total_figures(), 3);
        assert_eq!(outcome.claim("kremlin-denies"), Verdict::shown());
    }

    #[test]
    fn lens_without_parties_hides_kremlin_and_kyiv_claims() {
        let story = mini_story();
        let outcome = apply(&story, &ids(&["no-parties"]));
        assert_eq!(
            shown_claim_ids(&story, &outcome),
            ids(&["nis-moved", "media-total"])
        );
        let kremlin = outcome.claim("kremlin-denies");
        assert!(!kremlin.shown);
        assert_eq!(kremlin.set_aside_by, ids(&["no-parties"]));
        assert!(!outcome.claim("kyiv-prepared").shown);
    }

    #[test]
    fn keep_lens_passes_only_listed_values() {
        let story = mini_story();
        let outcome = apply(&story, &ids(&["evidence"]));
        assert_eq!(shown_claim_ids(&story, &outcome), ids(&["nis-moved"]));
        assert_eq!(outcome.shown_claims(), 1);
    }

    #[test]
    fn leave_out_lens_sets_aside_unconfirmed_reports() {
        let story = mini_story();
        let outcome = apply(&story, &ids(&["confirmed"]));
        assert_eq!(
            outcome.claim("media-total").set_aside_by,
            ids(&["confirmed"])
        );
        assert_eq!(outcome.shown_claims(), 3);
    }

    #[test]
    fn active_lenses_combine_with_and_and_name_every_lens_that_set_a_claim_aside() {
        let story = mini_story();
        let outcome = apply(&story, &ids(&["confirmed", "evidence", "no-parties"]));
        assert_eq!(shown_claim_ids(&story, &outcome), ids(&["nis-moved"]));
        // Reasons come in story order of lenses, not in the order they were switched on.
        assert_eq!(
            outcome.claim("media-total").set_aside_by,
            ids(&["evidence", "confirmed"])
        );
        assert_eq!(
            outcome.claim("kremlin-denies").set_aside_by,
            ids(&["evidence", "no-parties"])
        );
    }

    #[test]
    fn order_and_duplicates_of_active_ids_do_not_change_the_outcome() {
        let story = mini_story();
        let a = apply(&story, &ids(&["evidence", "no-parties"]));
        let b = apply(
            &story,
            &ids(&["no-parties", "evidence", "no-parties", "evidence"]),
        );
        assert_eq!(a, b);
    }

    #[test]
    fn active_ids_the_story_does_not_have_are_ignored() {
        let story = mini_story();
        let outcome = apply(&story, &ids(&["nonsense", ""]));
        assert_eq!(outcome, apply(&story, &[]));
    }

    #[test]
    fn figure_follows_the_claim_that_states_it() {
        let story = mini_story();
        let outcome = apply(&story, &ids(&["no-parties", "confirmed"]));
        assert_eq!(outcome.figure("moved"), Verdict::shown());
        assert_eq!(outcome.figure("total").set_aside_by, ids(&["confirmed"]));
        assert_eq!(
            outcome.figure("prepared").set_aside_by,
            ids(&["no-parties"])
        );
        assert_eq!(outcome.shown_figures(), 1);
        assert_eq!(outcome.total_figures(), 3);
    }

    #[test]
    fn unknown_claim_or_figure_id_is_shown_without_reasons() {
        let story = mini_story();
        let outcome = apply(&story, &ids(&["evidence"]));
        assert_eq!(outcome.claim("no-such-claim"), Verdict::shown());
        assert_eq!(outcome.figure("no-such-figure"), Verdict::shown());
    }

    #[test]
    fn figure_of_a_missing_claim_is_shown() {
        let mut story = mini_story();
        story.figures.push(figure("orphan", "gone", 6.0, "killed"));
        let outcome = apply(&story, &ids(&["evidence"]));
        assert_eq!(outcome.figure("orphan"), Verdict::shown());
    }

    #[test]
    fn outcome_lists_claims_and_figures_in_story_order() {
        let story = mini_story();
        let outcome = apply(&story, &ids(&["evidence"]));
        let claim_ids: Vec<&str> = outcome.claims().map(|(id, _)| id).collect();
        assert_eq!(
            claim_ids,
            [
                "nis-moved",
                "media-total",
                "kremlin-denies",
                "kyiv-prepared"
            ]
        );
        let figure_ids: Vec<&str> = outcome.figures().map(|(id, _)| id).collect();
        assert_eq!(figure_ids, ["moved", "total", "prepared"]);
    }

    #[test]
    fn every_rule_field_reads_the_right_value() {
        let story = mini_story();
        let kremlin = story.claim("kremlin-denies").unwrap();
        // Differs from the Kremlin's denial in every field.
        let media = story.claim("media-total").unwrap();
        let cases = [
            ("stance", "denies"),
            ("evidence", "none"),
            ("status", "on_record"),
            ("source", "kremlin"),
            ("source.kind", "spokesperson"),
            ("source.party", "russia"),
        ];
        for (field, value) in cases {
            let keep = lens("k", LensRule::Keep(rule(field, &[value])));
            let leave = lens("l", LensRule::LeaveOut(rule(field, &[value])));
            assert!(claim_passes(&story, &keep, kremlin), "keep {field}");
            assert!(!claim_passes(&story, &leave, kremlin), "leave out {field}");
            assert!(!claim_passes(&story, &keep, media), "keep {field} on media");
            assert!(
                claim_passes(&story, &leave, media),
                "leave out {field} on media"
            );
        }
    }

    #[test]
    fn source_that_is_no_party_counts_as_party_none() {
        let story = mini_story();
        let only_neutral = lens("n", LensRule::Keep(rule("source.party", &["none"])));
        let outcome_ids: Vec<&str> = story
            .claims
            .iter()
            .filter(|c| claim_passes(&story, &only_neutral, c))
            .map(|c| c.id.as_str())
            .collect();
        assert_eq!(outcome_ids, ["nis-moved", "media-total"]);
    }

    #[test]
    fn keep_lens_with_empty_list_keeps_nothing_and_leave_out_with_empty_list_keeps_all() {
        let story = mini_story();
        let keep = lens("k", LensRule::Keep(rule("evidence", &[])));
        let leave = lens("l", LensRule::LeaveOut(rule("evidence", &[])));
        for c in &story.claims {
            assert!(!claim_passes(&story, &keep, c));
            assert!(claim_passes(&story, &leave, c));
        }
    }

    #[test]
    fn unknown_rule_field_lets_every_claim_pass() {
        let mut story = mini_story();
        story.lenses.push(lens(
            "typo",
            LensRule::Keep(rule("evidenz", &["published"])),
        ));
        let outcome = apply(&story, &ids(&["typo"]));
        assert_eq!(outcome.shown_claims(), 4);
    }

    #[test]
    fn claim_with_a_missing_source_passes_source_kind_and_party_rules() {
        let mut story = mini_story();
        story.claims.push(claim(
            "stray",
            "nobody",
            Stance::Asserts,
            "published",
            Status::OnRecord,
        ));
        let outcome = apply(&story, &ids(&["no-parties"]));
        assert!(outcome.claim("stray").shown);
        let kind = lens("kind", LensRule::Keep(rule("source.kind", &["media"])));
        assert!(claim_passes(&story, &kind, story.claim("stray").unwrap()));
    }

    #[test]
    fn reasons_give_the_lenses_with_label_and_explanation() {
        let story = mini_story();
        let outcome = apply(&story, &ids(&["evidence", "confirmed"]));
        let verdict = outcome.claim("media-total");
        let lenses = reasons(&story, &verdict);
        let lens_ids: Vec<&str> = lenses.iter().map(|l| l.id.as_str()).collect();
        assert_eq!(lens_ids, ["evidence", "confirmed"]);
        assert_eq!(lenses[0].explanation, text("evidence"));
    }

    fn bundled() -> Story {
        serde_json::from_str(crate::story::BUNDLED).unwrap()
    }

    #[test]
    fn bundled_story_without_lenses_shows_everything() {
        let story = bundled();
        let none = apply(&story, &[]);
        assert_eq!(none.shown_claims(), story.claims.len());
        assert_eq!(none.total_claims(), story.claims.len());
        assert_eq!(none.shown_figures(), story.figures.len());
        assert_eq!(none.total_figures(), story.figures.len());
    }

    #[test]
    fn bundled_story_verdicts_agree_with_each_lens_and_figures_with_their_claims() {
        let story = bundled();
        let all: Vec<String> = story.lenses.iter().map(|l| l.id.clone()).collect();
        let every = apply(&story, &all);
        for claim in &story.claims {
            let verdict = every.claim(&claim.id);
            let failing: Vec<String> = story
                .lenses
                .iter()
                .filter(|l| !claim_passes(&story, l, claim))
                .map(|l| l.id.clone())
                .collect();
            assert_eq!(verdict.set_aside_by, failing, "{}", claim.id);
            assert_eq!(verdict.shown, failing.is_empty(), "{}", claim.id);
        }
        for figure in &story.figures {
            assert_eq!(
                every.figure(&figure.id),
                every.claim(&figure.claim),
                "{}",
                figure.id
            );
        }
        for lens in &story.lenses {
            let one = apply(&story, std::slice::from_ref(&lens.id));
            assert!(one.shown_claims() >= every.shown_claims(), "{}", lens.id);
        }
    }

    #[test]
    fn bundled_story_keeps_some_claims_with_every_lens_on() {
        let story = bundled();
        let all: Vec<String> = story.lenses.iter().map(|l| l.id.clone()).collect();
        let every = apply(&story, &all);
        assert!(
            every.shown_claims() > 0,
            "all lenses on leave nothing to read"
        );
        assert!(every.shown_claims() < story.claims.len());
    }
}
