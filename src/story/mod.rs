//! The pure core: story model, validation, credibility lenses, figure geometry, locale.
//! Nothing here imports leptos or web_sys; all of it is tested with plain `cargo test`.

pub mod figures;
pub mod lang;
pub mod lens;
pub mod load;
pub mod locale;
pub mod model;
pub mod present;
pub mod quantity;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
pub mod ui_file;
pub mod ui_text;

pub use load::{load, StoryError};
pub use model::*;

/// The story bundled into the app, shown when the URL names no other.
pub const BUNDLED: &str = include_str!("../../data/nk-troops.json");
