//! Embeds every UI language file, `data/ui/*.json`, into the app: adding a file adds a
//! language, with no Rust to change. The files are only listed and included here; the app
//! parses them once at run time (`story::lang`), skipping a broken one, and `story-check`
//! reports what is wrong with it.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=data/ui");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/ui");
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|entry| entry.path())
                .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
                .filter_map(|path| {
                    let stem = path.file_stem()?.to_str()?.to_owned();
                    Some((stem, path.to_str()?.to_owned()))
                })
                .collect()
        })
        .unwrap_or_default();
    // Sorted by code, so the registry's order (and its first language) never depends on
    // the file system.
    files.sort();
    let mut out = String::from(
        "/// Every `data/ui/*.json`, sorted by file name: (file name without `.json`, text).\n\
         pub(crate) static UI_FILES: &[(&str, &str)] = &[\n",
    );
    for (stem, path) in &files {
        let _ = writeln!(out, "    ({stem:?}, include_str!({path:?})),");
    }
    out.push_str("];\n");
    let target = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("ui_files.rs");
    if let Err(error) = std::fs::write(&target, out) {
        println!("cargo:warning=cannot write {}: {error}", target.display());
        std::process::exit(1);
    }
}
