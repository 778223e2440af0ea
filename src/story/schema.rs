//! The JSON Schemas of the story format and of the UI language files, generated from the
//! serde types in `model.rs` and `ui_text.rs`.
//!
//! Host only (the wasm never carries them). The generated schemas are committed as
//! `data/story.schema.json` and `data/ui.schema.json`, which each story and each
//! `data/ui/<code>.json` name in their `$schema` so editors offer completion and checks. A
//! test fails when a committed file is out of date; regenerate both with
//! `UPDATE_SCHEMA=1 cargo test committed_schema`.

use super::model::Story;
use super::ui_text::UiFile;

/// Where the committed schema lives, relative to the crate root.
pub const SCHEMA_PATH: &str = "data/story.schema.json";

/// Where the committed schema of the UI language files lives, relative to the crate root.
pub const UI_SCHEMA_PATH: &str = "data/ui.schema.json";

/// The JSON Schema of [`Story`], pretty-printed, with a trailing newline.
pub fn story_schema_json() -> String {
    schema_json::<Story>()
}

/// The JSON Schema of a UI language file ([`UiFile`]), pretty-printed, with a trailing newline.
pub fn ui_schema_json() -> String {
    schema_json::<UiFile>()
}

/// The JSON Schema of `T`, a file editors write, pretty-printed, with a trailing newline.
pub fn schema_json<T: schemars::JsonSchema>() -> String {
    let schema = schemars::schema_for!(T);
    // Serializing a schema (a JSON value) cannot fail; an empty string would fail the test.
    let mut json = serde_json::to_string_pretty(schema.as_value()).unwrap_or_default();
    json.push('\n');
    json
}

/// Fails when the schema committed at `path` (from the crate root) is not `generated`, and
/// says how to regenerate it (`UPDATE_SCHEMA=1 cargo test TEST`, which writes it instead).
#[cfg(test)]
pub(crate) fn assert_committed(path: &str, generated: &str, test: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    if std::env::var_os("UPDATE_SCHEMA").is_some_and(|v| v == "1") {
        std::fs::write(&path, generated).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "{} is out of date with its Rust types; regenerate it with\n    \
         UPDATE_SCHEMA=1 cargo test {test}\nand commit the result",
        path.display()
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::model::RuleField;

    #[test]
    fn committed_schema_is_up_to_date() {
        assert_committed(SCHEMA_PATH, &story_schema_json(), "committed_schema");
    }

    #[test]
    fn committed_schema_of_the_ui_files_is_up_to_date() {
        assert_committed(UI_SCHEMA_PATH, &ui_schema_json(), "committed_schema");
    }

    #[test]
    fn ui_schema_lists_the_plural_rules_and_requires_every_word() {
        let schema: serde_json::Value = serde_json::from_str(&ui_schema_json()).unwrap();
        assert_eq!(schema["title"], "UiFile");
        assert_eq!(schema["additionalProperties"], false);
        let plural = serde_json::to_string(&schema["$defs"]["PluralRule"]).unwrap();
        for rule in ["exactly_one", "below_two"] {
            assert!(plural.contains(rule), "{plural}");
        }
        let words = &schema["$defs"]["UiText"];
        assert_eq!(words["additionalProperties"], false);
        let required = words["required"].as_array().unwrap();
        assert!(required.len() >= 30 && required.contains(&"back".into()));
        assert_eq!(words["properties"]["back"]["type"], "string");
    }

    #[test]
    fn schema_describes_the_top_level_story() {
        let schema: serde_json::Value = serde_json::from_str(&story_schema_json()).unwrap();
        assert_eq!(schema["title"], "Story");
        assert_eq!(schema["additionalProperties"], false);
        let required: Vec<&str> = schema["required"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        for field in ["id", "languages", "claims", "steps"] {
            assert!(required.contains(&field), "{field} should be required");
        }
        assert!(!required.contains(&"$schema"));
        assert!(schema["properties"]["$schema"].is_object());
    }

    #[test]
    fn schema_lists_the_rule_fields_for_editors() {
        let schema: serde_json::Value = serde_json::from_str(&story_schema_json()).unwrap();
        let field = &schema["$defs"]["RuleMatch"]["properties"]["field"];
        assert_eq!(field["$ref"], "#/$defs/RuleField");
        let listed: Vec<&str> = schema["$defs"]["RuleField"]["oneOf"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v["const"].as_str().unwrap())
            .collect();
        assert_eq!(listed, RuleField::ALL.map(RuleField::as_str));
    }

    #[test]
    fn schema_lists_the_qualifiers_of_a_figure_for_editors() {
        use crate::story::quantity::Qualifier;
        let schema: serde_json::Value = serde_json::from_str(&story_schema_json()).unwrap();
        let figure = &schema["$defs"]["Figure"]["properties"];
        assert_eq!(figure["qualifier"]["anyOf"][0]["$ref"], "#/$defs/Qualifier");
        assert!(figure["to"].is_object());
        let listed: Vec<&str> = schema["$defs"]["Qualifier"]["oneOf"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v["const"].as_str().unwrap())
            .collect();
        assert_eq!(listed, Qualifier::ALL.map(Qualifier::as_str));
    }

    #[test]
    fn schema_lists_the_closed_enums() {
        let schema = story_schema_json();
        for value in ["asserts", "no_evidence", "unconfirmed", "leave_out"] {
            assert!(schema.contains(&format!("\"{value}\"")), "{value} missing");
        }
        // The story's own vocabulary is open: the seed story's words are no enum.
        for value in [
            "intelligence_service",
            "soldiers",
            "whole_army",
            "published",
        ] {
            assert!(!schema.contains(&format!("\"{value}\"")), "{value} listed");
        }
    }
}
