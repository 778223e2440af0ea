//! The deployment, for the host tools (`story-pages`, `story-check`; the app never calls
//! it): which JSON files in `data/` are stories, which story the address `/` shows
//! (`data/site.json`), and the pages the build writes from the built `index.html`
//! (`story-pages`, Trunk's post-build hook): one reader page per story, with the story
//! inlined, and the editors' page that lists them all.
//!
//! Parts: `config` reads `site.json`; `entry` reads one story file for the listing;
//! `page` fills a reader page with the story `prerender` renders; `editors` writes the editors' page; `build` puts them
//! together on disk; `html` escapes everything that becomes markup.

pub mod build;
pub mod config;
mod editors;
mod entry;
mod html;
mod page;
pub mod prerender;

use std::path::Path;

use crate::story::load::is_valid_id;
use crate::story::StoryError;

/// Pages the build writes itself (`index.html`, `editors.html`): no story may take their names.
pub const RESERVED_PAGES: [&str; 2] = ["index", "editors"];

/// What a JSON file in `data/` is, by its name and folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DataFile {
    /// A story: `data/ID.json`.
    Story,
    /// The deployment's settings, `data/site.json`.
    Site,
    /// A JSON Schema for editors (`story.schema.json`, `site.schema.json`, …).
    Schema,
    /// A language's UI words, `data/ui/CODE.json`.
    Ui,
}

pub fn data_file(path: &Path) -> DataFile {
    let name = path
        .file_name()
        .and_then(|name| name.to_str())
        .unwrap_or("");
    let in_ui = path
        .parent()
        .and_then(Path::file_name)
        .is_some_and(|dir| dir == "ui");
    if name.ends_with(".schema.json") {
        DataFile::Schema
    } else if in_ui {
        DataFile::Ui
    } else if name == config::SITE_FILE {
        DataFile::Site
    } else {
        DataFile::Story
    }
}

/// The address a story file gets, `NAME.html` (and `?story=NAME`): its file name without
/// `.json`; or why it can get none.
pub fn page_name(path: &Path) -> Result<String, String> {
    let stem = path
        .file_stem()
        .and_then(|stem| stem.to_str())
        .unwrap_or("");
    if !is_valid_id(stem) {
        return Err(format!(
            "the file name \"{stem}\" is not a story id (a-z, 0-9 and inner hyphens): \
             the story can have no address; rename the file"
        ));
    }
    if RESERVED_PAGES.contains(&stem) {
        return Err(format!(
            "the file name \"{stem}\" is taken by a page the build writes ({}); rename the file",
            RESERVED_PAGES.map(|page| format!("{page}.html")).join(", ")
        ));
    }
    Ok(stem.to_owned())
}

/// The story files directly in `dir`, sorted by name (none when it cannot be read).
pub fn story_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.is_file() && path.extension().is_some_and(|ext| ext == "json"))
        .filter(|path| data_file(path) == DataFile::Story)
        .collect();
    files.sort();
    files
}

/// The addresses of the story files in `dir` (what `site.json`'s `home` may name).
pub fn story_ids(dir: &Path) -> Vec<String> {
    story_files(dir)
        .iter()
        .filter_map(|path| page_name(path).ok())
        .collect()
}

/// A data file's text, or the line story-check prints for a file it cannot read.
pub fn read_text(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path)
        .map_err(|error| format!("{}: cannot read the file: {error}", path.display()))
}

/// One error as story-check prints it: `FILE:LINE:COL: PATH: message`, or `FILE: PATH:
/// message` when the position is unknown.
pub fn located_line(file: &str, error: &StoryError) -> String {
    if error.line.is_some() {
        format!("{file}:{error}")
    } else {
        format!("{file}: {error}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schemas_site_settings_and_ui_files_are_not_stories() {
        for (path, kind) in [
            ("data/nk-troops.json", DataFile::Story),
            ("data/site.json", DataFile::Site),
            ("data/story.schema.json", DataFile::Schema),
            ("data/site.schema.json", DataFile::Schema),
            ("data/ui/de.json", DataFile::Ui),
            ("data/ui.schema.json", DataFile::Schema),
        ] {
            assert_eq!(data_file(Path::new(path)), kind, "{path}");
        }
    }

    #[test]
    fn a_story_named_like_a_page_the_build_writes_gets_no_address() {
        assert_eq!(
            page_name(Path::new("data/nk-troops.json")).unwrap(),
            "nk-troops"
        );
        for reserved in ["data/index.json", "data/editors.json"] {
            let error = page_name(Path::new(reserved)).unwrap_err();
            assert!(
                error.contains("taken by a page the build writes"),
                "{error}"
            );
            assert!(error.contains("index.html, editors.html"), "{error}");
        }
        let error = page_name(Path::new("data/My Story.json")).unwrap_err();
        assert!(error.contains("is not a story id"), "{error}");
    }

    #[test]
    fn the_data_folder_holds_the_seed_story_and_no_other_kind_of_file_counts() {
        let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        assert!(story_ids(&data).contains(&"nk-troops".to_owned()));
        assert!(!story_ids(&data)
            .iter()
            .any(|id| id.contains("schema") || id == "site"));
    }
}
