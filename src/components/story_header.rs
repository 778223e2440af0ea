//! The head of the story: the language switch, the title (the page's only `<h1>`), the
//! summary, the date line and the credit line, all in the reader's language.
use leptos::prelude::*;

use super::language_switch::LanguageSwitch;
use super::text_of;
use crate::story::present::header;
use crate::{use_story, StoryContexts};

#[component]
pub fn StoryHeader() -> impl IntoView {
    let StoryContexts { story, reader, .. } = use_story()?;
    let lang = reader.lang;
    let view = Memo::new(move |_| header::header(&story, lang.get()));
    Some(view! {
        <header class="story-header">
            <LanguageSwitch />
            <h1 class="story-title">{text_of(view, |h| &h.title)}</h1>
            <p class="story-summary">{text_of(view, |h| &h.summary)}</p>
            <p class="story-date">{text_of(view, |h| &h.date)}</p>
            <p class="story-credit">{text_of(view, |h| &h.credit)}</p>
        </header>
    })
}
