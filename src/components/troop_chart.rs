//! The troop-number comparison: one bar per figure on a LINEAR scale from zero, drawn from
//! `story::figures::chart` (no chart library), with a switch between "the claims compared"
//! and "against the whole army", and the same data as a table (`FigureTable`).
//!
//! Layout: each figure is one row (`data-figure`, `data-shown`): its number, label, kind and
//! source as HTML text, which wraps and stays readable from 320 px to 1200 px, over a small
//! inline `<svg>` track with the bar. Bar lengths are percentages of the track, so the svg
//! never scales text. The visual chart is one `role="img"` with a summary as its name; the
//! table is the accessible data and is always in the DOM (visually hidden unless the reader
//! asks for it; then the chart is `hidden`).
use leptos::prelude::*;

use super::label;

use super::figure_table::{figure_rows, set_aside_reason, story_figures, FigureRow, FigureTable};
use crate::state::ReaderState;
use crate::story::figures::{self, css_percent as percent, Bar, ChartGeometry, ChartMode};
use crate::story::locale::{format_count, format_percent, Lang};
use crate::story::ui_text::{self, ui};
use crate::story::{self, Story};

// SVG lengths are written as text: formatting floats at run time costs kilobytes of wasm.
/// Height of one bar track in CSS pixels.
const TRACK_HEIGHT: &str = "28";
/// Vertical inset of a bar within its track.
const BAR_INSET: &str = "5";
/// The bar's height: the track less the inset above and below.
const BAR_HEIGHT: &str = "18";
/// Where the break of an off-scale bar sits, as a fraction of the track.
const BREAK_AT: f64 = 0.86;
/// [`figures::MIN_STUB_PX`] as an SVG length.
const MIN_STUB: &str = "2";

/// The chart for the figures `figures` (ids, in the order to draw them).
#[component]
pub fn TroopChart(figures: Vec<String>) -> impl IntoView {
    let Some((story, reader, verdicts)) = crate::story_contexts() else {
        return ().into_any();
    };
    let lang = reader.lang;
    let rows = figure_rows(&story, &figures);

    let geometry = {
        let story = story.clone();
        let ids = figures.clone();
        Memo::new(move |_| figures::chart(&story_figures(&story, &ids), reader.chart.get()))
    };

    let summary = {
        let story = story.clone();
        let rows = rows.clone();
        move || {
            let lang = lang.get();
            verdicts.with(|outcome| {
                chart_summary(&story, &rows, reader.chart.get(), lang, |id| {
                    outcome.figure(id)
                })
            })
        }
    };

    let mark_view = {
        let story = story.clone();
        move |row: FigureRow| mark(story.clone(), row, geometry, reader, verdicts)
    };
    let each_row = rows.clone();

    view! {
        <div class="troop-chart">
            <h3>{label(lang, |t| t.chart_heading)}</h3>
            <div class="chart-controls">
                <div class="chart-modes" role="group" aria-label=label(lang, |t| t.chart_mode)>
                    {ChartMode::ALL
                        .into_iter()
                        .map(|mode| {
                            view! {
                                <button
                                    type="button"
                                    class="chart-mode"
                                    data-mode=mode.as_str()
                                    aria-pressed=move || (reader.chart.get() == mode).to_string()
                                    on:click=move |_| reader.chart.set(mode)
                                >
                                    {Signal::derive(move || ui_text::chart_mode(lang.get(), mode))}
                                </button>
                            }
                        })
                        .collect_view()}
                </div>
                <button
                    type="button"
                    class="chart-table-toggle"
                    aria-pressed=move || reader.show_table.get().to_string()
                    on:click=move |_| reader.show_table.update(|shown| *shown = !*shown)
                >
                    {label(lang, |t| t.show_table)}
                </button>
            </div>
            <div
                class="chart-figure"
                data-mode=move || reader.chart.get().as_str()
                role="img"
                aria-label=summary
                hidden=move || reader.show_table.get()
            >
                <For each=move || each_row.clone() key=|row: &FigureRow| row.id.clone() children=mark_view />
                {move || axis(geometry, lang)}
            </div>
            // Shown, the table may scroll sideways on a narrow screen: then it is a named,
            // focusable region so keyboard users can scroll it; hidden, it is neither.
            <div
                class="chart-table"
                class:visually-hidden=move || !reader.show_table.get()
                role=move || reader.show_table.get().then_some("region")
                aria-label=move || reader.show_table.get().then(|| ui(lang.get()).chart_heading)
                tabindex=move || reader.show_table.get().then_some("0")
            >
                <FigureTable figures=figures />
            </div>
        </div>
    }
    .into_any()
}

