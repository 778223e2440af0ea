//! The figures compared: one bar per figure on a LINEAR scale from zero, bound to the
//! view model `story::present::figures::chart` (no chart library), with a switch between "the
//! claims compared" and one mode against each of the story's reference figures, and the same
//! data as a table (`FigureTable`).
//!
//! Layout: each figure is one row (`data-figure`, `data-shown`): its number, label, kind and
//! source as HTML text, which wraps and stays readable from 320 px to 1200 px, over a small
//! inline `<svg>` track with the bar. Bar lengths are percentages of the track, so the svg
//! never scales text. The visual chart is one `role="img"` with a summary as its name; the
//! table is the accessible data and is always in the DOM (visually hidden unless the reader
//! asks for it; then the chart is `hidden`).
use leptos::prelude::*;

use super::label;

use super::figure_table::FigureTable;
use crate::state::Action;
use crate::story::figures::modes;
use crate::story::present::figures::{chart, mode_label, BarShape, ChartMark, ChartView};
use crate::story::quantity::Reach;
use crate::story::ui_text::ui;
use crate::{use_story, StoryContexts};

// SVG lengths are written as text: formatting floats at run time costs kilobytes of wasm.
/// Height of one bar track in CSS pixels.
const TRACK_HEIGHT: &str = "28";
/// Vertical inset of a bar within its track.
const BAR_INSET: &str = "5";
/// The bar's height: the track less the inset above and below.
const BAR_HEIGHT: &str = "18";
/// The bar's middle, where a range's span runs.
const BAR_MIDDLE: &str = "14";

