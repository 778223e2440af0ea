//! One reader-facing piece per file. Components render what the pure core computes and
//! dispatch the reader's actions to `ReaderState`; no story logic lives here.

pub mod claim_board;
pub mod claim_card;
pub mod error_panel;
pub mod explainer;
pub mod figure_table;
pub mod language_switch;
pub mod lens_switch;
pub mod source_list;
pub mod story_header;
pub mod story_view;
pub mod troop_chart;
