//! What the figure chart and its table show, as ready-to-show values in the reader's
//! language: every mark's number, label, bar and notes, the axis, the chart's accessible
//! summary, and the table's rows. The components only bind these values.

use crate::story::figures::{self, css_percent, Bar, ChartMode};
use crate::story::lens::{self, LensOutcome, Verdict};
use crate::story::locale::{format_count, format_digits, is_singular, words_before_unit, Lang};
use crate::story::quantity::{self, Reach};
use crate::story::ui_text::ui;
use crate::story::{self, term, Figure, Story, Text};

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
    /// The story's unit, singular or plural as the count asks.
    pub unit: String,
    pub label: String,
    /// The story's kind of figure ("bereits verlegt").
    pub kind: String,
    /// "Quelle: NIS" / "Source: NIS".
    pub source: String,
    pub bar: BarShape,
    /// The notes under the bar, in order: share of the reference (or why it has none), off
    /// the scale, too small to see, set aside by which lenses.
    pub notes: Vec<Note>,
}

/// How a bar is drawn on its track.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BarShape {
    /// An SVG length: a percentage of the track, or a stub in pixels.
    pub width: String,
    /// Too small to see at this scale: drawn as a stub, labelled in the notes.
    pub stub: bool,
    /// A reference figure, of which the others are shares.
    pub reference: bool,
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
    /// The headings of the share columns, one per reference of the story, in its words;
    /// none without references.
    pub share_columns: Vec<String>,
    /// One row per figure, in the order asked for.
    pub rows: Vec<TableRow>,
}

/// One figure's row in the table.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TableRow {
    pub id: String,
    pub shown: bool,
    /// Digits (in the qualifier's words) and the story's unit: "1.200.000 Soldaten",
    /// "rund 5.000 Soldaten".
    pub number: String,
    /// Kind and label: "bereits verlegt: nach Wladiwostok verlegt".
    pub kind: String,
    /// The name of the source whose claim states the figure.
    pub source: String,
    /// Its share of each reference ("1 %", "rund 1 %"), in the order of `share_columns`;
    /// why a figure that says no single number has none ("kein Anteil: nach oben offen");
    /// "–" when the reference is not among the figures.
    pub shares: Vec<String>,
    /// Why the lenses set it aside, or that it meets them ("erfüllt").
    pub criteria: String,
}

/// The words of a chart mode: the UI's for the claims compared, the story's for a reference.
pub fn mode_label<'a>(story: &'a Story, mode: &'a ChartMode, lang: Lang) -> &'a str {
    match mode {
        ChartMode::Against(id) => story
            .reference(id)
            .map_or(id.as_str(), |r| story::text(&r.chart_mode, lang.code())),
        ChartMode::Compared => ui(lang).chart_compared,
    }
}

/// The story's unit of `figure`, in the singular or plural as a count of `value` needs; the
/// unit's id when the story lacks it.
fn unit_label<'a>(story: &'a Story, figure: &'a Figure, value: u64, lang: Lang) -> &'a str {
    story
        .unit(&figure.unit)
        .map_or(figure.unit.as_str(), |unit| {
            let words = if is_singular(value as f64, lang) {
                &unit.one
            } else {
                &unit.other
            };
            story::text(words, lang.code())
        })
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
    let t = ui(lang);
    Some([t.set_aside_by, t.colon, &labels.join(", ")].concat())
}

