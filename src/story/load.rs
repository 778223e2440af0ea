//! Parse and validate a story: JSON text in, an immutable [`Story`] or located errors out.
//!
//! [`load`] parses with serde_json (the model denies unknown fields, so a typo is an error)
//! and then runs [`validate`], which reports every semantic error at once, in document order:
//! invalid or duplicate ids, dangling references, missing, empty or undeclared translations,
//! empty lists the UI needs, figures that are not whole positive numbers of sane size,
//! lens rules on unknown fields or values, steps that show nothing, and texts or lists so
//! large that a hostile story could blow up the UI.
//!
//! Every error carries the JSON path it is about (`claims[3].source`). Errors from [`load`]
//! also carry the line and column in the text: where serde_json stopped for a parse error,
//! where the value at the path starts for a semantic one. Columns count characters (not
//! bytes), starting at 1, as editors do.
//!
//! Pure: no leptos, no web_sys; nothing here panics, whatever the input.

use std::collections::{HashMap, HashSet};
use std::fmt;

use super::model::{
    Evidence, FigureSelection, LensRule, Paragraphs, RuleMatch, SourceKind, Stance, Status, Story,
    Text,
};

/// The languages the app has UI strings for; a story may declare any of them.
pub const SUPPORTED_LANGUAGES: &[&str] = &["de", "en"];

/// The longest text (in characters) any single field may hold.
pub const MAX_TEXT_CHARS: usize = 20_000;

/// The most items any list (or text map) may hold.
pub const MAX_ITEMS: usize = 500;

/// The largest figure a story may state; anything above is a typo, not a troop count.
pub const MAX_FIGURE: f64 = 10_000_000_000.0;

/// The largest story text [`load`] parses at all (4 MiB; a real story is well under 100 KiB).
pub const MAX_STORY_BYTES: usize = 4 * 1024 * 1024;

/// At most this many errors are listed; one more error says how many were left out.
pub const MAX_ERRORS: usize = 500;

/// The longest id [`is_valid_id`] accepts.
pub const MAX_ID_CHARS: usize = 64;

/// Lens rule fields, as written in the JSON (see [`LensRule`]).
pub const RULE_FIELDS: &[&str] = &[
    "evidence",
    "status",
    "stance",
    "source",
    "source.kind",
    "source.party",
];

/// The `source.party` value of a source that is not a party to the conflict.
pub const NO_PARTY: &str = "none";

/// User-supplied words quoted in messages and paths are clipped to this many characters.
const MAX_QUOTED_CHARS: usize = 64;

/// Messages (which may quote input) are clipped to this many characters.
const MAX_MESSAGE_CHARS: usize = 400;

/// "known: …" lists name at most this many values.
const MAX_KNOWN_LISTED: usize = 12;

/// One thing wrong with a story, located as precisely as possible.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoryError {
    /// 1-based line in the story text, when known.
    pub line: Option<usize>,
    /// 1-based column in characters, when known.
    pub column: Option<usize>,
    /// JSON path of the value the error is about (`claims[3].source`); empty for the
    /// whole document (e.g. a JSON syntax error).
    pub path: String,
    /// What is wrong and what was expected.
    pub message: String,
}

impl StoryError {
    fn at(path: impl Into<String>, message: impl Into<String>) -> Self {
        StoryError {
            line: None,
            column: None,
            path: path.into(),
            message: clip(&message.into(), MAX_MESSAGE_CHARS),
        }
    }
}

/// `LINE:COL: PATH: message`; parts that are unknown or empty are left out.
impl fmt::Display for StoryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (Some(line), Some(column)) => write!(f, "{line}:{column}: ")?,
            (Some(line), None) => write!(f, "{line}: ")?,
            _ => {}
        }
        if !self.path.is_empty() {
            write!(f, "{}: ", self.path)?;
        }
        f.write_str(&self.message)
    }
}

impl std::error::Error for StoryError {}

/// 1 to 64 characters of `a-z`, `0-9` and `-`, not starting or ending with `-`.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_CHARS
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}

/// Parse a story and validate it: the story, or every error found (never empty).
///
/// A parse error stops at the first problem (serde_json's), located by line and column and,
/// for a wrong field, value or type, by JSON path. A story that parses is validated as a
/// whole, and each error is located at the value its path names (or the nearest enclosing
/// value that exists). A leading byte order mark is accepted.
pub fn load(json: &str) -> Result<Story, Vec<StoryError>> {
    if json.len() > MAX_STORY_BYTES {
        return Err(vec![StoryError::at(
            "",
            format!(
                "the story is {} bytes long; at most {} bytes are allowed",
                json.len(),
                MAX_STORY_BYTES
            ),
        )]);
    }
    // A BOM becomes a space: same number of characters, so columns stay right.
    let without_bom;
    let text = match json.strip_prefix('\u{feff}') {
        Some(rest) => {
            without_bom = format!(" {rest}");
            without_bom.as_str()
        }
        None => json,
    };
    let story: Story = match serde_json::from_str(text) {
        Ok(story) => story,
        Err(error) => return Err(vec![parse_error(text, &error)]),
    };
    let mut errors = validate(&story);
    if errors.is_empty() {
        Ok(story)
    } else {
        locate(text, &mut errors);
        Err(errors)
    }
}

/// Every semantic error of a parsed story, in document order (empty when it is valid).
pub fn validate(story: &Story) -> Vec<StoryError> {
    let mut checker = Checker::new(story);
    checker.story(story);
    checker.finish()
}

// ---------------------------------------------------------------------------------------
// Parse errors
// ---------------------------------------------------------------------------------------

