//! The story as a page carries it to the reader's wasm: [`encode`] when the site is built
//! (after story-check's validation), [`decode`] in the reader, without the validator.
//!
//! The form is compact JSON. Measured against a binary form (postcard + base64, see
//! /work/wt/size-ab.md in issue 14's note): base64 hides the text from gzip, so the page
//! grew by more than the wasm would lose, and the reader must parse JSON anyway for the
//! story files an editor previews (`?story=`).
//!
//! Pure: no leptos, no web_sys; nothing here panics, whatever the input.

use std::fmt;

use super::load::StoryError;
use super::model::Story;

/// Why a payload is not a story: serde_json's first error and where it stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PayloadError {
    /// 1-based line, 0 when the text ended before a story did.
    pub line: usize,
    /// 1-based column in bytes, as serde_json counts it.
    pub column: usize,
    /// What is wrong, without serde_json's position suffix.
    pub message: String,
}

impl fmt::Display for PayloadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "{}:{}: ", self.line, self.column)?;
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
            path: String::new(),
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
    serde_json::from_str(text).map_err(|error| {
        let (line, column) = (error.line(), error.column());
        let message = error.to_string();
        let suffix = format!(" at line {line} column {column}");
        PayloadError {
            line,
            column,
            message: message.strip_suffix(&suffix).unwrap_or(&message).to_owned(),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seed() -> Story {
        crate::story::load(crate::story::BUNDLED).unwrap()
    }

    #[test]
    fn a_decoded_payload_is_the_story_that_was_encoded() {
        let story = seed();
        assert_eq!(decode(&encode(&story)).unwrap(), story);
    }

    #[test]
    fn the_payload_is_compact_json() {
        let payload = encode(&seed());
        assert!(!payload.contains('\n'));
        assert!(payload.len() < crate::story::BUNDLED.len());
        assert!(serde_json::from_str::<serde_json::Value>(&payload).is_ok());
    }

    #[test]
    fn a_story_file_decodes_as_it_is_with_or_without_a_byte_order_mark() {
        let story = seed();
        assert_eq!(decode(crate::story::BUNDLED).unwrap(), story);
        let with_bom = format!("\u{feff}{}", crate::story::BUNDLED);
        assert_eq!(decode(&with_bom).unwrap(), story);
    }

    #[test]
    fn a_payload_that_is_not_a_story_says_where_it_stopped() {
        let error = decode("{\n  \"id\": \"x\",\n  \"languages\": [\"de\" \"en\"]\n}").unwrap_err();
        assert_eq!((error.line, error.column), (3, 22));
        assert_eq!(error.to_string(), "3:22: expected `,` or `]`");
        let error = StoryError::from(error);
        assert_eq!(error.to_string(), "3:22: expected `,` or `]`");
    }

    #[test]
    fn an_empty_payload_is_an_error() {
        let error = decode("").unwrap_err();
        assert!(error.message.starts_with("EOF while parsing"), "{error}");
    }

    #[test]
    fn a_payload_that_misses_a_field_names_it() {
        let error = decode("{}").unwrap_err();
        assert!(error.message.contains("missing field `id`"), "{error}");
    }
}
