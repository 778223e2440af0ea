//! The few places the app touches the browser outside its own DOM: the URL, `<html>`,
//! the title, the story inlined in the page and a same-origin fetch. Every call tolerates a missing window or a
//! browser that refuses (sandboxed frames, opaque origins): it does nothing, never panics.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::state::Theme;
use crate::story::locale::Lang;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

fn html() -> Option<web_sys::Element> {
    document()?.document_element()
}

/// The page's query string (`?step=2…`), or empty.
pub fn query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Replaces the query string without a new history entry; the hash is kept.
pub fn replace_query(query: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if window.location().search().ok().as_deref() == Some(query) {
        return;
    }
    let hash = window.location().hash().unwrap_or_default();
    let url = [query, &hash].concat();
    if let Ok(history) = window.history() {
        // May be refused in unusual frames; the app works the same without it.
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// The page's own `<html lang>`, if it names one.
pub fn document_lang() -> Option<String> {
    html()?.get_attribute("lang")
}

pub fn set_document_lang(lang: Lang) {
    if let Some(html) = html() {
        let _ = html.set_attribute("lang", lang.code());
    }
}

pub fn set_title(title: &str) {
    if let Some(doc) = document() {
        doc.set_title(title);
    }
}

/// `theme=light|dark` pins the colour scheme; `auto` follows the system.
pub fn set_theme(theme: Theme) {
    if let Some(html) = html() {
        let _ = match theme {
            Theme::Auto => html.remove_attribute("data-theme"),
            other => html.set_attribute("data-theme", other.as_str()),
        };
    }
}

/// The story the page carries: the text of `<script type="application/json"
/// id="claimlens-story">`, which the build writes into each story's page.
pub fn inlined_story() -> Option<String> {
    document()?
        .get_element_by_id("claimlens-story")?
        .text_content()
}

/// Fetches a same-origin text file; the error is a short reader-facing reason.
pub async fn fetch_text(path: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(path))
        .await
        .map_err(|_| "network error".to_owned())?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "no response".to_owned())?;
    if !response.ok() {
        return Err(["HTTP ", &response.status().to_string()].concat());
    }
    let text = response.text().map_err(|_| "unreadable body".to_owned())?;
    let text = JsFuture::from(text)
        .await
        .map_err(|_| "unreadable body".to_owned())?;
    text.as_string().ok_or_else(|| "unreadable body".to_owned())
}
