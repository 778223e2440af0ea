//! What an editor sees instead of a blank frame: why the story cannot be shown, with every
//! located error the engine found.

use crate::story::locale::Lang;
use crate::story::ui_text::ui;
use crate::story::StoryError;

/// Why there is no story to show.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadFailure {
    /// The page carries no story and the URL names none (`?story=`).
    NoStory,
    /// `?story=` is not an id of `[a-z0-9-]`.
    BadId(String),
    /// The story file could not be fetched (HTTP status or network).
    Fetch(String),
    /// The story file is not a valid story.
    Invalid(Vec<StoryError>),
}

/// The error panel.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FailureView {
    pub title: String,
    pub intro: String,
    /// One line per error, as the editor needs it to find the fault.
    pub lines: Vec<String>,
}

pub fn panel(failure: &LoadFailure, lang: Lang) -> FailureView {
    let t = ui(lang);
    let (intro, lines) = match failure {
        LoadFailure::NoStory => (t.no_story, Vec::new()),
        LoadFailure::BadId(id) => (t.bad_story_id, vec![["story=", id].concat()]),
        LoadFailure::Fetch(reason) => (t.fetch_failed, vec![reason.clone()]),
        LoadFailure::Invalid(errors) => (
            t.error_intro,
            errors.iter().map(ToString::to_string).collect(),
        ),
    };
    FailureView {
        title: t.error_title.to_owned(),
        intro: intro.to_owned(),
        lines,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bad_story_id_is_shown_as_the_editor_wrote_it() {
        let view = panel(&LoadFailure::BadId("../etc".to_owned()), Lang::of("en"));
        assert_eq!(view.title, "This story cannot be shown");
        assert_eq!(
            view.intro,
            "Invalid story id: only lower-case letters, digits and hyphens are allowed."
        );
        assert_eq!(view.lines, vec!["story=../etc"]);
    }

    #[test]
    fn a_page_without_a_story_says_how_to_name_one() {
        let view = panel(&LoadFailure::NoStory, Lang::of("en"));
        assert_eq!(view.title, "This story cannot be shown");
        assert_eq!(
            view.intro,
            "This page holds no story. Open a story's own page, or name one with ?story=ID."
        );
        assert!(view.lines.is_empty());
    }

    #[test]
    fn a_failed_fetch_gives_its_reason() {
        let view = panel(
            &LoadFailure::Fetch("data/x.json: 404".to_owned()),
            Lang::of("de"),
        );
        assert_eq!(view.title, "Diese Geschichte kann nicht angezeigt werden");
        assert_eq!(view.intro, "Die Story-Datei konnte nicht geladen werden");
        assert_eq!(view.lines, vec!["data/x.json: 404"]);
    }

    #[test]
    fn an_invalid_story_lists_every_located_error() {
        let errors = match crate::story::load(r#"{ "id": "x" }"#) {
            Ok(_) => panic!("a story without its parts is invalid"),
            Err(errors) => errors,
        };
        let view = panel(&LoadFailure::Invalid(errors.clone()), Lang::of("de"));
        assert_eq!(view.intro, "Die Story-Datei enthält Fehler:");
        let expected: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert!(!expected.is_empty());
        assert_eq!(view.lines, expected);
    }
}
