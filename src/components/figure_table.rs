//! The figures as a real `<table>`: the accessible form of the chart, always in the
//! DOM for screen readers and shown to everyone with "Als Tabelle zeigen" / "Show as table".
//!
//! Renders only what the core computes: every cell comes from `story::present::figures::table`,
//! with the verdicts from the `Verdicts` context.
use leptos::prelude::*;

use super::label;

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
    // The rows are fixed by `figures`, the share columns by the story's references: plain
    // lists whose cells follow the model.
    let columns = model.with_untracked(|m| m.share_columns.len());
    let rows = model.with_untracked(|m| {
        m.rows
            .iter()
            .enumerate()
            .map(|(index, row)| table_row(model, index, row.id.clone(), columns))
            .collect_view()
    });
    let share_headers = (0..columns)
        .map(|column| {
            let heading = super::item_text(model, |m| &m.share_columns, column, String::as_str);
            view! { <th scope="col">{heading}</th> }
        })
        .collect_view();

    view! {
        <table class="figure-table">
            <caption>{label(lang, |t| t.chart_heading)}</caption>
            <thead>
                <tr>
                    <th scope="col">{label(lang, |t| t.col_number)}</th>
                    <th scope="col">{label(lang, |t| t.col_kind)}</th>
                    <th scope="col">{label(lang, |t| t.col_source)}</th>
                    {share_headers}
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

/// The share of the row at `index` in the share column `column`, following the model.
fn share(model: Memo<TableView>, index: usize, column: usize) -> Signal<String> {
    Signal::derive(move || {
        model
            .with(|m| {
                m.rows
                    .get(index)
                    .and_then(|row| row.shares.get(column))
                    .cloned()
            })
            .unwrap_or_default()
    })
}

fn table_row(model: Memo<TableView>, index: usize, id: String, columns: usize) -> impl IntoView {
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
            {(0..columns)
                .map(|column| view! { <td class="figure-share">{share(model, index, column)}</td> })
                .collect_view()}
            <td class="figure-criteria">{cell(model, index, |r| &r.criteria)}</td>
        </tr>
    }
}
