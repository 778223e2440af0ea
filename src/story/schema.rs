//! The JSON Schema of the story format, generated from the serde types in `model.rs`.
//!
//! Host only (the wasm never carries it). The generated schema is committed as
//! `data/story.schema.json`, which each story names in its `$schema` so editors offer
//! completion and checks. A test fails when the committed file is out of date; regenerate
//! it with `UPDATE_SCHEMA=1 cargo test committed_schema`.

use super::model::Story;

/// Where the committed schema lives, relative to the crate root.
pub const SCHEMA_PATH: &str = "data/story.schema.json";

/// The JSON Schema of [`Story`], pretty-printed, with a trailing newline.
pub fn story_schema_json() -> String {
    schema_json::<Story>()
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
    fn schema_lists_the_closed_enums() {
        let schema = story_schema_json();
        for value in [
            "intelligence_service",
            "no_evidence",
            "unconfirmed",
            "leave_out",
        ] {
            assert!(schema.contains(&format!("\"{value}\"")), "{value} missing");
        }
    }
}
