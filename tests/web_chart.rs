//! The figure chart and its table, mounted alone in headless Chromium with a small story:
//! six dead, 1,500 moved, 12,000 planned, an army of 1.2 million; the six dead are
//! reported by a party to the war, so the "no parties" lens sets that figure aside.
#![cfg(target_arch = "wasm32")]

mod support;

use claimlens::components::figure_chart::FigureChart;
use claimlens::components::figure_table::FigureTable;
use claimlens::story::figures::ChartMode;
use claimlens::story::locale::Lang;
use claimlens::story::Story;
use leptos::prelude::*;
use support::{click, find, find_all, mount_with, settle, text};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const FIXTURE: &str = r#"{
  "id": "chart-test",
  "languages": ["de", "en"],
  "default_language": "de",
  "title": { "de": "Nordkoreas Truppen", "en": "North Korea's troops" },
  "summary": { "de": "Die Zahlen.", "en": "The numbers." },
  "date": { "de": "Stand: Freitag", "en": "As of Friday" },
  "credit": { "de": "Test", "en": "Test" },
  "sides": [ { "id": "ukraine", "label": { "de": "Ukraine", "en": "Ukraine" } } ],
  "party_badge": { "de": "Kriegspartei", "en": "Party to the war" },
  "source_kinds": [
    { "id": "intelligence_service", "label": { "de": "Geheimdienst", "en": "Intelligence service" } },
    { "id": "media", "label": { "de": "Medien", "en": "Media" } },
    { "id": "newsroom", "label": { "de": "Hintergrund der Redaktion", "en": "Newsroom background" } }
  ],
  "evidence_kinds": [
    { "id": "published", "label": { "de": "Veröffentlichte Belege", "en": "Published evidence" } },
    { "id": "citing_others", "label": { "de": "Beruft sich auf andere", "en": "Cites others" } },
    { "id": "none", "label": { "de": "Keine genannt", "en": "None given" } }
  ],
  "units": [
    { "id": "soldiers", "one": { "de": "Soldat", "en": "soldier" }, "other": { "de": "Soldaten", "en": "soldiers" } },
    { "id": "deaths", "one": { "de": "Toter", "en": "dead" }, "other": { "de": "Tote", "en": "dead" } }
  ],
  "figure_kinds": [
    { "id": "moved", "label": { "de": "bereits verlegt", "en": "already moved" } },
    { "id": "planned_total", "label": { "de": "insgesamt geplant", "en": "planned in total" } },
    { "id": "whole_army", "label": { "de": "gesamte Armee", "en": "whole army" } },
    { "id": "killed", "label": { "de": "getötet", "en": "killed" } }
  ],
  "references": [
    { "id": "whole", "figure": "whole-army", "chart_mode": { "de": "Im Verhältnis zur ganzen Armee", "en": "Against the whole army" }, "share_column": { "de": "Anteil an der Armee", "en": "Share of the army" }, "share_of": { "de": "der Armee", "en": "of the army" } }
  ],
  "sources": [
    { "id": "nis", "name": { "de": "NIS", "en": "NIS" }, "kind": "intelligence_service",
      "country": { "de": "Südkorea", "en": "South Korea" }, "note": { "de": "-", "en": "-" } },
    { "id": "sk-media", "name": { "de": "Südkoreanische Medien", "en": "South Korean media" },
      "kind": "media", "country": { "de": "Südkorea", "en": "South Korea" },
      "note": { "de": "-", "en": "-" } },
    { "id": "ukr-media", "name": { "de": "Ukrainische Medien", "en": "Ukrainian media" },
      "kind": "media", "country": { "de": "Ukraine", "en": "Ukraine" }, "party": "ukraine",
      "note": { "de": "-", "en": "-" } },
    { "id": "newsroom", "name": { "de": "Hintergrund", "en": "Background" }, "kind": "newsroom",
      "country": { "de": "-", "en": "-" }, "note": { "de": "-", "en": "-" } }
  ],
  "questions": [ { "id": "how-many", "text": { "de": "Wie viele?", "en": "How many?" } } ],
  "claims": [
    { "id": "nis-moved", "source": "nis", "question": "how-many", "stance": "asserts",
      "statement": { "de": "1.500 verlegt.", "en": "1,500 moved." },
      "when": { "de": "Oktober", "en": "October" }, "evidence": "published", "status": "on_record" },
    { "id": "media-total", "source": "sk-media", "question": "how-many", "stance": "asserts",
      "statement": { "de": "12.000 insgesamt.", "en": "12,000 in total." },
      "when": { "de": "Freitag", "en": "Friday" }, "evidence": "citing_others",
      "status": "unconfirmed" },
    { "id": "ukr-killed", "source": "ukr-media", "question": "how-many", "stance": "asserts",
      "statement": { "de": "Sechs Tote.", "en": "Six dead." },
      "when": { "de": "3. Oktober", "en": "3 October" }, "evidence": "none", "status": "on_record" },
    { "id": "army", "source": "newsroom", "question": "how-many", "stance": "asserts",
      "statement": { "de": "1,2 Millionen Soldaten.", "en": "1.2 million soldiers." },
      "when": { "de": "-", "en": "-" }, "evidence": "none", "status": "on_record" }
  ],
  "figures": [
    { "id": "killed", "claim": "ukr-killed", "value": 6, "unit": "deaths", "kind": "killed",
      "label": { "de": "Nordkoreaner unter den Opfern", "en": "North Koreans among the dead" } },
    { "id": "moved", "claim": "nis-moved", "value": 1500, "unit": "soldiers", "kind": "moved",
      "label": { "de": "nach Wladiwostok verlegt", "en": "moved to Vladivostok" } },
    { "id": "total", "claim": "media-total", "value": 12000, "unit": "soldiers",
      "kind": "planned_total", "label": { "de": "insgesamt geplant", "en": "planned in total" } },
    { "id": "whole-army", "claim": "army", "value": 1200000, "unit": "soldiers",
      "kind": "whole_army", "label": { "de": "Nordkoreas Armee", "en": "North Korea's army" } }
  ],
  "lenses": [
    { "id": "no-parties", "label": { "de": "Ohne Kriegsparteien", "en": "Without parties to the war" },
      "explanation": { "de": "Ohne Parteien.", "en": "Without parties." },
      "rule": { "leave_out": { "field": "source.party", "any_of": ["ukraine"] } } },
    { "id": "confirmed", "label": { "de": "Ohne unbestätigte Berichte", "en": "Without unconfirmed reports" },
      "explanation": { "de": "Nur bestätigt.", "en": "Confirmed only." },
      "rule": { "leave_out": { "field": "status", "any_of": ["unconfirmed"] } } }
  ],
  "steps": [
    { "id": "numbers", "title": { "de": "Die Zahlen", "en": "The numbers" },
      "body": { "de": ["Zahlen."], "en": ["Numbers."] }, "shows": { "figures": "all" } }
  ]
}"#;

