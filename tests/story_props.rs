//! Property tests of the story loader: whatever the input, `load` never panics, a rejected
//! input always comes with at least one error, and an accepted one is valid and intact.
//!
//! Inputs: arbitrary JSON, arbitrary strings, story-shaped JSON, structural mutations and
//! text edits of a valid story (the fixture `tests/fixtures/mini.json` and the bundled
//! `data/nk-troops.json`), hostile texts in every text field, 10 MB strings, deep nesting
//! and huge numbers. Also the `story-check` command line over good, bad and missing files.
//!
//! Case counts are set per property (see `CASES_*`); `cases_run_in_total` documents the sum.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::Command;

use claimlens::story::load::{validate, MAX_ERRORS};
use claimlens::story::{load, Story, StoryError};
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::{json, Value};

const MINI: &str = include_str!("fixtures/mini.json");
/// The seed story, which the build inlines into its page.
const BUNDLED: &str = include_str!("../data/nk-troops.json");

const CASES_ARBITRARY_JSON: u32 = 256;
const CASES_ARBITRARY_TEXT: u32 = 256;
const CASES_STORY_SHAPED: u32 = 256;
const CASES_FIXTURE_MUTATIONS: u32 = 512;
const CASES_BUNDLED_MUTATIONS: u32 = 256;
const CASES_TEXT_EDITS: u32 = 256;
const CASES_HOSTILE_TEXTS: u32 = 64;

// ---------------------------------------------------------------------------------------
// Invariants
// ---------------------------------------------------------------------------------------

/// The contract of `load` on any input: no panic (the call returns), an `Err` has at
/// least one error, each with a message and a sane location, and an `Ok` is valid and
/// survives a round trip unchanged.
fn check_load(text: &str) -> Result<Story, Vec<StoryError>> {
    let result = load(text);
    match &result {
        Ok(story) => {
            assert!(validate(story).is_empty(), "load accepted an invalid story");
            let again = serde_json::to_string(story).unwrap();
            assert_eq!(
                load(&again).as_ref(),
                Ok(story),
                "round trip changed the story"
            );
        }
        Err(errors) => {
            assert!(!errors.is_empty(), "rejected without an error");
            assert!(errors.len() <= MAX_ERRORS + 1, "{} errors", errors.len());
            let lines = text.lines().count() + 1;
            for error in errors {
                assert!(!error.message.is_empty(), "empty message: {error:?}");
                assert!(error.message.chars().count() <= 401, "{error:?}");
                if let Some(line) = error.line {
                    assert!(line >= 1 && line <= lines, "line {line} of {lines}");
                }
                assert!(!error.to_string().is_empty());
            }
        }
    }
    result
}

// ---------------------------------------------------------------------------------------
// Strategies
// ---------------------------------------------------------------------------------------

/// Words of the story format, so generated JSON often gets past the first field.
const VOCABULARY: &[&str] = &[
    "$schema",
    "id",
    "languages",
    "default_language",
    "title",
    "summary",
    "date",
    "credit",
    "sides",
    "party_badge",
    "source_kinds",
    "evidence_kinds",
    "units",
    "one",
    "other",
    "figure_kinds",
    "references",
    "figure",
    "chart_mode",
    "share_column",
    "share_of",
    "sources",
    "questions",
    "claims",
    "figures",
    "lenses",
    "steps",
    "label",
    "name",
    "kind",
    "country",
    "party",
    "note",
    "text",
    "source",
    "question",
    "stance",
    "statement",
    "quote",
    "lang",
    "translation",
    "when",
    "evidence",
    "status",
    "disputes",
    "claim",
    "value",
    "qualifier",
    "to",
    "about",
    "at_least",
    "range",
    "unit",
    "explanation",
    "rule",
    "keep",
    "leave_out",
    "field",
    "any_of",
    "body",
    "shows",
    "only",
    "all",
    "de",
    "en",
    "fr",
    "none",
    "nis",
    "asserts",
    "published",
    "on_record",
    "soldiers",
    "moved",
    "source.party",
];

fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(VOCABULARY).prop_map(str::to_string),
        1 => "\\PC{0,12}",
        1 => "[a-z-]{0,8}",
    ]
}

