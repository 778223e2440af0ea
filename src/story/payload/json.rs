//! A small JSON reader: text in, a tree of [`Value`]s that remember where they start.
//!
//! Strict JSON as serde_json reads it (RFC 8259: no comments, no trailing commas, no
//! control characters in strings, `\u` surrogates paired), so the reader accepts what
//! serde_json accepted. Written by hand because serde_json's deserializer, monomorphised
//! for every type of the model, was the largest single block of the reader's wasm.
//!
//! Never panics: every byte is looked at through `get`, nesting stops at [`MAX_DEPTH`].

use super::number::{from_parts, push_digit};

/// Deepest nesting of lists and objects; a story needs six levels.
pub const MAX_DEPTH: usize = 64;

/// A JSON value and the byte offset where it starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Value {
    pub at: usize,
    pub kind: Kind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    List(Vec<Value>),
    /// Members in document order, duplicates kept (what they mean is the reader's call).
    Object(Vec<(String, Value)>),
}

/// Why a text is not JSON: what was expected at a byte offset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub at: usize,
    pub message: &'static str,
}

type Parsed<T> = Result<T, SyntaxError>;

/// The one JSON value `text` holds, with nothing but whitespace around it.
pub fn parse(text: &str) -> Parsed<Value> {
    let mut reader = Reader {
        text,
        at: 0,
        depth: 0,
    };
    let value = reader.value()?;
    reader.skip_whitespace();
    match reader.peek() {
        None => Ok(value),
        Some(_) => Err(reader.error("trailing characters")),
    }
}

