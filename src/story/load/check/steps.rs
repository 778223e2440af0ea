//! The steps of the explainer: each with a title, paragraphs, and something to show beside
//! them (a known question, figures, or the sources).

use std::collections::HashSet;

use super::{index_path, key_path, quoted, Checker};
use crate::story::model::{FigureSelection, Step, StepShows};

impl Checker<'_> {
    pub(super) fn step(&mut self, path: &str, step: &Step) {
        self.text(&key_path(path, "title"), &step.title);
        self.paragraphs(&key_path(path, "body"), &step.body);
        self.shows(&key_path(path, "shows"), &step.shows);
    }

    fn shows(&mut self, shows_path: &str, shows: &StepShows) {
        if shows.question.is_none() && shows.figures.is_none() && !shows.sources {
            self.error(
                shows_path,
                "the step shows nothing; name a \"question\", \"figures\" or \"sources\": true",
            );
        }
        if let Some(question) = &shows.question {
            if let Some(message) = self.questions.unknown("question", question) {
                self.error(key_path(shows_path, "question"), message);
            }
        }
        if let Some(FigureSelection::Only(ids)) = &shows.figures {
            self.only_figures(&key_path(shows_path, "figures.only"), ids);
        }
    }

    /// `{"only": [...]}`: at least one known figure, each once.
    fn only_figures(&mut self, only_path: &str, ids: &[String]) {
        if ids.is_empty() {
            self.error(
                only_path,
                "no figures listed; name at least one figure, or use \"all\"",
            );
        }
        self.list_size(only_path, ids.len(), None);
        let mut listed = HashSet::new();
        for (j, id) in ids.iter().enumerate() {
            if let Some(message) = self.figures.unknown("figure", id) {
                self.error(index_path(only_path, j), message);
            } else if !listed.insert(id.as_str()) {
                self.error(
                    index_path(only_path, j),
                    format!("figure {} is listed twice", quoted(id)),
                );
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
    fn a_step_that_shows_nothing_is_an_error() {
        let errors = errors_after(|v| v["steps"][0]["shows"] = json!({}));
        assert_eq!(
            described(&errors),
            ["steps[0].shows: the step shows nothing; name a \"question\", \"figures\" or \"sources\": true"]
        );
        let errors = errors_after(|v| v["steps"][0]["shows"] = json!({"sources": false}));
        assert_eq!(errors.len(), 1);
        assert!(
            load(&MINI.replacen("{ \"question\": \"sent\" }", "{ \"sources\": true }", 1)).is_ok()
        );
    }

    #[test]
    fn figure_selection_only_must_name_figures() {
        let errors = errors_after(|v| v["steps"][1]["shows"]["figures"] = json!({"only": []}));
        assert_eq!(
            described(&errors),
            ["steps[1].shows.figures.only: no figures listed; name at least one figure, or use \"all\""]
        );
        let mut value = sample_value();
        value["steps"][1]["shows"]["figures"] = json!({"only": ["prepared"]});
        let story = load(&value.to_string()).unwrap();
        assert_eq!(story.step_figures(&story.steps[1]).len(), 1);
    }
}
