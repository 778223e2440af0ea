//! The head of the story: title, summary, date line and credit line, and the languages a
//! reader can switch between.

use crate::story::locale::Lang;
use crate::story::ui_text::ui;
use crate::story::{text, Story};

/// The story's head in the reader's language.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HeaderView {
    pub title: String,
    pub summary: String,
    pub date: String,
    pub credit: String,
}

/// The language switch: a labelled group of one option per language.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LanguageSwitchView {
    /// The group's accessible name ("Sprache").
    pub label: String,
    /// Empty when there is nothing to switch between.
    pub options: Vec<LanguageOption>,
}

/// One language a reader can choose, named in that language ("Deutsch", "English").
#[derive(Debug, Clone, PartialEq)]
pub struct LanguageOption {
    pub lang: Lang,
    pub name: &'static str,
    /// Whether it is the reader's language.
    pub chosen: bool,
}

pub fn header(story: &Story, lang: Lang) -> HeaderView {
    let code = lang.code();
    HeaderView {
        title: text(&story.title, code).to_owned(),
        summary: text(&story.summary, code).to_owned(),
        date: text(&story.date, code).to_owned(),
        credit: text(&story.credit, code).to_owned(),
    }
}

/// The language switch for a reader of `lang`: the languages the story declares and the UI
/// speaks, in the story's order, each once; no option at all when there are fewer than two.
pub fn language_switch(story: &Story, lang: Lang) -> LanguageSwitchView {
    let languages = switchable(&story.languages);
    let options = if languages.len() < 2 {
        Vec::new()
    } else {
        languages
            .into_iter()
            .map(|option| LanguageOption {
                lang: option,
                name: ui(option).lang_name,
                chosen: option == lang,
            })
            .collect()
    };
    LanguageSwitchView {
        label: ui(lang).language.to_owned(),
        options,
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn bundled() -> Story {
        match crate::story::load(crate::story::BUNDLED) {
            Ok(story) => story,
            Err(errors) => panic!("bundled story is invalid: {errors:?}"),
        }
    }

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

    #[test]
    fn each_language_is_offered_in_its_own_name_and_the_readers_is_chosen() {
        let story = bundled();
        let en = language_switch(&story, Lang::En);
        assert_eq!(en.label, "Language");
        let offered: Vec<(&str, bool)> = en.options.iter().map(|o| (o.name, o.chosen)).collect();
        assert_eq!(offered, vec![("Deutsch", false), ("English", true)]);
        let de = language_switch(&story, Lang::De);
        assert_eq!(de.label, "Sprache");
        assert_eq!(de.options[0].lang, Lang::De);
        assert!(de.options[0].chosen);
    }

    #[test]
    fn a_story_in_one_language_offers_no_switch() {
        let mut story = bundled();
        story.languages = vec!["de".to_owned(), "fr".to_owned()];
        assert!(language_switch(&story, Lang::De).options.is_empty());
    }

    #[test]
    fn the_head_is_in_the_readers_language() {
        let story = bundled();
        let de = header(&story, Lang::De);
        let en = header(&story, Lang::En);
        assert_eq!(de.title, text(&story.title, "de"));
        assert_eq!(en.title, text(&story.title, "en"));
        assert_ne!(de.title, en.title);
        assert_eq!(en.summary, text(&story.summary, "en"));
        assert_eq!(en.date, text(&story.date, "en"));
        assert_eq!(en.credit, text(&story.credit, "en"));
    }
}
