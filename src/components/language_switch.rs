//! The language switch: one toggle button per language the story declares. Choosing one sets
//! `ReaderState.lang`, and everything re-renders in place.
use leptos::prelude::*;

use super::{flag, label};
use crate::state::Action;
use crate::story::locale::Lang;
use crate::story::present::languages;
use crate::story::ui_text::ui;
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
    if let Some(page) = crate::static_page() {
        return Some(static_links(&page, &story, lang.get_untracked(), options));
    }
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
    Some(
        view! {
            <div class="language-switch" role="group" aria-label=label(lang, |t| t.language)>
                {buttons}
            </div>
        }
        .into_any(),
    )
}

/// On a page rendered at build time: a link to the story's page in each language (a
/// static host ignores `?lang=`), the page's own marked as current.
fn static_links(
    page: &crate::StaticPage,
    story: &story::Story,
    lang: Lang,
    options: Vec<languages::LanguageOption>,
) -> AnyView {
    let links = options
        .into_iter()
        .map(|option| {
            let code = option.lang.code();
            view! {
                <a
                    class="language-option"
                    lang=code
                    hreflang=code
                    href=page.file(story, option.lang)
                    aria-current=(option.lang == lang).then_some("page")
                >
                    {option.name}
                </a>
            }
        })
        .collect_view();
    view! {
        <div class="language-switch" role="group" aria-label=ui(lang).language>
            {links}
        </div>
    }
    .into_any()
}
