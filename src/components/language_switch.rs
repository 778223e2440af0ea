//! Deutsch / English: one toggle button per language the story declares. Choosing one sets
//! `ReaderState.lang`, and everything re-renders in place.
use leptos::prelude::*;

use super::label;

use crate::state::{Action, ReaderState};
use crate::story::locale::Lang;
use crate::story::ui_text::ui;
use crate::story::{self, Text};
use crate::StoryContext;

/// A story text that follows the reader's language (for `view!`).
pub fn localized(text: &Text, lang: RwSignal<Lang>) -> Signal<String> {
    let text = text.clone();
    Signal::derive(move || story::text(&text, lang.get().code()).to_owned())
}

/// The languages a reader can switch between: those the story declares and the UI speaks,
/// in the story's order, each once.
fn switchable(languages: &[String]) -> Vec<Lang> {
    let mut out: Vec<Lang> = Vec::new();
    for lang in languages.iter().filter_map(|code| Lang::parse(code)) {
        if !out.contains(&lang) {
            out.push(lang);
        }
    }
    out
}

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let (Some(StoryContext(story)), Some(reader)) =
        (use_context::<StoryContext>(), use_context::<ReaderState>())
    else {
        return ().into_any();
    };
    let languages = switchable(&story.languages);
    if languages.len() < 2 {
        return ().into_any();
    }
    let lang = reader.lang;
    let buttons = languages
        .into_iter()
        .map(|option| {
            let pressed = move || {
                if lang.get() == option {
                    "true"
                } else {
                    "false"
                }
            };
            let story = story.clone();
            let choose = move |_| reader.dispatch(&story, Action::SetLang(option));
            view! {
                <button
                    type="button"
                    class="language-option"
                    lang=option.code()
                    aria-pressed=pressed
                    on:click=choose
                >
                    {ui(option).lang_name}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="language-switch" role="group" aria-label=label(lang, |t| t.language)>
            {buttons}
        </div>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_declared_languages_the_ui_speaks_are_offered_once() {
        let codes = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(switchable(&codes(&["de", "en"])), vec![Lang::De, Lang::En]);
        assert_eq!(
            switchable(&codes(&["en", "fr", "de", "en"])),
            vec![Lang::En, Lang::De]
        );
        assert_eq!(switchable(&codes(&["de"])), vec![Lang::De]);
    }
}
