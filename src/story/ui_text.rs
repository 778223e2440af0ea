//! The app's own words (buttons, labels, badges) in every language the UI speaks.
//! Story text comes from the story; these are the frame around it.

use super::figures::ChartMode;
use super::locale::Lang;
use super::model::{Evidence, FigureKind, SourceKind, Stance, Status, Unit};

/// Fixed UI strings of one language.
#[derive(Debug)]
pub struct UiText {
    pub lang_name: &'static str,
    pub language: &'static str,
    pub back: &'static str,
    pub next: &'static str,
    pub step: &'static str,
    pub of: &'static str,
    pub progress: &'static str,
    pub explainer: &'static str,
    pub chart_heading: &'static str,
    pub sources_heading: &'static str,
    pub lenses_heading: &'static str,
    pub lenses_intro: &'static str,
    /// "{shown} von {total} Aussagen erfüllen Ihre Kriterien": the parts around the numbers.
    pub summary_of: &'static str,
    pub summary_tail: &'static str,
    pub set_aside_by: &'static str,
    pub party_badge: &'static str,
    pub unconfirmed_badge: &'static str,
    pub quote: &'static str,
    pub translation: &'static str,
    pub when: &'static str,
    pub evidence: &'static str,
    pub disputes: &'static str,
    pub disputed_by: &'static str,
    pub source_profile: &'static str,
    pub country: &'static str,
    pub show_table: &'static str,
    pub chart_mode: &'static str,
    pub off_scale: &'static str,
    pub too_small: &'static str,
    pub share_of_army: &'static str,
    pub col_number: &'static str,
    pub col_kind: &'static str,
    pub col_source: &'static str,
    pub col_share: &'static str,
    pub col_status: &'static str,
    pub shown: &'static str,
    pub loading: &'static str,
    pub error_title: &'static str,
    pub error_intro: &'static str,
    pub bad_story_id: &'static str,
    pub fetch_failed: &'static str,
    /// The error panel of a page with no story inlined and no `?story=`.
    pub no_story: &'static str,
    /// `<noscript>` of every story page, after the story's title and summary.
    pub needs_javascript: &'static str,
    /// The editors' embed code titles its iframe "{embed_title}: {story title}".
    pub embed_title: &'static str,
    pub no_claims: &'static str,
    // --- explainer (nav) ---
    /// `aria-roledescription` of one step of the explainer.
    pub step_role: &'static str,
}

pub fn ui(lang: Lang) -> &'static UiText {
    match lang {
        Lang::De => &DE,
        Lang::En => &EN,
    }
}

static DE: UiText = UiText {
    lang_name: "Deutsch",
    language: "Sprache",
    back: "Zurück",
    next: "Weiter",
    step: "Schritt",
    of: "von",
    progress: "Fortschritt",
    explainer: "Erklärstück",
    chart_heading: "Die Zahlen im Vergleich",
    sources_heading: "Die Quellen",
    lenses_heading: "Glaubwürdigkeit",
    lenses_intro: "Wählen Sie, welchen Aussagen Sie folgen wollen. Alle Ansichten passen sich an.",
    summary_of: "von",
    summary_tail: "Aussagen erfüllen Ihre Kriterien",
    set_aside_by: "Ausgeblendet durch",
    party_badge: "Kriegspartei",
    unconfirmed_badge: "Unbestätigt",
    quote: "Zitat",
    translation: "Übersetzung",
    when: "Wann",
    evidence: "Belege",
    disputes: "Widerspricht",
    disputed_by: "Bestritten von",
    source_profile: "Profil der Quelle",
    country: "Land",
    show_table: "Als Tabelle zeigen",
    chart_mode: "Darstellung",
    off_scale: "außerhalb des Maßstabs",
    too_small: "zu klein für diesen Maßstab",
    share_of_army: "der Armee",
    col_number: "Zahl",
    col_kind: "Art der Angabe",
    col_source: "Quelle",
    col_share: "Anteil an der Armee",
    col_status: "Ihre Kriterien",
    shown: "erfüllt",
    loading: "Geschichte wird geladen …",
    error_title: "Diese Geschichte kann nicht angezeigt werden",
    error_intro: "Die Story-Datei enthält Fehler:",
    bad_story_id: "Ungültige Story-ID: erlaubt sind nur Kleinbuchstaben, Ziffern und Bindestriche.",
    fetch_failed: "Die Story-Datei konnte nicht geladen werden",
    no_story: "Diese Seite enthält keine Geschichte. Öffnen Sie die Seite einer Geschichte oder nennen Sie eine mit ?story=ID.",
    needs_javascript: "Diese interaktive Erklärung braucht JavaScript. Bitte schalten Sie JavaScript ein.",
    embed_title: "Interaktive Erklärung",
    no_claims: "Zu dieser Frage gibt es keine Aussagen.",
    // --- explainer (nav) ---
    step_role: "Schritt",
};

