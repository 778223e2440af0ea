//! A story's reader page in one of its languages, made from the built `index.html`: the
//! story's own `<title>` and `<html lang>`, the story prerendered with the app's components
//! (`prerender.rs`) in place of the template's boot frame and `<noscript>` note, and the
//! story itself inlined for the app.
//!
//! The built page is minified on release (attribute quotes dropped), so the template is
//! found by its elements, not by exact markup: `<html …>`, `<title>…</title>`,
//! `<noscript>…</noscript>` and the `<main>` whose tag names `claimlens-boot` (or, in a page
//! filled before, the prerendered `<main>`); each is replaced as a whole. Filling a filled
//! page again gives the same page.

use std::sync::Arc;

use crate::story::locale::Lang;
use crate::story::present::languages;
use crate::story::{self, Story};

use super::html;
use super::prerender::story_markup;

/// The id of the inlined story, which the app reads (`src/browser.rs`).
pub const STORY_SCRIPT_ID: &str = "claimlens-story";

/// The reader page of `story` in `lang`, at the address `page` (without `.html`), whose
/// made from `template`; or what the template lacks.
pub fn reader_page(
    template: &str,
    story: &Arc<Story>,
    lang: Lang,
    page: &str,
) -> Result<String, String> {
    let title = story::text(&story.title, lang.code());
    let filled = replace_html_tag(template, lang.code())?;
    let filled = replace_element(&filled, "<title>", "</title>", &title_element(title))?;
    let filled = remove_noscript(&filled);
    replace_boot_frame(
        &filled,
        &[story_markup(story, lang, page), story_script(story)].concat(),
    )
}

/// The languages a story has a page in: its default first, then the others it offers.
pub fn page_languages(story: &Story) -> Vec<Lang> {
    languages::distinct(std::iter::once(&story.default_language).chain(&story.languages))
}

fn title_element(title: &str) -> String {
    ["<title>", &html::text(title), "</title>"].concat()
}

/// `<html lang>` is the story's default language (the app changes it with the reader's).
fn replace_html_tag(page: &str, lang: &str) -> Result<String, String> {
    let start = page.find("<html").ok_or("index.html has no <html> tag")?;
    let end = tag_end(page, start).ok_or("index.html: the <html> tag is not closed")?;
    Ok(splice(
        page,
        start,
        end,
        &["<html lang=\"", &html::attr(lang), "\">"].concat(),
    ))
}

/// Replaces the first element from `open` to `close` (inclusive) with `replacement`.
fn replace_element(
    page: &str,
    open: &str,
    close: &str,
    replacement: &str,
) -> Result<String, String> {
    let missing = || format!("index.html has no {open}…{close}");
    let start = page.find(open).ok_or_else(missing)?;
    let end = page[start..].find(close).ok_or_else(missing)? + start + close.len();
    Ok(splice(page, start, end, replacement))
}

/// The template's `<noscript>` note goes: the prerendered story is what readers without
/// JavaScript read.
fn remove_noscript(page: &str) -> String {
    replace_element(page, "<noscript>", "</noscript>", "").unwrap_or_else(|_| page.to_owned())
}

/// Replaces the boot frame (or the story prerendered by an earlier fill, and the story
/// inlined after it).
fn replace_boot_frame(page: &str, replacement: &str) -> Result<String, String> {
    let missing = || "index.html has no <main id=\"claimlens-boot\">…</main>".to_owned();
    let is_frame =
        |tag: &str| tag.contains("claimlens-boot") || tag.contains("data-state=\"static\"");
    let start = page
        .match_indices("<main")
        .map(|(at, _)| at)
        .find(|&at| tag_end(page, at).is_some_and(|end| is_frame(&page[at..end])))
        .ok_or_else(missing)?;
    let mut end = page[start..].find("</main>").ok_or_else(missing)? + start + "</main>".len();
    let earlier = [
        "<script type=\"application/json\" id=\"",
        STORY_SCRIPT_ID,
        "\">",
    ]
    .concat();
    if page[end..].starts_with(&earlier) {
        if let Some(close) = page[end..].find("</script>") {
            end += close + "</script>".len();
        }
    }
    Ok(splice(page, start, end, replacement))
}

/// The index just past the `>` of the tag that starts at `start`.
fn tag_end(page: &str, start: usize) -> Option<usize> {
    page[start..].find('>').map(|at| start + at + 1)
}

fn splice(page: &str, start: usize, end: usize, replacement: &str) -> String {
    [&page[..start], replacement, &page[end..]].concat()
}

