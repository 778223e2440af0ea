//! Every source of the story: its name, what kind of source it is, its country, the story's
//! badge when it is a party, and its profile (the story's note) behind a disclosure.
//! Each entry is `id="source-<id>"`, so a claim card can link to it.
use std::sync::Arc;

use leptos::prelude::*;

use super::label;
use crate::story::locale::Lang;
use crate::story::present::sources::{self, SourceView};
use crate::story::Story;
use crate::{use_story, StoryContexts};

#[component]
pub fn SourceList() -> impl IntoView {
    let StoryContexts { story, reader, .. } = use_story()?;
    let lang = reader.lang;
    let entries = (0..story.sources.len())
        .filter_map(|i| source_entry(story.clone(), i, lang))
        .collect_view();
    Some(view! {
        <div class="source-list">
            <h3>{label(lang, |t| t.sources_heading)}</h3>
            <ul class="sources">{entries}</ul>
        </div>
    })
}

/// The `i`th source. Which parts it has never changes; its words follow the language,
/// each recomputing the (small) entry: cheaper in wasm than a Memo of one more type.
fn source_entry(story: Arc<Story>, i: usize, lang: RwSignal<Lang>) -> Option<impl IntoView> {
    let first = sources::entry(&story, i, lang.get_untracked())?;
    let words = move |pick: fn(&SourceView) -> &str| {
        let story = story.clone();
        Signal::derive(move || {
            sources::entry(&story, i, lang.get())
                .map(|s| pick(&s).to_owned())
                .unwrap_or_default()
        })
    };
    Some(view! {
        <li class="source" id=first.anchor data-source=first.id>
            <h4 class="source-name">{words(|s| &s.name)}</h4>
            <p class="source-meta">
                <span class="source-kind">{words(|s| &s.kind)}</span>
                <span class="source-separator" aria-hidden="true">" · "</span>
                <span class="source-country">
                    <span class="visually-hidden">{words(|s| &s.country_label)}</span>
                    {words(|s| &s.country)}
                </span>
            </p>
            {first
                .party
                .map(|_| {
                    view! {
                        <p class="party-badge">{words(|s| s.party.as_deref().unwrap_or(""))}</p>
                    }
                })}
            <details class="source-profile">
                <summary>
                    {words(|s| &s.profile)}
                    <span class="visually-hidden">
                        {label(lang, |t| t.colon)} {words(|s| &s.name)}
                    </span>
                </summary>
                <p class="source-note">{words(|s| &s.note)}</p>
            </details>
        </li>
    })
}