/// The chart of the figures `ids` (in that order; ids the story lacks are skipped) in
/// `mode` and `lang`, with each figure's verdict from `outcome`.
pub fn chart(
    story: &Story,
    ids: &[String],
    lang: Lang,
    mode: &ChartMode,
    outcome: &LensOutcome,
) -> ChartView {
    let t = ui(lang);
    let code = lang.code();
    let figures = figures_named(story, ids);
    let against = figures::against(story, mode);
    let share_of = against
        .and_then(|figure| story.reference_to(figure))
        .map_or("", |r| story::text(&r.share_of, code));
    let geometry = figures::chart(&figures, &figures::reference_figures(story), against);
    let mut items: Vec<String> = Vec::with_capacity(figures.len());
    // `figures::chart` keeps one bar per figure, in input order.
    let marks = figures
        .iter()
        .zip(&geometry.bars)
        .map(|(figure, bar)| {
            let verdict = outcome.figure(&figure.id);
            let number = quantity::phrase(figure, lang, format_count);
            let unit = unit_label(story, figure, bar.value, lang);
            // After a count in words some languages join the unit with a word ("1,2 million
            // de soldats"); the table's digits need none.
            let unit = match words_before_unit(bar.value, lang) {
                "" => unit.to_owned(),
                words => [words, " ", unit].concat(),
            };
            let kind = term(&story.figure_kinds, &figure.kind, code);
            let source = source_text(story, figure, lang);
            let reason = set_aside_reason(story, &verdict, lang);

            let mut item = [&number, " ", &unit, ", ", kind, " (", source, ")"].concat();
            let mut notes = Vec::new();
            // The geometry took the share once; a chart against no reference has none.
            if geometry.reference.is_some() && !bar.is_against {
                let share = bar.share.map(|fraction| quantity::Share {
                    fraction,
                    about: bar.share_about,
                });
                notes.push(match share_words(share, bar.reach, lang) {
                    Ok(share) => note("chart-note chart-share", [&share, " ", share_of].concat()),
                    Err(reason) => note("chart-note chart-no-share", reason.to_owned()),
                });
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
                unit: unit.to_owned(),
                label: story::text(&figure.label, code).to_owned(),
                kind: kind.to_owned(),
                source: [t.col_source, t.colon, source].concat(),
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
        mode_label(story, mode, lang),
        t.colon,
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
        reference: bar.is_reference,
        break_at: bar.off_scale.then(|| css_percent(BREAK_AT)),
        reach: bar.reach,
        span,
    }
}

fn note(class: &'static str, text: String) -> Note {
    Note { class, text }
}

/// A share in the reader's words (`Ok`: "1 %", "rund 1 %"), or, for a figure that says no
/// single number, why it has none (`Err`: "kein Anteil: nach oben offen").
fn share_words(
    share: Option<quantity::Share>,
    reach: Reach,
    lang: Lang,
) -> Result<String, &'static str> {
    match share {
        Some(share) => Ok(quantity::share_phrase(share, lang)),
        None => Err(quantity::no_share_reason(reach, lang).unwrap_or("–")),
    }
}

/// The table of the figures `ids` (in that order; ids the story lacks are skipped) in
/// `lang`, with each figure's verdict from `outcome`: one share column per reference of the
/// story, whatever the chart's mode.
pub fn table(story: &Story, ids: &[String], lang: Lang, outcome: &LensOutcome) -> TableView {
    let t = ui(lang);
    let code = lang.code();
    let figures = figures_named(story, ids);
    let references: Vec<Option<&Figure>> = story
        .references
        .iter()
        .map(|r| figures::figure_of(&figures, &r.figure))
        .collect();
    let rows = figures
        .iter()
        .map(|figure| {
            let verdict = outcome.figure(&figure.id);
            let value = figure.count();
            TableRow {
                id: figure.id.clone(),
                shown: verdict.shown,
                number: [
                    quantity::phrase(figure, lang, format_digits).as_str(),
                    " ",
                    unit_label(story, figure, value, lang),
                ]
                .concat(),
                kind: [
                    term(&story.figure_kinds, &figure.kind, code),
                    t.colon,
                    story::text(&figure.label, code),
                ]
                .concat(),
                source: source_text(story, figure, lang).to_owned(),
                shares: references
                    .iter()
                    .map(|reference| {
                        let share = reference.map(|r| quantity::share(figure, r));
                        match share.map(|share| share_words(share, figure.reach(), lang)) {
                            Some(Ok(share)) => share,
                            Some(Err(reason)) => reason.to_owned(),
                            None => "–".to_owned(),
                        }
                    })
                    .collect(),
                criteria: set_aside_reason(story, &verdict, lang)
                    .unwrap_or_else(|| t.shown.to_owned()),
            }
        })
        .collect();
    let share_columns = story
        .references
        .iter()
        .map(|r| story::text(&r.share_column, code).to_owned())
        .collect();
    TableView {
        share_columns,
        rows,
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod qualified_tests;
