//! `editors.html`: the newsroom's page (no reader page links to it). Every story in
//! `data/` with its title, languages, counts, story-check's verdict with the located
//! errors, a preview link, and copy-ready embed code for each embedding variant.
//!
//! Static and readable without script: the embed code sits in read-only text areas with
//! page-relative addresses. The page's one inline script (allowed by the CSP hash
//! `scripts/csp.mjs` writes) makes those addresses absolute and shows the copy buttons.

use crate::story::locale::Lang;
use crate::story::ui_text::ui;

use super::entry::{StoryEntry, Summary};
use super::html;

/// The height a fixed iframe gets: the first step fits on a phone (README, "Embedding").
const IFRAME_HEIGHT: &str = "900";

/// pym.js, as NPR serves it (README, "Embedding"; a newsroom may serve its own copy).
const PYM_URL: &str = "https://pym.nprapps.org/pym.v1.min.js";

/// The address `/` shows: the home story's name, or why it shows none.
pub type Home = Result<String, String>;

/// One embedding variant of one story: its label and the code to paste.
#[derive(Debug, Clone, PartialEq)]
pub struct Embed {
    pub label: &'static str,
    pub hint: &'static str,
    pub code: String,
}

/// The embed code of the story with address `name`, in each variant; `snippet` is the
/// minified claimlens host snippet (`host/claimlens-host.min.js`).
pub fn embeds(name: &str, summary: &Summary, snippet: &str) -> [Embed; 3] {
    let src = html::attr(&[name, ".html?lang=", &summary.default_language].concat());
    let words = Lang::parse(&summary.default_language).map(|lang| ui(lang).embed_title);
    let title = html::attr(&match words {
        Some(words) => [words, ": ", &summary.title].concat(),
        None => summary.title.clone(),
    });
    let iframe = |attrs: &str| {
        format!(
            "<iframe {attrs}src=\"{src}\"\n        title=\"{title}\"\n        \
             width=\"100%\" height=\"{IFRAME_HEIGHT}\" loading=\"lazy\" style=\"border:0\"></iframe>"
        )
    };
    [
        Embed {
            label: "Plain iframe",
            hint: "Works everywhere, no script; the height is fixed.",
            code: iframe(""),
        },
        Embed {
            label: "pym.js",
            hint: "For pages that load pym.js: it creates the iframe and sizes it.",
            code: format!(
                "<div data-pym-src=\"{src}\"\n     data-pym-title=\"{title}\"></div>\n\
                 <script src=\"{PYM_URL}\"></script>"
            ),
        },
        Embed {
            label: "claimlens snippet",
            hint: "Sizes the iframe to the explainer; no dependency, no request. Paste the script once per page.",
            code: format!(
                "{}\n<script>\n{}\n</script>",
                iframe("data-claimlens "),
                snippet.trim()
            ),
        },
    ]
}

/// The whole editors' page.
pub fn editors_page(entries: &[StoryEntry], home: &Home, snippet: &str) -> String {
    let sections: String = entries
        .iter()
        .enumerate()
        .map(|(index, entry)| story_section(index + 1, entry, snippet))
        .collect();
    [
        HEAD,
        "<main class=\"editors\"><h1>Stories in this deployment</h1>",
        "<p>For the newsroom: every story in <code>data/</code>, whether it passes \
         <code>story-check</code>, a preview and the code to embed it. No reader page links \
         here. The addresses in the embed code are relative to this page until its script \
         makes them absolute.</p>",
        &home_line(entries, home),
        &sections,
        "<p id=\"copy-status\" class=\"visually-hidden\" role=\"status\"></p></main>",
        "<script>",
        SCRIPT,
        "</script></body></html>\n",
    ]
    .concat()
}

