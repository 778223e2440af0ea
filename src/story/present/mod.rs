pub mod figures;
pub mod steps;

/// The stories the view model's tests read: the bundled one and the small fixture.
#[cfg(test)]
mod test_stories {
    use crate::story::Story;

    pub fn bundled() -> Story {
        crate::story::load(crate::story::BUNDLED).unwrap()
    }

    pub fn mini() -> Story {
        crate::story::load(include_str!("../../../tests/fixtures/mini.json")).unwrap()
    }
}
