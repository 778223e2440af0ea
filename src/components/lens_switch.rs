//! The credibility toggle: one switch per lens in the story, each labelled with the lens's
//! label and described by its explanation, and a summary line ("6 von 17 Aussagen erfüllen
//! Ihre Kriterien") in a polite live region. Switching a lens only sets
//! `ReaderState.lenses`; the claims, the chart and the summary follow from `Verdicts`.

use std::sync::Arc;

use leptos::prelude::*;

use super::label;

use super::claim_card::in_lang;
use crate::state::{Action, ReaderState};
use crate::story::ui_text;
use crate::story::{Lens, Story};
use crate::{StoryContext, Verdicts};

#[component]
pub fn LensSwitch() -> impl IntoView {
    let story = use_context::<StoryContext>().map(|c| c.0);
    let reader = use_context::<ReaderState>();
    let verdicts = use_context::<Verdicts>();
    let (story, reader) = match (story, reader) {
        (Some(story), Some(reader)) if !story.lenses.is_empty() => (story, reader),
        _ => return None,
    };
    let lang = reader.lang;
    let summary = move || {
        verdicts
            .map(|v| {
                v.0.with(|outcome| {
                    ui_text::summary(lang.get(), outcome.shown_claims(), outcome.total_claims())
                })
            })
            .unwrap_or_default()
    };

    Some(view! {
        <section class="lens-switch" aria-labelledby="lens-switch-heading">
            <h2 id="lens-switch-heading">{label(lang, |t| t.lenses_heading)}</h2>
            <p class="lens-intro">{label(lang, |t| t.lenses_intro)}</p>
            <ul class="lens-list">
                {story
                    .lenses
                    .iter()
                    .map(|lens| lens_view(story.clone(), lens, reader))
                    .collect_view()}
            </ul>
            <p class="lens-summary" role="status" aria-live="polite" aria-atomic="true">
                {summary}
            </p>
        </section>
    })
}

/// One lens: a switch named by the lens's label, described by its explanation beside it.
fn lens_view(story: Arc<Story>, lens: &Lens, reader: ReaderState) -> impl IntoView {
    let lang = reader.lang;
    let id = lens.id.clone();
    let explanation_id = ["lens-", &lens.id, "-explanation"].concat();
    let checked = {
        let id = id.clone();
        move || {
            if reader.lenses.with(|active| active.contains(&id)) {
                "true"
            } else {
                "false"
            }
        }
    };
    let toggle = {
        let id = id.clone();
        move |_| reader.dispatch(&story, Action::ToggleLens(id.clone()))
    };
    let label = lens.label.clone();
    let explanation = lens.explanation.clone();
    view! {
        <li class="lens">
            <button
                type="button"
                role="switch"
                class="lens-toggle"
                data-lens=id
                aria-checked=checked
                aria-describedby=explanation_id.clone()
                on:click=toggle
            >
                <span class="lens-track" aria-hidden="true"></span>
                <span class="lens-label">{in_lang(lang, label)}</span>
            </button>
            <p class="lens-explanation" id=explanation_id>
                {in_lang(lang, explanation)}
            </p>
        </li>
    }
}
