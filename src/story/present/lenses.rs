//! The credibility toggle: one switch per lens of the story, each with its label, its
//! explanation and whether it is on, and the summary line of how many claims meet the
//! reader's criteria.

use crate::story::lens::LensOutcome;
use crate::story::locale::Lang;
use crate::story::ui_text::{self, ui};
use crate::story::{text, Story};

/// The lens switch; a story without lenses has no switch (`lenses` is empty).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LensSwitchView {
    pub heading: String,
    pub intro: String,
    /// The story's lenses, in story order.
    pub lenses: Vec<LensView>,
    /// "6 von 17 Aussagen erfüllen Ihre Kriterien".
    pub summary: String,
}

/// One lens as its switch shows it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LensView {
    pub id: String,
    pub label: String,
    pub explanation: String,
    /// Whether the lens is active.
    pub on: bool,
}

/// The lens switch in the reader's language, under the `active` lens ids and their outcome.
pub fn switch(
    story: &Story,
    lang: Lang,
    outcome: &LensOutcome,
    active: &[String],
) -> LensSwitchView {
    let code = lang.code();
    let t = ui(lang);
    LensSwitchView {
        heading: t.lenses_heading.to_owned(),
        intro: t.lenses_intro.to_owned(),
        lenses: story
            .lenses
            .iter()
            .map(|lens| LensView {
                id: lens.id.clone(),
                label: text(&lens.label, code).to_owned(),
                explanation: text(&lens.explanation, code).to_owned(),
                on: active.contains(&lens.id),
            })
            .collect(),
        summary: ui_text::summary(lang, outcome.shown_claims(), outcome.total_claims()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::lens;
    use crate::story::present::fixtures::mini;

    fn ids(ids: &[&str]) -> Vec<String> {
        ids.iter().map(|id| id.to_string()).collect()
    }

    fn view(story: &Story, lang: Lang, active: &[&str]) -> LensSwitchView {
        let active = ids(active);
        switch(story, lang, &lens::apply(story, &active), &active)
    }

    #[test]
    fn switch_lists_every_lens_in_story_order_labelled_and_explained() {
        let story = mini();
        let de = view(&story, Lang::of("de"), &[]);
        assert_eq!(de.heading, "Glaubwürdigkeit");
        assert_eq!(
            de.intro,
            "Wählen Sie, welchen Aussagen Sie folgen wollen. Alle Ansichten passen sich an."
        );
        let listed: Vec<(&str, bool)> = de.lenses.iter().map(|l| (l.id.as_str(), l.on)).collect();
        assert_eq!(listed, vec![("evidence", false), ("no-parties", false)]);
        for (lens, view) in story.lenses.iter().zip(&de.lenses) {
            assert_eq!(view.label, text(&lens.label, "de"));
            assert_eq!(view.explanation, text(&lens.explanation, "de"));
        }
        let en = view(&story, Lang::of("en"), &[]);
        assert_eq!(en.heading, "Credibility");
        assert_eq!(en.lenses[0].label, text(&story.lenses[0].label, "en"));
    }

    #[test]
    fn summary_counts_the_claims_meeting_the_criteria_in_the_readers_language() {
        let story = mini();
        let total = story.claims.len();
        assert_eq!(
            view(&story, Lang::of("de"), &[]).summary,
            format!("{total} von {total} Aussagen erfüllen Ihre Kriterien")
        );
        let active = ids(&["no-parties"]);
        let outcome = lens::apply(&story, &active);
        let shown = outcome.shown_claims();
        assert!(shown < total, "the lens sets some claim aside");
        let en = switch(&story, Lang::of("en"), &outcome, &active);
        assert_eq!(
            en.summary,
            format!("{shown} of {total} claims meet your criteria")
        );
        let on: Vec<bool> = en.lenses.iter().map(|l| l.on).collect();
        assert_eq!(on, vec![false, true]);
    }

    #[test]
    fn a_story_without_lenses_has_no_switches() {
        let mut story = mini();
        story.lenses.clear();
        assert!(view(&story, Lang::of("de"), &[]).lenses.is_empty());
    }
}
