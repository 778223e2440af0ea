use std::path::{Path, PathBuf};

use serde_json::json;

use super::*;
use crate::story::model::{FigureSelection, LensRule, RuleMatch, Stance, StepShows};

fn seed() -> Story {
    crate::story::load(crate::story::BUNDLED).unwrap()
}

/// The story serde_json and the model's derives make of `text`, as the reader decoded it
/// before it had its own reader.
fn serde_decode(text: &str) -> Option<Story> {
    serde_json::from_str(text.strip_prefix('\u{feff}').unwrap_or(text)).ok()
}

/// Every JSON file under `folder` (relative to the crate), with its text.
fn json_files(folder: &str) -> Vec<(PathBuf, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            (path, text)
        })
        .collect();
    files.sort();
    files
}

fn error(text: &str) -> String {
    decode(text).unwrap_err().to_string()
}

/// The seed story as JSON, changed by `edit`, written with indentation.
fn seed_edited(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut value: serde_json::Value = serde_json::from_str(crate::story::BUNDLED).unwrap();
    edit(&mut value);
    serde_json::to_string_pretty(&value).unwrap()
}

#[test]
fn every_story_file_decodes_to_the_story_serde_made_of_it() {
    let mut accepted = Vec::new();
    for folder in [
        "data",
        "data/ui",
        "tests/fixtures",
        "tests/e2e/fixtures/stories",
    ] {
        for (path, text) in json_files(folder) {
            let decoded = decode(&text).ok();
            assert_eq!(decoded, serde_decode(&text), "{}", path.display());
            if decoded.is_some() {
                accepted.push(path.file_name().unwrap().to_string_lossy().into_owned());
            }
        }
    }
    // Every story the app reads, the broken one too (its errors are semantic: the
    // validator's business); not garbled.json, not the schemas, UI files or site.json.
    accepted.sort();
    let expected = [
        "broken.json",
        "crowd-count.json",
        "fr-test.json",
        "library-hours.json",
        "mini.json",
        "nk-troops.json",
        "qualified.json",
    ];
    assert_eq!(accepted, expected);
}

#[test]
fn a_decoded_payload_is_the_story_that_was_encoded() {
    let story = seed();
    assert_eq!(decode(&encode(&story)).unwrap(), story);
}

#[test]
fn the_payload_is_compact_json() {
    let payload = encode(&seed());
    assert!(!payload.contains('\n'));
    assert!(payload.len() < crate::story::BUNDLED.len());
    assert!(serde_json::from_str::<serde_json::Value>(&payload).is_ok());
}

#[test]
fn a_story_file_decodes_as_it_is_with_or_without_a_byte_order_mark() {
    let story = seed();
    assert_eq!(decode(crate::story::BUNDLED).unwrap(), story);
    let with_bom = format!("\u{feff}{}", crate::story::BUNDLED);
    assert_eq!(decode(&with_bom).unwrap(), story);
    // Only one, and only at the start.
    assert!(decode(&format!("\u{feff}{with_bom}")).is_err());
    assert!(decode(&format!("{}\u{feff}", crate::story::BUNDLED)).is_err());
}

#[test]
fn a_payload_that_is_not_json_says_where_it_stopped() {
    let error = decode("{\n  \"id\": \"x\",\n  \"languages\": [\"de\" \"en\"]\n}").unwrap_err();
    assert_eq!((error.line, error.column), (3, 22));
    assert_eq!(error.to_string(), "3:22: expected `,` or `]`");
    let error = StoryError::from(error);
    assert_eq!(error.to_string(), "3:22: expected `,` or `]`");
}

#[test]
fn columns_count_characters_not_bytes() {
    assert_eq!(error("{\"ü\": \"ä\" x"), "1:11: expected `,` or `}`");
}

#[test]
fn an_empty_or_blank_payload_is_an_error() {
    assert_eq!(error(""), "1:1: EOF while parsing a value");
    assert_eq!(error(" \n "), "2:2: EOF while parsing a value");
    assert_eq!(error("\u{feff}"), "1:1: EOF while parsing a value");
}

