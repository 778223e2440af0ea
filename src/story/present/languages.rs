//! The languages a reader can switch between, each named in its own language.

use crate::story::locale::Lang;
use crate::story::Story;

/// One language a reader can choose, named in that language ("Deutsch", "English").
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LanguageOption {
    pub lang: Lang,
    pub name: &'static str,
}

/// The languages the story declares and the UI speaks, in the story's order, each once;
/// none at all when there are fewer than two (nothing to switch between).
pub fn options(story: &Story) -> Vec<LanguageOption> {
    let langs = distinct(&story.languages);
    if langs.len() < 2 {
        return Vec::new();
    }
    langs
        .into_iter()
        .map(|lang| LanguageOption {
            lang,
            name: lang.name(),
        })
        .collect()
}

/// The languages `codes` name that the UI speaks, in their order, each once.
pub fn distinct<'a>(codes: impl IntoIterator<Item = &'a String>) -> Vec<Lang> {
    let mut langs: Vec<Lang> = Vec::new();
    for lang in codes.into_iter().filter_map(|code| Lang::parse(code)) {
        if !langs.contains(&lang) {
            langs.push(lang);
        }
    }
    langs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn declaring(codes: &[&str]) -> Story {
        let mut story = crate::story::present::fixtures::bundled();
        story.languages = codes.iter().map(|s| s.to_string()).collect();
        story
    }

    fn offered(codes: &[&str]) -> Vec<Lang> {
        options(&declaring(codes)).iter().map(|o| o.lang).collect()
    }

    #[test]
    fn only_declared_languages_the_ui_speaks_are_offered_once() {
        assert_eq!(offered(&["de", "en"]), vec![Lang::of("de"), Lang::of("en")]);
        assert_eq!(
            offered(&["en", "it", "de", "en"]),
            vec![Lang::of("en"), Lang::of("de")]
        );
    }

    #[test]
    fn a_story_in_one_language_the_ui_speaks_offers_no_switch() {
        assert!(offered(&["de"]).is_empty());
        assert!(offered(&["de", "it", "de"]).is_empty());
    }

    #[test]
    fn each_language_is_named_in_its_own_language() {
        let names: Vec<&str> = options(&declaring(&["en", "de"]))
            .iter()
            .map(|o| o.name)
            .collect();
        assert_eq!(names, vec!["English", "Deutsch"]);
    }
}
