//! Parse and validate a story: JSON text in, an immutable [`Story`] or located errors out.
//!
//! [`load`] parses with serde_json (the model denies unknown fields, so a typo is an error)
//! and then runs [`validate`], which reports every semantic error at once, in document order:
//! invalid or duplicate ids, dangling references, missing, empty or undeclared translations,
//! empty lists the UI needs, figures that are not whole positive numbers of sane size,
//! lens rules on unknown fields or values, steps that show nothing, and texts or lists so
//! large that a hostile story could blow up the UI.
//!
//! Every error carries the JSON path it is about (`claims[3].source`). Errors from [`load`]
//! also carry the line and column in the text: where serde_json stopped for a parse error,
//! where the value at the path starts for a semantic one. Columns count characters (not
//! bytes), starting at 1, as editors do.
//!
//! Pure: no leptos, no web_sys; nothing here panics, whatever the input.
//!
//! Parts: this file holds the API and the limits; `locate` finds paths and positions in
//! the JSON text and knows nothing about stories; `check` runs the semantic checks, one
//! file per part of the story.

use std::fmt;

use serde::de::DeserializeOwned;

use super::model::Story;
use super::ui_text::UiFile;

mod check;
mod locate;
mod located;
#[cfg(test)]
mod testing;

use locate::Located;
pub use located::{error_at, parse_located};

/// The longest text (in characters) any single field may hold.
pub const MAX_TEXT_CHARS: usize = 20_000;

/// The most items any list (or text map) may hold.
pub const MAX_ITEMS: usize = 500;

/// The largest figure a story may state; anything above is a typo, not a count.
pub const MAX_FIGURE: f64 = 10_000_000_000.0;

/// The largest story text [`load`] parses at all (4 MiB; a real story is well under 100 KiB).
pub const MAX_STORY_BYTES: usize = 4 * 1024 * 1024;

/// At most this many errors are listed; one more error says how many were left out.
pub const MAX_ERRORS: usize = 500;

/// The longest id [`is_valid_id`] accepts.
pub const MAX_ID_CHARS: usize = 64;

/// User-supplied words quoted in messages and paths are clipped to this many characters.
const MAX_QUOTED_CHARS: usize = 64;

/// Messages (which may quote input) are clipped to this many characters.
const MAX_MESSAGE_CHARS: usize = 400;

/// One thing wrong with a story, located as precisely as possible.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoryError {
    /// 1-based line in the story text, when known.
    pub line: Option<usize>,
    /// 1-based column in characters, when known.
    pub column: Option<usize>,
    /// JSON path of the value the error is about (`claims[3].source`); empty for the
    /// whole document (e.g. a JSON syntax error).
    pub path: String,
    /// What is wrong and what was expected.
    pub message: String,
}

impl StoryError {
    fn at(path: impl Into<String>, message: impl Into<String>) -> Self {
        StoryError {
            line: None,
            column: None,
            path: path.into(),
            message: clip(&message.into(), MAX_MESSAGE_CHARS),
        }
    }
}

/// `LINE:COL: PATH: message`; parts that are unknown or empty are left out.
impl fmt::Display for StoryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (Some(line), Some(column)) => write!(f, "{line}:{column}: ")?,
            (Some(line), None) => write!(f, "{line}: ")?,
            _ => {}
        }
        if !self.path.is_empty() {
            write!(f, "{}: ", self.path)?;
        }
        f.write_str(&self.message)
    }
}

impl std::error::Error for StoryError {}

/// A semantic error is located where the value at its path starts.
impl Located for StoryError {
    fn path(&self) -> &str {
        &self.path
    }

    fn set_position(&mut self, line: usize, column: usize) {
        self.line = Some(line);
        self.column = Some(column);
    }
}

/// 1 to 64 characters of `a-z`, `0-9` and `-`, not starting or ending with `-`.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_CHARS
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}

/// Parse a story and validate it: the story, or every error found (never empty).
///
/// A parse error stops at the first problem (serde_json's), located by line and column and,
/// for a wrong field, value or type, by JSON path. A story that parses is validated as a
/// whole, and each error is located at the value its path names (or the nearest enclosing
/// value that exists). A leading byte order mark is accepted.
pub fn load(json: &str) -> Result<Story, Vec<StoryError>> {
    load_checked(json, "story", validate)
}

