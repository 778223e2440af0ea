//! What the figure chart and its table show, as ready-to-show values in the reader's
//! language: every mark's number, label, bar and notes, the axis, the chart's accessible
//! summary, and the table's rows. The components only bind these values.

use crate::story::figures::{self, css_percent, ChartMode};
use crate::story::lens::{self, LensOutcome, Verdict};
use crate::story::locale::{format_count, format_digits, format_percent, Lang};
use crate::story::ui_text::{self, ui};
use crate::story::{self, Figure, Story, Text};

/// Where the break of an off-scale bar sits, as a fraction of the track.
const BREAK_AT: f64 = 0.86;

/// The chart of some figures, in one mode and one language, under the active lenses.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChartView {
    /// One mark per figure, in the order asked for.
    pub marks: Vec<ChartMark>,
    /// The x positions (SVG percentages) of the grid lines inside each track: every tick
    /// but zero, which is the track's own edge.
    pub grid: Vec<String>,
    /// The linear axis under the bars.
    pub ticks: Vec<AxisTick>,
    /// The accessible name of the visual chart: its mode and every figure with its kind and
    /// source, and the reason when a lens set it aside. The table carries the full data.
    pub summary: String,
}

/// One figure's row in the chart: its text, its bar, and the notes that keep the bar honest.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChartMark {
    /// The figure's id.
    pub id: String,
    /// Whether the active lenses keep it (a mark set aside is drawn as a ghost).
    pub shown: bool,
    /// The count as a reader says it: `1.500`, `1,2 Millionen`.
    pub number: String,
    pub unit: &'static str,
    pub label: String,
    pub kind: &'static str,
    /// "Quelle: NIS" / "Source: NIS".
    pub source: String,
    pub bar: BarShape,
    /// The notes under the bar, in order: share of the whole, off the scale, too small to
    /// see, set aside by which lenses.
    pub notes: Vec<Note>,
}

/// How a bar is drawn on its track.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BarShape {
    /// An SVG length: a percentage of the track, or a stub in pixels.
    pub width: String,
    /// Too small to see at this scale: drawn as a stub, labelled in the notes.
    pub stub: bool,
    /// The whole of which the other figures are shares.
    pub whole: bool,
    /// Far off the scale: where (an SVG percentage) the bar is drawn broken.
    pub break_at: Option<String>,
}

/// One note under a bar: its CSS classes and its text.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    pub class: &'static str,
    pub text: String,
}

/// One tick of the axis: where it sits, its number, and its CSS classes (the first and the
/// last label align to the track's edges).
#[derive(Debug, Clone, PartialEq)]
pub struct AxisTick {
    /// An SVG/CSS percentage of the track.
    pub x: String,
    pub label: String,
    pub class: &'static str,
}

/// The table of some figures: the accessible form of the chart.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TableView {
    /// One row per figure, in the order asked for.
    pub rows: Vec<TableRow>,
}

/// One figure's row in the table.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TableRow {
    pub id: String,
    pub shown: bool,
    /// Digits and unit: "1.200.000 Soldaten".
    pub number: String,
    /// Kind and label: "bereits verlegt: nach Wladiwostok verlegt".
    pub kind: String,
    /// The name of the source whose claim states the figure.
    pub source: String,
    /// The share of the whole ("1 %"), or "–" without a whole.
    pub share: String,
    /// Why the lenses set it aside, or that it meets them ("erfüllt").
    pub criteria: String,
}

/// The story's figures named in `ids`, in that order; ids the story lacks are skipped.
pub fn figures_named<'a>(story: &'a Story, ids: &[String]) -> Vec<&'a Figure> {
    ids.iter().filter_map(|id| story.figure(id)).collect()
}

/// The name of the source whose claim states `figure` (empty when the story lacks it).
fn source_name<'a>(story: &'a Story, figure: &Figure) -> Option<&'a Text> {
    story
        .claim(&figure.claim)
        .and_then(|claim| story.source(&claim.source))
        .map(|source| &source.name)
}

fn source_text<'a>(story: &'a Story, figure: &Figure, lang: Lang) -> &'a str {
    source_name(story, figure)
        .map(|name| story::text(name, lang.code()))
        .unwrap_or("")
}

/// "Ausgeblendet durch: Ohne Kriegsparteien" / "Set aside by: …" for a figure a lens set
/// aside, naming every lens that did; `None` when the figure is shown.
pub fn set_aside_reason(story: &Story, verdict: &Verdict, lang: Lang) -> Option<String> {
    if verdict.shown {
        return None;
    }
    let labels: Vec<&str> = lens::reasons(story, verdict)
        .into_iter()
        .map(|lens| story::text(&lens.label, lang.code()))
        .collect();
    Some([ui(lang).set_aside_by, ": ", &labels.join(", ")].concat())
}