const NBSP: char = '\u{a0}';

fn fixture() -> Story {
    match claimlens::story::load(FIXTURE) {
        Ok(story) => story,
        Err(errors) => panic!("fixture is invalid: {errors:?}"),
    }
}

fn all_figures() -> Vec<String> {
    ["killed", "moved", "total", "whole-army"]
        .into_iter()
        .map(String::from)
        .collect()
}

fn mount_chart(lang: Lang) -> (web_sys::HtmlElement, claimlens::state::ReaderState) {
    mount_with(
        fixture(),
        lang,
        || view! { <FigureChart figures=all_figures() /> },
    )
}

fn mark(host: &web_sys::HtmlElement, id: &str) -> web_sys::Element {
    find(host, &format!(".chart-mark[data-figure=\"{id}\"]"))
}

fn mark_number(host: &web_sys::HtmlElement, id: &str) -> String {
    text(&find(
        host,
        &format!(".chart-mark[data-figure=\"{id}\"] .chart-number"),
    ))
}

fn table_row(host: &web_sys::HtmlElement, id: &str) -> web_sys::Element {
    find(host, &format!("tr[data-figure=\"{id}\"]"))
}

fn cells(row: &web_sys::Element) -> Vec<String> {
    let list = row.query_selector_all("th, td").unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.text_content().unwrap_or_default())
        .collect()
}

