//! story-check: the editors' and CI's checker for story files and UI language files.
//!
//! ```text
//! cargo run --bin story-check -- data/*.json data/ui
//! ```
//!
//! For each story file it runs `claimlens::story::load`, for each UI language file (a file
//! in a folder named `ui`, or every `*.json` of a folder given) `claimlens::story::load::load_ui`,
//! and prints either
//!
//! ```text
//! ok data/nk-troops.json: 6 steps, 9 sources, 17 claims, 5 figures
//! ok data/ui/fr.json: UI language "fr" (Français)
//! ```
//!
//! or one line per error, `FILE:LINE:COL: PATH: message` (`FILE: PATH: message` when the
//! line and column are unknown), so editors and CI logs can jump to it. Columns count
//! characters from 1. Everything goes to standard output, in argument order.
//!
//! Files named `story.schema.json` or `ui.schema.json` are skipped: they are the JSON
//! Schemas of the formats (so `data/*.json` can be passed as is), not stories.
//!
//! Exit status: 0 when every file is a valid story, 1 when any file has an error or
//! cannot be read, 2 when no file is given. It never panics, whatever the input.

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use claimlens::story::load::{self, StoryError};

/// The file names of the schemas, which `data/*.json` also matches.
const SCHEMA_FILE_NAMES: [&str; 2] = ["story.schema.json", "ui.schema.json"];

/// UI language files live in a folder of this name (`data/ui/fr.json`).
const UI_FOLDER: &str = "ui";

fn main() -> ExitCode {
    let files: Vec<OsString> = std::env::args_os().skip(1).collect();
    let mut out = std::io::stdout().lock();
    if files.is_empty() {
        // Write errors (e.g. a closed pipe) are ignored here and below: nothing to report to.
        let _ = writeln!(
            std::io::stderr(),
            "usage: story-check FILE.json|DIR...  (e.g. story-check data/*.json data/ui)"
        );
        return ExitCode::from(2);
    }
    let mut failed = false;
    for path in files.iter().flat_map(|file| expand(Path::new(file))) {
        if path
            .file_name()
            .is_some_and(|name| SCHEMA_FILE_NAMES.iter().any(|schema| name == *schema))
        {
            continue;
        }
        let (ok, lines) = check(&path);
        failed |= !ok;
        for line in lines {
            let _ = writeln!(out, "{line}");
        }
    }
    let _ = out.flush();
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// A folder's `*.json` files, sorted (all UI language files); any other path as it is.
fn expand(path: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(path) else {
        return vec![path.to_path_buf()];
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|file| file.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    files
}

/// Whether the file is valid, and the lines to print: one `ok …` line, or one line per
/// error. A file in a folder named `ui` is a UI language file, any other a story.
fn check(path: &Path) -> (bool, Vec<String>) {
    let name = path.display();
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) => {
            return (
                false,
                vec![format!("{name}: cannot read the file: {error}")],
            )
        }
    };
    let is_ui = path
        .parent()
        .and_then(Path::file_name)
        .is_some_and(|folder| folder == UI_FOLDER);
    let checked = if is_ui {
        let code = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        load::load_ui(&text, code)
            .map(|ui| format!("ok {name}: UI language \"{}\" ({})", ui.code, ui.name))
    } else {
        load::load(&text).map(|story| {
            format!(
                "ok {name}: {}, {}, {}, {}",
                count(story.steps.len(), "step"),
                count(story.sources.len(), "source"),
                count(story.claims.len(), "claim"),
                count(story.figures.len(), "figure"),
            )
        })
    };
    match checked {
        Ok(line) => (true, vec![line]),
        Err(errors) => (false, errors.iter().map(|e| located(&name, e)).collect()),
    }
}

/// `FILE:LINE:COL: PATH: message`, or `FILE: PATH: message` without a line.
fn located(name: &impl std::fmt::Display, error: &StoryError) -> String {
    if error.line.is_some() {
        format!("{name}:{error}")
    } else {
        format!("{name}: {error}")
    }
}

fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}
