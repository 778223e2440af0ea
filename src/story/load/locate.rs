//! Where things are in a JSON text: the path of the value at a byte offset, and where the
//! value at a path starts.
//!
//! Knows JSON and nothing about stories. Paths are spelled as the checker spells them
//! (`claims[3].quote.translation.en`, keys clipped by [`push_key`]), so a path an error
//! names is found again in the text. Columns count characters (not bytes) from 1.

use std::collections::HashMap;

use super::{clip, MAX_QUOTED_CHARS};

/// Something about the value at a JSON path, to be told where that value is.
pub(super) trait Located {
    /// The path of the value (`claims[3].source`; empty for the whole document).
    fn path(&self) -> &str;
    /// Where the value starts: 1-based line, 1-based column in characters.
    fn set_position(&mut self, line: usize, column: usize);
}

/// The byte offset and the character column of what serde_json locates at 1-based `line`
/// and `byte_column` (a column in bytes).
pub(super) fn offset_and_column(text: &str, line: usize, byte_column: usize) -> (usize, usize) {
    let line_start = line_start(text, line);
    let offset = floor_char_boundary(text, line_start.saturating_add(byte_column));
    let column = text
        .get(line_start..offset)
        .map_or(byte_column, |prefix| prefix.chars().count());
    (offset, column)
}