struct Reader<'t> {
    text: &'t str,
    at: usize,
    depth: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let byte = self.peek();
        if byte.is_some() {
            self.at += 1;
        }
        byte
    }

    fn error(&self, message: &'static str) -> SyntaxError {
        SyntaxError {
            at: self.at,
            message,
        }
    }

    /// An error at the byte just read.
    fn error_before(&self, message: &'static str) -> SyntaxError {
        SyntaxError {
            at: self.at.saturating_sub(1),
            message,
        }
    }

    fn skip_whitespace(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.at += 1;
        }
    }

    fn value(&mut self) -> Parsed<Value> {
        self.skip_whitespace();
        let at = self.at;
        let kind = match self.peek() {
            None => return Err(self.error("EOF while parsing a value")),
            Some(b'{') => self.nested(Self::object)?,
            Some(b'[') => self.nested(Self::list)?,
            Some(b'"') => Kind::String(self.string()?),
            Some(b't') => self.word("true", Kind::Bool(true))?,
            Some(b'f') => self.word("false", Kind::Bool(false))?,
            Some(b'n') => self.word("null", Kind::Null)?,
            Some(b'-' | b'0'..=b'9') => Kind::Number(self.number()?),
            Some(_) => return Err(self.error("expected value")),
        };
        Ok(Value { at, kind })
    }

    /// A list or an object, one level deeper.
    fn nested(&mut self, read: fn(&mut Self) -> Parsed<Kind>) -> Parsed<Kind> {
        if self.depth >= MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        self.depth += 1;
        self.at += 1; // the opening bracket
        let kind = read(self)?;
        self.depth -= 1;
        Ok(kind)
    }

    fn word(&mut self, word: &'static str, kind: Kind) -> Parsed<Kind> {
        for expected in word.bytes() {
            match self.next() {
                Some(byte) if byte == expected => {}
                Some(_) => return Err(self.error_before("expected value")),
                None => return Err(self.error("EOF while parsing a value")),
            }
        }
        Ok(kind)
    }

    /// After `[`: the items up to `]`.
    fn list(&mut self) -> Parsed<Kind> {
        let mut items = Vec::new();
        self.skip_whitespace();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(Kind::List(items));
        }
        loop {
            items.push(self.value()?);
            self.skip_whitespace();
            match self.next() {
                Some(b',') => {}
                Some(b']') => return Ok(Kind::List(items)),
                Some(_) => return Err(self.error_before("expected `,` or `]`")),
                None => return Err(self.error("EOF while parsing a list")),
            }
            self.skip_whitespace();
            if self.peek() == Some(b']') {
                return Err(self.error("trailing comma"));
            }
        }
    }

    /// After `{`: the members up to `}`.
    fn object(&mut self) -> Parsed<Kind> {
        let mut members = Vec::new();
        self.skip_whitespace();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(Kind::Object(members));
        }
        loop {
            match self.peek() {
                Some(b'"') => {}
                Some(b'}') => return Err(self.error("trailing comma")),
                Some(_) => return Err(self.error("key must be a string")),
                None => return Err(self.error("EOF while parsing an object")),
            }
            let key = self.string()?;
            self.skip_whitespace();
            match self.next() {
                Some(b':') => {}
                Some(_) => return Err(self.error_before("expected `:`")),
                None => return Err(self.error("EOF while parsing an object")),
            }
            members.push((key, self.value()?));
            self.skip_whitespace();
            match self.next() {
                Some(b',') => {}
                Some(b'}') => return Ok(Kind::Object(members)),
                Some(_) => return Err(self.error_before("expected `,` or `}`")),
                None => return Err(self.error("EOF while parsing an object")),
            }
            self.skip_whitespace();
        }
    }

    /// A string from its opening quote, escapes decoded.
    fn string(&mut self) -> Parsed<String> {
        self.at += 1; // the opening quote
        let mut out = String::new();
        loop {
            // Copy the run up to the next quote, backslash or control byte at once: those
            // are ASCII, so the run ends on a character boundary.
            let start = self.at;
            while let Some(byte) = self.peek() {
                if byte == b'"' || byte == b'\\' || byte < 0x20 {
                    break;
                }
                self.at += 1;
            }
            out.push_str(self.text.get(start..self.at).unwrap_or_default());
            match self.next() {
                Some(b'"') => return Ok(out),
                Some(b'\\') => out.push(self.escape()?),
                Some(_) => {
                    return Err(self.error_before(
                        "control character (\\u0000-\\u001F) found while parsing a string",
                    ))
                }
                None => return Err(self.error("EOF while parsing a string")),
            }
        }
    }

    /// After a backslash: the character it stands for.
    fn escape(&mut self) -> Parsed<char> {
        let escaped = match self.next() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => return self.unicode_escape(),
            Some(_) => return Err(self.error_before("invalid escape")),
            None => return Err(self.error("EOF while parsing a string")),
        };
        Ok(escaped)
    }

    /// After `\u`: one character, from two escapes when it is a surrogate pair.
    fn unicode_escape(&mut self) -> Parsed<char> {
        let unit = self.hex4()?;
        let code = match unit {
            0xDC00..=0xDFFF => return Err(self.error("lone leading surrogate in hex escape")),
            0xD800..=0xDBFF => {
                if self.next() != Some(b'\\') || self.next() != Some(b'u') {
                    return Err(self.error("unexpected end of hex escape"));
                }
                let low = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&low) {
                    return Err(self.error("lone leading surrogate in hex escape"));
                }
                0x1_0000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
            }
            _ => unit,
        };
        char::from_u32(code).ok_or_else(|| self.error("invalid escape"))
    }

    fn hex4(&mut self) -> Parsed<u32> {
        let mut unit = 0;
        for _ in 0..4 {
            let digit = match self.next() {
                Some(byte) => char::from(byte).to_digit(16),
                None => return Err(self.error("EOF while parsing a string")),
            };
            match digit {
                Some(digit) => unit = unit * 16 + digit,
                None => return Err(self.error_before("invalid escape")),
            }
        }
        Ok(unit)
    }

    /// A number as JSON writes it (`-0.5e+3`; no `+`, no leading zeros, no bare `.`), read
    /// digit by digit as serde_json reads it (without its `float_roundtrip` feature), so
    /// both make the same `f64` of every number: the first 19 or so significant digits as
    /// a `u64`, times or divided by a power of ten.
    fn number(&mut self) -> Parsed<f64> {
        let start = self.at;
        let negative = self.peek() == Some(b'-');
        if negative {
            self.at += 1;
        }
        let mut significand = 0u64;
        let mut exponent = 0i32;
        match self.next() {
            Some(b'0') => {
                if let Some(b'0'..=b'9') = self.peek() {
                    return Err(self.error("invalid number"));
                }
            }
            Some(digit @ b'1'..=b'9') => {
                significand = u64::from(digit - b'0');
                // Digits past what a u64 holds only scale the number.
                let mut full = false;
                while let Some(digit @ b'0'..=b'9') = self.peek() {
                    self.at += 1;
                    full = full || !push_digit(&mut significand, digit);
                    if full {
                        exponent = exponent.saturating_add(1);
                    }
                }
            }
            Some(_) => return Err(self.error_before("invalid number")),
            None => return Err(self.error("EOF while parsing a value")),
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            self.some_digits()?;
            let mut full = false;
            while let Some(digit @ b'0'..=b'9') = self.peek() {
                self.at += 1;
                full = full || !push_digit(&mut significand, digit);
                if !full {
                    exponent = exponent.saturating_sub(1);
                }
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.at += 1;
            let negative_exponent = self.peek() == Some(b'-');
            if let Some(b'+' | b'-') = self.peek() {
                self.at += 1;
            }
            self.some_digits()?;
            let mut written = 0i32;
            let mut huge = false;
            while let Some(digit @ b'0'..=b'9') = self.peek() {
                self.at += 1;
                match written
                    .checked_mul(10)
                    .and_then(|w| w.checked_add(i32::from(digit - b'0')))
                {
                    Some(next) if !huge => written = next,
                    _ => huge = true,
                }
            }
            if huge {
                // Ten digits of exponent: zero, or out of range.
                if significand != 0 && !negative_exponent {
                    return Err(SyntaxError {
                        at: start,
                        message: "number out of range",
                    });
                }
                return Ok(if negative { -0.0 } else { 0.0 });
            }
            exponent = if negative_exponent {
                exponent.saturating_sub(written)
            } else {
                exponent.saturating_add(written)
            };
        }
        from_parts(negative, significand, exponent).ok_or(SyntaxError {
            at: start,
            message: "number out of range",
        })
    }

    /// At least one digit comes next.
    fn some_digits(&self) -> Parsed<()> {
        match self.peek() {
            Some(b'0'..=b'9') => Ok(()),
            Some(_) => Err(self.error("invalid number")),
            None => Err(self.error("EOF while parsing a value")),
        }
    }
}