fn home_line(entries: &[StoryEntry], home: &Home) -> String {
    match home {
        Ok(name) => {
            let title = entries
                .iter()
                .find(|entry| entry.name.as_deref() == Some(name))
                .map_or(name.as_str(), |entry| entry.summary.title.as_str());
            format!(
                "<p>The address <a href=\"./\">./</a> (<code>index.html</code>) shows \
                 <a href=\"{}.html\">{}</a>, named in <code>data/site.json</code>.</p>",
                html::attr(name),
                html::text(title)
            )
        }
        Err(problem) => format!(
            "<p>The address <code>./</code> shows no story: <code>{}</code></p>",
            html::text(problem)
        ),
    }
}

fn story_section(index: usize, entry: &StoryEntry, snippet: &str) -> String {
    let id = format!("story-{index}");
    let summary = &entry.summary;
    let heading = if summary.title.is_empty() {
        html::text(&entry.file)
    } else {
        html::text(&summary.title)
    };
    let lang = if summary.default_language.is_empty() {
        String::new()
    } else {
        format!(" lang=\"{}\"", html::attr(&summary.default_language))
    };
    let count = |n: Option<usize>| n.map_or("—".to_owned(), |n| n.to_string());
    let verdict = match entry.errors.len() {
        0 => "ok".to_owned(),
        1 => "1 error".to_owned(),
        n => format!("{n} errors"),
    };
    let mut out = format!(
        "<section class=\"story\" aria-labelledby=\"{id}\"><h2 id=\"{id}\"{lang}>{heading}</h2><dl>\
         <dt>File</dt><dd><code>{file}</code></dd>\
         <dt>Languages</dt><dd>{languages}</dd>\
         <dt>Steps</dt><dd>{steps}</dd><dt>Claims</dt><dd>{claims}</dd><dt>Figures</dt><dd>{figures}</dd>\
         <dt>story-check</dt><dd>{verdict}</dd></dl>",
        file = html::text(&entry.file),
        languages = html::text(&languages(summary)),
        steps = count(summary.steps),
        claims = count(summary.claims),
        figures = count(summary.figures),
    );
    if !entry.errors.is_empty() {
        out.push_str("<ul class=\"errors\" aria-label=\"story-check errors\">");
        for error in &entry.errors {
            out.push_str(&format!("<li><code>{}</code></li>", html::text(error)));
        }
        out.push_str("</ul>");
    }
    match (&entry.name, &entry.loaded) {
        (Some(name), Some(_)) => {
            let page = html::attr(&[name, ".html"].concat());
            out.push_str(&format!("<p><a href=\"{page}\">Preview: {page}</a></p>"));
            out.push_str("<h3>Embed code</h3>");
            for (variant, embed) in embeds(name, summary, snippet).iter().enumerate() {
                out.push_str(&embed_block(&format!("{id}-embed-{variant}"), &page, embed));
            }
        }
        (Some(name), None) => {
            let preview = html::attr(&["index.html?story=", name].concat());
            out.push_str(&format!(
                "<p>No reader page until story-check passes. \
                 <a href=\"{preview}\">Preview with its errors: {preview}</a></p>"
            ));
        }
        (None, _) => out.push_str("<p>No address: rename the file (see the errors).</p>"),
    }
    out.push_str("</section>");
    out
}

fn embed_block(id: &str, page: &str, embed: &Embed) -> String {
    let rows = embed.code.lines().count() + 1;
    format!(
        "<div class=\"embed\"><label for=\"{id}\">{label}</label>\
         <p id=\"{id}-hint\" class=\"hint\">{hint}</p>\
         <textarea id=\"{id}\" rows=\"{rows}\" readonly spellcheck=\"false\" \
         aria-describedby=\"{id}-hint\" data-page=\"{page}\">{code}</textarea>\
         <button type=\"button\" data-copy=\"{id}\" hidden>Copy: {label}</button></div>",
        label = html::text(embed.label),
        hint = html::text(embed.hint),
        code = html::text(&embed.code),
    )
}

