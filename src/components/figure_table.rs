//! The figures as a real `<table>`: the accessible form of the chart, always in the
//! DOM for screen readers and shown to everyone with "Als Tabelle zeigen" / "Show as table".
//!
//! Renders only what the core computes: every cell comes from `story::present::figures::table`,
//! with the verdicts from the `Verdicts` context.
use leptos::prelude::*;

use super::label;
use crate::story::ui_text;

use crate::story::present::figures::{table, TableRow, TableView};
use crate::{use_story, StoryContexts};

/// The figures `figures` (ids, in order) as a table with a caption and column headers;
/// each row carries `data-figure` and `data-shown`.
#[component]
pub fn FigureTable(figures: Vec<String>) -> impl IntoView {
    let Some(StoryContexts {
        story,
        reader,
        verdicts,
    }) = use_story()
    else {
        return ().into_any();
    };
    let lang = reader.lang;
    let model = Memo::new_with_compare(
        move |_| verdicts.with(|outcome| table(&story, &figures, lang.get(), outcome)),
        super::recomputed,
    );
    // The rows are fixed by `figures`: a plain list whose cells follow the model.
    let rows = model.with_untracked(|m| {
        m.rows
            .iter()
            .enumerate()
            .map(|(index, row)| table_row(model, index, row.id.clone()))
            .collect_view()
    });

    view! {
        <table class="figure-table">
            <caption>{label(lang, |t| t.chart_heading)}</caption>
            <thead>
                <tr>
                    <th scope="col">{label(lang, |t| t.col_number)}</th>
                    <th scope="col">{label(lang, |t| t.col_kind)}</th>
                    <th scope="col">{label(lang, |t| t.col_source)}</th>
                    <th scope="col">{move || ui_text::col_share(lang.get())}</th>
                    <th scope="col">{label(lang, |t| t.col_status)}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}

/// A cell of the row at `index` that follows the model.
fn cell(model: Memo<TableView>, index: usize, pick: fn(&TableRow) -> &str) -> Signal<String> {
    super::item_text(model, |m| &m.rows, index, pick)
}

fn table_row(model: Memo<TableView>, index: usize, id: String) -> impl IntoView {
    let set_aside = move || model.with(|m| m.rows.get(index).is_some_and(|row| !row.shown));
    view! {
        <tr
            data-figure=id
            data-shown=move || (!set_aside()).to_string()
            class=("is-set-aside", set_aside)
        >
            <th scope="row" class="figure-number">{cell(model, index, |r| &r.number)}</th>
            <td>{cell(model, index, |r| &r.kind)}</td>
            <td>{cell(model, index, |r| &r.source)}</td>
            <td class="figure-share">{cell(model, index, |r| &r.share)}</td>
            <td class="figure-criteria">{cell(model, index, |r| &r.criteria)}</td>
        </tr>
    }
}
