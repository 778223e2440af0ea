//! story-check: the editors' and CI's checker for story files.
//!
//! ```text
//! cargo run --bin story-check -- data/*.json
//! ```
//!
//! For each file it runs `claimlens::story::load` and prints either
//!
//! ```text
//! ok data/nk-troops.json: 6 steps, 9 sources, 17 claims, 5 figures
//! ```
//!
//! or one line per error, `FILE:LINE:COL: PATH: message` (`FILE: PATH: message` when the
//! line and column are unknown), so editors and CI logs can jump to it. Columns count
//! characters from 1. Everything goes to standard output, in argument order.
//!
//! Files named `story.schema.json` are skipped: that is the JSON Schema of the format
//! (so `data/*.json` can be passed as is), not a story.
//!
//! Exit status: 0 when every file is a valid story, 1 when any file has an error or
//! cannot be read, 2 when no file is given. It never panics, whatever the input.

use std::ffi::OsString;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use claimlens::story::load;

/// The file name of the schema, which `data/*.json` also matches.
const SCHEMA_FILE_NAME: &str = "story.schema.json";

fn main() -> ExitCode {
    let files: Vec<OsString> = std::env::args_os().skip(1).collect();
    let mut out = std::io::stdout().lock();
    if files.is_empty() {
        // Write errors (e.g. a closed pipe) are ignored here and below: nothing to report to.
        let _ = writeln!(
            std::io::stderr(),
            "usage: story-check FILE.json...  (e.g. story-check data/*.json)"
        );
        return ExitCode::from(2);
    }
    let mut failed = false;
    for file in &files {
        let path = Path::new(file);
        if path
            .file_name()
            .is_some_and(|name| name == SCHEMA_FILE_NAME)
        {
            continue;
        }
        let (ok, lines) = check(path);
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

/// Whether the file is a valid story, and the lines to print: one `ok …` line, or one
/// line per error.
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
                .map(|error| {
                    if error.line.is_some() {
                        format!("{name}:{error}")
                    } else {
                        format!("{name}: {error}")
                    }
                })
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
