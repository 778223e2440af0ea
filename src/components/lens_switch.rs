//! The credibility toggle: one switch per lens in the story, each labelled with the lens's
//! label and described by its explanation, and a summary line ("6 von 17 Aussagen erfüllen
//! Ihre Kriterien") in a polite live region. Switching a lens only sets
//! `ReaderState.lenses`; the claims, the chart and the summary follow from the verdicts.

use leptos::prelude::*;

use super::{flag, item_text, text_of};
use crate::state::ReaderState;
use crate::story::present::lenses::{self, LensSwitchView, LensView};
use crate::{use_story, StoryContexts};

#[component]
pub fn LensSwitch() -> impl IntoView {
    let StoryContexts {
        story,
        reader,
        verdicts,
    } = use_story()?;
    let view = {
        let story = story.clone();
        Memo::new(move |_| {
            let (lang, active) = (reader.lang.get(), reader.lenses.get());
            verdicts.with(|outcome| lenses::switch(&story, lang, outcome, &active))
        })
    };
    let ids: Vec<String> = view.with_untracked(|v| v.lenses.iter().map(|l| l.id.clone()).collect());
    if ids.is_empty() {
        return None;
    }

    Some(view! {
        <section class="lens-switch" aria-labelledby="lens-switch-heading">
            <h2 id="lens-switch-heading">{text_of(view, |v| &v.heading)}</h2>
            <p class="lens-intro">{text_of(view, |v| &v.intro)}</p>
            <ul class="lens-list">
                {ids
                    .into_iter()
                    .enumerate()
                    .map(|(i, id)| lens_view(view, i, id, reader, story.clone()))
                    .collect_view()}
            </ul>
            <p class="lens-summary" role="status" aria-live="polite" aria-atomic="true">
                {text_of(view, |v| &v.summary)}
            </p>
        </section>
    })
}

/// The `i`th lens: a switch named by the lens's label, described by its explanation beside it.
fn lens_view(
    view: Memo<LensSwitchView>,
    i: usize,
    id: String,
    reader: ReaderState,
    story: std::sync::Arc<crate::story::Story>,
) -> impl IntoView {
    fn list(v: &LensSwitchView) -> &[LensView] {
        &v.lenses
    }
    let explanation_id = ["lens-", &id, "-explanation"].concat();
    let checked =
        Signal::derive(move || flag(view.with(|v| v.lenses.get(i).is_some_and(|l| l.on))));
    let toggle = {
        let id = id.clone();
        move |_| {
            let next = lenses::toggled(&story, &reader.lenses.get_untracked(), &id);
            reader.lenses.set(next);
        }
    };
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
                <span class="lens-label">{item_text(view, i, list, |l| &l.label)}</span>
            </button>
            <p class="lens-explanation" id=explanation_id>
                {item_text(view, i, list, |l| &l.explanation)}
            </p>
        </li>
    }
}
