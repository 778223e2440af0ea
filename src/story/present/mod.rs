//! The view model: everything a component shows, as plain values already in the reader's
//! language, computed from `(Story, reader's choices, lens outcome)`. Components only bind
//! these values and send the reader's actions back (as in redbadger/crux).

pub mod claims;
pub mod failure;
pub mod figures;
#[cfg(test)]
mod fixtures;
pub mod languages;
pub mod lenses;
pub mod sources;
pub mod steps;
#[cfg(test)]
mod vocabulary_tests;
