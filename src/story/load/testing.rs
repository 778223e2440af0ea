//! What the loader's unit tests share: the small valid story and ways to break it.

use serde_json::Value;

use super::{load, validate, StoryError};
use crate::story::model::Story;

/// A small valid story (2 sides, 3 sources, 2 questions, 4 claims, 2 figures, 2 lenses,
/// 2 steps), shared with the property tests.
pub(super) const MINI: &str = include_str!("../../../tests/fixtures/mini.json");

pub(super) fn sample_story_json() -> String {
    MINI.to_string()
}

pub(super) fn sample_value() -> Value {
    serde_json::from_str(MINI).unwrap()
}

pub(super) fn sample_story() -> Story {
    load(MINI).unwrap()
}

/// Load the sample after `change`; the errors (panics if it loads).
pub(super) fn errors_after(change: impl FnOnce(&mut Value)) -> Vec<StoryError> {
    let mut value = sample_value();
    change(&mut value);
    let text = serde_json::to_string_pretty(&value).unwrap();
    match load(&text) {
        Ok(_) => panic!("the changed story loaded"),
        Err(errors) => errors,
    }
}

/// The errors as `PATH: message`, without line and column.
pub(super) fn described(errors: &[StoryError]) -> Vec<String> {
    errors
        .iter()
        .map(|e| {
            StoryError {
                line: None,
                column: None,
                ..e.clone()
            }
            .to_string()
        })
        .collect()
}

pub(super) fn validated_after(change: impl FnOnce(&mut Story)) -> Vec<String> {
    let mut story = sample_story();
    change(&mut story);
    described(&validate(&story))
}