/// The story for the app to read instead of fetching it, in the form the reader's wasm
/// decodes (`story::payload`: compact JSON, a fifth fewer bytes than the file).
fn story_script(story: &Story) -> String {
    let compact = story::payload::encode(story);
    [
        "<script type=\"application/json\" id=\"",
        STORY_SCRIPT_ID,
        "\">",
        &html::json_script_body(&compact),
        "</script>",
    ]
    .concat()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mini() -> Arc<Story> {
        Arc::new(crate::story::load(include_str!("../../tests/fixtures/mini.json")).unwrap())
    }

    fn de() -> Lang {
        Lang::parse("de").unwrap()
    }

    /// The shape of the built index.html, minified as on release.
    const TEMPLATE: &str = "<!doctype html><html lang=en><meta charset=utf-8><title>claimlens</title>\
        <style>#claimlens{min-height:100vh}</style><script type=module>import init from './x.js'</script>\
        </head><body><noscript><section class=noscript><p>generic</p></section></noscript>\
        <main aria-busy=true class=claimlens data-state=loading id=claimlens-boot><header class=story-header>\
        <h1 class=story-title></h1></header></main></body></html>";

    fn page_in(lang: Lang) -> String {
        reader_page(TEMPLATE, &mini(), lang, "mini").unwrap()
    }

    #[test]
    fn the_page_carries_the_story_title_language_and_the_prerendered_story() {
        let page = page_in(de());
        assert!(page.starts_with("<!doctype html><html lang=\"de\"><meta charset=utf-8>"));
        assert!(page.contains("<title>Hat Nordkorea Truppen nach Russland geschickt?</title>"));
        // The chart's positions in a sheet of their own (no style attributes), then the header.
        assert!(page.contains(
            "<main id=\"claimlens\" data-state=\"static\" class=\"claimlens\"><style>#claimlens [data-style="
        ));
        assert!(page.contains("}</style><header class=\"story-header\">"));
        assert!(page.contains(
            "<h1 class=\"story-title\">Hat Nordkorea Truppen nach Russland geschickt?</h1>\
             <p class=\"story-summary\">Südkoreas Geheimdienst sagt ja, Moskau bestreitet es.</p>\
             <p class=\"story-date\">Stand: Freitag</p>"
        ));
        // The template's style and module script are left as they are; the boot frame and
        // the generic note are gone.
        assert!(page.contains("<style>#claimlens{min-height:100vh}</style><script type=module>"));
        assert!(!page.contains("<p>generic</p>"));
        assert!(!page.contains("<noscript>"));
        assert!(!page.contains("claimlens-boot"));
    }

    #[test]
    fn another_language_s_page_speaks_it_and_links_back_to_the_default_page() {
        let page = page_in(Lang::parse("en").unwrap());
        assert!(page.starts_with("<!doctype html><html lang=\"en\">"));
        assert!(page.contains("<title>Has North Korea sent troops to Russia?</title>"));
        assert!(page.contains("href=\"mini.html\""), "{page}");
        assert!(
            page.contains("href=\"mini.en.html\" aria-current=\"page\""),
            "{page}"
        );
    }

    #[test]
    fn the_story_is_inlined_after_the_prerendered_story_with_every_lt_escaped() {
        let mut story = (*mini()).clone();
        story.id = "</script><!--".to_owned();
        let page = reader_page(TEMPLATE, &Arc::new(story.clone()), de(), "mini").unwrap();
        let payload = html::json_script_body(&story::payload::encode(&story));
        assert!(payload.contains("\"id\":\"\\u003c/script>\\u003c!--\""));
        assert!(page.ends_with(
            &[
                "</section></main><script type=\"application/json\" id=\"claimlens-story\">",
                &payload,
                "</script></body></html>"
            ]
            .concat()
        ));
    }

    #[test]
    fn the_inlined_seed_story_loads_as_the_same_story_as_its_file() {
        let json = crate::story::BUNDLED;
        let story = Arc::new(crate::story::load(json).unwrap());
        let page = reader_page(TEMPLATE, &story, de(), "nk-troops").unwrap();
        let open = "id=\"claimlens-story\">";
        let start = page.find(open).unwrap() + open.len();
        let end = start + page[start..].find("</script>").unwrap();
        assert!(end - start < json.len());
        assert_eq!(crate::story::load(&page[start..end]).unwrap(), *story);
    }

    #[test]
    fn filling_a_filled_page_again_gives_the_same_page() {
        let once = page_in(de());
        let twice = reader_page(&once, &mini(), de(), "mini").unwrap();
        assert_eq!(twice, once);
    }

    #[test]
    fn story_text_cannot_become_markup() {
        let mut story = (*mini()).clone();
        story
            .title
            .insert("de".into(), "<img src=x onerror=alert(1)> & Co".into());
        let page = reader_page(TEMPLATE, &Arc::new(story), de(), "mini").unwrap();
        assert!(!page.contains("<img"));
        assert!(page.contains("<title>&lt;img src=x onerror=alert(1)&gt; &amp; Co</title>"));
    }

    #[test]
    fn a_template_without_its_parts_is_an_error_not_a_panic() {
        for broken in [
            "",
            "<html",
            "<html><title>x",
            "<html><title>x</title><noscript></noscript>",
        ] {
            assert!(
                reader_page(broken, &mini(), de(), "mini").is_err(),
                "{broken}"
            );
        }
    }

    #[test]
    fn a_story_in_one_language_has_one_page_and_no_switch() {
        let mut story = (*mini()).clone();
        story.languages = vec!["de".into()];
        assert_eq!(page_languages(&story), vec![de()]);
        let page = reader_page(TEMPLATE, &Arc::new(story), de(), "mini").unwrap();
        assert!(!page.contains("language-switch"));
    }

    #[test]
    fn a_story_has_a_page_in_each_of_its_languages_the_default_first() {
        let mut story = (*mini()).clone();
        story.languages = vec!["en".into(), "de".into(), "en".into()];
        let codes: Vec<&str> = page_languages(&story).iter().map(|l| l.code()).collect();
        assert_eq!(codes, ["de", "en"]);
    }
}
