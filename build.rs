//! Builds the registry of UI languages from every `data/ui/*.json`: adding a file adds a
//! language, with no Rust to change.
//!
//! Each file is parsed here with the app's own types (`src/story/ui_file.rs`) and written
//! out as a Rust static (`$OUT_DIR/ui_files.rs`, included by `src/story/lang.rs`), sorted by
//! code. The wasm so carries the words, not a parser for them. A file that does not parse,
//! or whose `code` is not its file name, is left out with a warning; `story-check data/ui`
//! says, located, what is wrong with it.

use std::fmt::Write as _;
use std::path::Path;

#[allow(dead_code)] // The build uses the types and their parser only.
#[path = "src/story/ui_file.rs"]
mod ui_file;

use ui_file::UiFile;

fn main() {
    println!("cargo:rerun-if-changed=data/ui");
    println!("cargo:rerun-if-changed=src/story/ui_file.rs");
    // The crate derives the JSON Schema of these types; this build script does not.
    println!("cargo::rustc-cfg=schema_derive");

    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/ui");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|entry| entry.path())
                .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
                .collect()
        })
        .unwrap_or_default();
    paths.sort();

    let mut out = String::from(
        "/// Every UI file of `data/ui/` that parses, sorted by code (written by build.rs).\n\
         static UI_FILES: &[UiFile] = &[\n",
    );
    for path in &paths {
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let parsed = std::fs::read_to_string(path)
            .map_err(|e| e.to_string())
            .and_then(|text| serde_json::from_str::<UiFile>(&text).map_err(|e| e.to_string()));
        match parsed {
            Ok(file) if file.code == stem => {
                // Only the build's business: the editor's schema path.
                let file = UiFile {
                    schema: None,
                    ..file
                };
                // Debug prints plain struct literals and escaped string literals: Rust.
                let _ = writeln!(out, "    {file:?},");
            }
            Ok(file) => warn(
                path,
                &format!("its code {:?} is not its file name", file.code),
            ),
            Err(error) => warn(path, &error),
        }
    }
    out.push_str("];\n\n/// What a handle without a file reads: no words.\n");
    let _ = writeln!(out, "static NO_FILE: UiFile = {:?};", UiFile::default());

    let target = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("ui_files.rs");
    if let Err(error) = std::fs::write(&target, out) {
        println!("cargo:warning=cannot write {}: {error}", target.display());
        std::process::exit(1);
    }
}

fn warn(path: &Path, why: &str) {
    println!(
        "cargo:warning={} is left out of the UI languages: {why} (run story-check data/ui)",
        path.display()
    );
}
