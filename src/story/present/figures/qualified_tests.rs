//! Host tests of the chart's and the table's view models on qualified figures (the e2e
//! fixture `qualified.json`): the same words in the mark, the summary and the table, the
//! bar's reach, and shares only of exact or approximate figures.

use super::tests::{mark, nb, notes, row};
use super::*;
use crate::story::present::fixtures::qualified;

fn all(story: &Story) -> Vec<String> {
    story.figures.iter().map(|f| f.id.clone()).collect()
}

fn none(story: &Story) -> LensOutcome {
    lens::apply(story, &[])
}

fn chart_of(story: &Story, lang: Lang, mode: ChartMode) -> ChartView {
    chart(story, &all(story), lang, &mode, &none(story))
}

/// The fixture's mode against its whole army.
fn against_whole() -> ChartMode {
    ChartMode::Against("whole".into())
}

#[test]
fn marks_say_rund_mehr_als_hoechstens_and_bis() {
    let story = qualified();
    let view = chart_of(&story, Lang::of("de"), ChartMode::Compared);
    let numbers: Vec<&str> = view.marks.iter().map(|m| m.number.as_str()).collect();
    assert_eq!(
        numbers,
        [
            "1.500",
            "rund 12.000",
            "mehr als 20.000",
            "höchstens 7.500",
            "2.000 bis 3.000",
            &nb("1,2~Millionen"),
        ]
    );
    let view = chart_of(&story, Lang::of("en"), ChartMode::Compared);
    let numbers: Vec<&str> = view.marks.iter().map(|m| m.number.as_str()).collect();
    assert_eq!(
        numbers,
        [
            "1,500",
            "about 12,000",
            "more than 20,000",
            "at most 7,500",
            "2,000 to 3,000",
            &nb("1.2~million"),
        ]
    );
}

#[test]
fn the_summary_and_the_table_say_the_same_words_as_the_marks() {
    let story = qualified();
    for lang in Lang::all() {
        let view = chart_of(&story, lang, ChartMode::Compared);
        let table = table(&story, &all(&story), lang, &none(&story));
        for (mark, row) in view.marks.iter().zip(&table.rows) {
            assert!(view.summary.contains(&mark.number), "{}", view.summary);
            // The table counts in digits; below a million they are the chart's words.
            if mark.id != "whole-army" {
                assert!(row.number.starts_with(&mark.number), "{}", row.number);
            }
        }
    }
    let view = chart_of(&story, Lang::of("en"), ChartMode::Compared);
    assert!(
        view.summary.contains(
            "more than 20,000 soldiers, planned in total (National Intelligence Service (NIS))"
        ),
        "{}",
        view.summary
    );
    assert!(
        view.summary
            .contains("2,000 to 3,000 soldiers, already moved"),
        "{}",
        view.summary
    );
}

#[test]
fn each_bar_ends_the_way_its_number_reaches() {
    let story = qualified();
    let view = chart_of(&story, Lang::of("de"), ChartMode::Compared);
    let reaches: Vec<Reach> = view.marks.iter().map(|m| m.bar.reach).collect();
    assert_eq!(
        reaches,
        [
            Reach::Exact,
            Reach::About,
            Reach::OpenEnded,
            Reach::UpperBound,
            Reach::Range,
            Reach::Exact,
        ]
    );
    // The scale reaches past the largest claimed figure, more than 20,000, to 25,000:
    // room for its open end.
    assert_eq!(mark(&view, "planned").bar.width, "80.000%");
    assert_eq!(view.ticks.last().map(|t| t.label.as_str()), Some("25.000"));
    let training = mark(&view, "training");
    assert_eq!(training.bar.width, "8.000%");
    assert_eq!(
        training.bar.span,
        Some(("8.000%".to_owned(), "12.000%".to_owned()))
    );
    assert!(view
        .marks
        .iter()
        .filter(|m| m.id != "training")
        .all(|m| m.bar.span.is_none()));
}

#[test]
fn against_the_whole_only_exact_and_approximate_figures_have_a_share() {
    let story = qualified();
    let view = chart_of(&story, Lang::of("de"), against_whole());
    assert_eq!(
        notes(mark(&view, "prepared")),
        [("chart-note chart-share", nb("rund 1~% der Armee").as_str())]
    );
    assert_eq!(
        notes(mark(&view, "planned")),
        [("chart-note chart-no-share", "kein Anteil: nach oben offen")]
    );
    assert_eq!(
        notes(mark(&view, "at-border")),
        [(
            "chart-note chart-no-share",
            "kein Anteil: nur eine Obergrenze"
        )]
    );
    // 3,000 of 1.2 million is also too small to see.
    assert_eq!(
        notes(mark(&view, "training")),
        [
            ("chart-note chart-no-share", "kein Anteil: eine Spanne"),
            ("chart-note chart-too-small", "zu klein für diesen Maßstab")
        ]
    );
    assert_eq!(notes(mark(&view, "moved"))[0].0, "chart-note chart-share");
    // Compared, no mark speaks of shares.
    let compared = chart_of(&story, Lang::of("de"), ChartMode::Compared);
    assert!(compared
        .marks
        .iter()
        .all(|m| m.notes.iter().all(|n| !n.class.contains("share"))));
}

#[test]
fn the_table_says_the_qualified_numbers_and_why_a_share_is_missing() {
    let story = qualified();
    let de = table(&story, &all(&story), Lang::of("de"), &none(&story));
    assert_eq!(row(&de, "prepared").number, "rund 12.000 Soldaten");
    assert_eq!(row(&de, "prepared").shares[0], nb("rund 1~%"));
    assert_eq!(row(&de, "planned").number, "mehr als 20.000 Soldaten");
    assert_eq!(
        row(&de, "planned").shares[0],
        "kein Anteil: nach oben offen"
    );
    assert_eq!(row(&de, "whole-army").number, "1.200.000 Soldaten");
    assert_eq!(row(&de, "whole-army").shares[0], nb("100~%"));
    let en = table(&story, &all(&story), Lang::of("en"), &none(&story));
    assert_eq!(row(&en, "at-border").number, "at most 7,500 soldiers");
    assert_eq!(
        row(&en, "at-border").shares[0],
        "no share: an upper bound only"
    );
    assert_eq!(row(&en, "training").number, "2,000 to 3,000 soldiers");
    assert_eq!(row(&en, "training").shares[0], "no share: a range");
    assert_eq!(row(&en, "prepared").shares[0], "about 1%");
    // The same share, or the same reason, as the chart's note.
    let chart = chart_of(&story, Lang::of("en"), against_whole());
    for r in en.rows.iter().filter(|r| r.id != "whole-army") {
        let note = &mark(&chart, &r.id).notes[0].text;
        assert!(note.starts_with(&r.shares[0]), "{note} / {}", r.shares[0]);
    }
}

#[test]
fn without_a_whole_no_figure_speaks_of_shares() {
    let story = qualified();
    let ids: Vec<String> = ["prepared", "planned", "training"]
        .map(String::from)
        .to_vec();
    let view = chart(
        &story,
        &ids,
        Lang::of("de"),
        &against_whole(),
        &none(&story),
    );
    assert!(view.marks.iter().all(|m| m.notes.is_empty()));
    let table = table(&story, &ids, Lang::of("de"), &none(&story));
    assert!(table.rows.iter().all(|r| r.shares[0] == "–"));
}
