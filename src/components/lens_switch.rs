//! The credibility toggle, a compact bar: one switch per lens in the story, each labelled
//! with the lens's label and described by its explanation, and a summary line ("6 von 17
//! Aussagen erfüllen Ihre Kriterien") in a polite live region. The heading is a disclosure
//! (`<details>`, so it opens without the wasm too) holding the intro and every lens's
//! criterion: the bar stays small enough for the first step to be on a phone's first
//! screen, and the explanations stay the switches' descriptions while closed. Switching a
//! lens only sets `ReaderState.lenses`; the claims, the chart and the summary follow.

use leptos::prelude::*;

use super::flag;
use crate::state::Action;
use crate::story::present::lenses::{self, LensSwitchView};
use crate::{use_story, StoryContexts};

#[component]
pub fn LensSwitch() -> impl IntoView {
    let StoryContexts {
        story,
        reader,
        verdicts,
    } = use_story()?;
    // Each part recomputes the (small) switch when the language, the lenses or the verdicts
    // change: cheaper in wasm than a Memo of one more type.
    let switch = {
        let story = story.clone();
        move || {
            let (lang, active) = (reader.lang.get(), reader.lenses.get());
            verdicts.with(|outcome| lenses::switch(&story, lang, outcome, &active))
        }
    };
    let words = {
        let switch = switch.clone();
        move |i: usize, pick: fn(&LensSwitchView, usize) -> Option<&str>| {
            let switch = switch.clone();
            Signal::derive(move || pick(&switch(), i).unwrap_or("").to_owned())
        }
    };
    let lenses = untrack(&switch).lenses;
    if lenses.is_empty() {
        return None;
    }
    let label_of = |i: usize| words(i, |v, i| v.lenses.get(i).map(|l| l.label.as_str()));
    let explanation_id = |id: &str| ["lens-", id, "-explanation"].concat();
    let criteria = lenses
        .iter()
        .enumerate()
        .map(|(i, lens)| {
            view! {
                <dt>{label_of(i)}</dt>
                <dd id=explanation_id(&lens.id)>
                    {words(i, |v, i| v.lenses.get(i).map(|l| l.explanation.as_str()))}
                </dd>
            }
        })
        .collect_view();
    let switches = lenses
        .into_iter()
        .enumerate()
        .map(|(i, lens)| {
            let checked = {
                let switch = switch.clone();
                Signal::derive(move || flag(switch().lenses.get(i).is_some_and(|l| l.on)))
            };
            let toggle = {
                let (story, id) = (story.clone(), lens.id.clone());
                move |_| reader.dispatch(&story, Action::ToggleLens(id.clone()))
            };
            view! {
                <li class="lens">
                    <button
                        type="button"
                        role="switch"
                        class="lens-toggle"
                        data-lens=lens.id.clone()
                        aria-checked=checked
                        aria-describedby=explanation_id(&lens.id)
                        on:click=toggle
                    >
                        <span class="lens-track" aria-hidden="true"></span>
                        <span class="lens-label">{label_of(i)}</span>
                    </button>
                </li>
            }
        })
        .collect_view();

    Some(view! {
        <section class="lens-switch" aria-labelledby="lens-switch-heading">
            <details class="lens-about">
                <summary>
                    <h2 id="lens-switch-heading">{words(0, |v, _| Some(&v.heading))}</h2>
                </summary>
                <p class="lens-intro">{words(0, |v, _| Some(&v.intro))}</p>
                <dl class="lens-criteria">{criteria}</dl>
            </details>
            <ul class="lens-list">{switches}</ul>
            <p class="lens-summary" role="status" aria-live="polite" aria-atomic="true">
                {words(0, |v, _| Some(&v.summary))}
            </p>
        </section>
    })
}
