//! Property tests of qualified numbers: their words round-trip to their values in every
//! language, a range's span is never inverted and never leaves the track, and shares are
//! only ever taken of exact or approximate figures, in the geometry and in the table.
#![cfg(not(target_arch = "wasm32"))]

use claimlens::story::figures::chart;
use claimlens::story::lens;
use claimlens::story::load::{validate, MAX_FIGURE};
use claimlens::story::locale::{format_count, format_digits, Lang};
use claimlens::story::present::figures::table;
use claimlens::story::quantity::{phrase, Qualifier, Reach};
use claimlens::story::{load, Figure, Story, Text};
use proptest::prelude::*;

const QUALIFIED: &str = include_str!("e2e/fixtures/stories/qualified.json");

const CASES: u32 = 256;

fn langs() -> Vec<Lang> {
    ["de", "en"].into_iter().filter_map(Lang::parse).collect()
}

/// The group and decimal separators of a language's numbers.
fn separators(lang: Lang) -> (char, char) {
    match lang.code() {
        "de" => ('.', ','),
        _ => (',', '.'),
    }
}

/// The numbers a reader reads in `text`: runs of digits with group and decimal separators,
/// scaled by a following "Million(en)"/"million" or "Milliarde(n)"/"billion"; each with the
/// most it may differ from what was meant (half the last decimal shown).
fn read_numbers(text: &str, lang: Lang) -> Vec<(f64, f64)> {
    let (group, decimal) = separators(lang);
    let chars: Vec<char> = text.chars().collect();
    let mut numbers = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let (mut whole, mut fraction, mut in_fraction) = (String::new(), String::new(), false);
        while i < chars.len() {
            let c = chars[i];
            let next_is_digit = chars.get(i + 1).is_some_and(char::is_ascii_digit);
            if c.is_ascii_digit() {
                if in_fraction {
                    fraction.push(c)
                } else {
                    whole.push(c)
                }
            } else if c == group && next_is_digit && !in_fraction {
            } else if c == decimal && next_is_digit && !in_fraction {
                in_fraction = true;
            } else {
                break;
            }
            i += 1;
        }
        let value: f64 = format!("{whole}.{fraction}0").parse().unwrap();
        let rest: String = chars[i..]
            .iter()
            .collect::<String>()
            .trim_start()
            .to_lowercase();
        let scale = if rest.starts_with("milliard") || rest.starts_with("billion") {
            1e9
        } else if rest.starts_with("million") {
            1e6
        } else {
            1.0
        };
        let slack = if fraction.is_empty() && scale == 1.0 {
            0.0
        } else {
            0.005 * scale
        };
        numbers.push((value * scale, slack));
    }
    numbers
}

fn figure(value: f64, qualifier: Option<Qualifier>, to: Option<f64>) -> Figure {
    Figure {
        id: "f".into(),
        claim: "c".into(),
        value,
        qualifier,
        to,
        unit: "soldiers".into(),
        kind: "moved".into(),
        label: Text::new(),
    }
}

fn qualifier() -> impl Strategy<Value = Option<Qualifier>> {
    prop_oneof![
        1 => Just(None),
        3 => prop::sample::select(Qualifier::ALL.to_vec()).prop_map(Some),
    ]
}

/// A valid figure's value and upper end: whole, from 1 to ten billion, `to` above `value`.
fn valid_values() -> impl Strategy<Value = (u64, u64)> {
    (1u64..10_000_000_000).prop_flat_map(|value| (Just(value), (value + 1)..=10_000_000_001))
}

/// Any number at all, as an unvalidated story may hold it.
fn any_number() -> impl Strategy<Value = f64> {
    prop_oneof![
        4 => (0u64..2_000_000).prop_map(|v| v as f64),
        1 => any::<f64>(),
        1 => Just(f64::NAN),
        1 => (-1_000i64..0).prop_map(|v| v as f64),
    ]
}

/// A value, a qualifier, an upper end, and whether it is the whole army.
type AnyFigure = (f64, Option<Qualifier>, Option<f64>, bool);

/// The ids of the figures marked as references.
fn reference_ids(figures: &[Figure]) -> Vec<&str> {
    figures
        .iter()
        .filter(|f| f.kind == "whole")
        .map(|f| f.id.as_str())
        .collect()
}

/// Figures `f0`, `f1`, … from their parts.
fn numbered(parts: Vec<AnyFigure>) -> Vec<Figure> {
    parts
        .into_iter()
        .enumerate()
        .map(|(i, (value, qualifier, to, whole))| Figure {
            id: format!("f{i}"),
            kind: if whole { "whole" } else { "moved" }.into(),
            ..figure(value, qualifier, to)
        })
        .collect()
}

