//! `data/site.json`: how the stories in `data/` are deployed; today, which one the address
//! `/` (`index.html`) shows, so published embeds of that address keep working.
//!
//! Its JSON Schema is generated from [`Site`] and committed as `data/site.schema.json`
//! (regenerate with `UPDATE_SCHEMA=1 cargo test committed_site_schema`).

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::story::load::{error_at, parse_located};
use crate::story::StoryError;

/// The file name of the deployment's settings in `data/`.
pub const SITE_FILE: &str = "site.json";

/// Where the committed schema lives, relative to the crate root.
pub const SCHEMA_PATH: &str = "data/site.schema.json";

/// The deployment's settings, as an editor writes them in `data/site.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Site {
    /// Editor tooling only: the path of the JSON Schema (`./site.schema.json`).
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The story the address `/` (`index.html`) shows: the id (file name) of a story in
    /// `data/`. Every story also has its own address, `ID.html`.
    pub home: String,
}

/// The JSON Schema of [`Site`], pretty-printed, with a trailing newline.
#[cfg(not(target_arch = "wasm32"))]
pub fn site_schema_json() -> String {
    crate::story::schema::schema_json::<Site>()
}

/// `site.json`'s text parsed, with `home` one of `stories` (the ids of the story files
/// beside it); otherwise the error, located in the text.
pub fn check(text: &str, stories: &[String]) -> Result<Site, StoryError> {
    let site: Site = parse_located(text)?;
    if stories.contains(&site.home) {
        return Ok(site);
    }
    let known = if stories.is_empty() {
        "none".to_owned()
    } else {
        stories.join(", ")
    };
    Err(error_at(
        text,
        "home",
        format!("unknown story \"{}\"; known: {known}", site.home),
    ))
}

/// story-check on `site.json`: whether it is valid, and the lines to print (`ok …`, or
/// the located error as `FILE:LINE:COL: PATH: message`).
pub fn check_file(path: &Path) -> (bool, Vec<String>) {
    let name = path.display();
    let text = match super::read_text(path) {
        Ok(text) => text,
        Err(line) => return (false, vec![line]),
    };
    let dir = path.parent().unwrap_or(Path::new("."));
    match check(&text, &super::story_ids(dir)) {
        Ok(site) => (
            true,
            vec![format!("ok {name}: the address / shows {}", site.home)],
        ),
        Err(error) => (false, vec![super::located_line(&name.to_string(), &error)]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn home_names_a_story_beside_it() {
        let text = r#"{"$schema": "./site.schema.json", "home": "nk-troops"}"#;
        let site = check(text, &ids(&["other", "nk-troops"])).unwrap();
        assert_eq!(site.home, "nk-troops");
    }

    #[test]
    fn an_unknown_home_is_located_and_lists_the_stories() {
        let text = "{\n  \"home\": \"nk-trops\"\n}\n";
        let error = check(text, &ids(&["nk-troops", "other"])).unwrap_err();
        assert_eq!(
            error.to_string(),
            "2:11: home: unknown story \"nk-trops\"; known: nk-troops, other"
        );
        let error = check(text, &[]).unwrap_err();
        assert!(error.message.ends_with("known: none"), "{error}");
    }

    #[test]
    fn a_typo_in_a_key_or_a_missing_home_is_an_error() {
        let error = check("{\"hme\": \"x\"}", &ids(&["x"])).unwrap_err();
        assert!(
            error.message.starts_with("unknown field \"hme\""),
            "{error}"
        );
        let error = check("{}", &ids(&["x"])).unwrap_err();
        assert!(error.message.contains("missing field \"home\""), "{error}");
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn committed_site_schema_is_up_to_date() {
        let generated = site_schema_json();
        crate::story::schema::assert_committed(SCHEMA_PATH, &generated, "committed_site_schema");
    }

    #[test]
    fn the_committed_site_file_is_valid() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        let (ok, lines) = check_file(&dir.join(SITE_FILE));
        assert!(ok, "{lines:?}");
    }
}
