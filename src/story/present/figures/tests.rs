//! Host tests of the chart's and the table's view models, on the bundled story and the
//! small fixture.

use super::*;
use crate::story::figures::MIN_STUB_PX;
use crate::story::locale::NBSP;
use crate::story::present::fixtures::{bundled, mini};

fn ids(list: &[&str]) -> Vec<String> {
    list.iter().map(|id| id.to_string()).collect()
}

fn all(story: &Story) -> Vec<String> {
    story.figures.iter().map(|f| f.id.clone()).collect()
}

fn lenses(story: &Story, active: &[&str]) -> LensOutcome {
    lens::apply(story, &ids(active))
}

pub(super) fn nb(s: &str) -> String {
    s.replace('~', &NBSP.to_string())
}

pub(super) fn mark<'a>(view: &'a ChartView, id: &str) -> &'a ChartMark {
    view.marks.iter().find(|m| m.id == id).unwrap()
}

pub(super) fn row<'a>(view: &'a TableView, id: &str) -> &'a TableRow {
    view.rows.iter().find(|r| r.id == id).unwrap()
}

pub(super) fn notes(mark: &ChartMark) -> Vec<(&str, &str)> {
    mark.notes
        .iter()
        .map(|n| (n.class, n.text.as_str()))
        .collect()
}

fn chart_of(story: &Story, lang: Lang, mode: ChartMode, active: &[&str]) -> ChartView {
    chart(story, &all(story), lang, &mode, &lenses(story, active))
}

/// The seed story's mode against its whole army.
fn against_whole() -> ChartMode {
    ChartMode::Against("whole".into())
}

#[test]
fn german_marks_count_the_way_germans_write_numbers() {
    let story = bundled();
    let view = chart_of(&story, Lang::of("de"), ChartMode::Compared, &[]);
    assert_eq!(mark(&view, "killed").number, "6");
    assert_eq!(mark(&view, "moved").number, "1.500");
    assert_eq!(mark(&view, "planned-total").number, "12.000");
    assert_eq!(mark(&view, "whole-army").number, nb("1,2~Millionen"));
    let moved = mark(&view, "moved");
    assert_eq!(moved.unit, "Soldaten");
    assert_eq!(moved.kind, "bereits verlegt");
    assert_eq!(
        moved.label,
        "Spezialeinsatzkräfte, nach Wladiwostok verlegt"
    );
    assert_eq!(
        moved.source,
        "Quelle: Nationaler Geheimdienst Südkoreas (NIS)"
    );
    assert_eq!(mark(&view, "killed").unit, "Tote");
}

#[test]
fn french_marks_group_with_narrow_spaces_and_put_de_before_the_unit_of_a_count_in_words() {
    let story = crate::story::load(include_str!(
        "../../../../tests/e2e/fixtures/stories/fr-test.json"
    ))
    .unwrap();
    let view = chart_of(&story, Lang::of("fr"), ChartMode::Compared, &[]);
    assert_eq!(mark(&view, "planned").number, "12\u{202f}000");
    assert_eq!(mark(&view, "planned").unit, "soldats");
    let army = mark(&view, "army");
    assert_eq!(army.number, nb("1,2~million"));
    assert_eq!(army.unit, "de soldats");
    assert!(
        view.summary.contains(&nb("1,2~million de soldats")),
        "{}",
        view.summary
    );
}

#[test]
fn english_marks_count_the_way_english_writes_numbers() {
    let story = bundled();
    let view = chart_of(&story, Lang::of("en"), ChartMode::Compared, &[]);
    assert_eq!(mark(&view, "moved").number, "1,500");
    assert_eq!(mark(&view, "planned-total").number, "12,000");
    assert_eq!(mark(&view, "whole-army").number, nb("1.2~million"));
    let total = mark(&view, "planned-total");
    assert_eq!(total.kind, "planned in total");
    assert_eq!(total.source, "Source: South Korean media");
}

#[test]
fn marks_follow_the_given_order_and_skip_ids_the_story_lacks() {
    let story = bundled();
    let view = chart(
        &story,
        &ids(&["whole-army", "nonsense", "moved"]),
        Lang::of("de"),
        &ChartMode::Compared,
        &lenses(&story, &[]),
    );
    let order: Vec<&str> = view.marks.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(order, ["whole-army", "moved"]);
    let table = table(
        &story,
        &ids(&["whole-army", "nonsense", "moved"]),
        Lang::of("de"),
        &lenses(&story, &[]),
    );
    let order: Vec<&str> = table.rows.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(order, ["whole-army", "moved"]);
}