fn number() -> impl Strategy<Value = Value> {
    prop_oneof![
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from), // NaN and infinities become null
        prop::sample::select(vec![
            0.0,
            -1.0,
            0.5,
            1500.0,
            1e10,
            1e10 + 1.0,
            1e308,
            -1e308
        ])
        .prop_map(Value::from),
    ]
}

fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        number(),
        word().prop_map(Value::String),
    ];
    leaf.prop_recursive(6, 96, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::btree_map(word(), inner, 0..8)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

/// An object with story fields (each maybe present) holding arbitrary JSON.
fn story_shaped() -> impl Strategy<Value = Value> {
    let fields = &VOCABULARY[..15];
    prop::collection::vec((prop::sample::select(fields), arb_json()), 0..15).prop_map(|pairs| {
        Value::Object(
            pairs
                .into_iter()
                .map(|(key, value)| (key.to_string(), value))
                .collect(),
        )
    })
}

#[derive(Debug, Clone, PartialEq)]
enum Seg {
    Key(String),
    Index(usize),
}

fn all_paths(value: &Value, prefix: &mut Vec<Seg>, out: &mut Vec<Vec<Seg>>) {
    out.push(prefix.clone());
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                prefix.push(Seg::Key(key.clone()));
                all_paths(child, prefix, out);
                prefix.pop();
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                prefix.push(Seg::Index(i));
                all_paths(child, prefix, out);
                prefix.pop();
            }
        }
        _ => {}
    }
}

fn all_strings(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::String(s) => out.push(s.clone()),
        Value::Object(map) => map.values().for_each(|v| all_strings(v, out)),
        Value::Array(items) => items.iter().for_each(|v| all_strings(v, out)),
        _ => {}
    }
}

fn at_mut<'a>(value: &'a mut Value, path: &[Seg]) -> Option<&'a mut Value> {
    let mut current = value;
    for seg in path {
        current = match seg {
            Seg::Key(key) => current.get_mut(key.as_str())?,
            Seg::Index(i) => current.get_mut(*i)?,
        };
    }
    Some(current)
}

/// Values that sit on the edges the validator checks.
fn interesting() -> Vec<Value> {
    vec![
        json!(""),
        json!("   "),
        json!("none"),
        json!("nis"),
        json!("de"),
        json!("fr"),
        json!("Nis 2"),
        json!("<script>alert('x')</script>"),
        json!("x".repeat(20_001)),
        json!(0),
        json!(-1),
        json!(1.5),
        json!(1e308),
        json!(10_000_000_001u64),
        json!([]),
        json!({}),
        json!(null),
        json!(true),
        json!({"only": []}),
        json!({"keep": {"field": "evidnce", "any_of": []}}),
    ]
}

#[derive(Debug, Clone)]
enum Op {
    /// Replace the value with arbitrary JSON.
    Replace(Value),
    /// Replace the value with one of `interesting()`.
    Interesting(Index),
    /// Replace the value with a string found elsewhere in the story (an id, a language…).
    CopyString(Index),
    /// Remove the value from its object or array.
    Remove,
    /// Duplicate the value inside its array.
    Duplicate,
    /// Add a key to the object.
    InsertKey(String, Value),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        1 => arb_json().prop_map(Op::Replace),
        2 => any::<Index>().prop_map(Op::Interesting),
        2 => any::<Index>().prop_map(Op::CopyString),
        2 => Just(Op::Remove),
        2 => Just(Op::Duplicate),
        1 => (word(), arb_json()).prop_map(|(k, v)| Op::InsertKey(k, v)),
    ]
}

fn mutations() -> impl Strategy<Value = Vec<(Index, Op)>> {
    prop::collection::vec((any::<Index>(), op()), 1..=4)
}

