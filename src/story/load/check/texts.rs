//! Languages and translated texts: the story declares its languages, and every text is
//! written in each declared language the app supports (and in no other).

use std::collections::HashSet;

use super::{index_path, key_path, known_list, quoted, Checker};
use crate::story::load::locate::push_key;
use crate::story::load::{MAX_ITEMS, MAX_TEXT_CHARS};
use crate::story::locale::Lang;
use crate::story::model::{Paragraphs, Story, Text};

impl Checker<'_> {
    /// At least one language, each with a UI file and declared once, the default among them.
    pub(super) fn languages(&mut self, story: &Story) {
        let known = known_list(Lang::all().map(Lang::code));
        if story.languages.is_empty() {
            self.error(
                "languages",
                format!("no language declared; name at least one of: {known}"),
            );
        }
        self.list_size("languages", story.languages.len(), None);
        let mut seen = HashSet::new();
        for (i, lang) in story.languages.iter().enumerate() {
            let path = index_path("languages", i);
            if !self.languages.contains(&lang.as_str()) {
                self.error(
                    path,
                    format!("no UI file for language {}; known: {known}", quoted(lang)),
                );
            } else if !seen.insert(lang.as_str()) {
                self.error(path, format!("language {} is declared twice", quoted(lang)));
            }
        }
        if !story.languages.contains(&story.default_language) {
            let declared = self.declared();
            self.error(
                "default_language",
                format!(
                    "language {} is not declared; declared: {declared}",
                    quoted(&story.default_language)
                ),
            );
        }
    }

    /// The declared languages, listed for a message.
    pub(super) fn declared(&self) -> String {
        known_list(self.declared.iter().copied())
    }

    /// A string that is not a translated text: bounded, and (if `required`) not blank.
    pub(super) fn plain_string(&mut self, path: &str, value: &str, required: bool) {
        if required && value.trim().is_empty() {
            self.error(path, "empty text");
        }
        if let Some(count) = too_long(value) {
            self.error(
                path,
                format!("text is {count} characters long; at most {MAX_TEXT_CHARS} are allowed"),
            );
        }
    }

    /// A text in every declared language, and in no other.
    pub(super) fn text(&mut self, path: &str, text: &Text) {
        self.text_keys(path, text.keys().map(String::as_str), text.len());
        for (lang, value) in text {
            if self.declared.contains(&lang.as_str()) {
                self.plain_string(&lang_path(path, lang), value, true);
            }
        }
        for lang in self.languages.clone() {
            if !text.contains_key(lang) {
                self.error(
                    lang_path(path, lang),
                    format!("missing the text in {}", quoted(lang)),
                );
            }
        }
    }

    /// Errors for keys of a text map that are not declared languages.
    fn text_keys<'k>(&mut self, path: &str, keys: impl Iterator<Item = &'k str>, len: usize) {
        if len > MAX_ITEMS {
            self.error(
                path,
                format!("{len} entries; at most {MAX_ITEMS} are allowed"),
            );
        }
        if self.declared.is_empty() {
            return; // Reported once at `languages`; every key would repeat it.
        }
        for lang in keys {
            if !self.declared.contains(&lang) {
                let declared = self.declared();
                self.error(
                    lang_path(path, lang),
                    format!(
                        "language {} is not declared; declared: {declared}",
                        quoted(lang)
                    ),
                );
            }
        }
    }

    /// Paragraphs: every declared language, each a non-empty list of non-empty texts.
    pub(super) fn paragraphs(&mut self, path: &str, paragraphs: &Paragraphs) {
        self.text_keys(
            path,
            paragraphs.keys().map(String::as_str),
            paragraphs.len(),
        );
        for (lang, list) in paragraphs {
            if !self.declared.contains(&lang.as_str()) {
                continue;
            }
            let list_path = lang_path(path, lang);
            if list.is_empty() {
                self.error(
                    list_path.clone(),
                    "no paragraphs; write at least one".to_string(),
                );
            }
            self.list_size(&list_path, list.len(), None);
            for (i, paragraph) in list.iter().enumerate() {
                self.plain_string(&index_path(&list_path, i), paragraph, true);
            }
        }
        for lang in self.languages.clone() {
            if !paragraphs.contains_key(lang) {
                self.error(
                    lang_path(path, lang),
                    format!("missing the paragraphs in {}", quoted(lang)),
                );
            }
        }
    }

    /// A quote's translations: into every declared language but the quote's own.
    pub(super) fn translation(&mut self, quote_path: &str, quote_lang: &str, translation: &Text) {
        let path = key_path(quote_path, "translation");
        self.text_keys(
            &path,
            translation.keys().map(String::as_str),
            translation.len(),
        );
        for (lang, value) in translation {
            if lang == quote_lang {
                self.error(
                    lang_path(&path, lang),
                    format!(
                        "the quote is already in {}; translations are for the other languages",
                        quoted(lang)
                    ),
                );
            } else if self.declared.contains(&lang.as_str()) {
                self.plain_string(&lang_path(&path, lang), value, true);
            }
        }
        for lang in self.languages.clone() {
            if lang != quote_lang && !translation.contains_key(lang) {
                self.error(
                    lang_path(&path, lang),
                    format!(
                        "missing the translation into {} of this {} quote",
                        quoted(lang),
                        quoted(quote_lang)
                    ),
                );
            }
        }
    }
}

