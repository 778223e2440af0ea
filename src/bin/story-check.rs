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
//! So that `data/*.json` can be passed as is, JSON Schemas (`*.schema.json`) are skipped,
//! and `site.json` is checked as the deployment's settings: its `home` must name a story
//! file beside it (`ok data/site.json: the address / shows nk-troops`). A story file whose
//! name cannot be an address (not an id, or `index`/`editors`, the build's own pages) is an
//! error too.
//!
//!
//! Exit status: 0 when every file is a valid story, 1 when any file has an error or
//! cannot be read, 2 when no file is given. It never panics, whatever the input.

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use claimlens::site::{self, DataFile};
use claimlens::story::load;

fn main() -> ExitCode {
    let files: Vec<OsString> = std::env::args_os().skip(1).collect();
    let mut out = std::io::stdout().lock();
    if files.is_empty() {
        // Write errors (e.g. a closed pipe) are ignored here and below: nothing to report to.
        let _ = writeln!(
            std::io::stderr(),
            "usage: story-check FILE.json... [data/ui]  (e.g. story-check data/*.json data/ui)"
        );
        return ExitCode::from(2);
    }
    let mut failed = false;
    for path in files.iter().flat_map(|file| expand(Path::new(file))) {
        let (ok, lines) = match site::data_file(&path) {
            DataFile::Schema => continue,
            DataFile::Ui => check_ui(&path),
            DataFile::Site => site::config::check_file(&path),
            DataFile::Story => check(&path),
        };
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

/// Whether the UI language file is valid, and the lines to print.
fn check_ui(path: &Path) -> (bool, Vec<String>) {
    let name = path.display().to_string();
    let text = match site::read_text(path) {
        Ok(text) => text,
        Err(line) => return (false, vec![line]),
    };
    let code = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    match load::load_ui(&text, code) {
        Ok(ui) => (
            true,
            vec![format!(
                "ok {name}: UI language \"{}\" ({})",
                ui.code, ui.name
            )],
        ),
        Err(errors) => (
            false,
            errors
                .iter()
                .map(|error| site::located_line(&name, error))
                .collect(),
        ),
    }
}

/// Whether the file is a valid story, and the lines to print: one `ok …` line, or one
/// line per error.
fn check(path: &Path) -> (bool, Vec<String>) {
    let name = path.display();
    let text = match site::read_text(path) {
        Ok(text) => text,
        Err(line) => return (false, vec![line]),
    };
    if let Err(error) = site::page_name(path) {
        return (false, vec![format!("{name}: {error}")]);
    }
    match load(&text) {
        Ok(story) => (
            true,
            vec![format!(
                "ok {name}: {}, {}, {}, {}",
                count(story.steps.len(), "step"),
                count(story.sources.len(), "source"),
                count(story.claims.len(), "claim"),
                count(story.figures.len(), "figure"),
            )],
        ),
        Err(errors) => (
            false,
            errors
                .iter()
                .map(|error| site::located_line(&name.to_string(), error))
                .collect(),
        ),
    }
}

fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}