/// Parse a UI language file (`data/ui/<code>.json`) and check it as [`load`] checks a story:
/// the file, or every error found, located. `file_code` is the file's name without `.json`,
/// which must be its `code`. (The app itself only skips a file that does not parse.)
pub fn load_ui(json: &str, file_code: &str) -> Result<UiFile, Vec<StoryError>> {
    load_checked(json, "UI file", |file: &UiFile| {
        // The file parsed, so its text is JSON; the checks walk its word lists.
        let value = serde_json::from_str(json.trim_start_matches('\u{feff}')).unwrap_or_default();
        check::ui_file(file, &value, file_code)
    })
}

/// Parse `json` (of a `what`: "story") into a `T` and run `check` on it, locating errors.
fn load_checked<T: DeserializeOwned>(
    json: &str,
    what: &str,
    check: impl FnOnce(&T) -> Vec<StoryError>,
) -> Result<T, Vec<StoryError>> {
    if json.len() > MAX_STORY_BYTES {
        return Err(vec![StoryError::at(
            "",
            format!(
                "the {what} is {} bytes long; at most {} bytes are allowed",
                json.len(),
                MAX_STORY_BYTES
            ),
        )]);
    }
    // A BOM becomes a space: same number of characters, so columns stay right.
    let without_bom;
    let text = match json.strip_prefix('\u{feff}') {
        Some(rest) => {
            without_bom = format!(" {rest}");
            without_bom.as_str()
        }
        None => json,
    };
    let parsed: T = match serde_json::from_str(text) {
        Ok(parsed) => parsed,
        Err(error) => return Err(vec![parse_error(text, &error)]),
    };
    let mut errors = check(&parsed);
    if errors.is_empty() {
        Ok(parsed)
    } else {
        locate::locate(text, &mut errors);
        Err(errors)
    }
}

/// Every semantic error of a parsed story, in document order (empty when it is valid).
/// Every semantic error of a parsed story, in document order (empty when it is valid).
pub fn validate(story: &Story) -> Vec<StoryError> {
    check::story(story)
}

fn parse_error(text: &str, error: &serde_json::Error) -> StoryError {
    let line = error.line();
    let byte_column = error.column();
    let mut message = error.to_string();
    if line > 0 {
        let suffix = format!(" at line {line} column {byte_column}");
        if let Some(stripped) = message.strip_suffix(&suffix) {
            message = stripped.to_string();
        }
    }
    let message = message.replace('`', "\"");
    if line == 0 {
        return StoryError::at("", message);
    }
    let (offset, column) = locate::offset_and_column(text, line, byte_column);
    let path = if error.classify() == serde_json::error::Category::Data {
        locate::path_at(text, offset)
    } else {
        String::new()
    };
    StoryError {
        line: Some(line),
        column: Some(column),
        path,
        message: clip(&message, MAX_MESSAGE_CHARS),
    }
}

