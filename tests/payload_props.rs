//! Property tests of the reader's own JSON decoder (`story::payload::decode`): whatever the
//! input, it never panics, it accepts exactly what serde_json and the model's derives
//! accept, and it builds the same story. Inputs: arbitrary text, arbitrary JSON, strings
//! written with every escape, numbers in every form, and the seed story mutated as text
//! (bytes cut, inserted, replaced) and as JSON (any value replaced, removed or added).
#![cfg(not(target_arch = "wasm32"))]

use claimlens::story::payload::json::{self, Kind};
use claimlens::story::payload::{decode, encode};
use claimlens::story::Story;
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::Value;

/// The seed story, as a file and as the payload a page carries.
const BUNDLED: &str = include_str!("../data/nk-troops.json");

fn serde_decode(text: &str) -> Option<Story> {
    serde_json::from_str(text.strip_prefix('\u{feff}').unwrap_or(text)).ok()
}

fn payload() -> String {
    encode(&serde_decode(BUNDLED).expect("the seed story decodes"))
}

/// Our tree and serde_json's, equal in everything but where each value starts.
fn same_tree(ours: &json::Value, serde: &Value) -> bool {
    match (&ours.kind, serde) {
        (Kind::Null, Value::Null) => true,
        (Kind::Bool(a), Value::Bool(b)) => a == b,
        (Kind::Number(a), Value::Number(b)) => b.as_f64().is_some_and(|b| *a == b),
        (Kind::String(a), Value::String(b)) => a == b,
        (Kind::List(a), Value::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(a, b)| same_tree(a, b))
        }
        (Kind::Object(a), Value::Object(b)) => {
            a.len() == b.len()
                && a.iter()
                    .all(|(key, a)| b.get(key).is_some_and(|b| same_tree(a, b)))
        }
        _ => false,
    }
}

fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        any::<String>().prop_map(Value::String),
    ];
    leaf.prop_recursive(5, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(any::<String>(), inner, 0..6)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

/// `text` as a JSON string with every character escaped (`\uXXXX`, surrogate pairs above
/// the first plane) or, for `plain`, only those JSON requires.
fn escaped(text: &str, plain: bool) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' if plain => out.push_str("\\\""),
            '\\' if plain => out.push_str("\\\\"),
            c if plain && c >= ' ' => out.push(c),
            c => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
        }
    }
    out.push('"');
    out
}

/// The seed story with the value at one of its places replaced by `replacement`, or that
/// place removed (`None`), or an unknown field added beside it.
fn edit_json(mut story: Value, place: Index, replacement: Option<Value>, add: bool) -> Value {
    fn places(value: &Value, at: String, out: &mut Vec<String>) {
        out.push(at.clone());
        match value {
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    places(item, format!("{at}/{i}"), out);
                }
            }
            Value::Object(members) => {
                for (key, member) in members {
                    places(member, format!("{at}/{key}"), out);
                }
            }
            _ => {}
        }
    }
    let mut all = Vec::new();
    places(&story, String::new(), &mut all);
    let pointer = place.get(&all).clone();
    let (parent, last) = pointer.rsplit_once('/').unwrap_or(("", ""));
    match (replacement, story.pointer_mut(parent)) {
        (Some(_), Some(Value::Object(members))) if add => {
            members.insert(format!("{last}_extra"), Value::Null);
        }
        (Some(value), _) => {
            if let Some(target) = story.pointer_mut(&pointer) {
                *target = value;
            }
        }
        (None, Some(Value::Object(members))) => {
            members.remove(last);
        }
        (None, Some(Value::Array(items))) => {
            if let Ok(i) = last.parse::<usize>() {
                if i < items.len() {
                    items.remove(i);
                }
            }
        }
        (None, _) => {}
    }
    story
}