fn apply(value: &mut Value, where_: &Index, op: &Op) {
    let mut paths = Vec::new();
    all_paths(value, &mut Vec::new(), &mut paths);
    let path = where_.get(&paths).clone();
    match op {
        Op::Replace(new) => {
            if let Some(target) = at_mut(value, &path) {
                *target = new.clone();
            }
        }
        Op::Interesting(pick) => {
            if let Some(target) = at_mut(value, &path) {
                *target = pick.get(&interesting()).clone();
            }
        }
        Op::CopyString(pick) => {
            let mut strings = Vec::new();
            all_strings(value, &mut strings);
            if strings.is_empty() {
                return;
            }
            let copied = pick.get(&strings).clone();
            if let Some(target) = at_mut(value, &path) {
                *target = Value::String(copied);
            }
        }
        Op::Remove | Op::Duplicate => {
            let Some((last, parent_path)) = path.split_last() else {
                return;
            };
            let Some(parent) = at_mut(value, parent_path) else {
                return;
            };
            match (parent, last, op) {
                (Value::Object(map), Seg::Key(key), Op::Remove) => {
                    map.remove(key);
                }
                (Value::Array(items), Seg::Index(i), Op::Remove) => {
                    items.remove(*i);
                }
                (Value::Array(items), Seg::Index(i), Op::Duplicate) => {
                    let copy = items[*i].clone();
                    items.insert(*i, copy);
                }
                _ => {}
            }
        }
        Op::InsertKey(key, new) => {
            if let Some(Value::Object(map)) = at_mut(value, &path) {
                map.insert(key.clone(), new.clone());
            }
        }
    }
}

#[derive(Debug, Clone)]
enum Edit {
    Delete(Index, usize),
    Insert(Index, char),
    Truncate(Index),
}

fn edits() -> impl Strategy<Value = Vec<Edit>> {
    let ch = prop_oneof![
        prop::sample::select(vec![
            '{', '}', '[', ']', '"', ',', ':', '\\', ' ', '\n', '0', '-', 'e', 'ü'
        ]),
        any::<char>(),
    ];
    let edit = prop_oneof![
        (any::<Index>(), 1usize..40).prop_map(|(i, n)| Edit::Delete(i, n)),
        (any::<Index>(), ch).prop_map(|(i, c)| Edit::Insert(i, c)),
        any::<Index>().prop_map(Edit::Truncate),
    ];
    prop::collection::vec(edit, 1..=3)
}

fn apply_edit(text: &str, edit: &Edit) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    if chars.is_empty() {
        return String::new();
    }
    match edit {
        Edit::Delete(at, n) => {
            let start = at.index(chars.len());
            let end = (start + n).min(chars.len());
            chars.drain(start..end);
        }
        Edit::Insert(at, c) => chars.insert(at.index(chars.len() + 1), *c),
        Edit::Truncate(at) => chars.truncate(at.index(chars.len())),
    }
    chars.into_iter().collect()
}

