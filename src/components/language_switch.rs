//! Deutsch / English: one toggle button per language the story declares. Choosing one sets
//! `ReaderState.lang`, and everything re-renders in place.
use leptos::prelude::*;

use super::{flag, text_of};
use crate::story::locale::Lang;
use crate::story::present::header;
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
    let lang = reader.lang;
    let view = Memo::new(move |_| header::language_switch(&story, lang.get()));
    let options = view.get_untracked().options;
    if options.is_empty() {
        return None;
    }
    let buttons = options
        .into_iter()
        .enumerate()
        .map(|(i, option)| {
            let pressed = Signal::derive(move || {
                flag(view.with(|v| v.options.get(i).is_some_and(|o| o.chosen)))
            });
            let choose = move |_| {
                if lang.get_untracked() != option.lang {
                    lang.set(option.lang);
                }
            };
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
        <div class="language-switch" role="group" aria-label=text_of(view, |v| &v.label)>
            {buttons}
        </div>
    })
}
