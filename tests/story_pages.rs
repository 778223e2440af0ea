//! story-pages, the build's page writer (src/site/, src/bin/story-pages.rs), on a data
//! folder made up for each test: pages per story, the home page, the editors' page, and
//! what a broken story or site.json does.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::Command;

const SEED: &str = include_str!("../data/nk-troops.json");
const MINI: &str = include_str!("fixtures/mini.json");
const TEMPLATE: &str = "<!doctype html><html lang=en><title>claimlens</title>\
    <script type=module>import init from './x.js'</script><body><noscript>x</noscript>\
    <main class=claimlens id=claimlens-boot></main></body></html>";
const SNIPPET: &str = "!function(){/* the host snippet */}()\n";

/// A fresh folder with a built site (`site/`) and a data folder (`data/`) holding `files`.
fn setup(test: &str, files: &[(&str, &str)]) -> PathBuf {
    let root = std::env::temp_dir().join(format!(
        "claimlens-story-pages-{}-{test}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(root.join("site/host")).unwrap();
    std::fs::create_dir_all(root.join("data/ui")).unwrap();
    std::fs::write(root.join("site/index.html"), TEMPLATE).unwrap();
    std::fs::write(root.join("site/host/claimlens-host.min.js"), SNIPPET).unwrap();
    for (name, text) in files {
        std::fs::write(root.join("data").join(name), text).unwrap();
    }
    root
}

fn story_pages(root: &Path, strict: bool) -> (i32, String) {
    let site = root.join("site");
    let mut command = Command::new(env!("CARGO_BIN_EXE_story-pages"));
    if strict {
        command.arg("--strict");
    }
    let output = command
        .arg("--template")
        .arg(&site)
        .arg("--out")
        .arg(&site)
        .arg(root.join("data"))
        .output()
        .unwrap();
    (
        output.status.code().unwrap(),
        String::from_utf8(output.stdout).unwrap(),
    )
}

fn page(root: &Path, name: &str) -> Option<String> {
    std::fs::read_to_string(root.join("site").join(name)).ok()
}

const SITE: &str = "{\"$schema\": \"./site.schema.json\", \"home\": \"nk-troops\"}";

#[test]
fn every_story_gets_its_page_and_the_home_story_fills_index() {
    let root = setup(
        "pages",
        &[
            ("nk-troops.json", SEED),
            ("mini.json", MINI),
            ("site.json", SITE),
            ("site.schema.json", "{}"),
            ("ui/de.json", "{}"),
        ],
    );
    let (code, out) = story_pages(&root, true);
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        out,
        "story-pages: wrote mini.html, mini.en.html, nk-troops.html, index.html, \
         nk-troops.en.html, editors.html\n"
    );

    let seed = page(&root, "nk-troops.html").unwrap();
    assert_eq!(page(&root, "index.html").unwrap(), seed);
    assert!(seed.contains("<title>Nordkoreanische Truppen für Russland? Wer was sagt</title>"));
    assert!(seed.starts_with("<!doctype html><html lang=\"de\">"));
    // The story, prerendered, in place of the template's boot frame and noscript note.
    assert!(seed.contains("<main id=\"claimlens\" data-state=\"static\""));
    assert!(!seed.contains("claimlens-boot") && !seed.contains("<noscript>"));

    // Each other language of the story: its own page, in it.
    let english = page(&root, "nk-troops.en.html").unwrap();
    assert!(english.starts_with("<!doctype html><html lang=\"en\">"));
    assert!(english.contains("<title>North Korean troops for Russia? Who says what</title>"));
    assert!(english.contains("href=\"nk-troops.en.html\" aria-current=\"page\""));

    let mini = page(&root, "mini.html").unwrap();
    assert!(mini.contains("<title>Hat Nordkorea Truppen nach Russland geschickt?</title>"));
    assert!(mini
        .contains("<h1 class=\"story-title\">Hat Nordkorea Truppen nach Russland geschickt?</h1>"));
    assert!(
        !mini.contains("Wer was sagt"),
        "no word of the home story on another's page"
    );
    assert!(page(&root, "site.html").is_none() && page(&root, "site.schema.html").is_none());
}

#[test]
fn the_editors_page_lists_every_story_with_counts_preview_and_embed_code() {
    let root = setup(
        "editors",
        &[
            ("nk-troops.json", SEED),
            ("mini.json", MINI),
            ("site.json", SITE),
        ],
    );
    story_pages(&root, true);
    let editors = page(&root, "editors.html").unwrap();
    assert!(editors
        .contains("<dt>Steps</dt><dd>2</dd><dt>Claims</dt><dd>4</dd><dt>Figures</dt><dd>2</dd>"));
    assert!(editors
        .contains("<dt>Steps</dt><dd>7</dd><dt>Claims</dt><dd>21</dd><dt>Figures</dt><dd>5</dd>"));
    assert!(editors.contains("<a href=\"mini.html\">Preview: mini.html</a>"));
    assert!(editors.contains("&lt;iframe src=\"mini.html?lang=de\""));
    assert!(editors.contains("&lt;div data-pym-src=\"nk-troops.html?lang=de\""));
    assert!(editors.contains("!function(){/* the host snippet */}()\n&lt;/script&gt;"));
    assert!(editors.contains(
        "title=\"Interaktive Erklärung: Nordkoreanische Truppen für Russland? Wer was sagt\""
    ));
    assert!(editors.contains("shows <a href=\"nk-troops.html\">Nordkoreanische Truppen"));
}

#[test]
fn a_broken_story_is_listed_with_its_errors_and_gets_no_page() {
    let broken = MINI.replacen("\"source\": \"zelensky\"", "\"source\": \"zelenskyj\"", 1);
    let root = setup(
        "broken",
        &[
            ("nk-troops.json", SEED),
            ("broken.json", &broken),
            ("index.json", MINI),
            ("site.json", SITE),
        ],
    );
    let (code, out) = story_pages(&root, false);
    assert_eq!(
        code, 0,
        "without --strict (trunk serve) the pages are written: {out}"
    );
    let data = root.join("data");
    let error = format!(
        "{}:121:17: claims[3].source: unknown source \"zelenskyj\"; known: nis, kremlin, zelensky",
        data.join("broken.json").display()
    );
    assert!(out.contains(&format!("story-pages: {error}\n")), "{out}");
    assert!(
        out.contains("\"index\" is taken by a page the build writes"),
        "{out}"
    );
    assert!(page(&root, "broken.html").is_none());
    assert!(
        page(&root, "index.html").unwrap().contains("Wer was sagt"),
        "index is the home story, not index.json"
    );

    let editors = page(&root, "editors.html").unwrap();
    assert!(editors.contains(&format!("<li><code>{}</code></li>", error)));
    assert!(editors.contains("<dt>story-check</dt><dd>1 error</dd>"));
    assert!(editors.contains("<a href=\"index.html?story=broken\">Preview with its errors"));
    assert!(editors.contains("No address: rename the file"));

    let (code, out) = story_pages(&root, true);
    assert_eq!(code, 1, "a release build fails: {out}");
    assert!(
        out.ends_with("story-pages: 2 problem(s): a release build shows every story or fails\n"),
        "{out}"
    );
}

#[test]
fn a_home_that_names_no_story_leaves_index_without_a_story() {
    let root = setup(
        "home",
        &[
            ("mini.json", MINI),
            ("site.json", "{\n  \"home\": \"nk-troops\"\n}"),
        ],
    );
    let (code, out) = story_pages(&root, false);
    assert_eq!(code, 0, "{out}");
    let site = root.join("data/site.json").display().to_string();
    assert!(
        out.contains(&format!(
            "{site}:2:11: home: unknown story \"nk-troops\"; known: mini"
        )),
        "{out}"
    );
    assert_eq!(page(&root, "index.html").unwrap(), TEMPLATE);
    assert!(page(&root, "editors.html")
        .unwrap()
        .contains("shows no story"));
    assert_eq!(story_pages(&root, true).0, 1);
}

#[test]
fn a_site_without_its_template_is_an_error_and_bad_arguments_a_usage_error() {
    let root = setup("template", &[("nk-troops.json", SEED), ("site.json", SITE)]);
    std::fs::remove_file(root.join("site/index.html")).unwrap();
    let (code, out) = story_pages(&root, false);
    assert_eq!(code, 1);
    assert!(out.contains("index.html: cannot read"), "{out}");

    let bin = env!("CARGO_BIN_EXE_story-pages");
    for args in [
        &[][..],
        &["--out", "x", "data"],
        &["--template", "x", "--out", "y"],
        &["--bogus"],
    ] {
        let output = Command::new(bin).args(args).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
    }
}

#[test]
fn story_check_checks_site_json_and_skips_schemas() {
    let root = setup(
        "check",
        &[
            ("mini.json", MINI),
            ("site.json", "{\"home\": \"mini\"}"),
            ("editors.json", MINI),
        ],
    );
    let data = root.join("data");
    let output = Command::new(env!("CARGO_BIN_EXE_story-check"))
        .args(["site.json", "mini.json", "editors.json"].map(|f| data.join(f)))
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/site.schema.json"))
        .output()
        .unwrap();
    let out = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "{out}");
    assert_eq!(
        lines[0],
        format!(
            "ok {}: the address / shows mini",
            data.join("site.json").display()
        )
    );
    assert!(lines[1].starts_with("ok "));
    assert!(
        lines[2].contains("\"editors\" is taken by a page the build writes"),
        "{out}"
    );
    assert_eq!(output.status.code(), Some(1));
}

