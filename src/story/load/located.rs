//! Located errors for the other JSON files an editor writes beside the stories (the
//! deployment's `data/site.json`): the same `LINE:COL: PATH: message` as a story's.

use serde::de::DeserializeOwned;

use super::{locate, parse_error, StoryError};

/// `text` parsed as `T`, or serde_json's first error, located like a story's parse error.
pub fn parse_located<T: DeserializeOwned>(text: &str) -> Result<T, StoryError> {
    serde_json::from_str(text).map_err(|error| parse_error(text, &error))
}

/// An error about the value at `path` (`home`), located where that value starts in `text`.
pub fn error_at(text: &str, path: &str, message: impl Into<String>) -> StoryError {
    let mut errors = [StoryError::at(path, message)];
    locate::locate(text, &mut errors);
    let [error] = errors;
    error
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Pair {
        #[allow(dead_code)]
        home: String,
    }

    #[test]
    fn a_wrong_key_is_located_by_line_column_and_path() {
        let error = parse_located::<Pair>("{\n  \"hom\": \"x\"\n}").unwrap_err();
        assert_eq!(error.line, Some(2));
        assert!(
            error.message.starts_with("unknown field \"hom\""),
            "{error}"
        );
    }

    #[test]
    fn an_error_at_a_path_is_located_at_its_value() {
        let error = error_at("{\n  \"home\": \"x\"\n}", "home", "no such story");
        assert_eq!(error.to_string(), "2:11: home: no such story");
    }
}
