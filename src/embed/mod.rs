//! The iframe protocols: how claimlens talks to the page that embeds it.
//!
//! `protocol` is pure: the message formats (pym.js, AMP, the own host snippet) as values,
//! and the readers of what a host sends, host-tested. `shell` is the browser part: it
//! measures, posts and listens through `hooks`, and never throws, not even in
//! `<iframe sandbox="allow-scripts">` (it touches neither storage nor cookies).
pub mod protocol;
mod shell;

pub use protocol::EmbedParams;
pub use shell::{connect, is_framed};
