//! The stories the view model's tests read.

use crate::story::Story;

fn load(json: &str) -> Story {
    match crate::story::load(json) {
        Ok(story) => story,
        Err(errors) => panic!("story is invalid: {errors:?}"),
    }
}

/// `tests/fixtures/mini.json`: three sources (two of them parties), two questions, four
/// claims, two lenses.
pub fn mini() -> Story {
    load(include_str!("../../../tests/fixtures/mini.json"))
}

/// The seed story, `data/nk-troops.json`.
pub fn bundled() -> Story {
    load(crate::story::BUNDLED)
}