/// The chart for the figures `figures` (ids, in the order to draw them).
#[component]
pub fn FigureChart(figures: Vec<String>) -> impl IntoView {
    let Some(StoryContexts {
        story,
        reader,
        verdicts,
    }) = use_story()
    else {
        return ().into_any();
    };
    let lang = reader.lang;
    // One view model for every part of the chart; its marks are fixed by `figures`, so
    // they are a plain list whose parts follow the model.
    let model = {
        let (story, ids) = (story.clone(), figures.clone());
        Memo::new_with_compare(
            move |_| {
                let mode = reader.chart.get();
                verdicts.with(|outcome| chart(&story, &ids, lang.get(), &mode, outcome))
            },
            super::recomputed,
        )
    };
    let marks = model.with_untracked(|v| {
        v.marks
            .iter()
            .enumerate()
            .map(|(index, m)| mark(model, index, m.id.clone()))
            .collect_view()
    });

    view! {
        <div class="figure-chart">
            <h3>{label(lang, |t| t.chart_heading)}</h3>
            <div class="chart-controls">
                <div class="chart-modes" role="group" aria-label=label(lang, |t| t.chart_mode)>
                    // One button per mode of the story: the claims compared, then each reference.
                    {modes(&story)
                        .into_iter()
                        .map(|mode| {
                            let story = story.clone();
                            let name = mode.as_str().to_owned();
                            let pressed = mode.clone();
                            let words = (story.clone(), mode.clone());
                            view! {
                                <button
                                    type="button"
                                    class="chart-mode"
                                    data-mode=name
                                    aria-pressed=move || reader.chart.with(|now| *now == pressed).to_string()
                                    on:click=move |_| reader.dispatch(&story, Action::SetChart(mode.clone()))
                                >
                                    {Signal::derive(move || mode_label(&words.0, &words.1, lang.get()).to_owned())}
                                </button>
                            }
                        })
                        .collect_view()}
                </div>
                <button
                    type="button"
                    class="chart-table-toggle"
                    aria-pressed=move || reader.show_table.get().to_string()
                    on:click=move |_| reader.dispatch(&story, Action::ToggleTable)
                >
                    {label(lang, |t| t.show_table)}
                </button>
            </div>
            <div
                class="chart-figure"
                data-mode=move || reader.chart.with(|mode| mode.as_str().to_owned())
                role="img"
                aria-label=move || model.with(|v| v.summary.clone())
                hidden=move || reader.show_table.get()
            >
                {marks}
                {move || axis(model)}
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

/// A text of the mark at `index` that follows the view model.
fn mark_text(model: Memo<ChartView>, index: usize, pick: fn(&ChartMark) -> &str) -> Signal<String> {
    super::item_text(model, |v| &v.marks, index, pick)
}

/// One figure's row: its text, its bar, and the notes that keep the bar honest.
fn mark(model: Memo<ChartView>, index: usize, id: String) -> impl IntoView {
    let shown = move || model.with(|v| v.marks.get(index).is_some_and(|m| m.shown));
    view! {
        <div
            class="chart-mark"
            class:is-ghost=move || !shown()
            data-figure=id
            data-shown=move || shown().to_string()
        >
            <p class="chart-value">
                <span class="chart-number">{mark_text(model, index, |m| &m.number)}</span>
                " "
                <span class="chart-unit">{mark_text(model, index, |m| &m.unit)}</span>
            </p>
            <p class="chart-label">{mark_text(model, index, |m| &m.label)}</p>
            <p class="chart-meta">
                <span class="chart-kind">{mark_text(model, index, |m| &m.kind)}</span>
                " · "
                <span class="chart-source">{mark_text(model, index, |m| &m.source)}</span>
            </p>
            <svg
                class="chart-track"
                width="100%"
                height=TRACK_HEIGHT
                aria-hidden="true"
                focusable="false"
            >
                {move || {
                    model.with(|v| {
                        v.grid
                            .iter()
                            .map(|x| {
                                view! {
                                    <line class="chart-grid" x1=x.clone() x2=x.clone() y1="0" y2=TRACK_HEIGHT />
                                }
                            })
                            .collect_view()
                    })
                }}
                <g class="chart-bar">
                    {move || model.with(|v| v.marks.get(index).map(|m| bar_shape(&m.bar)))}
                </g>
            </svg>
            <p class="chart-notes">
                {move || {
                    model.with(|v| {
                        v.marks
                            .get(index)
                            .map(|m| {
                                m.notes
                                    .iter()
                                    .map(|note| {
                                        view! { <span class=note.class>{note.text.clone()}</span> }
                                    })
                                    .collect_view()
                            })
                    })
                }}
            </p>
        </div>
    }
}

/// The drawn bar: a proportional rect, a stub for a bar too small to see, or a bar broken
/// near its end when it lies far off the scale; a qualified number's bar ends the way the
/// number reaches (see [`end_marks`]).
fn bar_shape(bar: &BarShape) -> impl IntoView {
    let broken = bar.break_at.clone().map(|x| {
        // A zig-zag gap: the bar continues far beyond the track.
        let gap = "3,0 9,7 3,14 9,21 3,28 11,28 17,21 11,14 17,7 11,0";
        let edge_a = "3,0 9,7 3,14 9,21 3,28";
        let edge_b = "11,0 17,7 11,14 17,21 11,28";
        view! {
            <svg
                class="chart-break"
                x=x
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
            class:is-stub=bar.stub
            class:is-reference=bar.reference
            class:is-bound=bar.reach == Reach::UpperBound
            x="0"
            y=BAR_INSET
            width=bar.width.clone()
            height=BAR_HEIGHT
        />
        {end_marks(bar)}
        {broken}
    }
}

/// What tells a qualified number's bar from an exact one, as the view model lays it out: a
/// line along the bar's middle and a small shape placed on the track.
fn end_marks(bar: &BarShape) -> impl IntoView {
    let marks = &bar.end_marks;
    let line = marks.line.as_ref().map(|l| {
        view! { <line class=l.class x1=l.x1.clone() x2=l.x2.clone() y1=BAR_MIDDLE y2=BAR_MIDDLE /> }
    });
    let tip = marks.tip.as_ref().map(|t| {
        view! {
            <svg x=t.x.clone() y="0" width="1" height=TRACK_HEIGHT overflow="visible">
                <path class=t.class d=t.d />
            </svg>
        }
    });
    (line, tip)
}

/// The linear axis under the bars: tick marks and their numbers.
fn axis(model: Memo<ChartView>) -> impl IntoView {
    model.with(|v| {
        view! {
            <div class="chart-axis">
                <svg class="chart-axis-line" width="100%" height="8" aria-hidden="true" focusable="false">
                    <line class="chart-axis-base" x1="0" x2="100%" y1="0.5" y2="0.5" />
                    {v.ticks
                        .iter()
                        .map(|tick| view! { <line class="chart-tick" x1=tick.x.clone() x2=tick.x.clone() y1="0" y2="8" /> })
                        .collect_view()}
                </svg>
                <div class="chart-tick-labels">
                    {v.ticks
                        .iter()
                        .map(|tick| {
                            view! {
                                <span class=tick.class style:left=tick.x.clone()>
                                    {tick.label.clone()}
                                </span>
                            }
                        })
                        .collect_view()}
                </div>
            </div>
        }
    })
}
