//! Qualified numbers in the reader's words, their reach and their shares. Property tests
//! over many values are in `tests/quantity_props.rs`.

use super::*;
use crate::story::locale::{format_count, format_digits, NBSP};
use crate::story::model::Text;

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

fn said(value: f64, qualifier: Qualifier, lang: Lang) -> String {
    phrase(&figure(value, Some(qualifier), None), lang, format_count)
}

fn range(from: f64, to: f64) -> Figure {
    figure(from, Some(Qualifier::Range), Some(to))
}

fn nb(s: &str) -> String {
    s.replace('~', &NBSP.to_string())
}

#[test]
fn qualifiers_are_spelled_as_serde_spells_them() {
    for qualifier in Qualifier::ALL {
        let json = format!("\"{}\"", qualifier.as_str());
        assert_eq!(serde_json::to_string(&qualifier).unwrap(), json);
        assert_eq!(serde_json::from_str::<Qualifier>(&json).unwrap(), qualifier);
    }
    // Absent is exact; there is no word for it.
    assert!(serde_json::from_str::<Qualifier>("\"exact\"").is_err());
}

#[test]
fn german_readers_read_rund_mehr_als_hoechstens_and_bis() {
    let de = Lang::of("de");
    assert_eq!(said(5_000.0, Qualifier::About, de), "rund 5.000");
    assert_eq!(said(20_000.0, Qualifier::AtLeast, de), "mindestens 20.000");
    assert_eq!(said(20_000.0, Qualifier::MoreThan, de), "mehr als 20.000");
    assert_eq!(said(7_500.0, Qualifier::AtMost, de), "höchstens 7.500");
    assert_eq!(said(7_500.0, Qualifier::FewerThan, de), "weniger als 7.500");
    assert_eq!(
        phrase(&range(2_000.0, 3_000.0), de, format_count),
        "2.000 bis 3.000"
    );
    assert_eq!(
        said(1_200_000.0, Qualifier::About, de),
        nb("rund 1,2~Millionen")
    );
}

#[test]
fn english_readers_read_about_more_than_at_most_and_to() {
    let en = Lang::of("en");
    assert_eq!(said(5_000.0, Qualifier::About, en), "about 5,000");
    assert_eq!(said(20_000.0, Qualifier::AtLeast, en), "at least 20,000");
    assert_eq!(said(20_000.0, Qualifier::MoreThan, en), "more than 20,000");
    assert_eq!(said(7_500.0, Qualifier::AtMost, en), "at most 7,500");
    assert_eq!(said(7_500.0, Qualifier::FewerThan, en), "fewer than 7,500");
    assert_eq!(
        phrase(&range(2_000.0, 3_000.0), en, format_count),
        "2,000 to 3,000"
    );
    assert_eq!(
        phrase(&range(1_500_000.0, 2_000_000.0), en, format_count),
        nb("1.5~million to 2~million")
    );
}

#[test]
fn an_exact_figure_reads_as_its_bare_number() {
    for lang in Lang::all() {
        let exact = figure(1_200_000.0, None, None);
        assert_eq!(
            phrase(&exact, lang, format_count),
            format_count(1_200_000, lang)
        );
        assert_eq!(
            phrase(&exact, lang, format_digits),
            format_digits(1_200_000, lang)
        );
    }
}

#[test]
fn the_table_digits_carry_the_same_words() {
    assert_eq!(
        phrase(
            &range(2_000_000.0, 3_000_000.0),
            Lang::of("de"),
            format_digits
        ),
        "2.000.000 bis 3.000.000"
    );
    assert_eq!(
        phrase(
            &figure(5_000.0, Some(Qualifier::About), None),
            Lang::of("en"),
            format_digits
        ),
        "about 5,000"
    );
}

#[test]
fn reach_follows_the_qualifier() {
    assert_eq!(figure(1.0, None, None).reach(), Reach::Exact);
    let reaches = Qualifier::ALL.map(|q| figure(1.0, Some(q), None).reach());
    assert_eq!(
        reaches,
        [
            Reach::About,
            Reach::OpenEnded,
            Reach::OpenEnded,
            Reach::UpperBound,
            Reach::UpperBound,
            Reach::Range,
        ]
    );
}