static EN: UiText = UiText {
    lang_name: "English",
    language: "Language",
    back: "Back",
    next: "Next",
    step: "Step",
    of: "of",
    progress: "Progress",
    explainer: "Explainer",
    chart_heading: "The numbers compared",
    sources_heading: "The sources",
    lenses_heading: "Credibility",
    lenses_intro: "Choose which claims you want to follow. Every view adapts.",
    summary_of: "of",
    summary_tail: "claims meet your criteria",
    set_aside_by: "Set aside by",
    party_badge: "Party to the war",
    unconfirmed_badge: "Unconfirmed",
    quote: "Quote",
    translation: "Translation",
    when: "When",
    evidence: "Evidence",
    disputes: "Disputes",
    disputed_by: "Disputed by",
    source_profile: "Source profile",
    country: "Country",
    show_table: "Show as table",
    chart_mode: "View",
    off_scale: "off the scale",
    too_small: "too small to see at this scale",
    share_of_army: "of the army",
    col_number: "Number",
    col_kind: "Kind of figure",
    col_source: "Source",
    col_share: "Share of the army",
    col_status: "Your criteria",
    shown: "met",
    loading: "Loading story …",
    error_title: "This story cannot be shown",
    error_intro: "The story file has errors:",
    bad_story_id: "Invalid story id: only lower-case letters, digits and hyphens are allowed.",
    fetch_failed: "The story file could not be loaded",
    no_story: "This page holds no story. Open a story's own page, or name one with ?story=ID.",
    needs_javascript: "This interactive explainer needs JavaScript. Please turn JavaScript on.",
    embed_title: "Interactive explainer",
    no_claims: "There are no claims on this question.",
    // --- explainer (nav) ---
    step_role: "step",
};

pub fn stance(lang: Lang, stance: Stance) -> &'static str {
    match (lang, stance) {
        (Lang::De, Stance::Asserts) => "Behauptet",
        (Lang::De, Stance::Denies) => "Bestreitet",
        (Lang::De, Stance::NoEvidence) => "Sieht keine Belege",
        (Lang::De, Stance::Doubts) => "Bezweifelt",
        (Lang::En, Stance::Asserts) => "Asserts",
        (Lang::En, Stance::Denies) => "Denies",
        (Lang::En, Stance::NoEvidence) => "Sees no evidence",
        (Lang::En, Stance::Doubts) => "Doubts",
    }
}

pub fn evidence(lang: Lang, evidence: Evidence) -> &'static str {
    match (lang, evidence) {
        (Lang::De, Evidence::Published) => "Veröffentlichte Belege",
        (Lang::De, Evidence::UnpublishedIntelligence) => {
            "Unveröffentlichte Geheimdienstinformationen"
        }
        (Lang::De, Evidence::CitingOthers) => "Beruft sich auf andere",
        (Lang::De, Evidence::Assessment) => "Einschätzung von Fachleuten",
        (Lang::De, Evidence::None) => "Keine genannt",
        (Lang::En, Evidence::Published) => "Published evidence",
        (Lang::En, Evidence::UnpublishedIntelligence) => "Unpublished intelligence",
        (Lang::En, Evidence::CitingOthers) => "Cites others",
        (Lang::En, Evidence::Assessment) => "Expert assessment",
        (Lang::En, Evidence::None) => "None given",
    }
}

pub fn status(lang: Lang, status: Status) -> &'static str {
    match (lang, status) {
        (Lang::De, Status::OnRecord) => "Von der Quelle selbst gesagt",
        (Lang::De, Status::Unconfirmed) => "Von der Quelle nicht bestätigt",
        (Lang::En, Status::OnRecord) => "Said by the source itself",
        (Lang::En, Status::Unconfirmed) => "Not confirmed by the source",
    }
}