/// Whether the app has a UI file for `lang` (a story may declare any such language).
pub(super) fn is_supported(lang: &str) -> bool {
    Lang::all().any(|supported| supported.code() == lang)
}

/// The character count of a text longer than [`MAX_TEXT_CHARS`], if it is.
fn too_long(value: &str) -> Option<usize> {
    if value.len() <= MAX_TEXT_CHARS {
        return None; // Never more characters than bytes.
    }
    let count = value.chars().count();
    (count > MAX_TEXT_CHARS).then_some(count)
}

fn lang_path(path: &str, lang: &str) -> String {
    let mut path = path.to_string();
    push_key(&mut path, lang);
    path
}

#[cfg(test)]
mod tests {
    use crate::story::load::testing::*;
    use crate::story::load::*;
    use serde_json::json;

    #[test]
    fn undeclared_language_lists_the_declared_ones() {
        let errors = errors_after(|v| v["title"]["fr"] = json!("Titre"));
        assert_eq!(
            described(&errors),
            ["title.fr: language \"fr\" is not declared; declared: de, en"]
        );
    }

    #[test]
    fn missing_and_empty_translations_are_errors() {
        let errors = errors_after(|v| {
            v["summary"].as_object_mut().unwrap().remove("de");
            v["sources"][1]["note"]["en"] = json!("   ");
            v["steps"][0]["body"].as_object_mut().unwrap().remove("en");
            v["steps"][1]["body"]["de"] = json!([]);
            v["steps"][1]["body"]["en"][1] = json!("");
        });
        assert_eq!(
            described(&errors),
            [
                "summary.de: missing the text in \"de\"",
                "sources[1].note.en: empty text",
                "steps[0].body.en: missing the paragraphs in \"en\"",
                "steps[1].body.de: no paragraphs; write at least one",
                "steps[1].body.en[1]: empty text",
            ]
        );
    }

    #[test]
    fn quote_language_and_translations_are_checked() {
        let errors = errors_after(|v| v["claims"][1]["quote"]["lang"] = json!("ru"));
        assert_eq!(
            described(&errors),
            [
                "claims[1].quote.lang: language \"ru\" is not declared; declared: de, en",
                "claims[1].quote.translation.de: missing the translation into \"de\" of this \"ru\" quote",
            ]
        );
        let errors = errors_after(|v| {
            v["claims"][1]["quote"]["translation"] = json!({"de": "eine weitere Falschmeldung"})
        });
        assert_eq!(
            described(&errors),
            [
                "claims[1].quote.translation.de: the quote is already in \"de\"; translations are for the other languages",
                "claims[1].quote.translation.en: missing the translation into \"en\" of this \"de\" quote",
            ]
        );
        let errors = errors_after(|v| v["claims"][1]["quote"]["text"] = json!(" "));
        assert_eq!(described(&errors), ["claims[1].quote.text: empty text"]);
    }

    #[test]
    fn languages_must_be_declared_once_supported_and_include_the_default() {
        let errors = errors_after(|v| v["languages"] = json!(["de", "it", "de"]));
        assert_eq!(
            described(&errors)[..2],
            [
                "languages[1]: no UI file for language \"it\"; known: de, en, fr",
                "languages[2]: language \"de\" is declared twice",
            ]
        );
        // Every `en` text is now undeclared.
        assert!(described(&errors)
            .contains(&"title.en: language \"en\" is not declared; declared: de, it".to_string()));

        let errors = errors_after(|v| v["default_language"] = json!("en-gb"));
        assert_eq!(
            described(&errors),
            ["default_language: language \"en-gb\" is not declared; declared: de, en"]
        );

        let errors = errors_after(|v| v["languages"] = json!([]));
        let described = described(&errors);
        assert_eq!(
            described[0],
            "languages: no language declared; name at least one of: de, en, fr"
        );
        assert_eq!(described.len(), 2, "{described:?}"); // + default_language, no cascade
    }

    #[test]
    fn texts_longer_than_the_limit_are_errors() {
        let long = "ä".repeat(MAX_TEXT_CHARS);
        let mut value = sample_value();
        value["summary"]["de"] = json!(long);
        assert!(load(&value.to_string()).is_ok(), "exactly at the limit");
        let errors = errors_after(|v| {
            v["summary"]["de"] = json!(format!("{long}x"));
            v["claims"][1]["quote"]["text"] = json!("q".repeat(MAX_TEXT_CHARS + 1));
        });
        assert_eq!(
            described(&errors),
            [
                "summary.de: text is 20001 characters long; at most 20000 are allowed",
                "claims[1].quote.text: text is 20001 characters long; at most 20000 are allowed",
            ]
        );
    }
}
