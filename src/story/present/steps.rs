//! What one step of the explainer shows, and what the live region says when the reader
//! reaches a step, as ready-to-show values in the reader's language.

use crate::story::locale::Lang;
use crate::story::ui_text;
use crate::story::{self, Paragraphs, Story};

/// One step of the explainer.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StepView {
    /// The step's id (`data-step`).
    pub id: String,
    pub title: String,
    /// "Schritt 2 von 6" / "Step 2 of 6": the step's accessible name.
    pub position: String,
    /// The body in the reader's language, falling back like every story text.
    pub paragraphs: Vec<String>,
    /// The question whose claims the step shows.
    pub question: Option<String>,
    /// The ids of the figures the step charts, in story order; `None` for no chart.
    pub figures: Option<Vec<String>>,
    /// Whether the step shows the list of sources.
    pub sources: bool,
}

/// The step at `index` (0-based) in `lang`; `None` past the last step.
pub fn step(story: &Story, index: usize, lang: Lang) -> Option<StepView> {
    let step = story.steps.get(index)?;
    Some(StepView {
        id: step.id.clone(),
        title: story::text(&step.title, lang.code()).to_owned(),
        position: ui_text::step_of(lang, index + 1, story.steps.len()),
        paragraphs: paragraphs(&step.body, lang).to_vec(),
        question: step.shows.question.clone(),
        figures: step.shows.figures.as_ref().map(|_| {
            story
                .step_figures(step)
                .into_iter()
                .map(|f| f.id.clone())
                .collect()
        }),
        sources: step.shows.sources,
    })
}

/// The paragraphs in `lang`, falling back like `story::text`.
fn paragraphs(body: &Paragraphs, lang: Lang) -> &[String] {
    story::in_language(body, lang.code())
        .map(Vec::as_slice)
        .unwrap_or(&[])
}

/// What the polite live region says once the reader is on step `index` (0-based), having
/// been on `previous`: "Schritt 3 von 6: Wie viele Soldaten?" after a step change; nothing
/// on first render (`previous` is `None`) nor when only the language changed.
pub fn announcement(story: &Story, previous: Option<usize>, index: usize, lang: Lang) -> String {
    if previous.is_none_or(|was| was == index) {
        return String::new();
    }
    let title = story
        .steps
        .get(index)
        .map(|step| story::text(&step.title, lang.code()))
        .unwrap_or("");
    [
        ui_text::step_of(lang, index + 1, story.steps.len()).as_str(),
        ui_text::ui(lang).colon,
        title,
    ]
    .concat()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::present::fixtures::{bundled, mini};

    #[test]
    fn a_step_has_its_title_position_and_paragraphs_in_the_readers_language() {
        let story = mini();
        let de = step(&story, 1, Lang::of("de")).unwrap();
        assert_eq!(de.id, "numbers");
        assert_eq!(de.title, "Die Zahlen");
        assert_eq!(de.position, "Schritt 2 von 2");
        assert_eq!(de.paragraphs.len(), 2);
        assert_eq!(de.paragraphs[0], "Zwei Zahlen, zwei Quellen.");
        let en = step(&story, 1, Lang::of("en")).unwrap();
        assert_eq!(en.title, "The numbers");
        assert_eq!(en.position, "Step 2 of 2");
        assert_eq!(en.paragraphs, story.steps[1].body["en"]);
        assert_eq!(en.id, de.id);
    }

    #[test]
    fn a_step_shows_what_the_story_says_it_shows() {
        let story = bundled();
        let seoul = step(&story, 0, Lang::of("de")).unwrap();
        assert_eq!(seoul.question.as_deref(), Some("sent"));
        assert_eq!(seoul.figures, None);
        assert!(!seoul.sources);
        let how_many = step(&story, 1, Lang::of("de")).unwrap();
        assert_eq!(
            how_many.figures,
            Some(vec![
                "moved".to_string(),
                "planned-total".to_string(),
                "in-preparation".to_string()
            ])
        );
        let meaning = step(&story, 3, Lang::of("de")).unwrap();
        assert_eq!(meaning.figures.map(|f| f.len()), Some(story.figures.len()));
        let sources = step(&story, 6, Lang::of("en")).unwrap();
        assert!(sources.sources);
        assert_eq!(sources.question, None);
        assert_eq!(sources.position, "Step 7 of 7");
        let mini = mini();
        let numbers = step(&mini, 1, Lang::of("de")).unwrap();
        assert_eq!(numbers.question.as_deref(), Some("how-many"));
        assert_eq!(
            numbers.figures,
            Some(vec!["moved".to_string(), "prepared".to_string()])
        );
        assert!(numbers.sources);
    }

    #[test]
    fn there_is_no_step_past_the_last() {
        let story = bundled();
        assert!(step(&story, 6, Lang::of("de")).is_some());
        assert_eq!(step(&story, 7, Lang::of("de")), None);
        assert_eq!(step(&story, usize::MAX, Lang::of("en")), None);
    }

    #[test]
    fn every_bundled_step_has_a_title_and_paragraphs_in_every_language() {
        let story = bundled();
        for lang in Lang::all() {
            for index in 0..story.steps.len() {
                let view = step(&story, index, lang).unwrap();
                assert!(!view.title.is_empty(), "{index}");
                assert!(!view.paragraphs.is_empty(), "{index}");
                assert!(view.paragraphs.iter().all(|p| !p.is_empty()), "{index}");
            }
        }
    }

    #[test]
    fn paragraphs_fall_back_like_texts_to_the_first_language() {
        let mut story = mini();
        story.steps[0].body.remove("en");
        story.steps[0].title.remove("en");
        let view = step(&story, 0, Lang::of("en")).unwrap();
        assert_eq!(view.paragraphs, story.steps[0].body["de"]);
        assert_eq!(view.title, "Was Seoul sagt");
        story.steps[0].body.clear();
        assert!(step(&story, 0, Lang::of("en"))
            .unwrap()
            .paragraphs
            .is_empty());
    }

    #[test]
    fn the_live_region_is_silent_at_first_and_announces_the_step_reached() {
        let story = bundled();
        assert_eq!(announcement(&story, None, 0, Lang::of("de")), "");
        assert_eq!(announcement(&story, None, 3, Lang::of("de")), "");
        assert_eq!(
            announcement(&story, Some(0), 1, Lang::of("de")),
            "Schritt 2 von 7: Wie viele?"
        );
        assert_eq!(
            announcement(&story, Some(6), 1, Lang::of("en")),
            "Step 2 of 7: How many?"
        );
    }

    #[test]
    fn a_language_switch_alone_is_not_announced() {
        let story = bundled();
        for lang in Lang::all() {
            assert_eq!(announcement(&story, Some(2), 2, lang), "");
        }
    }

    #[test]
    fn an_announcement_past_the_last_step_has_no_title_and_no_panic() {
        let story = mini();
        assert_eq!(
            announcement(&story, Some(0), 5, Lang::of("en")),
            "Step 6 of 2: "
        );
    }
}
