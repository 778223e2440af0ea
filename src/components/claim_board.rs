//! The competing claims on one question, side by side: one column per stance (asserts,
//! denies, sees no evidence, doubts — only the stances that occur, in that order), each a
//! labelled list of claim cards. Which columns and cards there are never changes; a lens
//! switch or a language switch updates the cards in place.

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;

use super::claim_card::ClaimCard;
use crate::story::present::claims::{self, BoardView, ColumnView};
use crate::{use_story, StoryContexts};

/// Numbers the boards on a page, so the ids that label their lists are unique.
static BOARDS: AtomicUsize = AtomicUsize::new(0);

/// The claims on the question with id `question`, in columns by stance.
#[component]
pub fn ClaimBoard(#[prop(into)] question: String) -> impl IntoView {
    let StoryContexts { story, reader, .. } = use_story()?;
    let lang = reader.lang;
    let number = crate::static_page().map_or_else(
        || BOARDS.fetch_add(1, Ordering::Relaxed),
        |page| page.next_board(),
    );
    let board = ["claim-board-", &number.to_string()].concat();
    let first = claims::board(&story, &question, lang.get_untracked());
    // The board's words follow the language; its columns and cards never change. Each
    // word recomputes the (small) board: cheaper in wasm than a Memo of one more type.
    let words = {
        let question = question.clone();
        move |i: usize, pick: fn(&BoardView, usize) -> Option<&str>| {
            let (story, question) = (story.clone(), question.clone());
            Signal::derive(move || {
                pick(&claims::board(&story, &question, lang.get()), i)
                    .unwrap_or("")
                    .to_owned()
            })
        }
    };

    let body = if first.columns.is_empty() {
        view! { <p class="claim-board-empty">{words(0, |b, _| b.empty.as_deref())}</p> }.into_any()
    } else {
        view! {
            <div class="claim-columns">
                {first
                    .columns
                    .iter()
                    .enumerate()
                    .map(|(i, column)| {
                        let heading = words(
                            i,
                            |b, i| b.columns.get(i).map(|c| c.heading.as_str()),
                        );
                        column_view(&board, heading, column)
                    })
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
                        <h3 class="claim-question">{words(0, |b, _| b.question.as_deref())}</h3>
                    }
                })}
            {body}
        </div>
    })
}

/// One column: its heading, and the list of cards the heading labels.
fn column_view(board: &str, heading: Signal<String>, column: &ColumnView) -> impl IntoView {
    let heading_id = [board, "-", column.stance].concat();
    let ids = column.claims.clone();
    view! {
        <div class="claim-column" data-stance=column.stance>
            <h4 class="stance-heading" id=heading_id.clone()>
                {heading}
            </h4>
            <ul class="claim-list" aria-labelledby=heading_id>
                // The cards never change, but `<For>` builds each card once and never
                // rebuilds it: a plain iterator would compile the card's rebuild code into
                // the step that rebuilds the board (+2 KB gzip).
                <For each=move || ids.clone() key=|id| id.clone() children=card_view />
            </ul>
        </div>
    }
}

fn card_view(id: String) -> impl IntoView {
    view! { <ClaimCard claim=id /> }
}