/// One figure's row: its text, its bar, and the notes that keep the bar honest.
fn mark(
    story: std::sync::Arc<Story>,
    row: FigureRow,
    geometry: Memo<ChartGeometry>,
    reader: ReaderState,
    verdicts: Memo<crate::story::lens::LensOutcome>,
) -> impl IntoView {
    let lang = reader.lang;
    let bar = {
        let id = row.id.clone();
        Memo::new(move |_| geometry.with(|g| g.bars.iter().find(|b| b.figure == id).cloned()))
    };
    let verdict = {
        let id = row.id.clone();
        Memo::new(move |_| verdicts.with(|outcome| outcome.figure(&id)))
    };
    let shown = move || verdict.with(|v| v.shown);
    let FigureRow {
        id,
        value,
        unit,
        kind,
        label,
        source,
    } = row;
    let ticks = move || geometry.with(tick_positions);

    view! {
        <div
            class="chart-mark"
            class:is-ghost=move || !shown()
            data-figure=id
            data-shown=move || shown().to_string()
        >
            <p class="chart-value">
                <span class="chart-number">{move || format_count(value, lang.get())}</span>
                " "
                <span class="chart-unit">{Signal::derive(move || ui_text::unit(lang.get(), unit))}</span>
            </p>
            <p class="chart-label">{move || story::text(&label, lang.get().code()).to_owned()}</p>
            <p class="chart-meta">
                <span class="chart-kind">{Signal::derive(move || ui_text::figure_kind(lang.get(), kind))}</span>
                " · "
                <span class="chart-source">
                    {move || {
                        let lang = lang.get();
                        [ui(lang).col_source, ": ", story::text(&source, lang.code())].concat()
                    }}
                </span>
            </p>
            <svg
                class="chart-track"
                width="100%"
                height=TRACK_HEIGHT
                aria-hidden="true"
                focusable="false"
            >
                {move || {
                    ticks()
                        .into_iter()
                        .map(|x| {
                            view! {
                                <line class="chart-grid" x1=x.clone() x2=x y1="0" y2=TRACK_HEIGHT />
                            }
                        })
                        .collect_view()
                }}
                <g class="chart-bar">{move || bar.get().map(bar_shape)}</g>
            </svg>
            <p class="chart-notes">
                {move || {
                    let lang = lang.get();
                    let mode = geometry.with(|g| g.mode);
                    let mut notes = bar.with(|b| b.as_ref().map(|b| bar_notes(b, mode, lang)))
                        .unwrap_or_default();
                    if let Some(reason) = verdict.with(|v| set_aside_reason(&story, v, lang)) {
                        notes.push(("chart-note chart-set-aside", reason));
                    }
                    notes
                        .into_iter()
                        .map(|(class, text)| view! { <span class=class>{text}</span> })
                        .collect_view()
                }}
            </p>
        </div>
    }
}

/// The drawn bar: a proportional rect, a stub for a bar too small to see, or a bar broken
/// near its end when it lies far off the scale.
fn bar_shape(bar: Bar) -> impl IntoView {
    let width = if bar.too_small_to_see {
        // A non-zero bar shorter than a pixel or two: a stub, labelled in the notes.
        MIN_STUB.to_owned()
    } else {
        percent(bar.fraction)
    };
    let broken = bar.off_scale.then(|| {
        // A zig-zag gap: the bar continues far beyond the track.
        let gap = "3,0 9,7 3,14 9,21 3,28 11,28 17,21 11,14 17,7 11,0";
        let edge_a = "3,0 9,7 3,14 9,21 3,28";
        let edge_b = "11,0 17,7 11,14 17,21 11,28";
        view! {
            <svg
                class="chart-break"
                x=percent(BREAK_AT)
                y="0"
                width="20"
                height=TRACK_HEIGHT
                overflow="visible"
            >
                <polygon class="chart-break-gap" points=gap />
                <polyline class="chart-break-edge" points=edge_a />
                <polyline class="chart-break-edge" points=edge_b />
            </svg>
        }
    });
    view! {
        <rect
            class="chart-bar-shape"
            class:is-stub=bar.too_small_to_see
            class:is-whole=bar.is_whole
            x="0"
            y=BAR_INSET
            width=width
            height=BAR_HEIGHT
        />
        {broken}
    }
}