fn attr(el: &web_sys::Element, name: &str) -> Option<String> {
    el.get_attribute(name)
}

fn has_class(el: &web_sys::Element, class: &str) -> bool {
    el.class_list().contains(class)
}

#[wasm_bindgen_test]
async fn german_marks_count_the_way_germans_write_numbers() {
    let (host, _) = mount_chart(support::lang("de"));
    settle().await;
    assert_eq!(
        text(&find(&host, ".figure-chart h3")),
        "Die Zahlen im Vergleich"
    );
    assert_eq!(mark_number(&host, "killed"), "6");
    assert_eq!(mark_number(&host, "moved"), "1.500");
    assert_eq!(mark_number(&host, "total"), "12.000");
    assert_eq!(
        mark_number(&host, "whole-army"),
        format!("1,2{NBSP}Millionen")
    );
    let moved = text(&mark(&host, "moved"));
    assert!(moved.contains("bereits verlegt"), "{moved}");
    assert!(moved.contains("Quelle: NIS"), "{moved}");
}

#[wasm_bindgen_test]
async fn english_marks_count_the_way_english_writes_numbers() {
    let (host, _) = mount_chart(support::lang("en"));
    settle().await;
    assert_eq!(
        text(&find(&host, ".figure-chart h3")),
        "The numbers compared"
    );
    assert_eq!(mark_number(&host, "moved"), "1,500");
    assert_eq!(mark_number(&host, "total"), "12,000");
    assert_eq!(
        mark_number(&host, "whole-army"),
        format!("1.2{NBSP}million")
    );
    let total = text(&mark(&host, "total"));
    assert!(total.contains("planned in total"), "{total}");
    assert!(total.contains("Source: South Korean media"), "{total}");
}

#[wasm_bindgen_test]
async fn table_numbers_are_digits_in_the_readers_language() {
    let (host, reader) = mount_chart(support::lang("de"));
    settle().await;
    let army = cells(&table_row(&host, "whole-army"));
    assert!(army[0].starts_with("1.200.000"), "{army:?}");
    assert!(cells(&table_row(&host, "moved"))[0].starts_with("1.500"));
    assert_eq!(cells(&table_row(&host, "total"))[3], format!("1{NBSP}%"));

    reader.lang.set(support::lang("en"));
    settle().await;
    let army = cells(&table_row(&host, "whole-army"));
    assert!(army[0].starts_with("1,200,000"), "{army:?}");
    assert_eq!(cells(&table_row(&host, "total"))[3], "1%");
    assert_eq!(
        mark_number(&host, "whole-army"),
        format!("1.2{NBSP}million")
    );
}

#[wasm_bindgen_test]
async fn table_has_a_caption_column_headers_and_one_row_per_figure() {
    let (host, _) = mount_chart(support::lang("de"));
    settle().await;
    assert_eq!(
        text(&find(&host, "table caption")),
        "Die Zahlen im Vergleich"
    );
    let headers: Vec<String> = find_all(&host, "table th[scope=\"col\"]")
        .iter()
        .map(text)
        .collect();
    assert_eq!(
        headers,
        [
            "Zahl",
            "Art der Angabe",
            "Quelle",
            "Anteil an der Armee",
            "Ihre Kriterien"
        ]
    );
    let rows: Vec<Option<String>> = find_all(&host, "tbody tr")
        .iter()
        .map(|r| attr(r, "data-figure"))
        .collect();
    let expected: Vec<Option<String>> = all_figures().into_iter().map(Some).collect();
    assert_eq!(rows, expected);
    for row in find_all(&host, "tbody tr") {
        assert_eq!(attr(&row, "data-shown").as_deref(), Some("true"));
        assert_eq!(cells(&row)[4], "erfüllt");
    }
}

