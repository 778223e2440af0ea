//! The story as a page carries it to the reader's wasm: [`encode`] when the site is built
//! (after story-check's validation), [`decode`] in the reader, without the validator.
//!
//! The form is compact JSON. Measured against a binary form (postcard + base64, see
//! /work/wt/size-ab.md in issue 14's note): base64 hides the text from gzip, so the page
//! grew by more than the wasm would lose, and the reader must parse JSON anyway for the
//! story files an editor previews (`?story=`).
//!
//! [`decode`] reads JSON by hand (`json`, `number`) into the model's types (`story`, with
//! `shape`'s helpers), accepting what
//! serde_json and the model's derives accept and building the same story: serde's
//! deserializer, monomorphised for every type of the model, was the largest single block
//! of the reader's wasm. serde_json stays on the build side ([`encode`]) and with the
//! validator (`story::load`).
//!
//! Pure: no leptos, no web_sys; nothing here panics, whatever the input.

use std::fmt;

use super::load::{StoryError, MAX_STORY_BYTES};
use super::model::Story;

pub mod json;
mod number;
mod shape;
mod story;

/// Why a payload is not a story: where the reader stopped, and what it expected there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PayloadError {
    /// 1-based line, 0 when the error is about the text as a whole (its size).
    pub line: usize,
    /// 1-based column in characters.
    pub column: usize,
    /// JSON path of the value that does not fit (`steps[2].title`); empty for a syntax error.
    pub path: String,
    /// What is wrong and what was expected.
    pub message: String,
}

impl PayloadError {
    /// An error at byte offset `at` of `text`.
    fn at(text: &str, at: usize, path: String, message: String) -> Self {
        let mut end = at.min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let before = text.get(..end).unwrap_or_default();
        let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
        PayloadError {
            line: 1 + before.bytes().filter(|&b| b == b'\n').count(),
            column: 1 + before.get(line_start..).unwrap_or_default().chars().count(),
            path,
            message,
        }
    }
}

/// `LINE:COL: PATH: message`, as the validator's errors read.
impl fmt::Display for PayloadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "{}:{}: ", self.line, self.column)?;
        }
        if !self.path.is_empty() {
            write!(f, "{}: ", self.path)?;
        }
        f.write_str(&self.message)
    }
}

/// The error panel lists load errors; a payload error is one, located by its line.
impl From<PayloadError> for StoryError {
    fn from(error: PayloadError) -> Self {
        let known = |n: usize| (n > 0).then_some(n);
        StoryError {
            line: known(error.line),
            column: known(error.line).and(Some(error.column)),
            path: error.path,
            message: error.message,
        }
    }
}

/// The story in the form a page inlines: JSON without whitespace. Always valid JSON (the
/// model serializes infallibly); an empty object if serde_json ever refused it.
pub fn encode(story: &Story) -> String {
    serde_json::to_string(story).unwrap_or_else(|_| "{}".to_owned())
}

/// The story a payload (or a story file, byte order mark and all) holds. Not validated:
/// the pages' stories passed story-check when the site was built.
pub fn decode(text: &str) -> Result<Story, PayloadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.len() > MAX_STORY_BYTES {
        return Err(PayloadError {
            line: 0,
            column: 0,
            path: String::new(),
            message: format!(
                "the story is {} bytes long; at most {MAX_STORY_BYTES} bytes are allowed",
                text.len()
            ),
        });
    }
    let value = json::parse(text)
        .map_err(|e| PayloadError::at(text, e.at, String::new(), e.message.to_owned()))?;
    story::story(&value, &shape::Path::Root)
        .map_err(|e| PayloadError::at(text, e.at, e.path, e.message))
}

#[cfg(test)]
mod tests;
