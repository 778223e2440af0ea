//! The language switch: one toggle button per language the story declares. Choosing one sets
//! `ReaderState.lang`, and everything re-renders in place.
use leptos::prelude::*;

use super::{flag, label};
use crate::state::Action;
use crate::story::locale::Lang;
use crate::story::present::languages;
use crate::story::{self, Text};
use crate::{use_story, StoryContexts};

/// A story text that follows the reader's language (for `view!`).
pub fn localized(text: &Text, lang: RwSignal<Lang>) -> Signal<String> {
    let text = text.clone();
    Signal::derive(move || story::text(&text, lang.get().code()).to_owned())
}

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let StoryContexts { story, reader, .. } = use_story()?;
    let options = languages::options(&story);
    if options.is_empty() {
        return None;
    }
    let lang = reader.lang;
    let buttons = options
        .into_iter()
        .map(|option| {
            let pressed = move || flag(lang.get() == option.lang);
            let story = story.clone();
            let choose = move |_| reader.dispatch(&story, Action::SetLang(option.lang));
            view! {
                <button
                    type="button"
                    class="language-option"
                    lang=option.lang.code()
                    aria-pressed=pressed
                    on:click=choose
                >
                    {option.name}
                </button>
            }
        })
        .collect_view();
    Some(view! {
        <div class="language-switch" role="group" aria-label=label(lang, |t| t.language)>
            {buttons}
        </div>
    })
}
