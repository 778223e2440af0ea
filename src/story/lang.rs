//! The languages the UI speaks: one `data/ui/<code>.json` each, parsed by `build.rs` into
//! the static registry below, sorted by code. [`Lang`] is a small handle into it.
//!
//! A file that does not parse, or whose `code` is not its file name, is left out of the
//! build (story-check says why); the app never parses one. Nothing here names a language:
//! the first registered one is only the last resort when neither the URL nor the page names
//! one.

use std::fmt;

use super::ui_file::PluralRule::{BelowTwo, ExactlyOne};
use super::ui_file::{
    NoShare, Numbers, PluralWords, Qualifiers, Stances, Statuses, UiFile, UiText,
};

include!(concat!(env!("OUT_DIR"), "/ui_files.rs"));

/// A language the UI speaks: a handle into the registry of UI files.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Lang(u16);

impl Lang {
    /// Every language the UI speaks, sorted by code.
    pub fn all() -> impl Iterator<Item = Lang> {
        (0..UI_FILES.len()).filter_map(|i| u16::try_from(i).ok().map(Lang))
    }

    /// The first registered language: the fallback when nothing else names one.
    pub fn first() -> Lang {
        Lang(0)
    }

    /// A registered code in any case (`"FR"`), also with a region (`"de-AT"`, `"en_GB"`,
    /// as browsers report it); `None` for a language without a UI file.
    pub fn parse(code: &str) -> Option<Lang> {
        let exact = |code: &str| Lang::all().find(|lang| code.eq_ignore_ascii_case(lang.code()));
        exact(code).or_else(|| exact(code.split(['-', '_']).next().unwrap_or("")))
    }

    /// The language code, as in the story's `languages` and the URL (`?lang=en`).
    pub fn code(self) -> &'static str {
        self.file().code
    }

    /// The language's name in itself ("Deutsch", "Français").
    pub fn name(self) -> &'static str {
        self.file().name
    }

    /// Its UI file.
    pub(crate) fn file(self) -> &'static UiFile {
        UI_FILES.get(usize::from(self.0)).unwrap_or(&NO_FILE)
    }

    /// The registered language `code` (tests only: panics on an unknown code).
    #[cfg(test)]
    pub(crate) fn of(code: &str) -> Lang {
        Lang::all()
            .find(|lang| lang.code() == code)
            .unwrap_or_else(|| panic!("no UI file for {code:?}"))
    }
}

/// `Lang("fr")`: the code, not the registry index, so test failures read.
impl fmt::Debug for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Lang({:?})", self.code())
    }
}

/// The three languages the host tests speak most.
#[cfg(test)]
pub(crate) mod testing {
    use super::Lang;

    pub(crate) fn de() -> Lang {
        Lang::of("de")
    }

    pub(crate) fn en() -> Lang {
        Lang::of("en")
    }

    pub(crate) fn fr() -> Lang {
        Lang::of("fr")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_in_data_ui_is_registered_sorted_by_code() {
        let codes: Vec<&str> = Lang::all().map(Lang::code).collect();
        let mut files: Vec<String> =
            std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/data/ui"))
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|e| e == "json"))
                .map(|p| p.file_stem().unwrap().to_str().unwrap().to_owned())
                .collect();
        files.sort();
        assert_eq!(codes, files);
        assert!(codes.starts_with(&["de", "en", "fr"]), "{codes:?}");
        assert_eq!(Lang::first().code(), codes[0]);
    }

    #[test]
    fn the_registry_holds_each_file_as_story_check_reads_it() {
        for lang in Lang::all() {
            let path = format!(
                "{}/data/ui/{}.json",
                env!("CARGO_MANIFEST_DIR"),
                lang.code()
            );
            let text = std::fs::read_to_string(path).unwrap();
            let file = crate::story::load::load_ui(&text, lang.code()).unwrap();
            assert_eq!(
                lang.file(),
                &UiFile {
                    schema: None,
                    ..file
                }
            );
        }
    }

    #[test]
    fn lang_codes_round_trip() {
        for lang in Lang::all() {
            assert_eq!(Lang::parse(lang.code()), Some(lang));
        }
        assert_eq!(Lang::of("de").code(), "de");
        assert_eq!(Lang::of("en").code(), "en");
        assert_eq!(Lang::of("fr").name(), "Français");
        assert_eq!(format!("{:?}", Lang::of("fr")), "Lang(\"fr\")");
    }

    #[test]
    fn lang_parse_accepts_case_and_region_but_not_other_languages() {
        assert_eq!(Lang::parse("EN"), Some(Lang::of("en")));
        assert_eq!(Lang::parse("de-AT"), Some(Lang::of("de")));
        assert_eq!(Lang::parse("en_GB"), Some(Lang::of("en")));
        assert_eq!(Lang::parse("fr-CA"), Some(Lang::of("fr")));
        assert_eq!(Lang::parse("it"), None);
        assert_eq!(Lang::parse(""), None);
        assert_eq!(Lang::parse("deu"), None);
        assert_eq!(Lang::parse("<script>"), None);
    }

    #[test]
    fn an_unknown_handle_reads_no_words_instead_of_panicking() {
        let nowhere = Lang(u16::MAX);
        assert_eq!(nowhere.code(), "");
        assert_eq!(super::super::ui_text::ui(nowhere).back, "");
    }
}