/// The chart of the figures `ids` (in that order; ids the story lacks are skipped) in
/// `mode` and `lang`, with each figure's verdict from `outcome`.
pub fn chart(
    story: &Story,
    ids: &[String],
    lang: Lang,
    mode: ChartMode,
    outcome: &LensOutcome,
) -> ChartView {
    let t = ui(lang);
    let figures = figures_named(story, ids);
    let geometry = figures::chart(&figures, mode);
    let mut items: Vec<String> = Vec::with_capacity(figures.len());
    // `figures::chart` keeps one bar per figure, in input order.
    let marks = figures
        .iter()
        .zip(&geometry.bars)
        .map(|(figure, bar)| {
            let verdict = outcome.figure(&figure.id);
            let number = format_count(bar.value, lang);
            let unit = ui_text::unit(lang, figure.unit);
            let kind = ui_text::figure_kind(lang, figure.kind);
            let source = source_text(story, figure, lang);
            let reason = set_aside_reason(story, &verdict, lang);

            let mut item = [&number, " ", unit, ", ", kind, " (", source, ")"].concat();
            let mut notes = Vec::new();
            if mode == ChartMode::AgainstWhole && !bar.is_whole {
                if let Some(share) = bar.share_of_whole {
                    let text = [&format_percent(share, lang), " ", t.share_of_army].concat();
                    notes.push(note("chart-note chart-share", text));
                }
            }
            if bar.off_scale {
                notes.push(note(
                    "chart-note chart-off-scale",
                    ["⟩⟩ ", t.off_scale].concat(),
                ));
            }
            if bar.too_small_to_see {
                notes.push(note("chart-note chart-too-small", t.too_small.to_owned()));
            }
            if let Some(reason) = reason {
                item.push_str(" – ");
                item.push_str(&reason);
                notes.push(note("chart-note chart-set-aside", reason));
            }
            items.push(item);

            ChartMark {
                id: figure.id.clone(),
                shown: verdict.shown,
                number,
                unit,
                label: story::text(&figure.label, lang.code()).to_owned(),
                kind,
                source: [t.col_source, ": ", source].concat(),
                bar: BarShape {
                    width: figures::bar_width(bar),
                    stub: bar.too_small_to_see,
                    whole: bar.is_whole,
                    break_at: bar.off_scale.then(|| css_percent(BREAK_AT)),
                },
                notes,
            }
        })
        .collect();

    let positions = geometry
        .ticks
        .iter()
        .map(|tick| css_percent(geometry.position(*tick)));
    let last = geometry.ticks.len().saturating_sub(1);
    let ticks: Vec<AxisTick> = positions
        .zip(&geometry.ticks)
        .enumerate()
        .map(|(i, (x, tick))| AxisTick {
            x,
            label: format_count(*tick, lang),
            class: if i == 0 {
                "chart-tick-label is-first"
            } else if i == last {
                "chart-tick-label is-last"
            } else {
                "chart-tick-label is-inner"
            },
        })
        .collect();
    let grid = ticks.iter().skip(1).map(|tick| tick.x.clone()).collect();

    let summary = [
        t.chart_heading,
        ", ",
        ui_text::chart_mode(lang, mode),
        ": ",
        &items.join("; "),
    ]
    .concat();

    ChartView {
        marks,
        grid,
        ticks,
        summary,
    }
}

fn note(class: &'static str, text: String) -> Note {
    Note { class, text }
}

