//! One reader-facing piece per file. Components render what the pure core computes and
//! dispatch the reader's actions to `ReaderState`; no story logic lives here.

pub mod claim_board;
pub mod claim_card;
pub mod error_panel;
pub mod explainer;
pub mod figure_chart;
pub mod figure_table;
pub mod language_switch;
pub mod lens_switch;
pub mod source_list;
pub mod story_header;
pub mod story_view;

use leptos::prelude::*;

use crate::story::locale::Lang;
use crate::story::ui_text::{ui, UiText};

/// One of the UI's own strings in the reader's language, following switches.
///
/// Every such label is the same type (`pick` is a plain `fn`), so tachys compiles the code
/// that renders and updates it once instead of once per closure: that is wasm bytes.
pub fn label(
    lang: RwSignal<Lang>,
    pick: fn(&'static UiText) -> &'static str,
) -> Signal<&'static str> {
    Signal::derive(move || pick(ui(lang.get())))
}

/// The `changed` test of a memo of a view model: it is recomputed only when the reader's
/// choices it reads changed, so it has changed too; comparing whole views would only add
/// code to the download.
pub(crate) fn recomputed<T>(_: Option<&T>, _: Option<&T>) -> bool {
    true
}

/// One text of a view model, following it. Like `label`, every such text is the same type
/// per view model (`pick` is a plain `fn`), so its render and update code is compiled once.
pub fn text_of<T>(view: Memo<T>, pick: fn(&T) -> &str) -> Signal<String>
where
    T: PartialEq + Send + Sync + 'static,
{
    Signal::derive(move || view.with(|v| pick(v).to_owned()))
}

/// A text of the item at `index` of a view model's list (a chart's marks, a table's rows),
/// following the model: one function type per list, so its update code is compiled once.
pub fn item_text<V, I>(
    model: Memo<V>,
    items: fn(&V) -> &[I],
    index: usize,
    pick: fn(&I) -> &str,
) -> Signal<String>
where
    V: Send + Sync + 'static,
    I: 'static,
{
    Signal::derive(move || {
        model
            .with(|v| items(v).get(index).map(|item| pick(item).to_owned()))
            .unwrap_or_default()
    })
}

/// `"true"` or `"false"`, as ARIA and `data-*` attributes spell a flag.
pub fn flag(on: bool) -> &'static str {
    if on {
        "true"
    } else {
        "false"
    }
}
