//! The competing claims on one question, side by side: one column per stance (asserts,
//! denies, sees no evidence, doubts — only the stances that occur, in that order), each a
//! labelled list of claim cards. Which columns and cards there are never changes; a lens
//! switch or a language switch updates the cards in place.

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;

use super::claim_card::ClaimCard;
use super::text_of;
use crate::story::present::claims::{self, BoardView, ColumnView};
use crate::{use_story, StoryContexts};

/// Numbers the boards on a page, so the ids that label their lists are unique.
static BOARDS: AtomicUsize = AtomicUsize::new(0);

/// The claims on the question with id `question`, in columns by stance.
#[component]
pub fn ClaimBoard(#[prop(into)] question: String) -> impl IntoView {
    let StoryContexts { story, reader, .. } = use_story()?;
    let lang = reader.lang;
    let board = [
        "claim-board-",
        &BOARDS.fetch_add(1, Ordering::Relaxed).to_string(),
    ]
    .concat();
    let view = {
        let question = question.clone();
        Memo::new(move |_| claims::board(&story, &question, lang.get()))
    };
    let first = view.get_untracked();

    let body = if first.columns.is_empty() {
        view! {
            <p class="claim-board-empty">
                {text_of(view, |b| b.empty.as_deref().unwrap_or(""))}
            </p>
        }
        .into_any()
    } else {
        view! {
            <div class="claim-columns">
                {first
                    .columns
                    .iter()
                    .enumerate()
                    .map(|(i, column)| column_view(&board, view, i, column))
                    .collect_view()}
            </div>
        }
        .into_any()
    };

    Some(view! {
        <div class="claim-board" data-question=question>
            {first
                .question
                .is_some()
                .then(|| {
                    view! {
                        <h3 class="claim-question">
                            {text_of(view, |b| b.question.as_deref().unwrap_or(""))}
                        </h3>
                    }
                })}
            {body}
        </div>
    })
}

/// The `i`th column: its heading, and the list of cards the heading labels.
fn column_view(board: &str, view: Memo<BoardView>, i: usize, column: &ColumnView) -> impl IntoView {
    let heading_id = [board, "-", column.stance].concat();
    let heading = Signal::derive(move || {
        view.with(|b| b.columns.get(i).map(|c| c.heading.clone()))
            .unwrap_or_default()
    });
    view! {
        <div class="claim-column" data-stance=column.stance>
            <h4 class="stance-heading" id=heading_id.clone()>
                {heading}
            </h4>
            <ul class="claim-list" aria-labelledby=heading_id>
                {column
                    .claims
                    .iter()
                    .map(|id| view! { <ClaimCard claim=id.clone() /> })
                    .collect_view()}
            </ul>
        </div>
    }
}
