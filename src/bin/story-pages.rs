//! story-pages: the pages of a deployment, written into a built site (`src/site/`).
//!
//! ```text
//! story-pages [--strict] --template DIR --out DIR DATA_DIR...
//! ```
//!
//! Trunk runs it after every build (`scripts/story-pages.sh`, Trunk.toml's post_build
//! hook) with the staging folder as both DIRs and `data` as DATA_DIR. For each story file
//! `DATA_DIR/ID.json` that passes story-check it writes `ID.html` (the built `index.html`
//! with the story's title, header and language, and the story inlined); the home story of
//! `site.json` also fills `index.html`; `editors.html` lists every story file.
//!
//! A story that fails story-check gets no page and is listed with its located errors on
//! the editors' page; its errors are printed. Exit status: 0; 1 when a page cannot be
//! written, or with `--strict` (release builds) when any story or `site.json` has a
//! problem; 2 on a usage error. It never panics.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use claimlens::site::build::{run, Options};

const USAGE: &str = "usage: story-pages [--strict] --template DIR --out DIR DATA_DIR...";

fn main() -> ExitCode {
    let Some((options, strict)) = parse_args(std::env::args().skip(1)) else {
        let _ = writeln!(std::io::stderr(), "{USAGE}");
        return ExitCode::from(2);
    };
    // Write errors (a closed pipe) are ignored: nothing to report them to.
    let mut out = std::io::stdout().lock();
    match run(&options) {
        Ok(report) => {
            let _ = writeln!(out, "story-pages: wrote {}", report.written.join(", "));
            for problem in &report.problems {
                let _ = writeln!(out, "story-pages: {problem}");
            }
            if strict && !report.problems.is_empty() {
                let _ = writeln!(
                    out,
                    "story-pages: {} problem(s): a release build shows every story or fails",
                    report.problems.len()
                );
                return ExitCode::FAILURE;
            }
            ExitCode::SUCCESS
        }
        Err(error) => {
            let _ = writeln!(out, "story-pages: {error}");
            ExitCode::FAILURE
        }
    }
}

fn parse_args(args: impl Iterator<Item = String>) -> Option<(Options, bool)> {
    let mut template_dir = None;
    let mut out_dir = None;
    let mut data_dirs = Vec::new();
    let mut strict = false;
    let mut args = args;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--strict" => strict = true,
            "--template" => template_dir = Some(PathBuf::from(args.next()?)),
            "--out" => out_dir = Some(PathBuf::from(args.next()?)),
            flag if flag.starts_with("--") => return None,
            dir => data_dirs.push(PathBuf::from(dir)),
        }
    }
    if data_dirs.is_empty() {
        return None;
    }
    let options = Options {
        template_dir: template_dir?,
        out_dir: out_dir?,
        data_dirs,
    };
    Some((options, strict))
}