pub fn source_kind(lang: Lang, kind: SourceKind) -> &'static str {
    match (lang, kind) {
        (Lang::De, SourceKind::IntelligenceService) => "Geheimdienst",
        (Lang::De, SourceKind::Government) => "Regierung",
        (Lang::De, SourceKind::HeadOfState) => "Staatsoberhaupt",
        (Lang::De, SourceKind::Spokesperson) => "Sprecher",
        (Lang::De, SourceKind::MilitaryAlliance) => "Militärbündnis",
        (Lang::De, SourceKind::Media) => "Medien",
        (Lang::De, SourceKind::Experts) => "Fachleute",
        (Lang::De, SourceKind::Newsroom) => "Hintergrund der Redaktion",
        (Lang::En, SourceKind::IntelligenceService) => "Intelligence service",
        (Lang::En, SourceKind::Government) => "Government",
        (Lang::En, SourceKind::HeadOfState) => "Head of state",
        (Lang::En, SourceKind::Spokesperson) => "Spokesperson",
        (Lang::En, SourceKind::MilitaryAlliance) => "Military alliance",
        (Lang::En, SourceKind::Media) => "Media",
        (Lang::En, SourceKind::Experts) => "Experts",
        (Lang::En, SourceKind::Newsroom) => "Newsroom background",
    }
}

pub fn figure_kind(lang: Lang, kind: FigureKind) -> &'static str {
    match (lang, kind) {
        (Lang::De, FigureKind::Moved) => "bereits verlegt",
        (Lang::De, FigureKind::PlannedTotal) => "insgesamt geplant",
        (Lang::De, FigureKind::InPreparation) => "in Vorbereitung",
        (Lang::De, FigureKind::WholeArmy) => "gesamte Armee",
        (Lang::De, FigureKind::Killed) => "getötet",
        (Lang::En, FigureKind::Moved) => "already moved",
        (Lang::En, FigureKind::PlannedTotal) => "planned in total",
        (Lang::En, FigureKind::InPreparation) => "being prepared",
        (Lang::En, FigureKind::WholeArmy) => "whole army",
        (Lang::En, FigureKind::Killed) => "killed",
    }
}

pub fn unit(lang: Lang, unit: Unit) -> &'static str {
    match (lang, unit) {
        (Lang::De, Unit::Soldiers) => "Soldaten",
        (Lang::De, Unit::Deaths) => "Tote",
        (Lang::En, Unit::Soldiers) => "soldiers",
        (Lang::En, Unit::Deaths) => "dead",
    }
}

pub fn chart_mode(lang: Lang, mode: ChartMode) -> &'static str {
    match (lang, mode) {
        (Lang::De, ChartMode::Compared) => "Die Angaben im Vergleich",
        (Lang::De, ChartMode::AgainstWhole) => "Im Verhältnis zur ganzen Armee",
        (Lang::En, ChartMode::Compared) => "The claims compared",
        (Lang::En, ChartMode::AgainstWhole) => "Against the whole army",
    }
}

/// "Schritt 3 von 6" / "Step 3 of 6" (1-based).
pub fn step_of(lang: Lang, n: usize, total: usize) -> String {
    let t = ui(lang);
    [
        t.step,
        " ",
        &n.to_string(),
        " ",
        t.of,
        " ",
        &total.to_string(),
    ]
    .concat()
}

/// "6 von 17 Aussagen erfüllen Ihre Kriterien".
pub fn summary(lang: Lang, shown: usize, total: usize) -> String {
    let t = ui(lang);
    [
        &shown.to_string(),
        " ",
        t.summary_of,
        " ",
        &total.to_string(),
        " ",
        t.summary_tail,
    ]
    .concat()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn step_counter_reads_naturally_in_both_languages() {
        assert_eq!(step_of(Lang::De, 2, 6), "Schritt 2 von 6");
        assert_eq!(step_of(Lang::En, 2, 6), "Step 2 of 6");
    }

    #[test]
    fn summary_line_counts_claims_meeting_the_criteria() {
        assert_eq!(
            summary(Lang::De, 6, 17),
            "6 von 17 Aussagen erfüllen Ihre Kriterien"
        );
        assert_eq!(
            summary(Lang::En, 6, 17),
            "6 of 17 claims meet your criteria"
        );
    }

    #[test]
    fn navigation_buttons_have_the_public_accessible_names() {
        assert_eq!((ui(Lang::De).back, ui(Lang::De).next), ("Zurück", "Weiter"));
        assert_eq!((ui(Lang::En).back, ui(Lang::En).next), ("Back", "Next"));
    }

    #[test]
    fn every_enum_value_has_a_label_in_every_language() {
        for lang in Lang::ALL {
            for s in Stance::ALL {
                assert!(!stance(lang, s).is_empty());
            }
            for e in Evidence::ALL {
                assert!(!evidence(lang, e).is_empty());
            }
            for k in SourceKind::ALL {
                assert!(!source_kind(lang, k).is_empty());
            }
        }
    }
}