/// `value`, cut to `max_chars` characters and marked with `…` when it was longer.
fn clip(value: &str, max_chars: usize) -> String {
    match value.char_indices().nth(max_chars) {
        Some((cut, _)) => format!("{}…", value.get(..cut).unwrap_or("")),
        None => value.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::testing::*;
    use super::*;
    use serde_json::json;

    #[test]
    fn sample_story_loads_and_validates_clean() {
        let story = load(&sample_story_json()).unwrap();
        assert_eq!(story.id, "mini");
        assert_eq!(story.claims.len(), 4);
        assert!(validate(&story).is_empty());
    }

    #[test]
    fn ids_are_lowercase_words_with_inner_dashes() {
        for good in ["nis", "no-parties", "a", "x1-2", &"a".repeat(64)] {
            assert!(is_valid_id(good), "{good}");
        }
        for bad in [
            "",
            "-nis",
            "nis-",
            "NIS",
            "nis 2",
            "nis_2",
            "nïs",
            "nis.2",
            &"a".repeat(65),
        ] {
            assert!(!is_valid_id(bad), "{bad}");
        }
    }

    #[test]
    fn display_shows_line_column_and_path_when_known() {
        let mut error = StoryError {
            line: Some(3),
            column: Some(14),
            path: "claims[3].source".into(),
            message: "unknown source \"nis2\"".into(),
        };
        assert_eq!(
            error.to_string(),
            "3:14: claims[3].source: unknown source \"nis2\""
        );
        error.path.clear();
        assert_eq!(error.to_string(), "3:14: unknown source \"nis2\"");
        error.line = None;
        error.column = None;
        error.path = "claims[3].source".into();
        assert_eq!(
            error.to_string(),
            "claims[3].source: unknown source \"nis2\""
        );
    }

    #[test]
    fn syntax_error_is_located_without_a_path() {
        let errors = load("{\n  \"id\": \"x\",\n  \"languages\": [\"de\" \"en\"]\n}").unwrap_err();
        assert_eq!(errors.len(), 1);
        let error = &errors[0];
        assert_eq!(error.line, Some(3));
        assert_eq!(error.path, "");
        // The column of the offending character: the second string's opening quote.
        assert_eq!(error.to_string(), "3:22: expected \",\" or \"]\"");
    }

    #[test]
    fn empty_and_non_object_documents_are_parse_errors() {
        for text in ["", "   ", "null", "42", "\"story\"", "[]", "{}"] {
            let errors = load(text).unwrap_err();
            assert_eq!(errors.len(), 1, "{text:?}");
            assert!(!errors[0].message.is_empty());
        }
        let errors = load("{}").unwrap_err();
        assert_eq!(errors[0].message, "missing field \"id\"");
        assert_eq!(errors[0].path, "");
    }

    #[test]
    fn unknown_field_names_the_field_its_path_and_the_known_fields() {
        let text = MINI.replace(
            "\"disputes\": [\"nis-sent\"]",
            "\"dispute\": [\"nis-sent\"]",
        );
        let errors = load(&text).unwrap_err();
        assert_eq!(errors.len(), 1);
        let error = &errors[0];
        assert_eq!(error.path, "claims[1].dispute");
        assert!(
            error
                .message
                .starts_with("unknown field \"dispute\", expected one of \"id\", \"source\""),
            "{}",
            error.message
        );
        let line = MINI
            .lines()
            .position(|l| l.contains("\"disputes\""))
            .unwrap()
            + 1;
        assert_eq!(error.line, Some(line));
        assert_eq!(error.column, Some(15)); // the key's closing quote
    }

    #[test]
    fn wrong_enum_value_is_located_at_its_field() {
        let text = MINI.replacen("\"stance\": \"denies\"", "\"stance\": \"deny\"", 1);
        let error = &load(&text).unwrap_err()[0];
        assert_eq!(error.path, "claims[1].stance");
        assert!(
            error
                .message
                .starts_with("unknown variant \"deny\", expected one of \"asserts\""),
            "{}",
            error.message
        );
    }

    #[test]
    fn wrong_type_is_located_at_its_field() {
        let text = MINI.replacen("\"value\": 1500", "\"value\": \"1500\"", 1);
        let error = &load(&text).unwrap_err()[0];
        assert_eq!(error.path, "figures[0].value");
        assert!(error.message.starts_with("invalid type: string \"1500\""));

        let text = MINI.replacen(
            "\"languages\": [\"de\", \"en\"]",
            "\"languages\": [\"de\", 5]",
            1,
        );
        let error = &load(&text).unwrap_err()[0];
        assert_eq!(error.path, "languages[1]");

        let text = MINI.replacen("\"date\": {", "\"date\": [", 1);
        let error = &load(&text).unwrap_err()[0];
        assert_eq!(error.path, "date");
    }

    #[test]
    fn missing_field_is_located_at_the_object_that_lacks_it() {
        let errors = errors_after(|v| {
            v["claims"][2].as_object_mut().unwrap().remove("evidence");
        });
        assert_eq!(
            described(&errors),
            ["claims[2]: missing field \"evidence\""]
        );
        let errors = errors_after(|v| {
            v.as_object_mut().unwrap().remove("steps");
        });
        assert_eq!(described(&errors), ["missing field \"steps\""]);
        let errors = errors_after(|v| {
            v["claims"][1]["quote"]
                .as_object_mut()
                .unwrap()
                .remove("text");
        });
        assert_eq!(
            described(&errors),
            ["claims[1].quote: missing field \"text\""]
        );
        // Located just after the `}` of the quote.
        let text = MINI.replacen("\"text\": \"eine weitere Falschmeldung\",", "", 1);
        let errors = load(&text).unwrap_err();
        assert_eq!(
            described(&errors),
            ["claims[1].quote: missing field \"text\""]
        );
        let closing = text
            .lines()
            .position(|l| l.contains("\"another false report\" }"))
            .unwrap()
            + 2;
        assert_eq!((errors[0].line, errors[0].column), (Some(closing), Some(7)));
    }

    #[test]
    fn column_counts_characters_not_bytes() {
        // "Südkorea" has a two-byte ü before the error on the same line.
        let text = "{\"title\": {\"de\": \"Südkorea\", \"en\": 1}}";
        let error = &load(text).unwrap_err()[0];
        assert_eq!(error.path, "title.en");
        assert_eq!(error.column, Some(36));
        assert_eq!(text.chars().nth(35), Some('1'));
    }

    #[test]
    fn a_byte_order_mark_is_accepted() {
        let story = load(&format!("\u{feff}{MINI}")).unwrap();
        assert_eq!(story.id, "mini");
    }

    #[test]
    fn semantic_errors_are_located_at_their_value() {
        let text = MINI.replacen("\"source\": \"zelensky\"", "\"source\": \"zelensky2\"", 1);
        let errors = load(&text).unwrap_err();
        let line = MINI
            .lines()
            .position(|l| l.contains("\"source\": \"zelensky\""))
            .unwrap()
            + 1;
        assert_eq!((errors[0].line, errors[0].column), (Some(line), Some(17)));
        // Also in a differently laid out text (serde_json sorts the keys).
        let text = serde_json::to_string_pretty(&{
            let mut v = sample_value();
            v["claims"][3]["source"] = json!("nis2");
            v
        })
        .unwrap();
        let error = &load(&text).unwrap_err()[0];
        let line_text = text.lines().nth(error.line.unwrap() - 1).unwrap();
        let column = error.column.unwrap();
        assert_eq!(
            line_text.chars().skip(column - 1).collect::<String>(),
            "\"nis2\","
        );
    }

    #[test]
    fn missing_text_is_located_at_the_enclosing_text() {
        let mut value = sample_value();
        value["title"].as_object_mut().unwrap().remove("en");
        let text = serde_json::to_string_pretty(&value).unwrap();
        let error = &load(&text).unwrap_err()[0];
        assert_eq!(error.path, "title.en");
        let line = text.lines().position(|l| l == "  \"title\": {").unwrap() + 1;
        assert_eq!(error.line, Some(line));
    }

    #[test]
    fn figures_out_of_json_range_are_parse_errors() {
        let with_value = |v: &str| MINI.replacen("\"value\": 1500", &format!("\"value\": {v}"), 1);
        let error = &load(&with_value("1e400")).unwrap_err()[0];
        assert_eq!(error.message, "number out of range");
        assert!(error.line.is_some());
        // An underflow parses to zero, which is not above zero.
        let errors = load(&with_value("1e-400")).unwrap_err();
        assert_eq!(
            described(&errors),
            ["figures[0].value: 0 is not above zero; a figure is a whole number above zero"]
        );
    }

    fn with_five_errors() -> String {
        MINI.replacen("\"The numbers\"", "\"\"", 1)
            .replacen("\"source\": \"nis\"", "\"source\": \"x\"", 1)
            .replacen(
                "\"Hat Nordkorea Truppen nach Russland geschickt?\"",
                "\" \"",
                1,
            )
            .replacen("\"field\": \"evidence\"", "\"field\": \"y\"", 1)
            .replacen("\"value\": 1500", "\"value\": 0.5", 1)
    }

    #[test]
    fn errors_come_all_at_once_in_document_order() {
        let errors = load(&with_five_errors()).unwrap_err();
        let paths: Vec<&str> = errors.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "title.de",
                "claims[0].source",
                "figures[0].value",
                "lenses[0].rule.keep.field",
                "steps[1].title.en",
            ]
        );
        let lines: Vec<usize> = errors.iter().map(|e| e.line.unwrap()).collect();
        assert!(lines.windows(2).all(|w| w[0] < w[1]), "{lines:?}");
        // Stable: the same input gives the same errors.
        assert_eq!(errors, load(&with_five_errors()).unwrap_err());
    }

    #[test]
    fn hostile_values_are_clipped_in_messages() {
        let long_id = "x".repeat(100_000);
        let errors = errors_after(|v| v["claims"][0]["source"] = json!(long_id));
        assert!(errors[0].message.len() < MAX_MESSAGE_CHARS * 4);
        assert!(errors[0].message.contains('…'));
        let errors = errors_after(|v| v["title"][long_id.as_str()] = json!("t"));
        assert!(errors[0].path.len() < 100);
    }

    #[test]
    fn a_story_larger_than_the_limit_is_rejected_unparsed() {
        let text = format!("{MINI}{}", " ".repeat(MAX_STORY_BYTES));
        let errors = load(&text).unwrap_err();
        assert_eq!(errors.len(), 1);
        assert!(errors[0].message.starts_with("the story is "));
    }

    #[test]
    fn text_is_kept_verbatim_never_interpreted() {
        let html = "<script>alert(1)</script><b>fett</b> &amp; \"quotes\"";
        let mut value = sample_value();
        value["title"]["de"] = json!(html);
        let story = load(&value.to_string()).unwrap();
        assert_eq!(story.title["de"], html);
    }
}
