//! What the figure chart and its table show, as ready-to-show values in the reader's
//! language: every mark's number, label, bar and notes, the axis, the chart's accessible
//! summary, and the table's rows. The components only bind these values.

use crate::story::figures::{self, css_percent, Bar, ChartMode};
use crate::story::lens::{self, LensOutcome, Verdict};
use crate::story::locale::{format_count, format_digits, Lang};
use crate::story::quantity::{self, Reach};
use crate::story::ui_text::{self, ui};
use crate::story::{self, Figure, Story, Text};

mod reach;
pub use reach::{EndMarks, Line, Tip};

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
    /// The count as a reader says it, in the qualifier's words: `1.500`, `1,2 Millionen`,
    /// `rund 5.000`, `2.000 bis 3.000`.
    pub number: String,
    pub unit: &'static str,
    pub label: String,
    pub kind: &'static str,
    /// "Quelle: NIS" / "Source: NIS".
    pub source: String,
    pub bar: BarShape,
    /// The notes under the bar, in order: share of the whole (or why it has none), off the
    /// scale, too small to see, set aside by which lenses.
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
    /// What the number reaches, which decides how the bar ends: exact (a plain bar), about
    /// (a soft end), open-ended (open past the value), an upper bound (an outline with a
    /// cap), a range (a bar up to the value, then the span to its upper end).
    pub reach: Reach,
    /// A range's span as SVG percentages of the track: where it starts and where it ends.
    pub span: Option<(String, String)>,
    /// What tells a qualified bar from an exact one (nothing for an exact bar).
    pub end_marks: EndMarks,
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
    /// Digits (in the qualifier's words) and unit: "1.200.000 Soldaten", "rund 5.000 Soldaten".
    pub number: String,
    /// Kind and label: "bereits verlegt: nach Wladiwostok verlegt".
    pub kind: String,
    /// The name of the source whose claim states the figure.
    pub source: String,
    /// The share of the whole ("1 %", "rund 1 %"), why a figure that says no single number
    /// has none ("kein Anteil: nach oben offen"), or "–" without a whole.
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
    let has_whole = geometry.whole.is_some();
    let mut items: Vec<String> = Vec::with_capacity(figures.len());
    // `figures::chart` keeps one bar per figure, in input order.
    let marks = figures
        .iter()
        .zip(&geometry.bars)
        .map(|(figure, bar)| {
            let verdict = outcome.figure(&figure.id);
            let number = quantity::phrase(figure, lang, format_count);
            let unit = ui_text::unit(lang, figure.unit);
            let kind = ui_text::figure_kind(lang, figure.kind);
            let source = source_text(story, figure, lang);
            let reason = set_aside_reason(story, &verdict, lang);

            let mut item = [&number, " ", unit, ", ", kind, " (", source, ")"].concat();
            let mut notes = Vec::new();
            if mode == ChartMode::AgainstWhole && !bar.is_whole {
                if let Some(share) = share_text(bar, has_whole, lang) {
                    notes.push(match share {
                        Ok(share) => note(
                            "chart-note chart-share",
                            [&share, " ", t.share_of_army].concat(),
                        ),
                        Err(reason) => note("chart-note chart-no-share", reason.to_owned()),
                    });
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
                bar: bar_shape(bar),
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

/// How a bar is drawn on its track.
fn bar_shape(bar: &Bar) -> BarShape {
    let width = figures::bar_width(bar);
    let span = bar
        .span
        .map(|span| (css_percent(span.start), css_percent(span.end)));
    BarShape {
        end_marks: reach::end_marks(bar.reach, &width, span.as_ref()),
        width,
        stub: bar.too_small_to_see,
        whole: bar.is_whole,
        break_at: bar.off_scale.then(|| css_percent(BREAK_AT)),
        reach: bar.reach,
        span,
    }
}

fn note(class: &'static str, text: String) -> Note {
    Note { class, text }
}

/// A bar's share of the whole in the reader's words (`Ok`), or why it has none (`Err`);
/// `None` when the chart has no whole to take shares of.
fn share_text(bar: &Bar, has_whole: bool, lang: Lang) -> Option<Result<String, &'static str>> {
    if !has_whole {
        return None;
    }
    let share = bar.share_of_whole.map(|fraction| quantity::Share {
        fraction,
        about: bar.share_about,
    });
    Some(match share {
        Some(share) => Ok(quantity::share_phrase(share, lang)),
        None => Err(quantity::no_share_reason(bar.reach, lang).unwrap_or("–")),
    })
}

/// The table of the figures `ids` (in that order; ids the story lacks are skipped) in
/// `lang`, with each figure's verdict from `outcome`. Shares of the whole do not depend on
/// the chart's mode.
pub fn table(story: &Story, ids: &[String], lang: Lang, outcome: &LensOutcome) -> TableView {
    let t = ui(lang);
    let figures = figures_named(story, ids);
    // Shares as the chart takes them; a table's shares do not depend on the chart's mode.
    let geometry = figures::chart(&figures, ChartMode::AgainstWhole);
    let has_whole = geometry.whole.is_some();
    let rows = figures
        .iter()
        .zip(&geometry.bars)
        .map(|(figure, bar)| {
            let verdict = outcome.figure(&figure.id);
            TableRow {
                id: figure.id.clone(),
                shown: verdict.shown,
                number: [
                    quantity::phrase(figure, lang, format_digits).as_str(),
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
                share: match share_text(bar, has_whole, lang) {
                    Some(Ok(share)) => share,
                    Some(Err(reason)) => reason.to_owned(),
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
mod tests;

#[cfg(test)]
mod qualified_tests;