#[test]
fn a_payload_that_misses_a_field_names_it_where_its_object_starts() {
    assert_eq!(error("{}"), "1:1: missing field `id`");
    let text = seed_edited(|story| {
        story["steps"][1]["shows"].as_object_mut().unwrap().clear();
        story["claims"][0].as_object_mut().unwrap().remove("stance");
    });
    let error = decode(&text).unwrap_err();
    assert_eq!(error.path, "claims[0]");
    assert_eq!(error.message, "missing field `stance`");
    let line = text.lines().nth(error.line - 1).unwrap();
    assert_eq!(line.chars().nth(error.column - 1), Some('{'), "{line}");
}

#[test]
fn a_value_of_the_wrong_type_is_named_by_its_json_path() {
    let text = seed_edited(|story| story["steps"][2]["title"] = json!("Ein Titel"));
    let error = decode(&text).unwrap_err();
    assert_eq!(error.path, "steps[2].title");
    assert_eq!(
        error.message,
        "expected an object of texts by language, found a string"
    );
    let line = text.lines().nth(error.line - 1).unwrap();
    assert!(
        line.trim_start().starts_with("\"title\": \"Ein Titel\""),
        "{line}"
    );
    assert_eq!(line.chars().nth(error.column - 1), Some('"'));

    let cases = [
        (json!({"id": 5}), "id: expected a string, found a number"),
        (
            json!({"id": "x", "languages": "de"}),
            "languages: expected a list, found a string",
        ),
        (
            json!({"id": "x", "languages": ["de", null]}),
            "languages[1]: expected a string, found null",
        ),
        (
            json!({"id": "x", "languages": [], "default_language": "de", "title": {"de": 1}}),
            "title.de: expected a string, found a number",
        ),
    ];
    for (value, expected) in cases {
        let error = decode(&value.to_string()).unwrap_err();
        assert_eq!(error.to_string().split_once(": ").unwrap().1, expected);
    }
}

#[test]
fn numbers_where_figures_need_them_and_nowhere_else() {
    let figure = |value: serde_json::Value| {
        let text = seed_edited(|story| story["figures"][0]["value"] = value);
        decode(&text).map(|story| story.figures[0].value)
    };
    assert_eq!(figure(json!(25000.5)), Ok(25000.5));
    let error = figure(json!("25000")).unwrap_err();
    assert_eq!(error.path, "figures[0].value");
    assert_eq!(error.message, "expected a number, found a string");
    let text = seed_edited(|story| story["steps"][0]["shows"]["sources"] = json!(1));
    assert_eq!(
        decode(&text).unwrap_err().message,
        "expected true or false, found a number"
    );
}

#[test]
fn numbers_are_read_in_every_form_json_writes_them() {
    let read = |number: &str| {
        let text = format!("[{number}]");
        match json::parse(&text).map(|value| value.kind) {
            Ok(json::Kind::List(items)) => match items.as_slice() {
                [json::Value {
                    kind: json::Kind::Number(n),
                    ..
                }] => Ok(*n),
                other => panic!("{other:?}"),
            },
            Ok(other) => panic!("{other:?}"),
            Err(error) => Err(error.message),
        }
    };
    // Bit for bit serde_json's number, long and huge ones too.
    #[rustfmt::skip]
    let numbers = [
        "0", "-0", "7", "25000", "1e4", "1E4", "1e+4", "1.5e3", "2.5E-3", "-12.25", "0.1",
        "1e-400", "123456789012345678901234567890", "9007199254740993",
        "1.7976931348623157e308", "18446744073709551615", "18446744073709551616",
        "18446744073709551616.5", "2.2250738585072014e-308", "4.9e-324", "0e99999999999",
        "1e-99999999999", "0.000000000000000000000000000001e30", "7.000000000000000000001",
    ];
    for number in numbers {
        let serde: f64 = serde_json::from_str(number).unwrap();
        let ours = read(number).unwrap();
        assert_eq!(
            ours.to_bits(),
            serde.to_bits(),
            "{number}: {ours} against {serde}"
        );
    }
    assert_eq!(read("-0").unwrap().to_bits(), (-0.0f64).to_bits());
    for (number, message) in [
        ("01", "invalid number"),
        ("1.", "invalid number"),
        (".5", "expected value"),
        ("+1", "expected value"),
        ("1e", "invalid number"),
        ("1e+", "invalid number"),
        ("-", "invalid number"),
        ("--1", "invalid number"),
        ("0x10", "expected `,` or `]`"),
        ("1e400", "number out of range"),
        ("1e99999999999", "number out of range"),
        ("-1e400", "number out of range"),
        ("NaN", "expected value"),
        ("Infinity", "expected value"),
    ] {
        assert_eq!(read(number), Err(message), "{number}");
        assert!(serde_json::from_str::<Vec<f64>>(&format!("[{number}]")).is_err());
    }
}