/// Byte offset where 1-based `line` starts (the end of the text if it has fewer lines).
fn line_start(text: &str, line: usize) -> usize {
    if line <= 1 {
        return 0;
    }
    text.bytes()
        .enumerate()
        .filter(|&(_, b)| b == b'\n')
        .nth(line - 2)
        .map_or(text.len(), |(i, _)| i + 1)
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    if offset >= text.len() {
        return text.len();
    }
    while offset > 0 && !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// The JSON path of where serde_json stopped after consuming `text[..offset]`.
///
/// serde_json reports a wrong key right after the key, a wrong value right after the value
/// (or just before a container it will not enter), and a missing field right after the `}`
/// of the object that lacks it: in each case the innermost open key or index is the path.
pub(super) fn path_at(text: &str, offset: usize) -> String {
    let mut scanner = Scanner::new(text);
    scanner.run(offset, None);
    let frames = &scanner.stack;
    let mut path = String::new();
    let last = frames.len().saturating_sub(1);
    for (depth, frame) in frames.iter().enumerate() {
        let top = depth == last;
        match frame {
            Frame::Object { key, .. } => {
                if let Some(key) = key {
                    push_key(&mut path, key);
                }
            }
            Frame::Array { index, after_value } => {
                if !top || *after_value || scanner.value_ahead(offset) {
                    push_index(&mut path, *index);
                }
            }
        }
    }
    path
}

/// Tell each item where the value at its path (or the nearest enclosing value that exists)
/// starts in `text`; an item whose path is not even partly there is left as it is.
pub(super) fn locate<T: Located>(text: &str, items: &mut [T]) {
    let mut wanted: HashMap<String, Option<usize>> = HashMap::new();
    for item in items.iter() {
        for candidate in path_candidates(item.path()) {
            wanted.entry(candidate.to_string()).or_insert(None);
        }
    }
    if wanted.is_empty() {
        return;
    }
    let mut scanner = Scanner::new(text);
    scanner.run(
        text.len(),
        Some(&mut |path: &str, offset: usize| {
            if let Some(slot) = wanted.get_mut(path) {
                slot.get_or_insert(offset);
            }
        }),
    );
    // (offset, item index), sorted, so one sweep over the text finds every line and column.
    let mut found: Vec<(usize, usize)> = Vec::new();
    for (index, item) in items.iter().enumerate() {
        let offset = path_candidates(item.path())
            .find_map(|candidate| wanted.get(candidate).copied().flatten());
        if let Some(offset) = offset {
            found.push((offset, index));
        }
    }
    found.sort_unstable();
    let mut line = 1;
    let mut column = 1;
    let mut chars = text.char_indices().peekable();
    for (offset, index) in found {
        while let Some(&(at, c)) = chars.peek() {
            if at >= offset {
                break;
            }
            if c == '\n' {
                line += 1;
                column = 1;
            } else {
                column += 1;
            }
            chars.next();
        }
        if let Some(item) = items.get_mut(index) {
            item.set_position(line, column);
        }
    }
}

/// `a.b[2].c`, then `a.b[2]`, `a.b`, `a`.
fn path_candidates(path: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(path).filter(|p| !p.is_empty());
    std::iter::from_fn(move || {
        let current = rest?;
        rest = current
            .rfind(['.', '['])
            .and_then(|cut| current.get(..cut))
            .filter(|p| !p.is_empty());
        Some(current)
    })
}

/// `path.key`, the path of a key of the object at `path` (a function, not a `format!` at
/// every call: smaller wasm).
pub(super) fn key_path(path: &str, key: &str) -> String {
    [path, ".", key].concat()
}

/// `path[index]`, the path of an item of the list at `path`.
pub(super) fn index_path(path: &str, index: usize) -> String {
    let mut item = path.to_string();
    push_index(&mut item, index);
    item
}

/// Appends `.key` (`key` at the root), clipped so a hostile key cannot flood a path.
pub(super) fn push_key(path: &mut String, key: &str) {
    if !path.is_empty() {
        path.push('.');
    }
    path.push_str(&clip(key, MAX_QUOTED_CHARS));
}

fn push_index(path: &mut String, index: usize) {
    path.push('[');
    path.push_str(&index.to_string());
    path.push(']');
}

/// Called with the path and byte offset of each value as the scanner reaches it.
type OnValue<'f> = &'f mut dyn FnMut(&str, usize);

enum Frame {
    /// `key` is the key being read or whose value is being read; `after_value` once that
    /// value is complete (until the next `,`).
    Object {
        key: Option<String>,
        after_value: bool,
    },
    Array {
        index: usize,
        after_value: bool,
    },
}

/// A forgiving JSON tokenizer that tracks where in the document it is. No recursion, so
/// no depth is too deep; on malformed input it simply goes on (paths are best effort).
struct Scanner<'a> {
    text: &'a str,
    pos: usize,
    stack: Vec<Frame>,
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str) -> Self {
        Scanner {
            text,
            pos: 0,
            stack: Vec::new(),
        }
    }

    fn byte(&self, at: usize) -> Option<u8> {
        self.text.as_bytes().get(at).copied()
    }

    /// Whether a value (not `]`) starts at the next non-blank byte from `at`.
    fn value_ahead(&self, at: usize) -> bool {
        let mut at = at;
        while let Some(b) = self.byte(at) {
            if !b.is_ascii_whitespace() {
                return b != b']' && b != b',';
            }
            at += 1;
        }
        false
    }

    /// The path of the value about to start at the current position.
    fn value_path(&self) -> String {
        let mut path = String::new();
        for frame in &self.stack {
            match frame {
                Frame::Object { key: Some(key), .. } => push_key(&mut path, key),
                Frame::Object { key: None, .. } => {}
                Frame::Array { index, .. } => push_index(&mut path, *index),
            }
        }
        path
    }

    fn value_done(&mut self) {
        match self.stack.last_mut() {
            Some(Frame::Object { after_value, .. }) | Some(Frame::Array { after_value, .. }) => {
                *after_value = true
            }
            None => {}
        }
    }

    /// Scan up to byte `limit`, calling `on_value(path, offset)` where each value starts.
    fn run(&mut self, limit: usize, mut on_value: Option<OnValue<'_>>) {
        let limit = limit.min(self.text.len());
        while self.pos < limit {
            let Some(b) = self.byte(self.pos) else { break };
            match b {
                b'"' => {
                    let start = self.pos;
                    self.skip_string();
                    let is_key = matches!(self.stack.last(), Some(Frame::Object { key: None, .. }));
                    if is_key {
                        let key = self.decode_string(start, self.pos);
                        if let Some(Frame::Object { key: slot, .. }) = self.stack.last_mut() {
                            *slot = Some(key);
                        }
                    } else {
                        if let Some(on_value) = on_value.as_mut() {
                            on_value(&self.value_path(), start);
                        }
                        self.value_done();
                    }
                }
                b'{' | b'[' => {
                    if let Some(on_value) = on_value.as_mut() {
                        on_value(&self.value_path(), self.pos);
                    }
                    self.stack.push(if b == b'{' {
                        Frame::Object {
                            key: None,
                            after_value: false,
                        }
                    } else {
                        Frame::Array {
                            index: 0,
                            after_value: false,
                        }
                    });
                    self.pos += 1;
                }
                b'}' | b']' => {
                    self.stack.pop();
                    self.value_done();
                    self.pos += 1;
                }
                b',' => {
                    match self.stack.last_mut() {
                        Some(Frame::Object { key, after_value }) => {
                            *key = None;
                            *after_value = false;
                        }
                        Some(Frame::Array { index, after_value }) => {
                            *index = index.saturating_add(1);
                            *after_value = false;
                        }
                        None => {}
                    }
                    self.pos += 1;
                }
                b':' => self.pos += 1,
                b if b.is_ascii_whitespace() => self.pos += 1,
                _ => {
                    // A number or literal (or junk): up to the next delimiter.
                    if let Some(on_value) = on_value.as_mut() {
                        on_value(&self.value_path(), self.pos);
                    }
                    while let Some(b) = self.byte(self.pos) {
                        if matches!(b, b',' | b':' | b'{' | b'}' | b'[' | b']' | b'"')
                            || b.is_ascii_whitespace()
                        {
                            break;
                        }
                        self.pos += 1;
                    }
                    self.value_done();
                }
            }
        }
    }

    /// From the opening quote at `self.pos` to just after the closing one (or the end).
    fn skip_string(&mut self) {
        self.pos += 1;
        while let Some(b) = self.byte(self.pos) {
            self.pos += 1;
            match b {
                b'\\' => self.pos += 1,
                b'"' => return,
                _ => {}
            }
        }
        self.pos = self.pos.min(self.text.len());
    }

    fn decode_string(&self, start: usize, end: usize) -> String {
        let raw = self.text.get(start..end).unwrap_or("");
        if !raw.contains('\\') {
            return raw
                .strip_prefix('"')
                .map(|r| r.strip_suffix('"').unwrap_or(r))
                .unwrap_or(raw)
                .to_string();
        }
        serde_json::from_str::<String>(raw).unwrap_or_else(|_| raw.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_candidates_walk_up_to_the_root() {
        let candidates: Vec<&str> = path_candidates("claims[3].quote.translation.en").collect();
        assert_eq!(
            candidates,
            [
                "claims[3].quote.translation.en",
                "claims[3].quote.translation",
                "claims[3].quote",
                "claims[3]",
                "claims",
            ]
        );
        assert_eq!(path_candidates("").count(), 0);
    }

    #[test]
    fn the_scanner_survives_malformed_text() {
        for text in [
            "{\"a\": [1, {\"b\": \"\\",
            "]]]}}}",
            "\"",
            "{\"\\u12\": 1}",
            "[,,,]",
            "{:::}",
        ] {
            let mut scanner = Scanner::new(text);
            let mut seen = 0;
            scanner.run(text.len(), Some(&mut |_: &str, _: usize| seen += 1));
            let _ = path_at(text, text.len());
            let _ = path_at(text, text.len() + 10);
        }
    }
}