#[wasm_bindgen_test]
async fn against_the_whole_army_each_bar_shows_its_share() {
    let (host, reader) = mount_chart(support::lang("de"));
    settle().await;
    assert!(find_all(&host, ".chart-share").is_empty());
    let whole = find(&host, "button[data-mode=\"whole\"]");
    let compared = find(&host, "button[data-mode=\"compared\"]");
    assert_eq!(attr(&compared, "aria-pressed").as_deref(), Some("true"));
    assert_eq!(attr(&whole, "aria-pressed").as_deref(), Some("false"));
    assert_eq!(text(&whole), "Im Verhältnis zur ganzen Armee");

    click(&whole);
    settle().await;
    assert_eq!(
        reader.chart.get_untracked(),
        ChartMode::Against("whole".into())
    );
    assert_eq!(attr(&whole, "aria-pressed").as_deref(), Some("true"));
    assert_eq!(attr(&compared, "aria-pressed").as_deref(), Some("false"));
    assert_eq!(
        text(&find(
            &host,
            ".chart-mark[data-figure=\"total\"] .chart-share"
        )),
        format!("1{NBSP}% der Armee")
    );
    // Six of 1.2 million is a sliver, never zero.
    assert_eq!(
        text(&find(
            &host,
            ".chart-mark[data-figure=\"killed\"] .chart-share"
        )),
        format!("0,0005{NBSP}% der Armee")
    );

    reader.lang.set(support::lang("en"));
    settle().await;
    assert_eq!(
        text(&find(
            &host,
            ".chart-mark[data-figure=\"total\"] .chart-share"
        )),
        "1% of the army"
    );

    click(&compared);
    settle().await;
    assert_eq!(reader.chart.get_untracked(), ChartMode::Compared);
    assert!(find_all(&host, ".chart-share").is_empty());
}

#[wasm_bindgen_test]
async fn compared_the_army_is_broken_off_the_scale_and_the_dead_are_a_labelled_stub() {
    let (host, reader) = mount_chart(support::lang("de"));
    settle().await;
    let army = mark(&host, "whole-army");
    assert!(army.query_selector(".chart-break").unwrap().is_some());
    assert!(text(&army).contains("außerhalb des Maßstabs"));
    let killed = mark(&host, "killed");
    assert!(text(&killed).contains("zu klein für diesen Maßstab"));
    assert!(has_class(
        &find(&host, ".chart-mark[data-figure=\"killed\"] rect"),
        "is-stub"
    ));
    // Axis: linear ticks from 0 to 12,000.
    let ticks: Vec<String> = find_all(&host, ".chart-tick-label")
        .iter()
        .map(text)
        .collect();
    assert_eq!(ticks.first().map(String::as_str), Some("0"));
    assert_eq!(ticks.last().map(String::as_str), Some("12.000"));

    reader.chart.set(ChartMode::Against("whole".into()));
    settle().await;
    let army = mark(&host, "whole-army");
    assert!(army.query_selector(".chart-break").unwrap().is_none());
    assert!(!text(&army).contains("außerhalb des Maßstabs"));
    let ticks: Vec<String> = find_all(&host, ".chart-tick-label")
        .iter()
        .map(text)
        .collect();
    assert_eq!(
        ticks.last().map(String::as_str),
        Some(format!("1,2{NBSP}Millionen").as_str())
    );
}