/// Every text a reader sees, hostile: `{"de": …, "en": …}` maps, paragraph lists, quotes.
fn rewrite_texts(value: &mut Value, rewrite: &mut dyn FnMut(&str) -> String) {
    match value {
        Value::Object(map) => {
            let is_text = !map.is_empty() && map.keys().all(|k| k == "de" || k == "en");
            for (key, child) in map.iter_mut() {
                match child {
                    Value::String(s) if is_text || key == "text" => *s = rewrite(s),
                    Value::Array(items) if is_text => {
                        for item in items.iter_mut() {
                            if let Value::String(s) = item {
                                *s = rewrite(s);
                            }
                        }
                    }
                    _ => rewrite_texts(child, rewrite),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| rewrite_texts(v, rewrite)),
        _ => {}
    }
}

fn mini() -> Value {
    serde_json::from_str(MINI).unwrap()
}

/// The bundled story as JSON, or `None` while it is still the `{}` placeholder.
fn bundled() -> Option<Value> {
    if BUNDLED.trim() == "{}" {
        eprintln!("data/nk-troops.json is still the {{}} placeholder: bundled checks skipped");
        return None;
    }
    Some(serde_json::from_str(BUNDLED).unwrap())
}

fn sorted_strings(value: &Value) -> Vec<String> {
    let mut strings = Vec::new();
    all_strings(value, &mut strings);
    strings.sort();
    strings
}

// ---------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES_ARBITRARY_JSON))]
    #[test]
    fn arbitrary_json_never_panics_and_rejections_have_errors(value in arb_json()) {
        let _ = check_load(&value.to_string());
        let _ = check_load(&serde_json::to_string_pretty(&value).unwrap());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES_ARBITRARY_TEXT))]
    #[test]
    fn arbitrary_text_never_panics_the_loader(text in "\\PC{0,200}|[\\[\\]{}\",:0-9a-z\\\\ \n]{0,200}") {
        prop_assert!(check_load(&text).is_err());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES_STORY_SHAPED))]
    #[test]
    fn story_shaped_json_never_panics_and_rejections_have_errors(value in story_shaped()) {
        let _ = check_load(&value.to_string());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES_FIXTURE_MUTATIONS))]
    #[test]
    fn mutations_of_the_fixture_never_panic_and_rejections_have_errors(changes in mutations()) {
        let mut value = mini();
        for (at, op) in &changes {
            apply(&mut value, at, op);
        }
        let _ = check_load(&serde_json::to_string_pretty(&value).unwrap());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES_BUNDLED_MUTATIONS))]
    #[test]
    fn mutations_of_the_bundled_story_never_panic_and_rejections_have_errors(changes in mutations()) {
        let Some(mut value) = bundled() else { return Ok(()) };
        for (at, op) in &changes {
            apply(&mut value, at, op);
        }
        let _ = check_load(&serde_json::to_string_pretty(&value).unwrap());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES_TEXT_EDITS))]
    #[test]
    fn text_edits_of_the_fixture_never_panic_and_rejections_have_errors(changes in edits()) {
        let mut text = MINI.to_string();
        for edit in &changes {
            text = apply_edit(&text, edit);
        }
        let _ = check_load(&text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES_HOSTILE_TEXTS))]
    #[test]
    fn hostile_texts_in_every_text_field_load_intact(
        payload in prop_oneof![
            Just("<script>alert(document.cookie)</script>".to_string()),
            Just("<img src=x onerror=alert(1)>".to_string()),
            Just("\"><iframe src=javascript:alert(1)>".to_string()),
            Just("&lt;b&gt; &amp; {{ x }} ${x} </textarea>".to_string()),
            "<[a-z]{1,6}>\\PC{0,30}",
            "\\PC{1,30}",
        ],
        bundled_too in any::<bool>(),
    ) {
        let source = if bundled_too { bundled().unwrap_or_else(mini) } else { mini() };
        let mut value = source;
        rewrite_texts(&mut value, &mut |old| format!("{payload}{old}"));
        let text = serde_json::to_string(&value).unwrap();
        let story = match check_load(&text) {
            Ok(story) => story,
            Err(errors) => panic!("hostile texts were refused: {errors:?}"),
        };
        prop_assert!(story.title["de"].starts_with(payload.as_str()));
        prop_assert_eq!(sorted_strings(&serde_json::to_value(&story).unwrap()), sorted_strings(&value));
    }
}

// ---------------------------------------------------------------------------------------
// Hostile stories, one by one
// ---------------------------------------------------------------------------------------

#[test]
fn fixture_and_bundled_story_load() {
    check_load(MINI).unwrap();
    if bundled().is_some() {
        let story = check_load(BUNDLED).unwrap_or_else(|errors| {
            panic!(
                "data/nk-troops.json does not load:\n{}",
                errors
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("\n")
            )
        });
        assert!(!story.claims.is_empty());
    }
}

#[test]
fn ten_megabyte_strings_are_rejected_with_errors() {
    let huge = "<script>".repeat(10 * 1024 * 1024 / 8);
    for place in ["title", "id", "unknown", "figure"] {
        let mut value = mini();
        match place {
            "title" => value["title"]["de"] = json!(huge),
            "id" => value["claims"][0]["id"] = json!(huge),
            "unknown" => value[huge.as_str()] = json!(1),
            _ => value["figures"][0]["value"] = json!(huge),
        }
        let errors = check_load(&value.to_string()).unwrap_err();
        assert!(errors[0].message.starts_with("the story is "), "{place}");
    }
}

#[test]
fn a_three_megabyte_text_is_rejected_at_its_path() {
    let mut value = mini();
    value["summary"]["en"] = json!("<b>".repeat(1024 * 1024));
    let errors = check_load(&value.to_string()).unwrap_err();
    let described: Vec<String> = errors
        .iter()
        .map(|e| format!("{}: {}", e.path, e.message))
        .collect();
    assert_eq!(
        described,
        ["summary.en: text is 3145728 characters long; at most 20000 are allowed"]
    );
    assert!(errors[0].line.is_some());
}

#[test]
fn a_three_megabyte_unknown_key_is_rejected_with_a_clipped_message() {
    let mut value = mini();
    value["claims"][0]["x".repeat(3 * 1024 * 1024).as_str()] = json!(1);
    let errors = check_load(&value.to_string()).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert!(errors[0].message.starts_with("unknown field \"xxx"));
    assert!(errors[0].path.starts_with("claims[0].xxx") && errors[0].path.len() < 100);
}