/// "Deutsch (de, default), English (en)": the UI's name for each language it speaks.
fn languages(summary: &Summary) -> String {
    if summary.languages.is_empty() {
        return "—".to_owned();
    }
    summary
        .languages
        .iter()
        .map(|code| {
            let default = if *code == summary.default_language {
                ", default"
            } else {
                ""
            };
            match Lang::parse(code) {
                Some(lang) => format!("{} ({code}{default})", lang.name()),
                None => format!("{code}{default}"),
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

const HEAD: &str = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<meta name=\"robots\" content=\"noindex\"><title>Stories in this deployment · claimlens</title>\
<link rel=\"icon\" href=\"data:,\"><style>\
:root{color-scheme:light dark;font:1rem/1.5 system-ui,sans-serif}body{margin:0}\
.editors{max-width:60rem;margin:0 auto;padding:1rem}\
.story{border-top:1px solid;margin-top:2rem;padding-top:.5rem}\
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dd{margin:0}\
.errors code{white-space:pre-wrap;overflow-wrap:anywhere}\
.embed{margin:1rem 0}.embed label{font-weight:700}.hint{margin:0}\
textarea{box-sizing:border-box;width:100%;font:.875rem/1.4 ui-monospace,monospace}\
button{font:inherit;min-height:44px;padding:0 1rem}\
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}\
</style></head><body>";

/// Absolute addresses in the embed code, and the copy buttons (hidden without script).
const SCRIPT: &str = "(()=>{\
const status=document.getElementById('copy-status');\
for(const area of document.querySelectorAll('textarea[data-page]')){\
const page=area.dataset.page;\
area.value=area.value.split('\"'+page).join('\"'+new URL(page,location.href).href);}\
for(const button of document.querySelectorAll('button[data-copy]')){\
button.hidden=false;\
button.addEventListener('click',async()=>{\
const area=document.getElementById(button.dataset.copy);\
area.select();\
try{await navigator.clipboard.writeText(area.value);status.textContent='Copied: '+button.textContent.replace('Copy: ','');}\
catch{status.textContent='Selected: press Ctrl+C to copy';}});}})();";

#[cfg(test)]
mod tests {
    use super::*;

    fn summary() -> Summary {
        Summary {
            title: "Tom & \"Jerry\"".into(),
            default_language: "en".into(),
            languages: vec!["en".into(), "de".into()],
            steps: Some(3),
            claims: Some(4),
            figures: Some(0),
        }
    }

    #[test]
    fn each_variant_names_the_story_page_and_titles_the_frame() {
        let [plain, pym, snippet] = embeds("tom", &summary(), "!function(){}()\n");
        assert_eq!(
            plain.code,
            "<iframe src=\"tom.html?lang=en\"\n        \
             title=\"Interactive explainer: Tom &amp; &quot;Jerry&quot;\"\n        \
             width=\"100%\" height=\"900\" loading=\"lazy\" style=\"border:0\"></iframe>"
        );
        assert!(pym
            .code
            .starts_with("<div data-pym-src=\"tom.html?lang=en\"\n"));
        assert!(pym
            .code
            .contains("data-pym-title=\"Interactive explainer: Tom"));
        assert!(pym
            .code
            .ends_with("<script src=\"https://pym.nprapps.org/pym.v1.min.js\"></script>"));
        assert!(snippet
            .code
            .starts_with("<iframe data-claimlens src=\"tom.html?lang=en\""));
        assert!(snippet
            .code
            .ends_with("<script>\n!function(){}()\n</script>"));
    }

    #[test]
    fn the_frame_title_is_worded_in_the_story_default_language() {
        let mut summary = summary();
        summary.default_language = "de".into();
        let [plain, ..] = embeds("tom", &summary, "");
        assert!(plain.code.contains("title=\"Interaktive Erklärung: Tom"));
    }

    #[test]
    fn languages_are_named_with_the_default_marked() {
        assert_eq!(languages(&summary()), "English (en, default), Deutsch (de)");
        assert_eq!(languages(&Summary::default()), "—");
    }
}