fn any_figure() -> impl Strategy<Value = AnyFigure> {
    (
        any_number(),
        qualifier(),
        prop::option::of(any_number()),
        prop::bool::weighted(0.2),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    #[test]
    fn qualified_digits_read_back_as_their_values_in_every_language(
        (value, to) in valid_values(),
        qualifier in qualifier(),
    ) {
        let to = (qualifier == Some(Qualifier::Range)).then_some(to);
        let f = figure(value as f64, qualifier, to.map(|t| t as f64));
        let mut expected = vec![(value as f64, 0.0)];
        expected.extend(to.map(|t| (t as f64, 0.0)));
        for lang in langs() {
            let text = phrase(&f, lang, format_digits);
            prop_assert_eq!(read_numbers(&text, lang), expected.clone(), "{}", text);
            // A qualified number says so in words; an exact one is the bare number.
            prop_assert_eq!(qualifier.is_none(), text == format_digits(value, lang), "{}", text);
        }
    }

    #[test]
    fn qualified_counts_read_back_as_their_values_within_their_rounding(
        (value, to) in valid_values(),
        qualifier in qualifier(),
    ) {
        let to = (qualifier == Some(Qualifier::Range)).then_some(to);
        let f = figure(value as f64, qualifier, to.map(|t| t as f64));
        let mut meant = vec![value as f64];
        meant.extend(to.map(|t| t as f64));
        for lang in langs() {
            let text = phrase(&f, lang, format_count);
            let read = read_numbers(&text, lang);
            prop_assert_eq!(read.len(), meant.len(), "{}", text);
            for ((number, slack), meant) in read.iter().zip(&meant) {
                prop_assert!((number - meant).abs() <= slack + 1e-6 * meant, "{} reads {} for {}", text, number, meant);
            }
            if value < 1_000_000 {
                prop_assert_eq!(&text, &phrase(&f, lang, format_digits));
            }
        }
    }

    #[test]
    fn a_ranges_span_is_never_inverted_and_an_open_end_has_room_on_the_track(
        figures in prop::collection::vec(any_figure(), 0..8),
    ) {
        let figures = numbered(figures);
        let refs: Vec<&Figure> = figures.iter().collect();
        let references = reference_ids(&figures);
        for against in [None, references.first().copied()] {
            let g = chart(&refs, &references, against);
            for (bar, f) in g.bars.iter().zip(&figures) {
                prop_assert!((0.0..=1.0).contains(&bar.fraction));
                prop_assert_eq!(bar.span.is_some(), f.reach() == Reach::Range);
                // Compared, a claimed open-ended figure of a size a story may state leaves
                // room on the scale for its open end.
                let sane = bar.value > 0 && bar.value as f64 <= MAX_FIGURE;
                if against.is_none() && !bar.is_reference && f.reach() == Reach::OpenEnded && sane {
                    prop_assert!(bar.fraction <= 0.8 + 1e-9, "{}", bar.fraction);
                }
                if let Some(span) = bar.span {
                    prop_assert!(0.0 <= span.start && span.start <= span.end && span.end <= 1.0, "{:?}", span);
                    prop_assert_eq!(span.start, bar.fraction);
                    // Compared, a claimed range's upper end is on the scale.
                    if against.is_none() && !bar.is_reference && g.scale_max > 0 {
                        prop_assert!(!bar.off_scale);
                        let end = f.upper_count() as f64 / g.scale_max as f64;
                        prop_assert!((span.end - end).abs() < 1e-9);
                    }
                }
            }
        }
    }

    #[test]
    fn shares_are_only_of_exact_or_approximate_figures(
        figures in prop::collection::vec(any_figure(), 0..8),
    ) {
        let figures = numbered(figures);
        let refs: Vec<&Figure> = figures.iter().collect();
        let references = reference_ids(&figures);
        let reference = figures.iter().find(|f| f.kind == "whole");
        let g = chart(&refs, &references, reference.map(|f| f.id.as_str()));
        for (bar, f) in g.bars.iter().zip(&figures) {
            let shareable = matches!(f.reach(), Reach::Exact | Reach::About);
            if bar.share.is_some() {
                prop_assert!(shareable, "{:?} has a share", f.qualifier);
                let reference = reference.unwrap();
                prop_assert!(matches!(reference.reach(), Reach::Exact | Reach::About));
                prop_assert_eq!(
                    bar.share_about,
                    f.reach() == Reach::About || reference.reach() == Reach::About
                );
            } else {
                prop_assert!(!bar.share_about);
                // An exact or approximate figure loses its share only without a usable
                // reference (a non-zero, exact or approximate one).
                if shareable {
                    prop_assert!(reference.is_none_or(|r| r.count() == 0 || !r.reach().shareable()));
                }
            }
        }
    }

    #[test]
    fn the_table_shows_a_percentage_only_for_exact_or_approximate_figures(
        qualifiers in prop::collection::vec(qualifier(), 6),
    ) {
        let mut story: Story = load(QUALIFIED).unwrap();
        for (f, qualifier) in story.figures.iter_mut().zip(&qualifiers) {
            // A reference figure is exact or approximate (validation says so).
            let reference = f.id == "whole-army";
            f.qualifier = match *qualifier {
                Some(Qualifier::About) | None => *qualifier,
                Some(_) if reference => None,
                other => other,
            };
            let qualifier = &f.qualifier;
            f.to = (*qualifier == Some(Qualifier::Range)).then_some(f.value * 2.0);
        }
        prop_assert!(validate(&story).is_empty());
        let ids: Vec<String> = story.figures.iter().map(|f| f.id.clone()).collect();
        let outcome = lens::apply(&story, &[]);

        for lang in langs() {
            let view = table(&story, &ids, lang, &outcome);
            for (row, f) in view.rows.iter().zip(&story.figures) {
                let shareable = matches!(f.reach(), Reach::Exact | Reach::About);
                prop_assert_eq!(row.shares[0].contains('%'), shareable, "{}: {}", row.id, row.shares[0]);
                prop_assert!(row.number.starts_with(&phrase(f, lang, format_digits)));
            }
        }
    }
}

#[test]
fn reading_numbers_back_understands_both_languages() {
    let [de, en] = [Lang::parse("de").unwrap(), Lang::parse("en").unwrap()];
    assert_eq!(
        read_numbers("2.000 bis 3.000", de),
        [(2_000.0, 0.0), (3_000.0, 0.0)]
    );
    assert_eq!(read_numbers("about 12,000", en), [(12_000.0, 0.0)]);
    assert_eq!(
        read_numbers("rund 1,2\u{a0}Millionen", de),
        [(1_200_000.0, 5_000.0)]
    );
    assert_eq!(
        read_numbers("2.5\u{a0}billion", en),
        [(2_500_000_000.0, 5_000_000.0)]
    );
}