/// serde_json stops at a nesting depth of 128, and the story's own types reject a
/// container where they expect something else long before; the loader's own scanner
/// walks nesting without recursion. So 10,000 levels are an error, never a stack overflow.
#[test]
fn nesting_ten_thousand_levels_deep_is_rejected_without_overflow() {
    let depth = 10_000;
    let arrays = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    let objects = format!("{}1{}", "{\"a\":".repeat(depth), "}".repeat(depth));
    let unclosed = "[{\"a\":".repeat(depth);

    // The protection itself: serde_json's recursion limit.
    let limit = serde_json::from_str::<Value>(&arrays).unwrap_err();
    assert!(
        limit.to_string().starts_with("recursion limit exceeded"),
        "{limit}"
    );

    let mut texts = vec![arrays.clone(), objects.clone(), unclosed.clone()];
    let inside =
        |field: &str, deep: &str| MINI.replacen(field, &format!("{field} {deep}, \"x\":"), 1);
    for deep in [&arrays, &objects, &unclosed] {
        texts.push(inside("\"title\":", deep));
        texts.push(inside("\"claims\":", deep));
        texts.push(inside("\"value\":", deep));
        texts.push(inside("\"de\":", deep));
        texts.push(format!("{{\"id\": {deep}}}"));
    }
    for text in &texts {
        let errors = check_load(text).unwrap_err();
        assert!(errors[0].line.is_some(), "{errors:?}");
    }
    // Deep nesting where the story allows any object key: still an error, not a panic.
    let errors = check_load(&MINI.replacen(
        "\"de\": \"Stand: Freitag\"",
        &format!("\"de\": \"Stand: Freitag\", \"deep\": {objects}"),
        1,
    ))
    .unwrap_err();
    assert!(!errors.is_empty());
}

#[test]
fn huge_and_tiny_numbers_are_rejected_or_refused_cleanly() {
    let with_value = |v: &str| MINI.replacen("\"value\": 1500", &format!("\"value\": {v}"), 1);
    let cases = [
        ("1e308", "figures[0].value"),
        ("-1e308", "figures[0].value"),
        ("1.7976931348623157e308", "figures[0].value"),
        ("12345678901234567890", "figures[0].value"),
        ("1e-400", "figures[0].value"),
        ("1e400", ""),
        ("-1e400", ""),
        ("NaN", ""),
        ("Infinity", ""),
    ];
    for (number, path) in cases {
        let errors = check_load(&with_value(number)).unwrap_err();
        assert_eq!(errors.len(), 1, "{number}: {errors:?}");
        assert_eq!(errors[0].path, path, "{number}");
    }
    let big_everywhere = MINI.replace("\"sources\": true", "\"sources\": 1e400");
    check_load(&big_everywhere).unwrap_err();
    let big_id = MINI.replacen("\"id\": \"mini\"", "\"id\": 1e308", 1);
    assert_eq!(check_load(&big_id).unwrap_err()[0].path, "id");
}

#[test]
fn control_characters_and_odd_unicode_are_text_like_any_other() {
    let mut value = mini();
    value["title"]["de"] = json!("Zeile\u{0}eins\u{202e}gnirts\u{feff}\u{200b} 🇰🇵");
    let story = check_load(&value.to_string()).unwrap();
    assert_eq!(story.title["de"], value["title"]["de"]);
    // Whitespace of every kind is still empty.
    value["title"]["de"] = json!("\u{3000}\u{a0}\t\n ");
    let errors = check_load(&value.to_string()).unwrap_err();
    assert_eq!(errors[0].message, "empty text");
}

// ---------------------------------------------------------------------------------------
// The story-check command line
// ---------------------------------------------------------------------------------------

fn story_check(files: &[&Path]) -> (i32, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_story-check"))
        .args(files)
        .output()
        .unwrap();
    (
        output.status.code().unwrap(),
        String::from_utf8(output.stdout).unwrap(),
    )
}