#[test]
fn against_the_whole_army_each_bar_but_the_army_notes_its_share() {
    let story = bundled();
    let compared = chart_of(&story, Lang::of("de"), ChartMode::Compared, &[]);
    assert!(compared
        .marks
        .iter()
        .all(|m| m.notes.iter().all(|n| n.class != "chart-note chart-share")));

    let whole = chart_of(&story, Lang::of("de"), against_whole(), &[]);
    assert_eq!(
        notes(mark(&whole, "planned-total")),
        [("chart-note chart-share", nb("1~% der Armee").as_str())]
    );
    // Six of 1.2 million is a sliver, never zero.
    assert_eq!(
        notes(mark(&whole, "killed"))[0],
        ("chart-note chart-share", nb("0,0005~% der Armee").as_str())
    );
    assert!(notes(mark(&whole, "whole-army")).is_empty());

    let english = chart_of(&story, Lang::of("en"), against_whole(), &[]);
    assert_eq!(
        notes(mark(&english, "planned-total")),
        [("chart-note chart-share", "1% of the army")]
    );
}

#[test]
fn compared_the_army_is_broken_off_the_scale_and_the_dead_are_a_labelled_stub() {
    let story = bundled();
    let view = chart_of(&story, Lang::of("de"), ChartMode::Compared, &[]);
    let army = mark(&view, "whole-army");
    assert_eq!(army.bar.break_at.as_deref(), Some("86.000%"));
    assert!(army.bar.reference);
    assert_eq!(army.bar.width, "100.000%");
    assert_eq!(
        notes(army),
        [("chart-note chart-off-scale", "⟩⟩ außerhalb des Maßstabs")]
    );
    let killed = mark(&view, "killed");
    assert!(killed.bar.stub);
    assert_eq!(killed.bar.width, MIN_STUB_PX.to_string());
    assert_eq!(
        notes(killed),
        [("chart-note chart-too-small", "zu klein für diesen Maßstab")]
    );
    let moved = mark(&view, "moved");
    assert_eq!(moved.bar.width, "12.500%");
    assert!(!moved.bar.stub && !moved.bar.reference && moved.bar.break_at.is_none());
    assert!(moved.notes.is_empty());

    let whole = chart_of(&story, Lang::of("de"), against_whole(), &[]);
    let army = mark(&whole, "whole-army");
    assert_eq!(army.bar.break_at, None);
    assert!(army.notes.is_empty());
    assert_eq!(mark(&whole, "planned-total").bar.width, "1.000%");
}

#[test]
fn the_axis_is_linear_from_zero_in_the_readers_numbers() {
    let story = bundled();
    let view = chart_of(&story, Lang::of("de"), ChartMode::Compared, &[]);
    let labels: Vec<&str> = view.ticks.iter().map(|t| t.label.as_str()).collect();
    assert_eq!(
        labels,
        ["0", "2.000", "4.000", "6.000", "8.000", "10.000", "12.000"]
    );
    let xs: Vec<&str> = view.ticks.iter().map(|t| t.x.as_str()).collect();
    assert_eq!(
        xs,
        ["0.000%", "16.667%", "33.333%", "50.000%", "66.667%", "83.333%", "100.000%"]
    );
    let classes: Vec<&str> = view.ticks.iter().map(|t| t.class).collect();
    assert_eq!(classes[0], "chart-tick-label is-first");
    assert_eq!(classes[6], "chart-tick-label is-last");
    assert!(classes[1..6]
        .iter()
        .all(|c| *c == "chart-tick-label is-inner"));
    // The grid inside each track: every tick but the zero at the track's edge.
    assert_eq!(view.grid, xs[1..]);

    let whole = chart_of(&story, Lang::of("de"), against_whole(), &[]);
    assert_eq!(
        whole.ticks.last().map(|t| t.label.clone()),
        Some(nb("1,2~Millionen"))
    );
    let english = chart_of(&story, Lang::of("en"), ChartMode::Compared, &[]);
    assert_eq!(english.ticks[1].label, "2,000");
}

#[test]
fn a_chart_of_nothing_has_no_marks_ticks_or_grid() {
    let story = bundled();
    for mode in figures::modes(&story) {
        let view = chart(
            &story,
            &ids(&["nonsense"]),
            Lang::of("en"),
            &mode,
            &lenses(&story, &[]),
        );
        assert!(view.marks.is_empty() && view.ticks.is_empty() && view.grid.is_empty());
        assert!(
            view.summary.starts_with("The numbers compared, "),
            "{}",
            view.summary
        );
    }
    let table = table(&story, &[], Lang::of("en"), &lenses(&story, &[]));
    assert!(table.rows.is_empty());
}