/// Runs the hook trunk runs after its build (Trunk.toml: scripts/story-pages.sh) on the
/// made-up folder, with trunk's profile, and the story-pages this test crate was built with.
fn build_hook(root: &Path, profile: &str) -> (Option<i32>, String) {
    let output = Command::new("bash")
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/scripts/story-pages.sh"
        ))
        .env("TRUNK_PROFILE", profile)
        .env("TRUNK_STAGING_DIR", root.join("site"))
        .env("STORY_DATA", root.join("data"))
        .env("STORY_PAGES", env!("CARGO_BIN_EXE_story-pages"))
        .output()
        .unwrap();
    (
        output.status.code(),
        String::from_utf8(output.stdout).unwrap(),
    )
}

#[test]
fn make_dist_fails_on_a_story_that_fails_story_check_and_says_where() {
    let broken = MINI.replacen("\"source\": \"zelensky\"", "\"source\": \"zelenskyj\"", 1);
    let root = setup(
        "release-hook",
        &[
            ("nk-troops.json", SEED),
            ("broken.json", &broken),
            ("site.json", SITE),
        ],
    );
    let located = format!(
        "story-pages: {}:121:17: claims[3].source: unknown source \"zelenskyj\"; known: nis, kremlin, zelensky\n",
        root.join("data/broken.json").display()
    );

    let (code, out) = build_hook(&root, "release");
    assert_eq!(
        code,
        Some(1),
        "make dist (trunk build --release) fails: {out}"
    );
    assert!(out.contains(&located), "{out}");
    assert!(page(&root, "broken.html").is_none());

    let (code, out) = build_hook(&root, "debug");
    assert_eq!(code, Some(0), "trunk serve keeps going: {out}");
    assert!(out.contains(&located), "{out}");
}