#[wasm_bindgen_test]
async fn show_as_table_swaps_the_chart_for_the_table() {
    let (host, reader) = mount_chart(support::lang("de"));
    settle().await;
    let toggle = find(&host, ".chart-table-toggle");
    assert_eq!(text(&toggle), "Als Tabelle zeigen");
    assert_eq!(attr(&toggle, "aria-pressed").as_deref(), Some("false"));
    let chart = find(&host, ".chart-figure");
    let table = find(&host, ".chart-table");
    assert_eq!(attr(&chart, "role").as_deref(), Some("img"));
    assert!(!chart.has_attribute("hidden"));
    // The table is always there for screen readers, only visually hidden.
    assert!(has_class(&table, "visually-hidden"));
    assert!(table.query_selector("table").unwrap().is_some());
    assert!(!table.has_attribute("tabindex"));

    click(&toggle);
    settle().await;
    assert!(reader.show_table.get_untracked());
    assert_eq!(attr(&toggle, "aria-pressed").as_deref(), Some("true"));
    assert!(chart.has_attribute("hidden"));
    assert!(!has_class(&table, "visually-hidden"));
    assert_eq!(attr(&table, "tabindex").as_deref(), Some("0"));

    click(&toggle);
    settle().await;
    assert!(!reader.show_table.get_untracked());
    assert!(!chart.has_attribute("hidden"));
    assert!(has_class(&table, "visually-hidden"));
}

#[wasm_bindgen_test]
async fn a_lens_turns_a_mark_into_a_ghost_with_its_reason_and_keeps_it() {
    let (host, reader) = mount_chart(support::lang("de"));
    settle().await;
    let killed = mark(&host, "killed");
    assert_eq!(attr(&killed, "data-shown").as_deref(), Some("true"));
    assert!(!has_class(&killed, "is-ghost"));

    reader.lenses.set(vec!["no-parties".to_string()]);
    settle().await;
    assert_eq!(find_all(&host, ".chart-mark").len(), 4);
    let ghost = mark(&host, "killed");
    // The same element, kept in place: `<For>` keyed by figure id.
    assert!(ghost.is_same_node(Some(&killed)));
    assert_eq!(attr(&ghost, "data-shown").as_deref(), Some("false"));
    assert!(has_class(&ghost, "is-ghost"));
    assert!(text(&ghost).contains("Ausgeblendet durch: Ohne Kriegsparteien"));
    assert_eq!(mark_number(&host, "killed"), "6");
    for id in ["moved", "total", "whole-army"] {
        assert_eq!(
            attr(&mark(&host, id), "data-shown").as_deref(),
            Some("true")
        );
    }
    let row = table_row(&host, "killed");
    assert_eq!(attr(&row, "data-shown").as_deref(), Some("false"));
    assert_eq!(cells(&row)[4], "Ausgeblendet durch: Ohne Kriegsparteien");
    assert_eq!(cells(&table_row(&host, "moved"))[4], "erfüllt");

    // Two lenses set aside two figures; each names its reason.
    reader
        .lenses
        .set(vec!["no-parties".to_string(), "confirmed".to_string()]);
    settle().await;
    assert_eq!(
        attr(&mark(&host, "total"), "data-shown").as_deref(),
        Some("false")
    );
    assert!(text(&mark(&host, "total")).contains("Ohne unbestätigte Berichte"));
    let label = attr(&find(&host, ".chart-figure"), "aria-label").unwrap_or_default();
    assert!(label.contains("Ausgeblendet durch"), "{label}");

    reader.lenses.set(Vec::new());
    settle().await;
    assert!(find_all(&host, ".chart-mark.is-ghost").is_empty());
    assert!(find_all(&host, "tr[data-shown=\"false\"]").is_empty());
}

#[wasm_bindgen_test]
async fn the_chart_image_is_named_by_a_summary_of_its_figures() {
    let (host, reader) = mount_chart(support::lang("en"));
    settle().await;
    let label = attr(&find(&host, ".chart-figure"), "aria-label").unwrap_or_default();
    assert!(
        label.starts_with("The numbers compared, The claims compared: "),
        "{label}"
    );
    assert!(
        label.contains("1,500 soldiers, already moved (NIS)"),
        "{label}"
    );
    // Every drawing is decoration inside the named image (nested break marks inherit it).
    let drawings = find_all(&host, ".chart-track, .chart-axis-line");
    assert_eq!(drawings.len(), 5);
    for svg in drawings {
        assert_eq!(attr(&svg, "aria-hidden").as_deref(), Some("true"));
    }
    reader.chart.set(ChartMode::Against("whole".into()));
    settle().await;
    let label = attr(&find(&host, ".chart-figure"), "aria-label").unwrap_or_default();
    assert!(label.contains("Against the whole army"), "{label}");
}