fn parse_error(text: &str, error: &serde_json::Error) -> StoryError {
    let line = error.line();
    let byte_column = error.column();
    let mut message = error.to_string();
    if line > 0 {
        let suffix = format!(" at line {line} column {byte_column}");
        if let Some(stripped) = message.strip_suffix(&suffix) {
            message = stripped.to_string();
        }
    }
    let message = message.replace('`', "\"");
    if line == 0 {
        return StoryError::at("", message);
    }
    let line_start = line_start(text, line);
    let offset = floor_char_boundary(text, line_start.saturating_add(byte_column));
    let column = text
        .get(line_start..offset)
        .map_or(byte_column, |prefix| prefix.chars().count());
    let path = if error.classify() == serde_json::error::Category::Data {
        path_at(text, offset)
    } else {
        String::new()
    };
    StoryError {
        line: Some(line),
        column: Some(column),
        path,
        message: clip(&message, MAX_MESSAGE_CHARS),
    }
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
fn path_at(text: &str, offset: usize) -> String {
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

/// Set line and column of each error to where the value at its path (or the nearest
/// enclosing value that exists) starts in `text`.
fn locate(text: &str, errors: &mut [StoryError]) {
    let mut wanted: HashMap<String, Option<usize>> = HashMap::new();
    for error in errors.iter() {
        for candidate in path_candidates(&error.path) {
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
    // (offset, error index), sorted, so one sweep over the text finds every line and column.
    let mut found: Vec<(usize, usize)> = Vec::new();
    for (index, error) in errors.iter().enumerate() {
        let offset = path_candidates(&error.path)
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
        if let Some(error) = errors.get_mut(index) {
            error.line = Some(line);
            error.column = Some(column);
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

fn push_key(path: &mut String, key: &str) {
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

// ---------------------------------------------------------------------------------------
// Semantic validation
// ---------------------------------------------------------------------------------------

/// The ids of one collection, in story order, without duplicates.
struct Ids<'a> {
    ordered: Vec<&'a str>,
    set: HashSet<&'a str>,
}

impl<'a> Ids<'a> {
    fn new(ids: impl Iterator<Item = &'a str>) -> Self {
        let mut ordered = Vec::new();
        let mut set = HashSet::new();
        for id in ids {
            if set.insert(id) {
                ordered.push(id);
            }
        }
        Ids { ordered, set }
    }

    fn contains(&self, id: &str) -> bool {
        self.set.contains(id)
    }

    fn known(&self) -> String {
        known_list(self.ordered.iter().copied())
    }
}

struct Checker<'a> {
    errors: Vec<StoryError>,
    left_out: usize,
    /// Declared languages, without duplicates, in story order.
    declared: Vec<&'a str>,
    /// The declared languages that are supported: every text needs each of them.
    languages: Vec<&'a str>,
    sides: Ids<'a>,
    sources: Ids<'a>,
    questions: Ids<'a>,
    claims: Ids<'a>,
    figures: Ids<'a>,
}

impl<'a> Checker<'a> {
    fn new(story: &'a Story) -> Self {
        let declared = Ids::new(story.languages.iter().map(String::as_str)).ordered;
        let languages = declared
            .iter()
            .copied()
            .filter(|lang| SUPPORTED_LANGUAGES.contains(lang))
            .collect();
        Checker {
            errors: Vec::new(),
            left_out: 0,
            declared,
            languages,
            sides: Ids::new(story.sides.iter().map(|s| s.id.as_str())),
            sources: Ids::new(story.sources.iter().map(|s| s.id.as_str())),
            questions: Ids::new(story.questions.iter().map(|q| q.id.as_str())),
            claims: Ids::new(story.claims.iter().map(|c| c.id.as_str())),
            figures: Ids::new(story.figures.iter().map(|f| f.id.as_str())),
        }
    }

    fn error(&mut self, path: impl Into<String>, message: impl Into<String>) {
        if self.errors.len() < MAX_ERRORS {
            self.errors.push(StoryError::at(path, message));
        } else {
            self.left_out += 1;
        }
    }

    fn finish(mut self) -> Vec<StoryError> {
        if self.left_out > 0 {
            let message = format!(
                "{} more errors not listed (the first {} are)",
                self.left_out, MAX_ERRORS
            );
            self.errors.push(StoryError::at("", message));
        }
        self.errors
    }

    fn declared(&self) -> String {
        known_list(self.declared.iter().copied())
    }

    fn story(&mut self, story: &Story) {
        if let Some(schema) = &story.schema {
            self.plain_string("$schema", schema, false);
        }
        self.id("id", &story.id);
        self.languages(story);
        self.text("title", &story.title);
        self.text("summary", &story.summary);
        self.text("date", &story.date);
        self.text("credit", &story.credit);

        self.list_size("sides", story.sides.len(), None);
        let mut seen = Seen::default();
        for (i, side) in story.sides.iter().enumerate() {
            let path = format!("sides[{i}]");
            self.item_id(&path, &side.id, &mut seen);
            if side.id == NO_PARTY {
                self.error(
                    format!("{path}.id"),
                    format!(
                        "\"{NO_PARTY}\" is reserved: lens rules on source.party use it for sources that are not a party"
                    ),
                );
            }
            self.text(&format!("{path}.label"), &side.label);
        }

        self.list_size("sources", story.sources.len(), Some("source"));
        let mut seen = Seen::default();
        for (i, source) in story.sources.iter().enumerate() {
            let path = format!("sources[{i}]");
            self.item_id(&path, &source.id, &mut seen);
            self.text(&format!("{path}.name"), &source.name);
            self.text(&format!("{path}.country"), &source.country);
            if let Some(party) = &source.party {
                if !self.sides.contains(party) {
                    let known = self.sides.known();
                    self.error(
                        format!("{path}.party"),
                        format!("unknown side {}; known: {known}", quoted(party)),
                    );
                }
            }
            self.text(&format!("{path}.note"), &source.note);
        }

        let answered: HashSet<&str> = story.claims.iter().map(|c| c.question.as_str()).collect();
        self.list_size("questions", story.questions.len(), Some("question"));
        let mut seen = Seen::default();
        for (i, question) in story.questions.iter().enumerate() {
            let path = format!("questions[{i}]");
            self.item_id(&path, &question.id, &mut seen);
            self.text(&format!("{path}.text"), &question.text);
            if is_valid_id(&question.id) && !answered.contains(question.id.as_str()) {
                self.error(
                    path,
                    format!("no claim answers question {}", quoted(&question.id)),
                );
            }
        }

        self.list_size("claims", story.claims.len(), Some("claim"));
        let mut seen = Seen::default();
        for (i, claim) in story.claims.iter().enumerate() {
            let path = format!("claims[{i}]");
            self.item_id(&path, &claim.id, &mut seen);
            if !self.sources.contains(&claim.source) {
                let known = self.sources.known();
                self.error(
                    format!("{path}.source"),
                    format!("unknown source {}; known: {known}", quoted(&claim.source)),
                );
            }
            if !self.questions.contains(&claim.question) {
                let known = self.questions.known();
                self.error(
                    format!("{path}.question"),
                    format!(
                        "unknown question {}; known: {known}",
                        quoted(&claim.question)
                    ),
                );
            }
            self.text(&format!("{path}.statement"), &claim.statement);
            if let Some(quote) = &claim.quote {
                let quote_path = format!("{path}.quote");
                self.plain_string(&format!("{quote_path}.text"), &quote.text, true);
                if !self.declared.is_empty() && !self.declared.contains(&quote.lang.as_str()) {
                    let languages = self.declared();
                    self.error(
                        format!("{quote_path}.lang"),
                        format!(
                            "language {} is not declared; declared: {languages}",
                            quoted(&quote.lang)
                        ),
                    );
                }
                self.translation(&quote_path, &quote.lang, &quote.translation);
            }
            self.text(&format!("{path}.when"), &claim.when);
            self.list_size(&format!("{path}.disputes"), claim.disputes.len(), None);
            let mut disputed = HashSet::new();
            for (j, disputed_id) in claim.disputes.iter().enumerate() {
                let dispute_path = format!("{path}.disputes[{j}]");
                if !self.claims.contains(disputed_id) {
                    let known = self.claims.known();
                    self.error(
                        dispute_path,
                        format!("unknown claim {}; known: {known}", quoted(disputed_id)),
                    );
                } else if *disputed_id == claim.id {
                    self.error(dispute_path, "a claim cannot dispute itself");
                } else if !disputed.insert(disputed_id.as_str()) {
                    self.error(
                        dispute_path,
                        format!("claim {} is listed twice", quoted(disputed_id)),
                    );
                }
            }
        }

        self.list_size("figures", story.figures.len(), None);
        let mut seen = Seen::default();
        for (i, figure) in story.figures.iter().enumerate() {
            let path = format!("figures[{i}]");
            self.item_id(&path, &figure.id, &mut seen);
            if !self.claims.contains(&figure.claim) {
                let known = self.claims.known();
                self.error(
                    format!("{path}.claim"),
                    format!("unknown claim {}; known: {known}", quoted(&figure.claim)),
                );
            }
            if let Some(problem) = figure_problem(figure.value) {
                self.error(format!("{path}.value"), problem);
            }
            self.text(&format!("{path}.label"), &figure.label);
        }

        self.list_size("lenses", story.lenses.len(), None);
        let mut seen = Seen::default();
        for (i, lens) in story.lenses.iter().enumerate() {
            let path = format!("lenses[{i}]");
            self.item_id(&path, &lens.id, &mut seen);
            self.text(&format!("{path}.label"), &lens.label);
            self.text(&format!("{path}.explanation"), &lens.explanation);
            let (variant, rule) = match &lens.rule {
                LensRule::Keep(rule) => ("keep", rule),
                LensRule::LeaveOut(rule) => ("leave_out", rule),
            };
            self.rule(&format!("{path}.rule.{variant}"), rule);
        }

        self.list_size("steps", story.steps.len(), Some("step"));
        let mut seen = Seen::default();
        for (i, step) in story.steps.iter().enumerate() {
            let path = format!("steps[{i}]");
            self.item_id(&path, &step.id, &mut seen);
            self.text(&format!("{path}.title"), &step.title);
            self.paragraphs(&format!("{path}.body"), &step.body);
            let shows = &step.shows;
            let shows_path = format!("{path}.shows");
            if shows.question.is_none() && shows.figures.is_none() && !shows.sources {
                self.error(
                    shows_path.clone(),
                    "the step shows nothing; name a \"question\", \"figures\" or \"sources\": true",
                );
            }
            if let Some(question) = &shows.question {
                if !self.questions.contains(question) {
                    let known = self.questions.known();
                    self.error(
                        format!("{shows_path}.question"),
                        format!("unknown question {}; known: {known}", quoted(question)),
                    );
                }
            }
            if let Some(FigureSelection::Only(ids)) = &shows.figures {
                let only_path = format!("{shows_path}.figures.only");
                if ids.is_empty() {
                    self.error(
                        only_path.clone(),
                        "no figures listed; name at least one figure, or use \"all\"",
                    );
                }
                self.list_size(&only_path, ids.len(), None);
                let mut listed = HashSet::new();
                for (j, id) in ids.iter().enumerate() {
                    if !self.figures.contains(id) {
                        let known = self.figures.known();
                        self.error(
                            format!("{only_path}[{j}]"),
                            format!("unknown figure {}; known: {known}", quoted(id)),
                        );
                    } else if !listed.insert(id.as_str()) {
                        self.error(
                            format!("{only_path}[{j}]"),
                            format!("figure {} is listed twice", quoted(id)),
                        );
                    }
                }
            }
        }
    }

    fn languages(&mut self, story: &Story) {
        let supported = SUPPORTED_LANGUAGES.join(", ");
        if story.languages.is_empty() {
            self.error(
                "languages",
                format!("no language declared; name at least one of: {supported}"),
            );
        }
        self.list_size("languages", story.languages.len(), None);
        let mut seen = HashSet::new();
        for (i, lang) in story.languages.iter().enumerate() {
            let path = format!("languages[{i}]");
            if !SUPPORTED_LANGUAGES.contains(&lang.as_str()) {
                self.error(
                    path,
                    format!(
                        "unsupported language {}; supported: {supported}",
                        quoted(lang)
                    ),
                );
            } else if !seen.insert(lang.as_str()) {
                self.error(path, format!("language {} is declared twice", quoted(lang)));
            }
        }
        if !story.languages.contains(&story.default_language) {
            let declared = self.declared();
            self.error(
                "default_language",
                format!(
                    "language {} is not declared; declared: {declared}",
                    quoted(&story.default_language)
                ),
            );
        }
    }

    fn id(&mut self, path: &str, id: &str) {
        if !is_valid_id(id) {
            self.error(
                path,
                format!(
                    "invalid id {}; an id is 1 to {MAX_ID_CHARS} characters of a-z, 0-9 and \"-\", not starting or ending with \"-\"",
                    quoted(id)
                ),
            );
        }
    }

    /// The id of an item at `path` (`claims[3]`): valid, and not used before in its list.
    fn item_id(&mut self, path: &str, id: &str, seen: &mut Seen) {
        let id_path = format!("{path}.id");
        if !is_valid_id(id) {
            self.id(&id_path, id);
            return;
        }
        match seen.first.get(id) {
            Some(first) => {
                let message = format!("duplicate id {}; first used at {first}", quoted(id));
                self.error(id_path, message);
            }
            None => {
                seen.first.insert(id.to_string(), id_path);
            }
        }
    }

    /// A list that must not be too long, and (when `needs` names its item) not empty.
    fn list_size(&mut self, path: &str, len: usize, needs: Option<&str>) {
        if len == 0 {
            if let Some(item) = needs {
                self.error(path, format!("empty; a story needs at least one {item}"));
            }
        } else if len > MAX_ITEMS {
            self.error(
                path,
                format!("{len} items; at most {MAX_ITEMS} are allowed"),
            );
        }
    }

    /// A string that is not a translated text: bounded, and (if `required`) not blank.
    fn plain_string(&mut self, path: &str, value: &str, required: bool) {
        if required && value.trim().is_empty() {
            self.error(path, "empty text");
        }
        if let Some(count) = too_long(value) {
            self.error(
                path,
                format!("text is {count} characters long; at most {MAX_TEXT_CHARS} are allowed"),
            );
        }
    }

    /// A text in every declared language, and in no other.
    fn text(&mut self, path: &str, text: &Text) {
        self.text_keys(path, text.keys().map(String::as_str), text.len());
        for (lang, value) in text {
            if self.declared.contains(&lang.as_str()) {
                self.plain_string(&lang_path(path, lang), value, true);
            }
        }
        for lang in self.languages.clone() {
            if !text.contains_key(lang) {
                self.error(
                    lang_path(path, lang),
                    format!("missing the text in {}", quoted(lang)),
                );
            }
        }
    }

    /// Errors for keys of a text map that are not declared languages.
    fn text_keys<'k>(&mut self, path: &str, keys: impl Iterator<Item = &'k str>, len: usize) {
        if len > MAX_ITEMS {
            self.error(
                path,
                format!("{len} entries; at most {MAX_ITEMS} are allowed"),
            );
        }
        if self.declared.is_empty() {
            return; // Reported once at `languages`; every key would repeat it.
        }
        for lang in keys {
            if !self.declared.contains(&lang) {
                let declared = self.declared();
                self.error(
                    lang_path(path, lang),
                    format!(
                        "language {} is not declared; declared: {declared}",
                        quoted(lang)
                    ),
                );
            }
        }
    }

    /// Paragraphs: every declared language, each a non-empty list of non-empty texts.
    fn paragraphs(&mut self, path: &str, paragraphs: &Paragraphs) {
        self.text_keys(
            path,
            paragraphs.keys().map(String::as_str),
            paragraphs.len(),
        );
        for (lang, list) in paragraphs {
            if !self.declared.contains(&lang.as_str()) {
                continue;
            }
            let list_path = lang_path(path, lang);
            if list.is_empty() {
                self.error(
                    list_path.clone(),
                    "no paragraphs; write at least one".to_string(),
                );
            }
            self.list_size(&list_path, list.len(), None);
            for (i, paragraph) in list.iter().enumerate() {
                self.plain_string(&format!("{list_path}[{i}]"), paragraph, true);
            }
        }
        for lang in self.languages.clone() {
            if !paragraphs.contains_key(lang) {
                self.error(
                    lang_path(path, lang),
                    format!("missing the paragraphs in {}", quoted(lang)),
                );
            }
        }
    }

    /// A quote's translations: into every declared language but the quote's own.
    fn translation(&mut self, quote_path: &str, quote_lang: &str, translation: &Text) {
        let path = format!("{quote_path}.translation");
        self.text_keys(
            &path,
            translation.keys().map(String::as_str),
            translation.len(),
        );
        for (lang, value) in translation {
            if lang == quote_lang {
                self.error(
                    lang_path(&path, lang),
                    format!(
                        "the quote is already in {}; translations are for the other languages",
                        quoted(lang)
                    ),
                );
            } else if self.declared.contains(&lang.as_str()) {
                self.plain_string(&lang_path(&path, lang), value, true);
            }
        }
        for lang in self.languages.clone() {
            if lang != quote_lang && !translation.contains_key(lang) {
                self.error(
                    lang_path(&path, lang),
                    format!(
                        "missing the translation into {} of this {} quote",
                        quoted(lang),
                        quoted(quote_lang)
                    ),
                );
            }
        }
    }

    fn rule(&mut self, path: &str, rule: &RuleMatch) {
        let field_path = format!("{path}.field");
        let values_path = format!("{path}.any_of");
        let allowed: Option<Vec<&str>> = match rule.field.as_str() {
            "evidence" => Some(Evidence::ALL.iter().map(|v| v.as_str()).collect()),
            "status" => Some(Status::ALL.iter().map(|v| v.as_str()).collect()),
            "stance" => Some(Stance::ALL.iter().map(|v| v.as_str()).collect()),
            "source.kind" => Some(SourceKind::ALL.iter().map(|v| v.as_str()).collect()),
            "source" => Some(self.sources.ordered.clone()),
            "source.party" => {
                let mut values = self.sides.ordered.clone();
                values.push(NO_PARTY);
                Some(values)
            }
            _ => None,
        };
        let Some(allowed) = allowed else {
            self.error(
                field_path,
                format!(
                    "unknown field {}; known: {}",
                    quoted(&rule.field),
                    RULE_FIELDS.join(", ")
                ),
            );
            return;
        };
        if rule.any_of.is_empty() {
            self.error(
                values_path.clone(),
                format!(
                    "no values; name at least one {} value: {}",
                    rule.field,
                    known_list(allowed.iter().copied())
                ),
            );
        }
        self.list_size(&values_path, rule.any_of.len(), None);
        let mut listed = HashSet::new();
        for (i, value) in rule.any_of.iter().enumerate() {
            let value_path = format!("{values_path}[{i}]");
            if !allowed.contains(&value.as_str()) {
                self.error(
                    value_path,
                    format!(
                        "unknown {} value {}; known: {}",
                        rule.field,
                        quoted(value),
                        known_list(allowed.iter().copied())
                    ),
                );
            } else if !listed.insert(value.as_str()) {
                self.error(
                    value_path,
                    format!("value {} is listed twice", quoted(value)),
                );
            }
        }
    }
}

/// Where each id of one list was first used.
#[derive(Default)]
struct Seen {
    first: HashMap<String, String>,
}

fn figure_problem(value: f64) -> Option<String> {
    let problem = if !value.is_finite() {
        return Some("not a finite number; a figure is a whole number above zero".to_string());
    } else if value <= 0.0 {
        " is not above zero; a figure is a whole number above zero"
    } else if value.fract() != 0.0 {
        " is not a whole number"
    } else if value > MAX_FIGURE {
        " is absurdly large; at most 10,000,000,000 is allowed"
    } else {
        return None;
    };
    Some([plain_number(value).as_str(), problem].concat())
}

/// A finite number as JSON writes it: `-6`, `1.5`, `1e+308`. serde_json's shortest form,
/// because Rust's own float `Display` would add kilobytes to the wasm.
fn plain_number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        // Whole and exact in an i64; `-0.0` reads `0`.
        return (value as i64).to_string();
    }
    serde_json::Number::from_f64(value)
        .map(|n| n.to_string())
        .unwrap_or_default()
}

/// The character count of a text longer than [`MAX_TEXT_CHARS`], if it is.
fn too_long(value: &str) -> Option<usize> {
    if value.len() <= MAX_TEXT_CHARS {
        return None; // Never more characters than bytes.
    }
    let count = value.chars().count();
    (count > MAX_TEXT_CHARS).then_some(count)
}

fn lang_path(path: &str, lang: &str) -> String {
    let mut path = path.to_string();
    push_key(&mut path, lang);
    path
}

/// `"value"`, clipped so a hostile value cannot flood a message.
fn quoted(value: &str) -> String {
    format!("\"{}\"", clip(value, MAX_QUOTED_CHARS))
}

fn clip(value: &str, max_chars: usize) -> String {
    match value.char_indices().nth(max_chars) {
        Some((cut, _)) => format!("{}…", value.get(..cut).unwrap_or("")),
        None => value.to_string(),
    }
}

fn known_list<'k>(values: impl Iterator<Item = &'k str>) -> String {
    let values: Vec<&str> = values.collect();
    if values.is_empty() {
        return "(none)".to_string();
    }
    let shown: Vec<String> = values
        .iter()
        .take(MAX_KNOWN_LISTED)
        .map(|v| clip(v, MAX_QUOTED_CHARS))
        .collect();
    let mut list = shown.join(", ");
    if values.len() > MAX_KNOWN_LISTED {
        list.push_str(&format!(", … ({} more)", values.len() - MAX_KNOWN_LISTED));
    }
    list
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    /// A small valid story (2 sides, 3 sources, 2 questions, 4 claims, 2 figures, 2 lenses,
    /// 2 steps), shared with the property tests.
    const MINI: &str = include_str!("../../tests/fixtures/mini.json");

    fn sample_story_json() -> String {
        MINI.to_string()
    }

    fn sample_value() -> Value {
        serde_json::from_str(MINI).unwrap()
    }

    fn sample_story() -> Story {
        load(MINI).unwrap()
    }

    /// Load the sample after `change`; the errors (panics if it loads).
    fn errors_after(change: impl FnOnce(&mut Value)) -> Vec<StoryError> {
        let mut value = sample_value();
        change(&mut value);
        let text = serde_json::to_string_pretty(&value).unwrap();
        match load(&text) {
            Ok(_) => panic!("the changed story loaded"),
            Err(errors) => errors,
        }
    }

    /// The errors as `PATH: message`, without line and column.
    fn described(errors: &[StoryError]) -> Vec<String> {
        errors
            .iter()
            .map(|e| {
                StoryError {
                    line: None,
                    column: None,
                    ..e.clone()
                }
                .to_string()
            })
            .collect()
    }

    fn validated_after(change: impl FnOnce(&mut Story)) -> Vec<String> {
        let mut story = sample_story();
        change(&mut story);
        described(&validate(&story))
    }

    #[test]
    fn sample_story_loads_and_validates_clean() {
        let story = load(&sample_story_json()).unwrap();
        assert_eq!(story.id, "mini");
        assert_eq!(story.claims.len(), 4);
        assert!(validate(&story).is_empty());
    }

    #[test]
    fn ids_are_lowercase_words_with_inner_dashes() {
        for good in ["nis", "no-parties", "a", "x1-2", &"a".repeat(64)] {
            assert!(is_valid_id(good), "{good}");
        }
        for bad in [
            "",
            "-nis",
            "nis-",
            "NIS",
            "nis 2",
            "nis_2",
            "nïs",
            "nis.2",
            &"a".repeat(65),
        ] {
            assert!(!is_valid_id(bad), "{bad}");
        }
    }

    #[test]
    fn display_shows_line_column_and_path_when_known() {
        let mut error = StoryError {
            line: Some(3),
            column: Some(14),
            path: "claims[3].source".into(),
            message: "unknown source \"nis2\"".into(),
        };
        assert_eq!(
            error.to_string(),
            "3:14: claims[3].source: unknown source \"nis2\""
        );
        error.path.clear();
        assert_eq!(error.to_string(), "3:14: unknown source \"nis2\"");
        error.line = None;
        error.column = None;
        error.path = "claims[3].source".into();
        assert_eq!(
            error.to_string(),
            "claims[3].source: unknown source \"nis2\""
        );
    }

    #[test]
    fn syntax_error_is_located_without_a_path() {
        let errors = load("{\n  \"id\": \"x\",\n  \"languages\": [\"de\" \"en\"]\n}").unwrap_err();
        assert_eq!(errors.len(), 1);
        let error = &errors[0];
        assert_eq!(error.line, Some(3));
        assert_eq!(error.path, "");
        // The column of the offending character: the second string's opening quote.
        assert_eq!(error.to_string(), "3:22: expected \",\" or \"]\"");
    }

    #[test]
    fn empty_and_non_object_documents_are_parse_errors() {
        for text in ["", "   ", "null", "42", "\"story\"", "[]", "{}"] {
            let errors = load(text).unwrap_err();
            assert_eq!(errors.len(), 1, "{text:?}");
            assert!(!errors[0].message.is_empty());
        }
        let errors = load("{}").unwrap_err();
        assert_eq!(errors[0].message, "missing field \"id\"");
        assert_eq!(errors[0].path, "");
    }

    #[test]
    fn unknown_field_names_the_field_its_path_and_the_known_fields() {
        let text = MINI.replace(
            "\"disputes\": [\"nis-sent\"]",
            "\"dispute\": [\"nis-sent\"]",
        );
        let errors = load(&text).unwrap_err();
        assert_eq!(errors.len(), 1);
        let error = &errors[0];
        assert_eq!(error.path, "claims[1].dispute");
        assert!(
            error
                .message
                .starts_with("unknown field \"dispute\", expected one of \"id\", \"source\""),
            "{}",
            error.message
        );
        let line = MINI
            .lines()
            .position(|l| l.contains("\"disputes\""))
            .unwrap()
            + 1;
        assert_eq!(error.line, Some(line));
        assert_eq!(error.column, Some(15)); // the key's closing quote
    }

    #[test]
    fn wrong_enum_value_is_located_at_its_field() {
        let text = MINI.replacen("\"stance\": \"denies\"", "\"stance\": \"deny\"", 1);
        let error = &load(&text).unwrap_err()[0];
        assert_eq!(error.path, "claims[1].stance");
        assert!(
            error
                .message
                .starts_with("unknown variant \"deny\", expected one of \"asserts\""),
            "{}",
            error.message
        );
    }

    #[test]
    fn wrong_type_is_located_at_its_field() {
        let text = MINI.replacen("\"value\": 1500", "\"value\": \"1500\"", 1);
        let error = &load(&text).unwrap_err()[0];
        assert_eq!(error.path, "figures[0].value");
        assert!(error.message.starts_with("invalid type: string \"1500\""));

        let text = MINI.replacen(
            "\"languages\": [\"de\", \"en\"]",
            "\"languages\": [\"de\", 5]",
            1,
        );
        let error = &load(&text).unwrap_err()[0];
        assert_eq!(error.path, "languages[1]");

        let text = MINI.replacen("\"date\": {", "\"date\": [", 1);
        let error = &load(&text).unwrap_err()[0];
        assert_eq!(error.path, "date");
    }

    #[test]
    fn missing_field_is_located_at_the_object_that_lacks_it() {
        let errors = errors_after(|v| {
            v["claims"][2].as_object_mut().unwrap().remove("evidence");
        });
        assert_eq!(
            described(&errors),
            ["claims[2]: missing field \"evidence\""]
        );
        let errors = errors_after(|v| {
            v.as_object_mut().unwrap().remove("steps");
        });
        assert_eq!(described(&errors), ["missing field \"steps\""]);
        let errors = errors_after(|v| {
            v["claims"][1]["quote"]
                .as_object_mut()
                .unwrap()
                .remove("text");
        });
        assert_eq!(
            described(&errors),
            ["claims[1].quote: missing field \"text\""]
        );
        // Located just after the `}` of the quote.
        let text = MINI.replacen("\"text\": \"eine weitere Falschmeldung\",", "", 1);
        let errors = load(&text).unwrap_err();
        assert_eq!(
            described(&errors),
            ["claims[1].quote: missing field \"text\""]
        );
        let closing = text
            .lines()
            .position(|l| l.contains("\"another false report\" }"))
            .unwrap()
            + 2;
        assert_eq!((errors[0].line, errors[0].column), (Some(closing), Some(7)));
    }

    #[test]
    fn column_counts_characters_not_bytes() {
        // "Südkorea" has a two-byte ü before the error on the same line.
        let text = "{\"title\": {\"de\": \"Südkorea\", \"en\": 1}}";
        let error = &load(text).unwrap_err()[0];
        assert_eq!(error.path, "title.en");
        assert_eq!(error.column, Some(36));
        assert_eq!(text.chars().nth(35), Some('1'));
    }

    #[test]
    fn a_byte_order_mark_is_accepted() {
        let story = load(&format!("\u{feff}{MINI}")).unwrap();
        assert_eq!(story.id, "mini");
    }

    #[test]
    fn unknown_source_names_the_known_sources() {
        let errors = errors_after(|v| v["claims"][3]["source"] = json!("nis2"));
        assert_eq!(
            described(&errors),
            ["claims[3].source: unknown source \"nis2\"; known: nis, kremlin, zelensky"]
        );
    }

    #[test]
    fn semantic_errors_are_located_at_their_value() {
        let text = MINI.replacen("\"source\": \"zelensky\"", "\"source\": \"zelensky2\"", 1);
        let errors = load(&text).unwrap_err();
        let line = MINI
            .lines()
            .position(|l| l.contains("\"source\": \"zelensky\""))
            .unwrap()
            + 1;
        assert_eq!((errors[0].line, errors[0].column), (Some(line), Some(17)));
        // Also in a differently laid out text (serde_json sorts the keys).
        let text = serde_json::to_string_pretty(&{
            let mut v = sample_value();
            v["claims"][3]["source"] = json!("nis2");
            v
        })
        .unwrap();
        let error = &load(&text).unwrap_err()[0];
        let line_text = text.lines().nth(error.line.unwrap() - 1).unwrap();
        let column = error.column.unwrap();
        assert_eq!(
            line_text.chars().skip(column - 1).collect::<String>(),
            "\"nis2\","
        );
    }

    #[test]
    fn missing_text_is_located_at_the_enclosing_text() {
        let mut value = sample_value();
        value["title"].as_object_mut().unwrap().remove("en");
        let text = serde_json::to_string_pretty(&value).unwrap();
        let error = &load(&text).unwrap_err()[0];
        assert_eq!(error.path, "title.en");
        let line = text.lines().position(|l| l == "  \"title\": {").unwrap() + 1;
        assert_eq!(error.line, Some(line));
    }

    #[test]
    fn undeclared_language_lists_the_declared_ones() {
        let errors = errors_after(|v| v["title"]["fr"] = json!("Titre"));
        assert_eq!(
            described(&errors),
            ["title.fr: language \"fr\" is not declared; declared: de, en"]
        );
    }

    #[test]
    fn missing_and_empty_translations_are_errors() {
        let errors = errors_after(|v| {
            v["summary"].as_object_mut().unwrap().remove("de");
            v["sources"][1]["note"]["en"] = json!("   ");
            v["steps"][0]["body"].as_object_mut().unwrap().remove("en");
            v["steps"][1]["body"]["de"] = json!([]);
            v["steps"][1]["body"]["en"][1] = json!("");
        });
        assert_eq!(
            described(&errors),
            [
                "summary.de: missing the text in \"de\"",
                "sources[1].note.en: empty text",
                "steps[0].body.en: missing the paragraphs in \"en\"",
                "steps[1].body.de: no paragraphs; write at least one",
                "steps[1].body.en[1]: empty text",
            ]
        );
    }

    #[test]
    fn quote_language_and_translations_are_checked() {
        let errors = errors_after(|v| v["claims"][1]["quote"]["lang"] = json!("ru"));
        assert_eq!(
            described(&errors),
            [
                "claims[1].quote.lang: language \"ru\" is not declared; declared: de, en",
                "claims[1].quote.translation.de: missing the translation into \"de\" of this \"ru\" quote",
            ]
        );
        let errors = errors_after(|v| {
            v["claims"][1]["quote"]["translation"] = json!({"de": "eine weitere Falschmeldung"})
        });
        assert_eq!(
            described(&errors),
            [
                "claims[1].quote.translation.de: the quote is already in \"de\"; translations are for the other languages",
                "claims[1].quote.translation.en: missing the translation into \"en\" of this \"de\" quote",
            ]
        );
        let errors = errors_after(|v| v["claims"][1]["quote"]["text"] = json!(" "));
        assert_eq!(described(&errors), ["claims[1].quote.text: empty text"]);
    }

    #[test]
    fn languages_must_be_declared_once_supported_and_include_the_default() {
        let errors = errors_after(|v| v["languages"] = json!(["de", "fr", "de"]));
        assert_eq!(
            described(&errors)[..2],
            [
                "languages[1]: unsupported language \"fr\"; supported: de, en",
                "languages[2]: language \"de\" is declared twice",
            ]
        );
        // Every `en` text is now undeclared.
        assert!(described(&errors)
            .contains(&"title.en: language \"en\" is not declared; declared: de, fr".to_string()));

        let errors = errors_after(|v| v["default_language"] = json!("en-gb"));
        assert_eq!(
            described(&errors),
            ["default_language: language \"en-gb\" is not declared; declared: de, en"]
        );

        let errors = errors_after(|v| v["languages"] = json!([]));
        let described = described(&errors);
        assert_eq!(
            described[0],
            "languages: no language declared; name at least one of: de, en"
        );
        assert_eq!(described.len(), 2, "{described:?}"); // + default_language, no cascade
    }

    #[test]
    fn ids_must_be_valid_and_unique_per_collection() {
        let errors = errors_after(|v| {
            v["id"] = json!("Mini Story");
            v["claims"][2]["id"] = json!("nis-sent");
            v["lenses"][1]["id"] = json!("evidence");
            v["steps"][1]["id"] = json!("-numbers");
        });
        assert_eq!(
            described(&errors),
            [
                "id: invalid id \"Mini Story\"; an id is 1 to 64 characters of a-z, 0-9 and \"-\", not starting or ending with \"-\"",
                "claims[2].id: duplicate id \"nis-sent\"; first used at claims[0].id",
                "figures[0].claim: unknown claim \"nis-1500\"; known: nis-sent, peskov-denies, zelensky-10000",
                "lenses[1].id: duplicate id \"evidence\"; first used at lenses[0].id",
                "steps[1].id: invalid id \"-numbers\"; an id is 1 to 64 characters of a-z, 0-9 and \"-\", not starting or ending with \"-\"",
            ]
        );
    }

    #[test]
    fn the_same_id_in_different_collections_is_fine() {
        let mut value = sample_value();
        value["steps"][0]["id"] = json!("nis");
        value["lenses"][0]["id"] = json!("nis");
        value["questions"][0]["id"] = json!("nis");
        for claim in value["claims"].as_array_mut().unwrap() {
            if claim["question"] == "sent" {
                claim["question"] = json!("nis");
            }
        }
        value["steps"][0]["shows"]["question"] = json!("nis");
        assert!(load(&value.to_string()).is_ok());
    }

    #[test]
    fn dangling_references_are_errors() {
        let errors = errors_after(|v| {
            v["sources"][1]["party"] = json!("moscow");
            v["claims"][0]["question"] = json!("who");
            v["claims"][1]["disputes"] =
                json!(["nis-sent", "nis-gone", "peskov-denies", "nis-sent"]);
            v["figures"][1]["claim"] = json!("zelensky");
            v["steps"][0]["shows"]["question"] = json!("how");
            v["steps"][1]["shows"]["figures"] = json!({"only": ["moved", "killed", "moved"]});
        });
        assert_eq!(
            described(&errors),
            [
                "sources[1].party: unknown side \"moscow\"; known: russia, ukraine",
                "claims[0].question: unknown question \"who\"; known: sent, how-many",
                "claims[1].disputes[1]: unknown claim \"nis-gone\"; known: nis-sent, peskov-denies, nis-1500, zelensky-10000",
                "claims[1].disputes[2]: a claim cannot dispute itself",
                "claims[1].disputes[3]: claim \"nis-sent\" is listed twice",
                "figures[1].claim: unknown claim \"zelensky\"; known: nis-sent, peskov-denies, nis-1500, zelensky-10000",
                "steps[0].shows.question: unknown question \"how\"; known: sent, how-many",
                "steps[1].shows.figures.only[1]: unknown figure \"killed\"; known: moved, prepared",
                "steps[1].shows.figures.only[2]: figure \"moved\" is listed twice",
            ]
        );
    }

    #[test]
    fn a_side_may_not_be_called_none() {
        let errors = errors_after(|v| {
            v["sides"][0]["id"] = json!("none");
            v["sources"][1]["party"] = json!("none");
        });
        assert_eq!(
            described(&errors),
            ["sides[0].id: \"none\" is reserved: lens rules on source.party use it for sources that are not a party"]
        );
    }

    #[test]
    fn a_question_no_claim_answers_is_an_error() {
        let errors = errors_after(|v| {
            v["questions"]
                .as_array_mut()
                .unwrap()
                .push(json!({"id": "price", "text": {"de": "Preis?", "en": "Price?"}}))
        });
        assert_eq!(
            described(&errors),
            ["questions[2]: no claim answers question \"price\""]
        );
    }

    #[test]
    fn lists_the_ui_needs_must_not_be_empty() {
        let errors = errors_after(|v| {
            v["sources"] = json!([]);
            v["questions"] = json!([]);
            v["claims"] = json!([]);
            v["figures"] = json!([]);
            v["lenses"] = json!([]);
            v["steps"] = json!([]);
        });
        assert_eq!(
            described(&errors),
            [
                "sources: empty; a story needs at least one source",
                "questions: empty; a story needs at least one question",
                "claims: empty; a story needs at least one claim",
                "steps: empty; a story needs at least one step",
            ]
        );
    }

    #[test]
    fn sides_figures_and_lenses_may_be_empty() {
        let mut value = sample_value();
        value["sides"] = json!([]);
        value["figures"] = json!([]);
        value["lenses"] = json!([]);
        for source in value["sources"].as_array_mut().unwrap() {
            source.as_object_mut().unwrap().remove("party");
        }
        value["steps"][1]["shows"]
            .as_object_mut()
            .unwrap()
            .remove("figures");
        assert!(load(&value.to_string()).is_ok());
    }

    #[test]
    fn figures_must_be_whole_positive_and_sane() {
        let errors = errors_after(|v| {
            v["figures"][0]["value"] = json!(0);
            v["figures"][1]["value"] = json!(-6);
        });
        assert_eq!(
            described(&errors),
            [
                "figures[0].value: 0 is not above zero; a figure is a whole number above zero",
                "figures[1].value: -6 is not above zero; a figure is a whole number above zero",
            ]
        );
        let errors = errors_after(|v| {
            v["figures"][0]["value"] = json!(1.5);
            v["figures"][1]["value"] = json!(1e308);
        });
        assert_eq!(
            described(&errors),
            [
                "figures[0].value: 1.5 is not a whole number",
                "figures[1].value: 1e+308 is absurdly large; at most 10,000,000,000 is allowed",
            ]
        );
        let with_value = |v: &str| MINI.replacen("\"value\": 1500", &format!("\"value\": {v}"), 1);
        assert!(load(&with_value("10000000000")).is_ok());
        assert!(load(&with_value("10000000001")).is_err());
        assert!(load(&with_value("1.2e6")).is_ok());
        assert!(load(&with_value("1500.0")).is_ok());
    }

    #[test]
    fn non_finite_figures_are_errors() {
        for value in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            let errors = validated_after(|s| s.figures[0].value = value);
            assert_eq!(
                errors,
                ["figures[0].value: not a finite number; a figure is a whole number above zero"]
            );
        }
    }

    #[test]
    fn figures_out_of_json_range_are_parse_errors() {
        let with_value = |v: &str| MINI.replacen("\"value\": 1500", &format!("\"value\": {v}"), 1);
        let error = &load(&with_value("1e400")).unwrap_err()[0];
        assert_eq!(error.message, "number out of range");
        assert!(error.line.is_some());
        // An underflow parses to zero, which is not above zero.
        let errors = load(&with_value("1e-400")).unwrap_err();
        assert_eq!(
            described(&errors),
            ["figures[0].value: 0 is not above zero; a figure is a whole number above zero"]
        );
    }

    #[test]
    fn lens_rule_on_an_unknown_field_names_the_known_fields() {
        let errors = errors_after(|v| v["lenses"][1]["rule"]["keep"]["field"] = json!("evidnce"));
        assert_eq!(
            described(&errors),
            ["lenses[1].rule.keep.field: unknown field \"evidnce\"; known: evidence, status, stance, source, source.kind, source.party"]
        );
    }

    #[test]
    fn lens_rule_values_must_fit_their_field() {
        let errors = errors_after(|v| {
            v["lenses"][0]["rule"] = json!({"leave_out": {"field": "status", "any_of": ["unconfirmed", "rumour", "unconfirmed"]}});
            v["lenses"][1]["rule"]["keep"]["any_of"] = json!([]);
        });
        assert_eq!(
            described(&errors),
            [
                "lenses[0].rule.leave_out.any_of[1]: unknown status value \"rumour\"; known: on_record, unconfirmed",
                "lenses[0].rule.leave_out.any_of[2]: value \"unconfirmed\" is listed twice",
                "lenses[1].rule.keep.any_of: no values; name at least one source.party value: russia, ukraine, none",
            ]
        );
        let cases = [
            ("evidence", "published", "photos"),
            ("stance", "no_evidence", "maybe"),
            ("source", "kremlin", "tass"),
            ("source.kind", "head_of_state", "president"),
            ("source.party", "ukraine", "nato"),
            ("source.party", "none", "neutral"),
        ];
        for (field, good, bad) in cases {
            let mut value = sample_value();
            value["lenses"][0]["rule"] = json!({"keep": {"field": field, "any_of": [good]}});
            assert!(load(&value.to_string()).is_ok(), "{field} {good}");
            value["lenses"][0]["rule"] = json!({"keep": {"field": field, "any_of": [good, bad]}});
            let errors = load(&value.to_string()).unwrap_err();
            assert_eq!(errors.len(), 1);
            assert_eq!(errors[0].path, "lenses[0].rule.keep.any_of[1]");
            assert!(
                errors[0]
                    .message
                    .starts_with(&format!("unknown {field} value \"{bad}\"; known: ")),
                "{}",
                errors[0].message
            );
        }
    }

    #[test]
    fn a_step_that_shows_nothing_is_an_error() {
        let errors = errors_after(|v| v["steps"][0]["shows"] = json!({}));
        assert_eq!(
            described(&errors),
            ["steps[0].shows: the step shows nothing; name a \"question\", \"figures\" or \"sources\": true"]
        );
        let errors = errors_after(|v| v["steps"][0]["shows"] = json!({"sources": false}));
        assert_eq!(errors.len(), 1);
        assert!(
            load(&MINI.replacen("{ \"question\": \"sent\" }", "{ \"sources\": true }", 1)).is_ok()
        );
    }

    #[test]
    fn figure_selection_only_must_name_figures() {
        let errors = errors_after(|v| v["steps"][1]["shows"]["figures"] = json!({"only": []}));
        assert_eq!(
            described(&errors),
            ["steps[1].shows.figures.only: no figures listed; name at least one figure, or use \"all\""]
        );
        let mut value = sample_value();
        value["steps"][1]["shows"]["figures"] = json!({"only": ["prepared"]});
        let story = load(&value.to_string()).unwrap();
        assert_eq!(story.step_figures(&story.steps[1]).len(), 1);
    }

    #[test]
    fn texts_longer_than_the_limit_are_errors() {
        let long = "ä".repeat(MAX_TEXT_CHARS);
        let mut value = sample_value();
        value["summary"]["de"] = json!(long);
        assert!(load(&value.to_string()).is_ok(), "exactly at the limit");
        let errors = errors_after(|v| {
            v["summary"]["de"] = json!(format!("{long}x"));
            v["claims"][1]["quote"]["text"] = json!("q".repeat(MAX_TEXT_CHARS + 1));
        });
        assert_eq!(
            described(&errors),
            [
                "summary.de: text is 20001 characters long; at most 20000 are allowed",
                "claims[1].quote.text: text is 20001 characters long; at most 20000 are allowed",
            ]
        );
    }

    #[test]
    fn lists_longer_than_the_limit_are_errors() {
        let errors = errors_after(|v| {
            let first = v["sides"][0].clone();
            let sides: Vec<Value> = (0..=MAX_ITEMS)
                .map(|i| {
                    let mut side = first.clone();
                    side["id"] = json!(format!("side-{i}"));
                    side
                })
                .collect();
            v["sides"] = json!(sides);
            v["sources"][1]["party"] = json!("side-0");
            v["sources"][2]["party"] = json!("side-1");
        });
        assert_eq!(
            described(&errors),
            ["sides: 501 items; at most 500 are allowed"]
        );
    }

    fn with_five_errors() -> String {
        MINI.replacen("\"The numbers\"", "\"\"", 1)
            .replacen("\"source\": \"nis\"", "\"source\": \"x\"", 1)
            .replacen(
                "\"Hat Nordkorea Truppen nach Russland geschickt?\"",
                "\" \"",
                1,
            )
            .replacen("\"field\": \"evidence\"", "\"field\": \"y\"", 1)
            .replacen("\"value\": 1500", "\"value\": 0.5", 1)
    }

    #[test]
    fn errors_come_all_at_once_in_document_order() {
        let errors = load(&with_five_errors()).unwrap_err();
        let paths: Vec<&str> = errors.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "title.de",
                "claims[0].source",
                "figures[0].value",
                "lenses[0].rule.keep.field",
                "steps[1].title.en",
            ]
        );
        let lines: Vec<usize> = errors.iter().map(|e| e.line.unwrap()).collect();
        assert!(lines.windows(2).all(|w| w[0] < w[1]), "{lines:?}");
        // Stable: the same input gives the same errors.
        assert_eq!(errors, load(&with_five_errors()).unwrap_err());
    }

    #[test]
    fn the_number_of_errors_is_capped() {
        let errors = validated_after(|s| {
            let claim = s.claims[0].clone();
            s.claims = (0..2 * MAX_ITEMS)
                .map(|_| {
                    let mut claim = claim.clone();
                    claim.source = "gone".into();
                    claim
                })
                .collect();
        });
        assert_eq!(errors.len(), MAX_ERRORS + 1);
        assert!(errors[MAX_ERRORS].ends_with("more errors not listed (the first 500 are)"));
    }

    #[test]
    fn hostile_values_are_clipped_in_messages() {
        let long_id = "x".repeat(100_000);
        let errors = errors_after(|v| v["claims"][0]["source"] = json!(long_id));
        assert!(errors[0].message.len() < MAX_MESSAGE_CHARS * 4);
        assert!(errors[0].message.contains('…'));
        let errors = errors_after(|v| v["title"][long_id.as_str()] = json!("t"));
        assert!(errors[0].path.len() < 100);
    }

    #[test]
    fn a_story_larger_than_the_limit_is_rejected_unparsed() {
        let text = format!("{MINI}{}", " ".repeat(MAX_STORY_BYTES));
        let errors = load(&text).unwrap_err();
        assert_eq!(errors.len(), 1);
        assert!(errors[0].message.starts_with("the story is "));
    }

    #[test]
    fn text_is_kept_verbatim_never_interpreted() {
        let html = "<script>alert(1)</script><b>fett</b> &amp; \"quotes\"";
        let mut value = sample_value();
        value["title"]["de"] = json!(html);
        let story = load(&value.to_string()).unwrap();
        assert_eq!(story.title["de"], html);
    }

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
