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

/// `tests/e2e/fixtures/stories/crowd-count.json`: a fictional story from another domain
/// (people at a rally), with its own units, kinds, badge and reference (the population).
pub fn crowd() -> Story {
    load(include_str!(
        "../../../tests/e2e/fixtures/stories/crowd-count.json"
    ))
}

/// The seed story, `data/nk-troops.json`.
pub fn bundled() -> Story {
    load(crate::story::BUNDLED)
}

/// `tests/e2e/fixtures/stories/qualified.json`: six figures, four of them qualified (about,
/// more than, at most, a range) and an exact whole army.
pub fn qualified() -> Story {
    load(include_str!(
        "../../../tests/e2e/fixtures/stories/qualified.json"
    ))
}
