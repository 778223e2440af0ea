//! The head of the story: the language switch, the title (the page's only `<h1>`), the
//! summary, the date line and the credit line, all in the reader's language.
use leptos::prelude::*;

use super::language_switch::{localized, LanguageSwitch};
use crate::{use_story, StoryContexts};

#[component]
pub fn StoryHeader() -> impl IntoView {
    let StoryContexts { story, reader, .. } = use_story()?;
    let lang = reader.lang;
    Some(view! {
        <header class="story-header">
            <LanguageSwitch />
            <h1 class="story-title">{localized(&story.title, lang)}</h1>
            <p class="story-summary">{localized(&story.summary, lang)}</p>
            <p class="story-date">{localized(&story.date, lang)}</p>
            <p class="story-credit">{localized(&story.credit, lang)}</p>
        </header>
    })
}