#[wasm_bindgen_test]
async fn marks_follow_the_given_order_and_skip_ids_the_story_lacks() {
    let figures: Vec<String> = ["whole-army", "nonsense", "moved"]
        .into_iter()
        .map(String::from)
        .collect();
    let (host, _) = mount_with(fixture(), support::lang("de"), move || {
        view! { <FigureChart figures=figures /> }
    });
    settle().await;
    let marks: Vec<Option<String>> = find_all(&host, ".chart-mark")
        .iter()
        .map(|m| attr(m, "data-figure"))
        .collect();
    assert_eq!(
        marks,
        [Some("whole-army".to_string()), Some("moved".to_string())]
    );
    assert_eq!(find_all(&host, "tbody tr").len(), 2);
}

#[wasm_bindgen_test]
async fn figure_table_alone_reacts_to_language_and_lenses() {
    let (host, reader) = mount_with(fixture(), support::lang("en"), || {
        view! { <FigureTable figures=all_figures() /> }
    });
    settle().await;
    assert_eq!(text(&find(&host, "caption")), "The numbers compared");
    let killed = cells(&table_row(&host, "killed"));
    assert_eq!(killed[0], "6 dead");
    assert_eq!(killed[1], "killed: North Koreans among the dead");
    assert_eq!(killed[2], "Ukrainian media");
    assert_eq!(killed[3], "0.0005%");
    assert_eq!(killed[4], "met");
    assert_eq!(cells(&table_row(&host, "whole-army"))[3], "100%");

    reader.lenses.set(vec!["no-parties".to_string()]);
    settle().await;
    assert_eq!(
        cells(&table_row(&host, "killed"))[4],
        "Set aside by: Without parties to the war"
    );
    reader.lang.set(support::lang("de"));
    settle().await;
    assert_eq!(cells(&table_row(&host, "killed"))[0], "6 Tote");
}

/// The e2e fixture with qualified figures: exact 1,500, about 12,000, more than 20,000, at
/// most 7,500, 2,000 to 3,000, and an exact army of 1.2 million.
fn qualified() -> Story {
    match claimlens::story::load(include_str!("e2e/fixtures/stories/qualified.json")) {
        Ok(story) => story,
        Err(errors) => panic!("qualified fixture is invalid: {errors:?}"),
    }
}

fn mount_qualified(lang: Lang) -> (web_sys::HtmlElement, claimlens::state::ReaderState) {
    let figures: Vec<String> = qualified().figures.iter().map(|f| f.id.clone()).collect();
    mount_with(
        qualified(),
        lang,
        move || view! { <FigureChart figures=figures /> },
    )
}

fn in_mark(host: &web_sys::HtmlElement, id: &str, selector: &str) -> Vec<web_sys::Element> {
    find_all(
        host,
        &format!(".chart-mark[data-figure=\"{id}\"] {selector}"),
    )
}

/// The marks that tell a qualified bar from an exact one.
const QUALIFIED_MARKS: &str =
    ".chart-fringe, .chart-open, .chart-cap, .chart-span, .chart-span-end, .is-bound";