fn temp_file(name: &str, contents: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("claimlens-story-props-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

#[test]
fn story_check_prints_ok_with_counts() {
    let fixture = repo("tests/fixtures/mini.json");
    let (code, out) = story_check(&[&fixture]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        format!(
            "ok {}: 2 steps, 3 sources, 4 claims, 2 figures\n",
            fixture.display()
        )
    );
}

#[test]
fn story_check_prints_one_located_line_per_error_and_exits_1() {
    let bad = temp_file(
        "bad.json",
        &MINI
            .replacen("\"source\": \"zelensky\"", "\"source\": \"zelenskyj\"", 1)
            .replacen("\"field\": \"evidence\"", "\"field\": \"evidnce\"", 1),
    );
    let fixture = repo("tests/fixtures/mini.json");
    let (code, out) = story_check(&[&bad, &fixture]);
    assert_eq!(code, 1);
    let lines: Vec<&str> = out.lines().collect();
    let name = bad.display().to_string();
    assert_eq!(lines.len(), 3, "{out}");
    assert_eq!(
        lines[0],
        format!("{name}:121:17: claims[3].source: unknown source \"zelenskyj\"; known: nis, kremlin, zelensky")
    );
    assert!(lines[1].starts_with(&format!(
        "{name}:156:36: lenses[0].rule.keep.field: unknown field \"evidnce\"; known: evidence, status"
    )));
    assert!(lines[2].starts_with("ok "));

    let broken = temp_file("broken.json", "{\"id\": \"x\",\n\"languages\": [\"de\",]}");
    let (code, out) = story_check(&[&broken]);
    assert_eq!(code, 1);
    assert_eq!(out, format!("{}:2:20: trailing comma\n", broken.display()));
}

#[test]
fn story_check_reports_unreadable_files_and_skips_the_schema() {
    let missing = repo("data/no-such-story.json");
    let (code, out) = story_check(&[&missing]);
    assert_eq!(code, 1);
    assert!(out.starts_with(&format!("{}: cannot read the file: ", missing.display())));

    let schema = repo("data/story.schema.json");
    let (code, out) = story_check(&[&schema]);
    assert_eq!((code, out.as_str()), (0, ""));

    let (code, out) = story_check(&[]);
    assert_eq!((code, out.as_str()), (2, ""));
}

#[test]
fn story_check_passes_over_data() {
    if bundled().is_none() {
        return;
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(repo("data"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let refs: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    let (code, out) = story_check(&refs);
    assert_eq!(code, 0, "{out}");
    assert!(out.lines().all(|l| l.starts_with("ok ")), "{out}");
    assert!(out.contains("nk-troops.json: "));
}

#[test]
fn story_check_checks_the_ui_files_of_a_folder_and_skips_their_schema() {
    let (code, out) = story_check(&[&repo("data/ui"), &repo("data/ui.schema.json")]);
    assert_eq!(code, 0, "{out}");
    let ui = repo("data/ui");
    assert!(out.starts_with(&format!(
        "ok {}: UI language \"de\" (Deutsch)\n",
        ui.join("de.json").display()
    )));
    assert!(out.contains(&format!(
        "ok {}: UI language \"fr\" (Français)\n",
        ui.join("fr.json").display()
    )));
}

#[test]
fn story_check_locates_the_errors_of_a_ui_file() {
    let french = std::fs::read_to_string(repo("data/ui/fr.json")).unwrap();
    let dir = std::env::temp_dir()
        .join(format!("claimlens-ui-{}", std::process::id()))
        .join("ui");
    std::fs::create_dir_all(&dir).unwrap();
    let it = dir.join("it.json");
    std::fs::write(
        &it,
        french.replace("\"Étape {n} sur {total}\"", "\"Étape {n}\""),
    )
    .unwrap();
    let (code, out) = story_check(&[&it]);
    assert_eq!(code, 1);
    let name = it.display();
    assert_eq!(
        out,
        format!(
            "{name}:3:11: code: the code \"fr\" is not the file's name \"it\"; name the file fr.json\n\
             {name}:41:16: words.step_of: the template has no {{total}}; it needs: n, total\n"
        )
    );
}

/// The sum of the case counts above, reported in the closing note.
#[test]
fn cases_run_in_total() {
    let total = CASES_ARBITRARY_JSON
        + CASES_ARBITRARY_TEXT
        + CASES_STORY_SHAPED
        + CASES_FIXTURE_MUTATIONS
        + CASES_BUNDLED_MUTATIONS
        + CASES_TEXT_EDITS
        + CASES_HOSTILE_TEXTS;
    assert_eq!(total, 1856);
}