#[test]
fn the_upper_end_is_a_ranges_to_and_every_other_figures_value() {
    assert_eq!(range(2_000.0, 3_000.0).upper_count(), 3_000);
    assert_eq!(figure(2_000.0, None, None).upper_count(), 2_000);
    assert_eq!(
        figure(2_000.0, Some(Qualifier::AtLeast), None).upper_count(),
        2_000
    );
    // A `to` outside a range, or a range without one, reaches no further than the value.
    assert_eq!(figure(2_000.0, None, Some(9_000.0)).upper_count(), 2_000);
    assert_eq!(
        figure(2_000.0, Some(Qualifier::Range), None).upper_count(),
        2_000
    );
    // An inverted or odd `to` never ends below the value.
    assert_eq!(range(2_000.0, 1_000.0).upper_count(), 2_000);
    assert_eq!(range(2_000.0, f64::NAN).upper_count(), 2_000);
    assert_eq!(range(2_000.0, -5.0).upper_count(), 2_000);
}

#[test]
fn shares_are_taken_of_exact_and_approximate_figures_only() {
    let whole = figure(1_200_000.0, None, None);
    let exact = share(&figure(12_000.0, None, None), &whole).unwrap();
    assert_eq!(
        exact,
        Share {
            fraction: 0.01,
            about: false
        }
    );
    let about = share(&figure(12_000.0, Some(Qualifier::About), None), &whole).unwrap();
    assert!(about.about);
    for qualifier in [
        Qualifier::AtLeast,
        Qualifier::MoreThan,
        Qualifier::AtMost,
        Qualifier::FewerThan,
    ] {
        assert_eq!(
            share(&figure(12_000.0, Some(qualifier), None), &whole),
            None
        );
    }
    assert_eq!(share(&range(12_000.0, 20_000.0), &whole), None);
    // Of an approximate whole, even an exact share is approximate.
    let about_whole = figure(1_200_000.0, Some(Qualifier::About), None);
    assert!(
        share(&figure(12_000.0, None, None), &about_whole)
            .unwrap()
            .about
    );
    // Of an open whole, or of nothing, there is no share.
    let open_whole = figure(1_200_000.0, Some(Qualifier::AtLeast), None);
    assert_eq!(share(&figure(12_000.0, None, None), &open_whole), None);
    assert_eq!(
        share(&figure(12_000.0, None, None), &figure(0.0, None, None)),
        None
    );
}

#[test]
fn an_approximate_share_reads_rund_one_percent() {
    let about = Share {
        fraction: 0.01,
        about: true,
    };
    assert_eq!(share_phrase(about, Lang::of("de")), nb("rund 1~%"));
    assert_eq!(share_phrase(about, Lang::of("en")), "about 1%");
    let exact = Share {
        fraction: 0.01,
        about: false,
    };
    assert_eq!(share_phrase(exact, Lang::of("de")), nb("1~%"));
    assert_eq!(share_phrase(exact, Lang::of("en")), "1%");
}

#[test]
fn a_figure_without_a_share_says_why() {
    assert_eq!(
        no_share_reason(Reach::OpenEnded, Lang::of("de")),
        Some("kein Anteil: nach oben offen")
    );
    assert_eq!(
        no_share_reason(Reach::UpperBound, Lang::of("en")),
        Some("no share: an upper bound only")
    );
    assert_eq!(
        no_share_reason(Reach::Range, Lang::of("en")),
        Some("no share: a range")
    );
    for lang in Lang::all() {
        assert_eq!(no_share_reason(Reach::Exact, lang), None);
        assert_eq!(no_share_reason(Reach::About, lang), None);
    }
}

#[test]
fn templates_fill_their_placeholders_and_keep_everything_else() {
    assert_eq!(fill("rund {n}", "5.000", ""), "rund 5.000");
    assert_eq!(fill("{from} bis {to}", "2", "3"), "2 bis 3");
    assert_eq!(fill("de {from} à {to} près", "2", "3"), "de 2 à 3 près");
    assert_eq!(fill("no placeholder", "2", "3"), "no placeholder");
    // An unknown or unclosed placeholder is kept as written (the UI file check refuses
    // it), never a panic.
    assert_eq!(fill("{x}y{", "2", "3"), "{x}y{");
}
