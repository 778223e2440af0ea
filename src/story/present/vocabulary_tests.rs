//! Host tests: every word of a story's own vocabulary on screen comes from the story (its
//! units, kinds of figure, source and evidence, its party badge and its references), never
//! from the engine. Run on a fictional story from another domain and on changed fixtures.

use super::claims::card;
use super::figures::{chart, mode_label, table, ChartView, TableView};
use super::fixtures::{bundled, crowd, mini};
use super::sources::list;
use crate::story::figures::{self, ChartMode};
use crate::story::lens::{self, Verdict};
use crate::story::locale::{Lang, NBSP};
use crate::story::{Reference, Story};

fn all(story: &Story) -> Vec<String> {
    story.figures.iter().map(|f| f.id.clone()).collect()
}

fn chart_in(story: &Story, lang: Lang, mode: &ChartMode) -> ChartView {
    chart(story, &all(story), lang, mode, &lens::apply(story, &[]))
}

fn table_in(story: &Story, lang: Lang) -> TableView {
    table(story, &all(story), lang, &lens::apply(story, &[]))
}

fn population() -> ChartMode {
    ChartMode::Against("population".into())
}

#[test]
fn marks_read_the_storys_units_and_kinds_singular_or_plural() {
    let story = crowd();
    let de = chart_in(&story, Lang::of("de"), &ChartMode::Compared);
    let mark = |view: &ChartView, id: &str| {
        let m = view.marks.iter().find(|m| m.id == id).unwrap().clone();
        (m.number, m.unit, m.kind)
    };
    assert_eq!(
        mark(&de, "organisers-estimate"),
        (
            "mehr als 20.000".into(),
            "Menschen".into(),
            "Schätzung der Veranstalter".into()
        )
    );
    assert_eq!(
        mark(&de, "detained"),
        ("1".into(), "Person".into(), "festgenommen".into())
    );
    assert_eq!(mark(&de, "city-population").1, "Einwohner");
    let en = chart_in(&story, Lang::of("en"), &ChartMode::Compared);
    assert_eq!(
        mark(&en, "detained"),
        ("1".into(), "person".into(), "detained".into())
    );
    assert_eq!(mark(&en, "police-count").1, "people");
    assert_eq!(mark(&en, "city-population").1, "residents");
}

#[test]
fn the_chart_against_the_storys_reference_says_the_storys_words() {
    let story = crowd();
    let modes = figures::modes(&story);
    let modes: Vec<&str> = modes
        .iter()
        .map(|m| mode_label(&story, m, Lang::of("de")))
        .collect();
    assert_eq!(
        modes,
        [
            "Die Angaben im Vergleich",
            "Im Verhältnis zur Einwohnerzahl"
        ]
    );
    let against = chart_in(&story, Lang::of("de"), &population());
    let registered = against.marks.iter().find(|m| m.id == "registered").unwrap();
    // Of a population of about 240,000, every share is about.
    let share = format!("rund 2,1{NBSP}% der Bevölkerung");
    assert!(
        registered.notes.iter().any(|n| n.text == share),
        "{registered:?}"
    );
    assert!(against
        .summary
        .starts_with("Die Zahlen im Vergleich, Im Verhältnis zur Einwohnerzahl: "));
    let english = chart_in(&story, Lang::of("en"), &population());
    assert!(english.summary.contains("Against the city's population"));
    // Compared, the population is off the scale of the claimed numbers.
    let compared = chart_in(&story, Lang::of("en"), &ChartMode::Compared);
    let city = compared
        .marks
        .iter()
        .find(|m| m.id == "city-population")
        .unwrap();
    assert!(city.bar.reference && city.bar.break_at.is_some());
}

