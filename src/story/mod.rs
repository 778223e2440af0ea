//! The pure core: story model, validation, credibility lenses, figure geometry, locale.
//! Nothing here imports leptos or web_sys; all of it is tested with plain `cargo test`.

pub mod figures;
pub mod lang;
pub mod lens;
pub mod load;
pub mod locale;
pub mod model;
pub mod payload;
pub mod present;
pub mod quantity;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
pub mod ui_file;
pub mod ui_text;

pub use load::{load, StoryError};
pub use model::*;

/// The seed story, for the unit tests only: the app reads the story its page carries.
#[cfg(test)]
pub(crate) const BUNDLED: &str = include_str!("../../data/nk-troops.json");