fn small_json() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        (0u32..100_000).prop_map(Value::from),
        "[a-z_]{0,12}".prop_map(Value::String),
        Just(Value::Array(vec![])),
        Just(serde_json::json!({})),
        Just(serde_json::json!({"de": "x", "en": "y"})),
        Just(serde_json::json!(["x"])),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_text_is_decoded_as_serde_decodes_it(text in any::<String>()) {
        prop_assert_eq!(decode(&text).ok(), serde_decode(&text));
    }

    #[test]
    fn any_json_reads_as_serde_json_reads_it(value in any_json(), pretty in any::<bool>()) {
        let text = if pretty {
            serde_json::to_string_pretty(&value).unwrap()
        } else {
            value.to_string()
        };
        let ours = json::parse(&text);
        prop_assert!(ours.is_ok(), "{:?} for {}", ours, text);
        let serde: Value = serde_json::from_str(&text).unwrap();
        prop_assert!(same_tree(&ours.unwrap(), &serde), "{}", text);
    }

    #[test]
    fn strings_read_the_same_however_they_are_escaped(text in any::<String>(), plain in any::<bool>()) {
        let json = escaped(&text, plain);
        prop_assert_eq!(json::parse(&json).map(|v| v.kind), Ok(Kind::String(text.clone())));
        prop_assert_eq!(serde_json::from_str::<String>(&json).unwrap(), text);
    }

    #[test]
    fn numbers_read_as_serde_json_reads_them(
        negative in any::<bool>(),
        whole in "0|[1-9][0-9]{0,24}",
        fraction in prop::option::of("[0-9]{1,24}"),
        exponent in prop::option::of((
            prop::sample::select(vec!["e", "E", "e+", "E-", "e-"]),
            0u32..400,
        )),
    ) {
        let sign = if negative { "-" } else { "" };
        let fraction = fraction.map(|digits| format!(".{digits}")).unwrap_or_default();
        let exponent = exponent.map(|(e, n)| format!("{e}{n}")).unwrap_or_default();
        let text = format!("{sign}{whole}{fraction}{exponent}");
        let serde = serde_json::from_str::<f64>(&text).map_err(|_| ());
        let ours = match json::parse(&text).map(|v| v.kind) {
            Ok(Kind::Number(n)) => Ok(n),
            Ok(other) => return Err(TestCaseError::fail(format!("{text}: {other:?}"))),
            Err(_) => Err(()),
        };
        prop_assert_eq!(ours.map(f64::to_bits), serde.map(f64::to_bits), "{}", text);
    }

    #[test]
    fn the_seed_story_cut_or_patched_as_text_is_decoded_as_serde_decodes_it(
        pretty in any::<bool>(),
        at in any::<Index>(),
        cut in 0usize..8,
        insert in prop::sample::select(vec![
            "", "\"", ",", ":", "{", "}", "[", "]", "0", "1", "-", ".", "e", "null", "true",
            "\\", "\\u", "\\ud83d", " ", "\n", "\u{0}", "ü", "\"x\":1,", "x",
        ]),
    ) {
        let story = if pretty { BUNDLED.to_owned() } else { payload() };
        let mut start = at.index(story.len());
        while !story.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = (start + cut).min(story.len());
        while !story.is_char_boundary(end) {
            end += 1;
        }
        let text = [&story[..start], insert, &story[end..]].concat();
        prop_assert_eq!(decode(&text).ok(), serde_decode(&text), "{:?} at {}", insert, start);
    }

    #[test]
    fn the_seed_story_patched_as_json_is_decoded_as_serde_decodes_it(
        place in any::<Index>(),
        replacement in prop::option::weighted(0.8, small_json()),
        add in prop::bool::weighted(0.2),
    ) {
        let story: Value = serde_json::from_str(BUNDLED).unwrap();
        let text = serde_json::to_string_pretty(&edit_json(story, place, replacement, add)).unwrap();
        let ours = decode(&text);
        prop_assert_eq!(ours.clone().ok(), serde_decode(&text));
        if let Err(error) = ours {
            // A shape error names where it is; its position is where that value starts.
            prop_assert!(error.line > 0 && error.column > 0, "{}", error);
        }
    }
}
