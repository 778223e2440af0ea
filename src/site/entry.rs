//! One story file as the deployment sees it: what the editors' page lists about it, and
//! the loaded story when it passes story-check.

use std::path::Path;

use serde_json::Value;

use crate::story::{self, Story};

/// What the editors' page says about a story, taken from the loaded story or, for a story
/// that does not load, read leniently from whatever of its JSON parses.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    /// The title in the default language (empty when unknown).
    pub title: String,
    pub default_language: String,
    pub languages: Vec<String>,
    pub steps: Option<usize>,
    pub claims: Option<usize>,
    pub figures: Option<usize>,
}

/// One story file in `data/`.
#[derive(Debug, Clone)]
pub struct StoryEntry {
    /// The file as named to the build (`data/nk-troops.json`).
    pub file: String,
    /// Its address (`nk-troops`: `nk-troops.html`, `?story=nk-troops`), when it can have one.
    pub name: Option<String>,
    pub summary: Summary,
    /// story-check's lines for it, `FILE:LINE:COL: PATH: message`; empty when it passes.
    pub errors: Vec<String>,
    /// The story and its file's text, when it passes and has an address: it gets a page.
    pub loaded: Option<(Story, String)>,
}

impl StoryEntry {
    pub fn read(path: &Path) -> StoryEntry {
        let file = path.display().to_string();
        let (name, name_error) = match super::page_name(path) {
            Ok(name) => (Some(name), None),
            Err(error) => (None, Some(format!("{file}: {error}"))),
        };
        let text = match super::read_text(path) {
            Ok(text) => text,
            Err(line) => {
                let mut errors = vec![line];
                errors.extend(name_error);
                return StoryEntry {
                    file,
                    name,
                    summary: Summary::default(),
                    errors,
                    loaded: None,
                };
            }
        };
        match story::load(&text) {
            Ok(story) => StoryEntry {
                summary: Summary::of_story(&story),
                errors: name_error.into_iter().collect(),
                loaded: name.is_some().then_some((story, text)),
                file,
                name,
            },
            Err(errors) => StoryEntry {
                summary: Summary::of_json(&text),
                errors: errors
                    .iter()
                    .map(|error| super::located_line(&file, error))
                    .chain(name_error)
                    .collect(),
                loaded: None,
                file,
                name,
            },
        }
    }
}

impl Summary {
    fn of_story(story: &Story) -> Summary {
        Summary {
            title: story::text(&story.title, &story.default_language).to_owned(),
            default_language: story.default_language.clone(),
            languages: story.languages.clone(),
            steps: Some(story.steps.len()),
            claims: Some(story.claims.len()),
            figures: Some(story.figures.len()),
        }
    }

    /// Whatever a story file that does not load still says about itself.
    fn of_json(text: &str) -> Summary {
        let Ok(value) = serde_json::from_str::<Value>(text) else {
            return Summary::default();
        };
        let string = |v: &Value| v.as_str().map(str::to_owned);
        let default_language = string(&value["default_language"]).unwrap_or_default();
        let count = |key: &str| value[key].as_array().map(Vec::len);
        Summary {
            title: string(&value["title"][default_language.as_str()]).unwrap_or_default(),
            languages: value["languages"]
                .as_array()
                .map(|codes| codes.iter().filter_map(string).collect())
                .unwrap_or_default(),
            default_language,
            steps: count("steps"),
            claims: count("claims"),
            figures: count("figures"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_story_that_does_not_load_still_shows_what_it_says_of_itself() {
        let summary = Summary::of_json(
            r#"{"title": {"de": "Titel"}, "default_language": "de", "languages": ["de", 3],
                "steps": [1, 2], "claims": "many"}"#,
        );
        assert_eq!(summary.title, "Titel");
        assert_eq!(summary.languages, vec!["de"]);
        assert_eq!(
            (summary.steps, summary.claims, summary.figures),
            (Some(2), None, None)
        );
        assert_eq!(Summary::of_json("{ not json"), Summary::default());
    }
}
