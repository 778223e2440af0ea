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

/// The page's fragment (`#step-2`), or empty.
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
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

/// What the page showed before the app mounted: the story prerendered at build time
/// (`<main id="claimlens" data-state="static">`) or a template's boot frame, with the
/// reader's scroll position and the control they had focused in it.
pub struct Painted {
    main: Option<web_sys::Element>,
    scroll: (f64, f64),
    /// The focused control as a selector and its place among the visible matches.
    focus: Option<(String, usize)>,
}

impl Painted {
    /// Takes note of the painted page; call before the app mounts (then `#claimlens` is it).
    pub fn take() -> Painted {
        let doc = document();
        let main = doc.as_ref().and_then(|d| {
            d.get_element_by_id("claimlens")
                .or_else(|| d.get_element_by_id("claimlens-boot"))
        });
        let scroll = web_sys::window()
            .map(|w| (w.scroll_x().unwrap_or(0.0), w.scroll_y().unwrap_or(0.0)))
            .unwrap_or((0.0, 0.0));
        let focus = main.as_ref().and_then(|main| {
            let active = doc.as_ref()?.active_element()?;
            if !main.contains(Some(&active)) || main.is_same_node(Some(&active)) {
                return None;
            }
            let selector = match active.class_list().item(0) {
                Some(class) => [".", &class].concat(),
                None => active.tag_name().to_ascii_lowercase(),
            };
            let place = visible(main, &selector)
                .iter()
                .position(|el| el.is_same_node(Some(&active)))?;
            Some((selector, place))
        });
        Painted {
            main,
            scroll,
            focus,
        }
    }

    /// Removes the painted page now that the app is mounted, and gives the reader back
    /// their place: the same scroll position, and focus on the app's control in the place
    /// of the one they had focused.
    pub fn hand_over(self) {
        let Some(main) = self.main else {
            return;
        };
        main.remove();
        let doc = document();
        let app = doc.as_ref().and_then(|d| d.get_element_by_id("claimlens"));
        // The step on screen was on screen already: the app's step does not slide in.
        if let Some(Ok(Some(step))) = app.as_ref().map(|app| app.query_selector(".step")) {
            let _ = step.set_attribute("data-painted", "");
        }
        if let (Some(app), Some((selector, place))) = (app, self.focus) {
            let target = visible(&app, &selector).into_iter().nth(place);
            if let Some(el) = target.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = el.focus();
            }
        }
        if let Some(window) = web_sys::window() {
            window.scroll_to_with_x_and_y(self.scroll.0, self.scroll.1);
        }
    }
}

/// The elements under `root` matching `selector` that take up room (not `display: none`).
fn visible(root: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<web_sys::Element>().ok())
        .filter(|el| {
            let rect = el.get_bounding_client_rect();
            rect.width() > 0.0 || rect.height() > 0.0
        })
        .collect()
}