#[test]
fn a_lens_turns_a_mark_into_a_ghost_with_its_reason() {
    let story = bundled();
    let view = chart_of(&story, Lang::of("de"), ChartMode::Compared, &["no-parties"]);
    assert_eq!(view.marks.len(), 5, "a ghost keeps its place");
    let killed = mark(&view, "killed");
    assert!(!killed.shown);
    assert_eq!(killed.number, "6");
    assert_eq!(
        notes(killed).last(),
        Some(&(
            "chart-note chart-set-aside",
            "Ausgeblendet durch: Ohne Kriegsparteien"
        ))
    );
    for id in ["moved", "planned-total", "whole-army"] {
        assert!(mark(&view, id).shown, "{id}");
        assert!(mark(&view, id)
            .notes
            .iter()
            .all(|n| n.class != "chart-note chart-set-aside"));
    }
    assert!(!mark(&view, "in-preparation").shown);
}

#[test]
fn a_figure_set_aside_by_two_lenses_names_both() {
    let story = bundled();
    let view = chart_of(
        &story,
        Lang::of("en"),
        ChartMode::Compared,
        &["evidence", "confirmed"],
    );
    let total = mark(&view, "planned-total");
    assert_eq!(
        total.notes.last().map(|n| n.text.as_str()),
        Some("Set aside by: Published evidence only, Without unconfirmed reports")
    );
    assert!(mark(&view, "moved").shown);
}

#[test]
fn the_chart_image_is_named_by_a_summary_of_its_figures() {
    let story = bundled();
    let view = chart_of(&story, Lang::of("en"), ChartMode::Compared, &[]);
    assert!(
        view.summary
            .starts_with("The numbers compared, The claims compared: "),
        "{}",
        view.summary
    );
    assert!(
        view.summary.contains(
            "1,500 soldiers, already moved (South Korea's National Intelligence Service (NIS))"
        ),
        "{}",
        view.summary
    );
    assert_eq!(view.summary.matches("; ").count(), 4, "{}", view.summary);
    assert!(!view.summary.contains("Set aside by"));

    let whole = chart_of(&story, Lang::of("en"), against_whole(), &["no-parties"]);
    assert!(
        whole.summary.contains("Against the whole army"),
        "{}",
        whole.summary
    );
    assert!(
        whole.summary.contains(
            "6 dead, killed (Ukrainian media) – Set aside by: Without parties to the war"
        ),
        "{}",
        whole.summary
    );
}

#[test]
fn table_numbers_are_digits_in_the_readers_language() {
    let story = bundled();
    let none = lenses(&story, &[]);
    let de = table(&story, &all(&story), Lang::of("de"), &none);
    assert_eq!(row(&de, "whole-army").number, "1.200.000 Soldaten");
    assert_eq!(row(&de, "moved").number, "1.500 Soldaten");
    assert_eq!(row(&de, "planned-total").shares[0], nb("1~%"));
    let en = table(&story, &all(&story), Lang::of("en"), &none);
    assert_eq!(row(&en, "whole-army").number, "1,200,000 soldiers");
    assert_eq!(row(&en, "planned-total").shares[0], "1%");
    assert_eq!(row(&en, "whole-army").shares[0], "100%");
}

#[test]
fn table_rows_say_kind_label_source_share_and_criteria() {
    let story = bundled();
    let view = table(&story, &all(&story), Lang::of("en"), &lenses(&story, &[]));
    let killed = row(&view, "killed");
    assert_eq!(killed.number, "6 dead");
    assert_eq!(
        killed.kind,
        "killed: North Koreans among those killed in a missile strike in the Donetsk region"
    );
    assert_eq!(killed.source, "Ukrainian media");
    assert_eq!(killed.shares[0], "0.0005%");
    assert_eq!(killed.criteria, "met");
    assert!(view.rows.iter().all(|r| r.shown && r.criteria == "met"));

    let set_aside = table(
        &story,
        &all(&story),
        Lang::of("en"),
        &lenses(&story, &["no-parties"]),
    );
    let killed = row(&set_aside, "killed");
    assert!(!killed.shown);
    assert_eq!(killed.criteria, "Set aside by: Without parties to the war");
    assert_eq!(row(&set_aside, "moved").criteria, "met");
}

