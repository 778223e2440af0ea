//! The app's own words in the reader's language, from the UI language files
//! (`data/ui/<code>.json`, format in `ui_file.rs`). Story text comes from the story; these
//! are the frame around it.

use super::figures::ChartMode;
use super::locale::Lang;
use super::model::{Evidence, FigureKind, SourceKind, Stance, Status, Unit};

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

// --- One story's words, still in Rust until the story declares them (issue 13, part B):
// German, French, and English for any other language.

/// The word in `lang`: German, French, or English.
fn story_word(lang: Lang, de: &'static str, en: &'static str, fr: &'static str) -> &'static str {
    match lang.code() {
        "de" => de,
        "fr" => fr,
        _ => en,
    }
}

pub fn party_badge(lang: Lang) -> &'static str {
    story_word(
        lang,
        "Kriegspartei",
        "Party to the war",
        "Partie au conflit",
    )
}

pub fn share_of_army(lang: Lang) -> &'static str {
    story_word(lang, "der Armee", "of the army", "de l’armée")
}

pub fn col_share(lang: Lang) -> &'static str {
    story_word(
        lang,
        "Anteil an der Armee",
        "Share of the army",
        "Part de l’armée",
    )
}

pub fn evidence(lang: Lang, evidence: Evidence) -> &'static str {
    match evidence {
        Evidence::Published => story_word(
            lang,
            "Veröffentlichte Belege",
            "Published evidence",
            "Preuves publiées",
        ),
        Evidence::UnpublishedIntelligence => story_word(
            lang,
            "Unveröffentlichte Geheimdienstinformationen",
            "Unpublished intelligence",
            "Renseignements non publiés",
        ),
        Evidence::CitingOthers => story_word(
            lang,
            "Beruft sich auf andere",
            "Cites others",
            "Cite d’autres sources",
        ),
        Evidence::Assessment => story_word(
            lang,
            "Einschätzung von Fachleuten",
            "Expert assessment",
            "Évaluation d’experts",
        ),
        Evidence::None => story_word(lang, "Keine genannt", "None given", "Aucune citée"),
    }
}

pub fn source_kind(lang: Lang, kind: SourceKind) -> &'static str {
    match kind {
        SourceKind::IntelligenceService => story_word(
            lang,
            "Geheimdienst",
            "Intelligence service",
            "Service de renseignement",
        ),
        SourceKind::Government => story_word(lang, "Regierung", "Government", "Gouvernement"),
        SourceKind::HeadOfState => {
            story_word(lang, "Staatsoberhaupt", "Head of state", "Chef d’État")
        }
        SourceKind::Spokesperson => story_word(lang, "Sprecher", "Spokesperson", "Porte-parole"),
        SourceKind::MilitaryAlliance => story_word(
            lang,
            "Militärbündnis",
            "Military alliance",
            "Alliance militaire",
        ),
        SourceKind::Media => story_word(lang, "Medien", "Media", "Médias"),
        SourceKind::Experts => story_word(lang, "Fachleute", "Experts", "Experts"),
        SourceKind::Newsroom => story_word(
            lang,
            "Hintergrund der Redaktion",
            "Newsroom background",
            "Contexte de la rédaction",
        ),
    }
}

pub fn figure_kind(lang: Lang, kind: FigureKind) -> &'static str {
    match kind {
        FigureKind::Moved => story_word(lang, "bereits verlegt", "already moved", "déjà déployés"),
        FigureKind::PlannedTotal => story_word(
            lang,
            "insgesamt geplant",
            "planned in total",
            "prévus au total",
        ),
        FigureKind::InPreparation => {
            story_word(lang, "in Vorbereitung", "being prepared", "en préparation")
        }
        FigureKind::WholeArmy => story_word(lang, "gesamte Armee", "whole army", "armée entière"),
        FigureKind::Killed => story_word(lang, "getötet", "killed", "tués"),
    }
}

pub fn unit(lang: Lang, unit: Unit) -> &'static str {
    match unit {
        Unit::Soldiers => story_word(lang, "Soldaten", "soldiers", "soldats"),
        Unit::Deaths => story_word(lang, "Tote", "dead", "morts"),
    }
}

pub fn chart_mode(lang: Lang, mode: ChartMode) -> &'static str {
    match mode {
        ChartMode::Compared => ui(lang).chart_compared,
        ChartMode::AgainstWhole => story_word(
            lang,
            "Im Verhältnis zur ganzen Armee",
            "Against the whole army",
            "Par rapport à l’armée entière",
        ),
    }
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
            for e in Evidence::ALL {
                assert!(!evidence(lang, e).is_empty());
            }
            for k in SourceKind::ALL {
                assert!(!source_kind(lang, k).is_empty());
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
        assert_eq!(
            chart_mode(de(), ChartMode::Compared),
            "Die Angaben im Vergleich"
        );
        assert_eq!(chart_mode(en(), ChartMode::Compared), "The claims compared");
        assert_eq!(stance(de(), Stance::NoEvidence), "Sieht keine Belege");
        assert_eq!(
            status(en(), Status::Unconfirmed),
            "Not confirmed by the source"
        );
        assert_eq!(ui(de()).loading, "Geschichte wird geladen …");
        assert_eq!(party_badge(de()), "Kriegspartei");
        assert_eq!(col_share(en()), "Share of the army");
    }
}
