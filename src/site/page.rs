//! A story's reader page, made from the built `index.html`: the story's own `<title>`,
//! `<html lang>`, boot frame and `<noscript>`, and the story itself inlined for the app.
//!
//! The built page is minified on release (attribute quotes dropped), so the template is
//! found by its elements, not by exact markup: `<html …>`, `<title>…</title>`,
//! `<noscript>…</noscript>` and the `<main>` whose tag names `claimlens-boot`; each is
//! replaced as a whole. Filling a filled page again gives the same page.

use crate::story::locale::Lang;
use crate::story::present::languages;
use crate::story::ui_text::ui;
use crate::story::{self, Story};

use super::html;

/// The id of the inlined story, which the app reads (`src/browser.rs`).
pub const STORY_SCRIPT_ID: &str = "claimlens-story";

/// The reader page of `story` made from `template`; or what the template lacks. The page
/// inlines the story's payload (`story::payload`), not its file's text (`_json`).
pub fn reader_page(template: &str, story: &Story, _json: &str) -> Result<String, String> {
    let lang = story.default_language.as_str();
    let title = story::text(&story.title, lang);
    let page = replace_html_tag(template, lang)?;
    let page = replace_element(&page, "<title>", "</title>", &title_element(title))?;
    let page = replace_element(&page, "<noscript>", "</noscript>", &noscript(story))?;
    replace_boot_frame(&page, &[boot_frame(story), story_script(story)].concat())
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

/// Replaces the boot frame (and the story inlined after it by an earlier fill).
fn replace_boot_frame(page: &str, replacement: &str) -> Result<String, String> {
    let missing = || "index.html has no <main id=\"claimlens-boot\">…</main>".to_owned();
    let start = page
        .match_indices("<main")
        .map(|(at, _)| at)
        .find(|&at| tag_end(page, at).is_some_and(|end| page[at..end].contains("claimlens-boot")))
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

/// The story's header as the app will draw it, painted before the wasm arrives (the
/// language switch holds its place, hidden, with the default language marked).
fn boot_frame(story: &Story) -> String {
    let lang = story.default_language.as_str();
    let options: String = languages::options(story)
        .iter()
        .map(|option| {
            let code = option.lang.code();
            let current = if code == lang { " data-current" } else { "" };
            [
                "<span class=\"language-option\" lang=\"",
                code,
                "\"",
                current,
                ">",
                &html::text(option.name),
                "</span>",
            ]
            .concat()
        })
        .collect();
    let switch = if options.is_empty() {
        String::new()
    } else {
        [
            "<div class=\"language-switch\" aria-hidden=\"true\">",
            &options,
            "</div>",
        ]
        .concat()
    };
    let line = |class: &str, text: &story::Text| {
        let words = html::text(story::text(text, lang));
        ["<p class=\"", class, "\">", &words, "</p>"].concat()
    };
    [
        "<main id=\"claimlens-boot\" class=\"claimlens\" data-state=\"loading\" aria-busy=\"true\">",
        "<header class=\"story-header\">",
        &switch,
        "<h1 class=\"story-title\">",
        &html::text(story::text(&story.title, lang)),
        "</h1>",
        &line("story-summary", &story.summary),
        &line("story-date", &story.date),
        &line("story-credit", &story.credit),
        "</header></main>",
    ]
    .concat()
}

/// For readers without JavaScript: the story's title and summary in each of its languages
/// (the default first), and that the explainer needs JavaScript.
fn noscript(story: &Story) -> String {
    let mut langs: Vec<Lang> = Vec::new();
    let codes = std::iter::once(&story.default_language).chain(&story.languages);
    for lang in codes.filter_map(|code| Lang::parse(code)) {
        if !langs.contains(&lang) {
            langs.push(lang);
        }
    }
    let parts: String = langs
        .iter()
        .enumerate()
        .map(|(index, &lang)| {
            let code = lang.code();
            let heading = if index == 0 { "h1" } else { "h2" };
            let para =
                |words: &str| ["<p lang=\"", code, "\">", &html::text(words), "</p>"].concat();
            let title = html::text(story::text(&story.title, code));
            [
                format!("<{heading} lang=\"{code}\">{title}</{heading}>"),
                para(story::text(&story.summary, code)),
                para(ui(lang).needs_javascript),
            ]
            .concat()
        })
        .collect();
    [
        "<noscript><section class=\"noscript\">",
        &parts,
        "</section></noscript>",
    ]
    .concat()
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

    fn mini() -> Story {
        crate::story::load(include_str!("../../tests/fixtures/mini.json")).unwrap()
    }

    /// The shape of the built index.html, minified as on release.
    const TEMPLATE: &str = "<!doctype html><html lang=en><meta charset=utf-8><title>claimlens</title>\
        <style>#claimlens-boot{min-height:100vh}</style><script type=module>import init from './x.js'</script>\
        </head><body><noscript><section class=noscript><p>generic</p></section></noscript>\
        <main aria-busy=true class=claimlens data-state=loading id=claimlens-boot><header class=story-header>\
        <h1 class=story-title></h1></header></main></body></html>";

    fn page() -> String {
        let story = mini();
        reader_page(TEMPLATE, &story, "{\"title\": \"</script>\"}").unwrap()
    }

    #[test]
    fn the_page_carries_the_story_title_language_and_header() {
        let page = page();
        assert!(page.starts_with("<!doctype html><html lang=\"de\"><meta charset=utf-8>"));
        assert!(page.contains("<title>Hat Nordkorea Truppen nach Russland geschickt?</title>"));
        assert!(page.contains(
            "<h1 class=\"story-title\">Hat Nordkorea Truppen nach Russland geschickt?</h1>\
             <p class=\"story-summary\">Südkoreas Geheimdienst sagt ja, Moskau bestreitet es.</p>\
             <p class=\"story-date\">Stand: Freitag</p>"
        ));
        assert!(page.contains(
            "<span class=\"language-option\" lang=\"de\" data-current>Deutsch</span>\
             <span class=\"language-option\" lang=\"en\">English</span>"
        ));
        // The boot frame's style and the module script are left as they are.
        assert!(
            page.contains("<style>#claimlens-boot{min-height:100vh}</style><script type=module>")
        );
        assert!(!page.contains("<p>generic</p>"));
    }

    #[test]
    fn noscript_gives_title_summary_and_the_generic_sentence_in_every_language() {
        let page = page();
        assert!(page.contains(
            "<noscript><section class=\"noscript\"><h1 lang=\"de\">Hat Nordkorea Truppen nach Russland geschickt?</h1>"
        ));
        assert!(page.contains("<h2 lang=\"en\">Has North Korea sent troops to Russia?</h2>"));
        assert!(page.contains(
            &[
                "<p lang=\"en\">",
                ui(Lang::of("en")).needs_javascript,
                "</p>"
            ]
            .concat()
        ));
    }

    #[test]
    fn the_story_is_inlined_after_the_boot_frame_with_every_lt_escaped() {
        let mut story = mini();
        story.id = "</script><!--".to_owned();
        let page = reader_page(TEMPLATE, &story, "").unwrap();
        let payload = html::json_script_body(&story::payload::encode(&story));
        assert!(payload.contains("\"id\":\"\\u003c/script>\\u003c!--\""));
        assert!(page.ends_with(
            &[
                "</header></main><script type=\"application/json\" id=\"claimlens-story\">",
                &payload,
                "</script></body></html>"
            ]
            .concat()
        ));
    }

    #[test]
    fn the_inlined_seed_story_loads_as_the_same_story_as_its_file() {
        let json = crate::story::BUNDLED;
        let story = crate::story::load(json).unwrap();
        let page = reader_page(TEMPLATE, &story, json).unwrap();
        let open = "id=\"claimlens-story\">";
        let start = page.find(open).unwrap() + open.len();
        let end = start + page[start..].find("</script>").unwrap();
        assert!(end - start < json.len());
        assert_eq!(crate::story::load(&page[start..end]).unwrap(), story);
    }

    #[test]
    fn filling_a_filled_page_again_gives_the_same_page() {
        let story = mini();
        let once = page();
        let twice = reader_page(&once, &story, "{\"title\": \"</script>\"}").unwrap();
        assert_eq!(twice, once);
    }

    #[test]
    fn story_text_cannot_become_markup() {
        let mut story = mini();
        story
            .title
            .insert("de".into(), "<img src=x onerror=alert(1)> & Co".into());
        let page = reader_page(TEMPLATE, &story, "{}").unwrap();
        assert!(!page.contains("<img"));
        assert!(page.contains("<title>&lt;img src=x onerror=alert(1)&gt; &amp; Co</title>"));
    }

    #[test]
    fn a_template_without_its_parts_is_an_error_not_a_panic() {
        let story = mini();
        for broken in [
            "",
            "<html",
            "<html><title>x",
            "<html><title>x</title><noscript></noscript>",
        ] {
            assert!(reader_page(broken, &story, "{}").is_err(), "{broken}");
        }
    }

    #[test]
    fn a_story_in_one_language_has_no_switch_in_its_boot_frame() {
        let mut story = mini();
        story.languages = vec!["de".into()];
        let page = reader_page(TEMPLATE, &story, "{}").unwrap();
        assert!(!page.contains("language-switch"));
        assert!(!page.contains("<h2 lang=\"en\">"));
    }
}
