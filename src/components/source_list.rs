//! Every source of the story: its name, what kind of source it is, its country, a badge
//! when it is a party to the war, and its profile (the story's note) behind a disclosure.
//! Each entry is `id="source-<id>"`, so a claim card can link to it.
use leptos::prelude::*;

use super::label;

use super::language_switch::localized;
use crate::state::ReaderState;
use crate::story::ui_text::{self, ui};
use crate::story::{self, Source, Story};
use crate::StoryContext;

#[component]
pub fn SourceList() -> impl IntoView {
    let (Some(StoryContext(story)), Some(reader)) =
        (use_context::<StoryContext>(), use_context::<ReaderState>())
    else {
        return ().into_any();
    };
    let lang = reader.lang;
    let entries = story
        .sources
        .iter()
        .map(|source| source_entry(&story, source, lang))
        .collect_view();
    view! {
        <div class="source-list">
            <h3>{label(lang, |t| t.sources_heading)}</h3>
            <ul class="sources">{entries}</ul>
        </div>
    }
    .into_any()
}

fn source_entry(
    story: &Story,
    source: &Source,
    lang: RwSignal<crate::story::locale::Lang>,
) -> impl IntoView {
    let kind = source.kind;
    let name = localized(&source.name, lang);
    let summary_name = name;
    // A party whose side the story does not name still gets the badge, without a label.
    let party = source.party.as_ref().map(|side_id| {
        let side = story.side(side_id).map(|side| side.label.clone());
        move || {
            let lang = lang.get();
            let label = side
                .as_ref()
                .map(|label| story::text(label, lang.code()))
                .unwrap_or("");
            if label.is_empty() {
                ui(lang).party_badge.to_owned()
            } else {
                [ui(lang).party_badge, ": ", label].concat()
            }
        }
    });
    view! {
        <li class="source" id=["source-", &source.id].concat() data-source=source.id.clone()>
            <h4 class="source-name">{name}</h4>
            <p class="source-meta">
                <span class="source-kind">{Signal::derive(move || ui_text::source_kind(lang.get(), kind))}</span>
                <span class="source-separator" aria-hidden="true">" · "</span>
                <span class="source-country">
                    <span class="visually-hidden">{move || [ui(lang.get()).country, ": "].concat()}</span>
                    {localized(&source.country, lang)}
                </span>
            </p>
            {party.map(|badge| view! { <p class="party-badge">{badge}</p> })}
            <details class="source-profile">
                <summary>
                    {label(lang, |t| t.source_profile)}
                    <span class="visually-hidden">": " {summary_name}</span>
                </summary>
                <p class="source-note">{localized(&source.note, lang)}</p>
            </details>
        </li>
    }
}