/// The notes under a bar: its share of the army (against the whole), "off the scale",
/// "too small to see at this scale".
fn bar_notes(bar: &Bar, mode: ChartMode, lang: Lang) -> Vec<(&'static str, String)> {
    let t = ui(lang);
    let mut notes = Vec::new();
    if mode == ChartMode::AgainstWhole && !bar.is_whole {
        if let Some(share) = bar.share_of_whole {
            notes.push((
                "chart-note chart-share",
                [format_percent(share, lang).as_str(), " ", t.share_of_army].concat(),
            ));
        }
    }
    if bar.off_scale {
        notes.push(("chart-note chart-off-scale", ["⟩⟩ ", t.off_scale].concat()));
    }
    if bar.too_small_to_see {
        notes.push(("chart-note chart-too-small", t.too_small.to_owned()));
    }
    notes
}

/// The linear axis under the bars: tick marks and their numbers.
fn axis(geometry: Memo<ChartGeometry>, lang: RwSignal<Lang>) -> impl IntoView {
    let lang = lang.get();
    let ticks: Vec<(String, String)> = geometry.with(|g| {
        g.ticks
            .iter()
            .map(|tick| (percent(g.position(*tick)), format_count(*tick, lang)))
            .collect()
    });
    let last = ticks.len().saturating_sub(1);
    view! {
        <div class="chart-axis">
            <svg class="chart-axis-line" width="100%" height="8" aria-hidden="true" focusable="false">
                <line class="chart-axis-base" x1="0" x2="100%" y1="0.5" y2="0.5" />
                {ticks
                    .iter()
                    .map(|(x, _)| view! { <line class="chart-tick" x1=x.clone() x2=x.clone() y1="0" y2="8" /> })
                    .collect_view()}
            </svg>
            <div class="chart-tick-labels">
                {ticks
                    .into_iter()
                    .enumerate()
                    .map(|(i, (x, label))| {
                        let edge = if i == 0 {
                            "is-first"
                        } else if i == last {
                            "is-last"
                        } else {
                            "is-inner"
                        };
                        view! {
                            <span class=["chart-tick-label ", edge].concat() style:left=x>
                                {label}
                            </span>
                        }
                    })
                    .collect_view()}
            </div>
        </div>
    }
}

/// The x positions (as SVG percentages) of the grid lines inside each track.
fn tick_positions(geometry: &ChartGeometry) -> Vec<String> {
    geometry
        .ticks
        .iter()
        .skip(1)
        .map(|tick| percent(geometry.position(*tick)))
        .collect()
}

/// The accessible name of the visual chart: its mode and every figure with its kind and
/// source, and the reason when a lens set it aside. The table carries the full data.
fn chart_summary(
    story: &Story,
    rows: &[FigureRow],
    mode: ChartMode,
    lang: Lang,
    verdict_of: impl Fn(&str) -> crate::story::lens::Verdict,
) -> String {
    let t = ui(lang);
    let items: Vec<String> = rows
        .iter()
        .map(|row| {
            let mut item = [
                format_count(row.value, lang).as_str(),
                " ",
                ui_text::unit(lang, row.unit),
                ", ",
                ui_text::figure_kind(lang, row.kind),
                " (",
                story::text(&row.source, lang.code()),
                ")",
            ]
            .concat();
            if let Some(reason) = set_aside_reason(story, &verdict_of(&row.id), lang) {
                item.push_str(" – ");
                item.push_str(&reason);
            }
            item
        })
        .collect();
    [
        t.chart_heading,
        ", ",
        ui_text::chart_mode(lang, mode),
        ": ",
        &items.join("; "),
    ]
    .concat()
}
