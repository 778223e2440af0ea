//! The troop figures as a real `<table>`: the accessible form of the chart, always in the
//! DOM for screen readers and shown to everyone with "Als Tabelle zeigen" / "Show as table".
//!
//! Renders only what the core computes: the shares come from `story::figures::chart`, the
//! verdicts from the `Verdicts` context, the numbers from `story::locale`.
use std::sync::Arc;

use leptos::prelude::*;

use super::label;

use crate::story::figures::{self, ChartMode};
use crate::story::lens::{self, Verdict};
use crate::story::locale::{format_digits, format_percent, Lang};
use crate::story::ui_text::{self, ui};
use crate::story::{self, Figure, FigureKind, Story, Text, Unit};

/// What the chart and the table say about one figure, looked up once from the story.
#[derive(Debug, Clone)]
pub(super) struct FigureRow {
    pub id: String,
    pub value: u64,
    pub unit: Unit,
    pub kind: FigureKind,
    pub label: Text,
    /// The name of the source whose claim states the figure (empty when the story lacks it).
    pub source: Text,
}

/// The story's figures named in `ids`, in that order; ids the story lacks are skipped.
pub(super) fn figure_rows(story: &Story, ids: &[String]) -> Vec<FigureRow> {
    ids.iter()
        .filter_map(|id| story.figure(id))
        .map(|figure| FigureRow {
            id: figure.id.clone(),
            value: figure.count(),
            unit: figure.unit,
            kind: figure.kind,
            label: figure.label.clone(),
            source: story
                .claim(&figure.claim)
                .and_then(|claim| story.source(&claim.source))
                .map(|source| source.name.clone())
                .unwrap_or_default(),
        })
        .collect()
}

/// The story's figures named in `ids`, in that order, for `figures::chart`.
pub(super) fn story_figures<'a>(story: &'a Story, ids: &[String]) -> Vec<&'a Figure> {
    ids.iter().filter_map(|id| story.figure(id)).collect()
}

/// "Ausgeblendet durch: Ohne Kriegsparteien" / "Set aside by: …" for a figure a lens set
/// aside, naming every lens that did; `None` when the figure is shown.
pub(super) fn set_aside_reason(story: &Story, verdict: &Verdict, lang: Lang) -> Option<String> {
    if verdict.shown {
        return None;
    }
    let labels: Vec<&str> = lens::reasons(story, verdict)
        .into_iter()
        .map(|lens| story::text(&lens.label, lang.code()))
        .collect();
    Some([ui(lang).set_aside_by, ": ", &labels.join(", ")].concat())
}

/// The figures `figures` (ids, in order) as a table with a caption and column headers;
/// each row carries `data-figure` and `data-shown`.
#[component]
pub fn FigureTable(figures: Vec<String>) -> impl IntoView {
    let Some((story, reader, verdicts)) = crate::story_contexts() else {
        return ().into_any();
    };
    let lang = reader.lang;
    let rows = figure_rows(&story, &figures);
    // Shares of the whole army do not depend on the chart's mode.
    let geometry = figures::chart(&story_figures(&story, &figures), ChartMode::AgainstWhole);
    let shares: Arc<Vec<(String, Option<f64>)>> = Arc::new(
        geometry
            .bars
            .into_iter()
            .map(|bar| (bar.figure, bar.share_of_whole))
            .collect(),
    );

    let row_view = move |row: FigureRow| {
        let id = row.id.clone();
        let verdict = Memo::new(move |_| verdicts.with(|outcome| outcome.figure(&id)));
        let share = shares
            .iter()
            .find(|(id, _)| *id == row.id)
            .and_then(|(_, share)| *share);
        let story = story.clone();
        let FigureRow {
            id,
            value,
            unit,
            kind,
            label,
            source,
        } = row;
        view! {
            <tr
                data-figure=id
                data-shown=move || verdict.with(|v| v.shown.to_string())
                class=("is-set-aside", move || verdict.with(|v| !v.shown))
            >
                <th scope="row" class="figure-number">
                    {move || {
                        let lang = lang.get();
                        [format_digits(value, lang).as_str(), " ", ui_text::unit(lang, unit)]
                            .concat()
                    }}
                </th>
                <td>
                    {move || {
                        let lang = lang.get();
                        [ui_text::figure_kind(lang, kind), ": ", story::text(&label, lang.code())]
                            .concat()
                    }}
                </td>
                <td>{move || story::text(&source, lang.get().code()).to_owned()}</td>
                <td class="figure-share">
                    {move || match share {
                        Some(share) => format_percent(share, lang.get()),
                        None => "–".to_owned(),
                    }}
                </td>
                <td class="figure-criteria">
                    {move || {
                        let lang = lang.get();
                        verdict
                            .with(|v| set_aside_reason(&story, v, lang))
                            .unwrap_or_else(|| ui(lang).shown.to_owned())
                    }}
                </td>
            </tr>
        }
    };

    view! {
        <table class="figure-table">
            <caption>{label(lang, |t| t.chart_heading)}</caption>
            <thead>
                <tr>
                    <th scope="col">{label(lang, |t| t.col_number)}</th>
                    <th scope="col">{label(lang, |t| t.col_kind)}</th>
                    <th scope="col">{label(lang, |t| t.col_source)}</th>
                    <th scope="col">{label(lang, |t| t.col_share)}</th>
                    <th scope="col">{label(lang, |t| t.col_status)}</th>
                </tr>
            </thead>
            <tbody>
                <For
                    each=move || rows.clone()
                    key=|row: &FigureRow| row.id.clone()
                    children=row_view
                />
            </tbody>
        </table>
    }
    .into_any()
}