#[test]
fn powers_of_ten_are_the_nearest_doubles() {
    for power in 0..=308 {
        let literal: f64 = format!("1e{power}").parse().unwrap();
        assert_eq!(number::power_of_ten(power), literal, "10^{power}");
    }
}

#[test]
fn escapes_decode_as_serde_json_decodes_them() {
    let texts = [
        r#""plain ünïcödé 🙂""#,
        r#""\" \\ \/ \b \f \n \r \t""#,
        r#""\u00e9\u00E9 \u20ac \u0000""#,
        r#""\ud83d\ude00 \uD83D\uDE00""#,
        r#""a\u0022b""#,
    ];
    for text in texts {
        let serde: String = serde_json::from_str(text).unwrap();
        assert_eq!(
            json::parse(text).unwrap().kind,
            json::Kind::String(serde),
            "{text}"
        );
    }
    for (text, message) in [
        (r#""\ud83d""#, "unexpected end of hex escape"),
        (r#""\ud83d x""#, "unexpected end of hex escape"),
        (r#""\ud83d\n""#, "unexpected end of hex escape"),
        (r#""\ud83d\u0041""#, "lone leading surrogate in hex escape"),
        (r#""\ude00""#, "lone leading surrogate in hex escape"),
        (r#""\u12g4""#, "invalid escape"),
        (r#""\u12"#, "EOF while parsing a string"),
        (r#""\x""#, "invalid escape"),
        (r#""\'""#, "invalid escape"),
        (
            "\"tab\there\"",
            "control character (\\u0000-\\u001F) found while parsing a string",
        ),
        (
            "\"line\nbreak\"",
            "control character (\\u0000-\\u001F) found while parsing a string",
        ),
        ("\"open", "EOF while parsing a string"),
        ("\"open\\", "EOF while parsing a string"),
    ] {
        assert_eq!(
            json::parse(text).map_err(|e| e.message),
            Err(message),
            "{text}"
        );
        assert!(serde_json::from_str::<String>(text).is_err(), "{text}");
    }
}

#[test]
fn json_that_serde_json_rejects_is_rejected() {
    for (text, message) in [
        ("[1,]", "trailing comma"),
        ("{\"a\":1,}", "trailing comma"),
        ("{a:1}", "key must be a string"),
        ("{\"a\" 1}", "expected `:`"),
        ("[1 2]", "expected `,` or `]`"),
        ("{\"a\":1 \"b\":2}", "expected `,` or `}`"),
        ("[1] [2]", "trailing characters"),
        ("tru", "EOF while parsing a value"),
        ("trUe", "expected value"),
        ("nul", "EOF while parsing a value"),
        ("// c\n{}", "expected value"),
        ("[", "EOF while parsing a value"),
        ("[1", "EOF while parsing a list"),
        ("{", "EOF while parsing an object"),
        ("{\"a\"", "EOF while parsing an object"),
        ("{\"a\":1", "EOF while parsing an object"),
        ("\u{a0}1", "expected value"),
        ("[1]\u{0}", "trailing characters"),
    ] {
        assert_eq!(
            json::parse(text).map_err(|e| e.message),
            Err(message),
            "{text}"
        );
        assert!(
            serde_json::from_str::<serde_json::Value>(text).is_err(),
            "{text}"
        );
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let deep = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    assert!(json::parse(&deep(json::MAX_DEPTH)).is_ok());
    let error = json::parse(&deep(json::MAX_DEPTH + 1)).unwrap_err();
    assert_eq!(
        (error.at, error.message),
        (json::MAX_DEPTH, "nested too deeply")
    );
    assert!(decode(&deep(1_000_000)).is_err());
    let objects = "{\"a\":".repeat(100_000);
    assert_eq!(decode(&objects).unwrap_err().message, "nested too deeply");
    let in_story =
        seed_edited(|story| story["title"]["de"] = json!([[[[[[[[[[[[[[[[[["x"]]]]]]]]]]]]]]]]]]));
    assert_eq!(decode(&in_story).unwrap_err().path, "title.de");
}

#[test]
fn a_payload_larger_than_any_story_is_refused_before_it_is_read() {
    let huge = format!("{{\"id\": \"{}\"}}", "x".repeat(MAX_STORY_BYTES));
    let error = decode(&huge).unwrap_err();
    assert_eq!((error.line, error.path.as_str()), (0, ""));
    assert!(error.message.contains("bytes long; at most"), "{error}");
}

#[test]
fn every_truncation_of_a_story_is_an_error() {
    let story = crate::story::BUNDLED;
    let ends: Vec<usize> = (0..story.len())
        .filter(|&end| story.is_char_boundary(end))
        .collect();
    // Every cut through the first few hundred bytes, then one in 61 (a prime, so the cuts
    // fall on every kind of token).
    for &end in ends.iter().filter(|&&end| end < 400 || end % 61 == 0) {
        let cut = &story[..end];
        assert!(decode(cut).is_err(), "cut at {end}");
        assert!(serde_decode(cut).is_none());
    }
    let payload = encode(&seed());
    let last = payload.len() - 1;
    let column = payload[..last].chars().count() + 1;
    assert_eq!(
        error(&payload[..last]),
        format!("1:{column}: EOF while parsing an object")
    );
}

#[test]
fn fields_are_read_as_the_model_declares_them() {
    // An optional field may be null; a list with a default may not.
    let with_null_party = seed_edited(|story| story["sources"][0]["party"] = json!(null));
    assert_eq!(
        decode(&with_null_party).ok(),
        serde_decode(&with_null_party)
    );
    assert_eq!(decode(&with_null_party).unwrap().sources[0].party, None);
    let with_null_units = seed_edited(|story| story["units"] = json!(null));
    assert_eq!(decode(&with_null_units).unwrap_err().path, "units");
    assert!(serde_decode(&with_null_units).is_none());
    // Unknown and duplicate fields are errors, as serde's deny_unknown_fields makes them.
    let unknown = seed_edited(|story| story["claims"][1]["sorce"] = json!("x"));
    let error = decode(&unknown).unwrap_err();
    assert_eq!(error.path, "claims[1].sorce");
    assert_eq!(error.message, "unknown field");
    assert!(serde_decode(&unknown).is_none());
    let duplicate = encode(&seed()).replacen("{\"id\":", "{\"id\":\"x\",\"id\":", 1);
    assert_eq!(decode(&duplicate).unwrap_err().message, "duplicate field");
    assert!(serde_decode(&duplicate).is_none());
    // A text keeps the last of two entries in one language, as a map does in serde.
    let twice = encode(&seed()).replacen("\"title\":{", "\"title\":{\"de\":\"first\",", 1);
    assert_eq!(decode(&twice).ok(), serde_decode(&twice));
}

#[test]
fn enums_are_read_by_their_serde_names() {
    let stance = |value| seed_edited(|story| story["claims"][0]["stance"] = value);
    for (name, expected) in [
        ("asserts", Stance::Asserts),
        ("no_evidence", Stance::NoEvidence),
    ] {
        assert_eq!(
            decode(&stance(json!(name))).unwrap().claims[0].stance,
            expected
        );
    }
    let error = decode(&stance(json!("Asserts"))).unwrap_err();
    assert_eq!(error.path, "claims[0].stance");
    assert_eq!(
        error.message,
        "unknown value `Asserts`, expected one of `asserts`, `denies`, `no_evidence`, `doubts`"
    );

    let selection = |value| {
        let text = seed_edited(|story| story["steps"][0]["shows"]["figures"] = value);
        assert_eq!(decode(&text).ok(), serde_decode(&text), "{text}");
        decode(&text).map(|story| story.steps[0].shows.figures.clone())
    };
    assert_eq!(selection(json!("all")), Ok(Some(FigureSelection::All)));
    assert_eq!(
        selection(json!({"all": null})),
        Ok(Some(FigureSelection::All))
    );
    assert_eq!(selection(json!(null)), Ok(None));
    let only = Ok(Some(FigureSelection::Only(vec!["a".into()])));
    assert_eq!(selection(json!({"only": ["a"]})), only);
    for wrong in [
        json!("only"),
        json!({"all": 1}),
        json!({"only": ["a"], "all": null}),
        json!({}),
    ] {
        assert!(selection(wrong).is_err());
    }

    let rule = |value| {
        let text = seed_edited(|story| story["lenses"][0]["rule"] = value);
        assert_eq!(decode(&text).ok(), serde_decode(&text), "{text}");
        decode(&text).map(|story| story.lenses[0].rule.clone())
    };
    let matching = |field: &str| RuleMatch {
        field: field.into(),
        any_of: vec!["x".into()],
    };
    let keep = rule(json!({"keep": {"field": "source.kind", "any_of": ["x"]}}));
    assert_eq!(keep, Ok(LensRule::Keep(matching("source.kind"))));
    let leave_out = rule(json!({"leave_out": {"field": "evidnce", "any_of": ["x"]}}));
    assert_eq!(leave_out, Ok(LensRule::LeaveOut(matching("evidnce"))));
    for wrong in [
        json!("keep"),
        json!({"drop": {"field": "status", "any_of": []}}),
        json!({"keep": {"field": "status"}}),
        json!({"keep": {"field": "status", "any_of": []}, "leave_out": {"field": "status", "any_of": []}}),
    ] {
        assert!(rule(wrong).is_err());
    }
}

#[test]
fn a_struct_may_be_a_list_of_its_fields_in_order_as_serde_reads_it() {
    let shows = |value| {
        let text = seed_edited(|story| story["steps"][0]["shows"] = value);
        assert_eq!(decode(&text).ok(), serde_decode(&text), "{text}");
        decode(&text).map(|story| story.steps[0].shows.clone())
    };
    assert_eq!(shows(json!([])), Ok(StepShows::default()));
    let sources_only = StepShows {
        question: None,
        figures: None,
        sources: true,
    };
    assert_eq!(shows(json!([null, null, true])), Ok(sources_only));
    let error = shows(json!([null, null, true, 1])).unwrap_err();
    assert_eq!(
        (error.path.as_str(), error.message.as_str()),
        ("steps[0].shows[3]", "one item too many")
    );
    let side = seed_edited(|story| story["sides"][0] = json!(["x", {"de": "X"}]));
    assert_eq!(decode(&side).unwrap().sides[0].id, "x");
    let short = seed_edited(|story| story["sides"][0] = json!(["x"]));
    assert_eq!(decode(&short).unwrap_err().message, "missing field `label`");
    assert!(serde_decode(&short).is_none());
}