/// The table of the figures `ids` (in that order; ids the story lacks are skipped) in
/// `lang`, with each figure's verdict from `outcome`. Shares of the whole do not depend on
/// the chart's mode.
pub fn table(story: &Story, ids: &[String], lang: Lang, outcome: &LensOutcome) -> TableView {
    let t = ui(lang);
    let figures = figures_named(story, ids);
    let whole = figures::whole(&figures);
    let rows = figures
        .iter()
        .map(|figure| {
            let verdict = outcome.figure(&figure.id);
            let value = figure.count();
            TableRow {
                id: figure.id.clone(),
                shown: verdict.shown,
                number: [
                    format_digits(value, lang).as_str(),
                    " ",
                    ui_text::unit(lang, figure.unit),
                ]
                .concat(),
                kind: [
                    ui_text::figure_kind(lang, figure.kind),
                    ": ",
                    story::text(&figure.label, lang.code()),
                ]
                .concat(),
                source: source_text(story, figure, lang).to_owned(),
                share: match figures::share_of_whole(value, whole) {
                    Some(share) => format_percent(share, lang),
                    None => "–".to_owned(),
                },
                criteria: set_aside_reason(story, &verdict, lang)
                    .unwrap_or_else(|| t.shown.to_owned()),
            }
        })
        .collect();
    TableView { rows }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::figures::MIN_STUB_PX;
    use crate::story::locale::NBSP;
    use crate::story::present::test_stories::{bundled, mini};

    fn ids(list: &[&str]) -> Vec<String> {
        list.iter().map(|id| id.to_string()).collect()
    }

    fn all(story: &Story) -> Vec<String> {
        story.figures.iter().map(|f| f.id.clone()).collect()
    }

    fn lenses(story: &Story, active: &[&str]) -> LensOutcome {
        lens::apply(story, &ids(active))
    }

    fn nb(s: &str) -> String {
        s.replace('~', &NBSP.to_string())
    }

    fn mark<'a>(view: &'a ChartView, id: &str) -> &'a ChartMark {
        view.marks.iter().find(|m| m.id == id).unwrap()
    }

    fn row<'a>(view: &'a TableView, id: &str) -> &'a TableRow {
        view.rows.iter().find(|r| r.id == id).unwrap()
    }

    fn notes(mark: &ChartMark) -> Vec<(&str, &str)> {
        mark.notes
            .iter()
            .map(|n| (n.class, n.text.as_str()))
            .collect()
    }

    fn chart_of(story: &Story, lang: Lang, mode: ChartMode, active: &[&str]) -> ChartView {
        chart(story, &all(story), lang, mode, &lenses(story, active))
    }

    #[test]
    fn german_marks_count_the_way_germans_write_numbers() {
        let story = bundled();
        let view = chart_of(&story, Lang::De, ChartMode::Compared, &[]);
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
    fn english_marks_count_the_way_english_writes_numbers() {
        let story = bundled();
        let view = chart_of(&story, Lang::En, ChartMode::Compared, &[]);
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
            Lang::De,
            ChartMode::Compared,
            &lenses(&story, &[]),
        );
        let order: Vec<&str> = view.marks.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(order, ["whole-army", "moved"]);
        let table = table(
            &story,
            &ids(&["whole-army", "nonsense", "moved"]),
            Lang::De,
            &lenses(&story, &[]),
        );
        let order: Vec<&str> = table.rows.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(order, ["whole-army", "moved"]);
    }

    #[test]
    fn against_the_whole_army_each_bar_but_the_army_notes_its_share() {
        let story = bundled();
        let compared = chart_of(&story, Lang::De, ChartMode::Compared, &[]);
        assert!(compared
            .marks
            .iter()
            .all(|m| m.notes.iter().all(|n| n.class != "chart-note chart-share")));

        let whole = chart_of(&story, Lang::De, ChartMode::AgainstWhole, &[]);
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

        let english = chart_of(&story, Lang::En, ChartMode::AgainstWhole, &[]);
        assert_eq!(
            notes(mark(&english, "planned-total")),
            [("chart-note chart-share", "1% of the army")]
        );
    }

    #[test]
    fn compared_the_army_is_broken_off_the_scale_and_the_dead_are_a_labelled_stub() {
        let story = bundled();
        let view = chart_of(&story, Lang::De, ChartMode::Compared, &[]);
        let army = mark(&view, "whole-army");
        assert_eq!(army.bar.break_at.as_deref(), Some("86.000%"));
        assert!(army.bar.whole);
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
        assert!(!moved.bar.stub && !moved.bar.whole && moved.bar.break_at.is_none());
        assert!(moved.notes.is_empty());

        let whole = chart_of(&story, Lang::De, ChartMode::AgainstWhole, &[]);
        let army = mark(&whole, "whole-army");
        assert_eq!(army.bar.break_at, None);
        assert!(army.notes.is_empty());
        assert_eq!(mark(&whole, "planned-total").bar.width, "1.000%");
    }

    #[test]
    fn the_axis_is_linear_from_zero_in_the_readers_numbers() {
        let story = bundled();
        let view = chart_of(&story, Lang::De, ChartMode::Compared, &[]);
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

        let whole = chart_of(&story, Lang::De, ChartMode::AgainstWhole, &[]);
        assert_eq!(
            whole.ticks.last().map(|t| t.label.clone()),
            Some(nb("1,2~Millionen"))
        );
        let english = chart_of(&story, Lang::En, ChartMode::Compared, &[]);
        assert_eq!(english.ticks[1].label, "2,000");
    }

    #[test]
    fn a_chart_of_nothing_has_no_marks_ticks_or_grid() {
        let story = bundled();
        for mode in ChartMode::ALL {
            let view = chart(
                &story,
                &ids(&["nonsense"]),
                Lang::En,
                mode,
                &lenses(&story, &[]),
            );
            assert!(view.marks.is_empty() && view.ticks.is_empty() && view.grid.is_empty());
            assert!(
                view.summary.starts_with("The numbers compared, "),
                "{}",
                view.summary
            );
        }
        let table = table(&story, &[], Lang::En, &lenses(&story, &[]));
        assert!(table.rows.is_empty());
    }

    #[test]
    fn a_lens_turns_a_mark_into_a_ghost_with_its_reason() {
        let story = bundled();
        let view = chart_of(&story, Lang::De, ChartMode::Compared, &["no-parties"]);
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
            Lang::En,
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
        let view = chart_of(&story, Lang::En, ChartMode::Compared, &[]);
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

        let whole = chart_of(&story, Lang::En, ChartMode::AgainstWhole, &["no-parties"]);
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
        let de = table(&story, &all(&story), Lang::De, &none);
        assert_eq!(row(&de, "whole-army").number, "1.200.000 Soldaten");
        assert_eq!(row(&de, "moved").number, "1.500 Soldaten");
        assert_eq!(row(&de, "planned-total").share, nb("1~%"));
        let en = table(&story, &all(&story), Lang::En, &none);
        assert_eq!(row(&en, "whole-army").number, "1,200,000 soldiers");
        assert_eq!(row(&en, "planned-total").share, "1%");
        assert_eq!(row(&en, "whole-army").share, "100%");
    }

    #[test]
    fn table_rows_say_kind_label_source_share_and_criteria() {
        let story = bundled();
        let view = table(&story, &all(&story), Lang::En, &lenses(&story, &[]));
        let killed = row(&view, "killed");
        assert_eq!(killed.number, "6 dead");
        assert_eq!(
            killed.kind,
            "killed: North Koreans among those killed in a missile strike in the Donetsk region"
        );
        assert_eq!(killed.source, "Ukrainian media");
        assert_eq!(killed.share, "0.0005%");
        assert_eq!(killed.criteria, "met");
        assert!(view.rows.iter().all(|r| r.shown && r.criteria == "met"));

        let set_aside = table(
            &story,
            &all(&story),
            Lang::En,
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
        let view = table(&story, &all(&story), Lang::De, &none);
        let whole = chart_of(&story, Lang::De, ChartMode::AgainstWhole, &[]);
        for r in &view.rows {
            if r.id == "whole-army" {
                continue;
            }
            let share = [r.share.as_str(), " der Armee"].concat();
            assert!(
                mark(&whole, &r.id).notes.iter().any(|n| n.text == share),
                "{}: {share}",
                r.id
            );
        }
        // Without the whole army among them, figures have no share.
        let partial = table(&story, &ids(&["moved", "killed"]), Lang::De, &none);
        assert!(partial.rows.iter().all(|r| r.share == "–"));
    }

    #[test]
    fn mini_story_marks_and_rows_name_their_sources() {
        let story = mini();
        let view = chart_of(&story, Lang::De, ChartMode::AgainstWhole, &["evidence"]);
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
            Lang::En,
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
        assert_eq!(row(&table, "prepared").share, "–");
    }

    #[test]
    fn a_figure_whose_claim_or_source_is_missing_names_no_source() {
        let mut story = mini();
        story.figures[0].claim = "nonsense".into();
        let view = chart_of(&story, Lang::En, ChartMode::Compared, &[]);
        assert_eq!(view.marks[0].source, "Source: ");
        let table = table(&story, &all(&story), Lang::En, &lenses(&story, &[]));
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
        for lang in Lang::ALL {
            for mode in ChartMode::ALL {
                for active in &lens_sets {
                    let outcome = lenses(&story, active);
                    let view = chart(&story, &ids, lang, mode, &outcome);
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
        assert_eq!(set_aside_reason(&story, &Verdict::shown(), Lang::De), None);
        let verdict = lenses(&story, &["no-parties", "evidence"]).figure("killed");
        assert_eq!(
            set_aside_reason(&story, &verdict, Lang::De).as_deref(),
            Some("Ausgeblendet durch: Nur mit veröffentlichten Belegen, Ohne Kriegsparteien")
        );
    }
}
