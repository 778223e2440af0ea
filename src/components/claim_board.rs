//! The competing claims on one question, side by side: one column per stance (asserts,
//! denies, sees no evidence, doubts — only the stances that occur, in that order), each a
//! labelled list of claim cards. The cards are keyed by claim id, so switching a lens or the
//! language updates them in place instead of rebuilding them.

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;

use super::label;

use super::claim_card::{in_lang, ClaimCard};
use crate::state::ReaderState;
use crate::story::locale::Lang;
use crate::story::ui_text;
use crate::story::{Stance, Story};
use crate::StoryContext;

/// Numbers the boards on a page, so the ids that label their lists are unique.
static BOARDS: AtomicUsize = AtomicUsize::new(0);

/// The claims on the question with id `question`, in columns by stance.
#[component]
pub fn ClaimBoard(#[prop(into)] question: String) -> impl IntoView {
    let story = use_context::<StoryContext>().map(|c| c.0);
    let reader = use_context::<ReaderState>();
    let (story, reader) = match (story, reader) {
        (Some(story), Some(reader)) => (story, reader),
        _ => return None,
    };
    let lang = reader.lang;
    let board = [
        "claim-board-",
        &BOARDS.fetch_add(1, Ordering::Relaxed).to_string(),
    ]
    .concat();
    let heading = story.question(&question).map(|q| q.text.clone());
    let columns = columns(&story, &question);

    let body = if columns.is_empty() {
        view! { <p class="claim-board-empty">{label(lang, |t| t.no_claims)}</p> }.into_any()
    } else {
        view! {
            <div class="claim-columns">
                {columns
                    .into_iter()
                    .map(|(stance, ids)| column(&board, stance, ids, lang))
                    .collect_view()}
            </div>
        }
        .into_any()
    };

    Some(view! {
        <div class="claim-board" data-question=question.clone()>
            {heading
                .map(|words| {
                    view! {
                        <h3 class="claim-question">
                            {in_lang(lang, words)}
                        </h3>
                    }
                })}
            {body}
        </div>
    })
}

/// One stance: its heading, and the list of cards the heading labels.
fn column(board: &str, stance: Stance, ids: Vec<String>, lang: RwSignal<Lang>) -> impl IntoView {
    let heading_id = [board, "-", stance.as_str()].concat();
    view! {
        <div class="claim-column" data-stance=stance.as_str()>
            <h4 class="stance-heading" id=heading_id.clone()>
                {Signal::derive(move || ui_text::stance(lang.get(), stance))}
            </h4>
            <ul class="claim-list" aria-labelledby=heading_id>
                <For
                    each=move || ids.clone()
                    key=|id| id.clone()
                    children=|id| view! { <ClaimCard claim=id /> }
                />
            </ul>
        </div>
    }
}

/// The ids of the claims on `question`, grouped by stance in the order of `Stance::ALL`
/// (story order within a stance); stances no claim takes are left out.
fn columns(story: &Story, question: &str) -> Vec<(Stance, Vec<String>)> {
    Stance::ALL
        .into_iter()
        .filter_map(|stance| {
            let ids: Vec<String> = story
                .claims_on(question)
                .filter(|c| c.stance == stance)
                .map(|c| c.id.clone())
                .collect();
            (!ids.is_empty()).then_some((stance, ids))
        })
        .collect()
}