#[test]
fn shares_do_not_depend_on_the_chart_mode_and_need_a_whole() {
    let story = bundled();
    let none = lenses(&story, &[]);
    let view = table(&story, &all(&story), Lang::of("de"), &none);
    let whole = chart_of(&story, Lang::of("de"), against_whole(), &[]);
    for r in &view.rows {
        if r.id == "whole-army" {
            continue;
        }
        let share = [r.shares[0].as_str(), " der Armee"].concat();
        assert!(
            mark(&whole, &r.id).notes.iter().any(|n| n.text == share),
            "{}: {share}",
            r.id
        );
    }
    // Without the whole army among them, figures have no share.
    let partial = table(&story, &ids(&["moved", "killed"]), Lang::of("de"), &none);
    assert!(partial.rows.iter().all(|r| r.shares[0] == "–"));
}

#[test]
fn mini_story_marks_and_rows_name_their_sources() {
    let story = mini();
    let view = chart_of(&story, Lang::of("de"), against_whole(), &["evidence"]);
    assert_eq!(view.marks.len(), 2);
    assert!(view
        .marks
        .iter()
        .all(|m| m.notes.iter().all(|n| n.class != "chart-note chart-share")));
    assert!(mark(&view, "moved").shown);
    let prepared = mark(&view, "prepared");
    assert!(!prepared.shown);
    assert_eq!(prepared.source, "Quelle: Wolodymyr Selenskyj");
    assert_eq!(
        prepared.notes.last().map(|n| n.text.as_str()),
        Some("Ausgeblendet durch: Nur mit Belegen")
    );
    // No whole: the scale ends at the largest figure.
    assert_eq!(mark(&view, "prepared").bar.width, "100.000%");
    assert_eq!(mark(&view, "moved").bar.width, "15.000%");

    let table = table(
        &story,
        &all(&story),
        Lang::of("en"),
        &lenses(&story, &["no-parties"]),
    );
    assert_eq!(
        row(&table, "moved").source,
        "National Intelligence Service (NIS)"
    );
    assert_eq!(
        row(&table, "prepared").criteria,
        "Set aside by: Without parties"
    );
    // The mini story has no reference: no share column.
    assert!(table.share_columns.is_empty());
    assert!(row(&table, "prepared").shares.is_empty());
}

#[test]
fn a_figure_whose_claim_or_source_is_missing_names_no_source() {
    let mut story = mini();
    story.figures[0].claim = "nonsense".into();
    let view = chart_of(&story, Lang::of("en"), ChartMode::Compared, &[]);
    assert_eq!(view.marks[0].source, "Source: ");
    let table = table(&story, &all(&story), Lang::of("en"), &lenses(&story, &[]));
    assert_eq!(table.rows[0].source, "");
}

#[test]
fn every_view_of_the_bundled_story_is_complete_in_every_language_mode_and_lens() {
    let story = bundled();
    let ids = all(&story);
    let lens_sets: Vec<Vec<&str>> = vec![
        vec![],
        vec!["evidence"],
        vec!["no-parties"],
        vec!["confirmed"],
        vec!["evidence", "no-parties", "confirmed"],
    ];
    for lang in Lang::all() {
        for mode in figures::modes(&story) {
            for active in &lens_sets {
                let outcome = lenses(&story, active);
                let view = chart(&story, &ids, lang, &mode, &outcome);
                let table = table(&story, &ids, lang, &outcome);
                assert_eq!(view.marks.len(), ids.len());
                assert_eq!(table.rows.len(), ids.len());
                for (mark, row) in view.marks.iter().zip(&table.rows) {
                    assert_eq!(mark.id, row.id);
                    assert_eq!(mark.shown, row.shown);
                    assert_eq!(mark.shown, outcome.figure(&mark.id).shown);
                    assert!(!mark.number.is_empty() && !mark.label.is_empty());
                    assert!(!row.source.is_empty());
                    assert!(mark.source.ends_with(&row.source));
                    let reason = mark
                        .notes
                        .iter()
                        .find(|n| n.class == "chart-note chart-set-aside");
                    assert_eq!(reason.is_some(), !mark.shown);
                    if let Some(reason) = reason {
                        assert_eq!(reason.text, row.criteria);
                        assert!(view.summary.contains(&reason.text));
                    }
                    assert!(view.summary.contains(&mark.number), "{}", view.summary);
                }
                assert!(view.ticks.len() >= 2);
                assert_eq!(view.grid.len(), view.ticks.len() - 1);
            }
        }
    }
}

#[test]
fn set_aside_reason_is_none_for_a_shown_figure() {
    let story = bundled();
    assert_eq!(
        set_aside_reason(&story, &Verdict::shown(), Lang::of("de")),
        None
    );
    let verdict = lenses(&story, &["no-parties", "evidence"]).figure("killed");
    assert_eq!(
        set_aside_reason(&story, &verdict, Lang::of("de")).as_deref(),
        Some("Ausgeblendet durch: Nur mit veröffentlichten Belegen, Ohne Kriegsparteien")
    );
}
