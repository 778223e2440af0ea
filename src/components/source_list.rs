//! Every source of the story: its name, what kind of source it is, its country, a badge
//! when it is a party to the war, and its profile (the story's note) behind a disclosure.
//! Each entry is `id="source-<id>"`, so a claim card can link to it.
use leptos::prelude::*;

use super::{item_text, text_of};
use crate::story::present::sources::{self, SourceListView, SourceView};
use crate::{use_story, StoryContexts};

#[component]
pub fn SourceList() -> impl IntoView {
    let StoryContexts { story, reader, .. } = use_story()?;
    let lang = reader.lang;
    let view = Memo::new(move |_| sources::list(&story, lang.get()));
    let entries = view
        .get_untracked()
        .sources
        .into_iter()
        .enumerate()
        .map(|(i, source)| source_entry(view, i, source))
        .collect_view();
    Some(view! {
        <div class="source-list">
            <h3>{text_of(view, |v| &v.heading)}</h3>
            <ul class="sources">{entries}</ul>
        </div>
    })
}

/// The `i`th source, as it was first rendered; its texts follow the language.
fn source_entry(view: Memo<SourceListView>, i: usize, source: SourceView) -> impl IntoView {
    fn list(v: &SourceListView) -> &[SourceView] {
        &v.sources
    }
    view! {
        <li class="source" id=source.anchor data-source=source.id>
            <h4 class="source-name">{item_text(view, i, list, |s| &s.name)}</h4>
            <p class="source-meta">
                <span class="source-kind">{item_text(view, i, list, |s| &s.kind)}</span>
                <span class="source-separator" aria-hidden="true">" · "</span>
                <span class="source-country">
                    <span class="visually-hidden">
                        {item_text(view, i, list, |s| &s.country_label)}
                    </span>
                    {item_text(view, i, list, |s| &s.country)}
                </span>
            </p>
            {source
                .party
                .map(|_| {
                    view! {
                        <p class="party-badge">
                            {item_text(view, i, list, |s| s.party.as_deref().unwrap_or(""))}
                        </p>
                    }
                })}
            <details class="source-profile">
                <summary>
                    {item_text(view, i, list, |s| &s.profile)}
                    <span class="visually-hidden">
                        ": " {item_text(view, i, list, |s| &s.name)}
                    </span>
                </summary>
                <p class="source-note">{item_text(view, i, list, |s| &s.note)}</p>
            </details>
        </li>
    }
}
