//! The app's own words in the reader's language, from the UI language files
//! (`data/ui/<code>.json`, format in `ui_file.rs`). Story text comes from the story; these
//! are the frame around it.

use super::locale::Lang;
use super::model::{Stance, Status};

pub use super::ui_file::{
    Numbers, PluralRule, PluralWords, Qualifiers, Stances, Statuses, UiFile, UiText, Word,
};

/// The language's whole UI file.
pub fn language(lang: Lang) -> &'static UiFile {
    lang.file()
}

/// The UI's fixed words in `lang`.
pub fn ui(lang: Lang) -> &'static UiText {
    &lang.file().words
}

/// `template` with each `{name}` of `values` replaced by its value; other braces are kept.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let (before, from_brace) = rest.split_at(open);
        out.push_str(before);
        let value = from_brace.find('}').and_then(|close| {
            let name = from_brace.get(1..close)?;
            let (_, value) = values.iter().find(|(key, _)| *key == name)?;
            Some((value, close))
        });
        match value {
            Some((value, close)) => {
                out.push_str(value);
                rest = from_brace.get(close + 1..).unwrap_or("");
            }
            None => {
                out.push('{');
                rest = from_brace.get(1..).unwrap_or("");
            }
        }
    }
    out.push_str(rest);
    out
}

pub fn stance(lang: Lang, stance: Stance) -> &'static str {
    let s = &lang.file().stances;
    match stance {
        Stance::Asserts => s.asserts,
        Stance::Denies => s.denies,
        Stance::NoEvidence => s.no_evidence,
        Stance::Doubts => s.doubts,
    }
}

pub fn status(lang: Lang, status: Status) -> &'static str {
    let s = &lang.file().statuses;
    match status {
        Status::OnRecord => s.on_record,
        Status::Unconfirmed => s.unconfirmed,
    }
}

/// "Schritt 3 von 6" / "Step 3 of 6" (1-based).
pub fn step_of(lang: Lang, n: usize, total: usize) -> String {
    let (n, total) = (n.to_string(), total.to_string());
    fill(ui(lang).step_of, &[("n", &n), ("total", &total)])
}

/// "6 von 17 Aussagen erfüllen Ihre Kriterien".
pub fn summary(lang: Lang, shown: usize, total: usize) -> String {
    let (shown, total) = (shown.to_string(), total.to_string());
    fill(ui(lang).summary, &[("shown", &shown), ("total", &total)])
}

#[cfg(test)]
mod tests {
    use super::super::lang::testing::{de, en, fr};
    use super::*;

    #[test]
    fn step_counter_reads_naturally_in_every_language() {
        assert_eq!(step_of(de(), 2, 6), "Schritt 2 von 6");
        assert_eq!(step_of(en(), 2, 6), "Step 2 of 6");
        assert_eq!(step_of(fr(), 2, 6), "Étape 2 sur 6");
    }

    #[test]
    fn summary_line_counts_claims_meeting_the_criteria() {
        assert_eq!(
            summary(de(), 6, 17),
            "6 von 17 Aussagen erfüllen Ihre Kriterien"
        );
        assert_eq!(summary(en(), 6, 17), "6 of 17 claims meet your criteria");
        assert_eq!(
            summary(fr(), 6, 17),
            "6 déclarations sur 17 répondent à vos critères"
        );
    }

    #[test]
    fn navigation_buttons_have_the_public_accessible_names() {
        assert_eq!((ui(de()).back, ui(de()).next), ("Zurück", "Weiter"));
        assert_eq!((ui(en()).back, ui(en()).next), ("Back", "Next"));
    }

    #[test]
    fn every_enum_value_has_a_label_in_every_language() {
        for lang in Lang::all() {
            for s in Stance::ALL {
                assert!(!stance(lang, s).is_empty());
            }
            for s in [Status::OnRecord, Status::Unconfirmed] {
                assert!(!status(lang, s).is_empty());
            }
        }
    }

    #[test]
    fn templates_fill_named_values_and_keep_other_braces() {
        assert_eq!(
            fill("{n} von {total}", &[("n", "3"), ("total", "7")]),
            "3 von 7"
        );
        assert_eq!(fill("{total}{n}{n}", &[("n", "1"), ("total", "2")]), "211");
        assert_eq!(fill("{x} {n", &[("n", "1")]), "{x} {n");
        assert_eq!(fill("{}{{n}}", &[("n", "1")]), "{}{1}");
        assert_eq!(fill("", &[]), "");
        assert_eq!(fill("ä{n}ö", &[("n", "ü")]), "äüö");
    }

    #[test]
    fn the_german_and_english_words_of_today_are_kept() {
        assert_eq!(ui(de()).chart_compared, "Die Angaben im Vergleich");
        assert_eq!(ui(en()).chart_compared, "The claims compared");
        assert_eq!(stance(de(), Stance::NoEvidence), "Sieht keine Belege");
        assert_eq!(
            status(en(), Status::Unconfirmed),
            "Not confirmed by the source"
        );
        assert_eq!(ui(de()).loading, "Geschichte wird geladen …");
    }
}