#[test]
fn the_table_has_one_share_column_per_reference() {
    // One reference: one column, in the story's words.
    let story = crowd();
    let de = table_in(&story, Lang::of("de"));
    assert_eq!(de.share_columns, ["Anteil an der Bevölkerung"]);
    let registered = de.rows.iter().find(|r| r.id == "registered").unwrap();
    assert_eq!(registered.shares, [format!("rund 2,1{NBSP}%")]);
    let police = de.rows.iter().find(|r| r.id == "police-count").unwrap();
    assert_eq!(police.shares, ["kein Anteil: nur eine Obergrenze"]);
    assert_eq!(police.number, "höchstens 7.500 Menschen");
    assert_eq!(
        police.kind,
        "Zählung der Polizei: Menschen laut Polizei, gleichzeitig auf dem Platz"
    );
    assert_eq!(
        table_in(&story, Lang::of("en")).share_columns,
        ["Share of the population"]
    );

    // No reference: no second mode, no share column.
    let mut none = crowd();
    none.references.clear();
    assert_eq!(figures::modes(&none), [ChartMode::Compared]);
    let table = table_in(&none, Lang::of("de"));
    assert!(table.share_columns.is_empty());
    assert!(table.rows.iter().all(|r| r.shares.is_empty()));

    // Two references: two modes, two columns, each row's share of each.
    let mut two = crowd();
    two.references.push(Reference {
        id: "registered".into(),
        figure: "registered".into(),
        chart_mode: [
            ("de".into(), "Gegen die Anmeldung".into()),
            ("en".into(), "Against registration".into()),
        ]
        .into(),
        share_column: [
            ("de".into(), "Anteil an der Anmeldung".into()),
            ("en".into(), "Share of registered".into()),
        ]
        .into(),
        share_of: [
            ("de".into(), "der Anmeldung".into()),
            ("en".into(), "of registered".into()),
        ]
        .into(),
    });
    assert_eq!(figures::modes(&two).len(), 3);
    let en = table_in(&two, Lang::of("en"));
    assert_eq!(
        en.share_columns,
        ["Share of the population", "Share of registered"]
    );
    let registered = en.rows.iter().find(|r| r.id == "registered").unwrap();
    assert_eq!(registered.shares, ["about 2.1%", "100%"]);
    let against = chart_in(
        &two,
        Lang::of("en"),
        &ChartMode::Against("registered".into()),
    );
    let detained = against.marks.iter().find(|m| m.id == "detained").unwrap();
    assert!(
        detained
            .notes
            .iter()
            .any(|n| n.text == "0.02% of registered"),
        "{detained:?}"
    );
    // Compared, neither reference sets the scale: the largest claimed number does, more
    // than 20,000, with room for its open end.
    let compared = chart_in(&two, Lang::of("en"), &ChartMode::Compared);
    assert_eq!(
        compared.ticks.last().map(|t| t.label.as_str()),
        Some("25,000")
    );
}

#[test]
fn cards_and_the_source_list_read_the_storys_kinds_evidence_and_badge() {
    let story = crowd();
    let police = card(&story, "police-7500", Lang::of("de"), &Verdict::shown()).unwrap();
    assert_eq!(police.kind.as_deref(), Some("Polizei"));
    assert_eq!(police.evidence.value, "Zählung auf Luftbildern");
    assert_eq!(police.party, None);
    let alliance = card(&story, "alliance-20000", Lang::of("en"), &Verdict::shown()).unwrap();
    assert_eq!(alliance.kind.as_deref(), Some("Organiser"));
    assert_eq!(alliance.evidence.value, "Estimate without a method");
    assert_eq!(
        alliance.party.as_deref(),
        Some("Party to the dispute: Organisers")
    );
    let profile = alliance.profile.unwrap();
    assert_eq!(
        profile.party.map(|f| f.term),
        Some("Party to the dispute".into())
    );
    let sources = list(&story, Lang::of("de"));
    let city = sources.iter().find(|s| s.id == "city").unwrap();
    assert_eq!(city.kind, "Stadtverwaltung");
    assert_eq!(city.party.as_deref(), Some("Partei im Streit: Rathaus"));
}

#[test]
fn changing_a_storys_words_changes_what_the_reader_sees() {
    let mut story = mini();
    story.units[0].other.insert("de".into(), "Leute".into());
    story.figure_kinds[0]
        .label
        .insert("en".into(), "shifted".into());
    story.source_kinds[0]
        .label
        .insert("de".into(), "Dienst".into());
    story.evidence_kinds[0]
        .label
        .insert("en".into(), "Photos".into());
    story.party_badge = Some([("de".into(), "Beteiligt".into())].into());
    let de = chart_in(&story, Lang::of("de"), &ChartMode::Compared);
    assert_eq!(de.marks[0].unit, "Leute");
    let en = chart_in(&story, Lang::of("en"), &ChartMode::Compared);
    assert_eq!(en.marks[0].kind, "shifted");
    let nis = card(&story, "nis-sent", Lang::of("en"), &Verdict::shown()).unwrap();
    assert_eq!(nis.evidence.value, "Photos");
    assert_eq!(list(&story, Lang::of("de"))[0].kind, "Dienst");
    assert_eq!(
        list(&story, Lang::of("de"))[1].party.as_deref(),
        Some("Beteiligt: Russland")
    );
}

#[test]
fn the_seed_storys_words_now_come_from_the_seed_story() {
    let story = bundled();
    let whole = ChartMode::Against("whole".into());
    assert_eq!(
        mode_label(&story, &whole, Lang::of("de")),
        "Im Verhältnis zur ganzen Armee"
    );
    assert_eq!(
        mode_label(&story, &whole, Lang::of("en")),
        "Against the whole army"
    );
    assert_eq!(
        table_in(&story, Lang::of("de")).share_columns,
        ["Anteil an der Armee"]
    );
    // A mode the story lacks is named by its id, never left blank.
    let gone = ChartMode::Against("gone".into());
    assert_eq!(mode_label(&story, &gone, Lang::of("de")), "gone");
}