#[wasm_bindgen_test]
async fn qualified_numbers_are_drawn_as_far_as_they_reach() {
    let (host, _) = mount_qualified(support::lang("de"));
    settle().await;
    // About: a soft end of thinning strips.
    assert_eq!(mark_number(&host, "prepared"), "rund 12.000");
    assert_eq!(in_mark(&host, "prepared", "path.chart-fringe").len(), 1);
    // More than: open past the value, a fading tail and an arrowhead at the bar's end, with
    // room for it on the scale (which reaches 25,000).
    assert_eq!(mark_number(&host, "planned"), "mehr als 20.000");
    let open = in_mark(&host, "planned", "svg:has(> path.chart-open)");
    assert_eq!(open.len(), 1);
    assert_eq!(attr(&open[0], "x").as_deref(), Some("80.000%"));
    // At most: a hollow bar closed by a bracket, not a solid bar.
    assert_eq!(mark_number(&host, "at-border"), "höchstens 7.500");
    assert_eq!(
        in_mark(&host, "at-border", "rect.chart-bar-shape.is-bound").len(),
        1
    );
    assert_eq!(in_mark(&host, "at-border", "path.chart-cap").len(), 1);
    // A range: solid to its value, the span to its upper end striped, with a cap.
    assert_eq!(mark_number(&host, "training"), "2.000 bis 3.000");
    let rect = &in_mark(&host, "training", "rect.chart-bar-shape")[0];
    assert_eq!(attr(rect, "width").as_deref(), Some("8.000%"));
    let span = &in_mark(&host, "training", ".chart-span")[0];
    assert_eq!(attr(span, "x1").as_deref(), Some("8.000%"));
    assert_eq!(attr(span, "x2").as_deref(), Some("12.000%"));
    let cap = &in_mark(&host, "training", "svg:has(> .chart-span-end)")[0];
    assert_eq!(attr(cap, "x").as_deref(), Some("12.000%"));
    // Exact figures are drawn as before: a plain bar, nothing more.
    for id in ["moved", "whole-army"] {
        let marks = mark(&host, id).query_selector_all(QUALIFIED_MARKS).unwrap();
        assert_eq!(marks.length(), 0, "{id}");
    }
    assert!(mark(&host, "planned")
        .query_selector(QUALIFIED_MARKS)
        .unwrap()
        .is_some());
    // The accessible name says the same words.
    let label = attr(&find(&host, ".chart-figure"), "aria-label").unwrap_or_default();
    for words in [
        "rund 12.000 Soldaten",
        "mehr als 20.000 Soldaten",
        "höchstens 7.500 Soldaten",
        "2.000 bis 3.000 Soldaten",
    ] {
        assert!(label.contains(words), "{words}: {label}");
    }
    // The seed-like fixture, all exact, draws none of them.
    let (exact, _) = mount_chart(support::lang("de"));
    settle().await;
    assert!(find_all(&exact, QUALIFIED_MARKS).is_empty());
}

#[wasm_bindgen_test]
async fn qualified_shares_and_their_absence_are_said_in_the_chart_and_the_table() {
    let (host, reader) = mount_qualified(support::lang("de"));
    settle().await;
    assert_eq!(
        cells(&table_row(&host, "prepared"))[0],
        "rund 12.000 Soldaten"
    );
    assert_eq!(
        cells(&table_row(&host, "prepared"))[3],
        format!("rund 1{NBSP}%")
    );
    assert_eq!(
        cells(&table_row(&host, "planned"))[3],
        "kein Anteil: nach oben offen"
    );
    assert_eq!(
        cells(&table_row(&host, "at-border"))[3],
        "kein Anteil: nur eine Obergrenze"
    );
    assert_eq!(
        cells(&table_row(&host, "training"))[3],
        "kein Anteil: eine Spanne"
    );

    reader.chart.set(ChartMode::Against("whole".into()));
    settle().await;
    assert_eq!(
        text(&in_mark(&host, "prepared", ".chart-share")[0]),
        format!("rund 1{NBSP}% der Armee")
    );
    assert_eq!(
        text(&in_mark(&host, "planned", ".chart-no-share")[0]),
        "kein Anteil: nach oben offen"
    );
    assert!(in_mark(&host, "planned", ".chart-share").is_empty());

    reader.lang.set(support::lang("en"));
    settle().await;
    assert_eq!(mark_number(&host, "training"), "2,000 to 3,000");
    assert_eq!(
        text(&in_mark(&host, "prepared", ".chart-share")[0]),
        "about 1% of the army"
    );
    assert_eq!(
        text(&in_mark(&host, "training", ".chart-no-share")[0]),
        "no share: a range"
    );
    assert_eq!(
        cells(&table_row(&host, "at-border"))[0],
        "at most 7,500 soldiers"
    );
    assert_eq!(
        cells(&table_row(&host, "at-border"))[3],
        "no share: an upper bound only"
    );
}
