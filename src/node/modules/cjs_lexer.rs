//! The named exports of a CommonJS module, found without running it: what
//! Node offers to `import { name } from './file.cjs'`.
//!
//! Node finds them with the `cjs-module-lexer` package (2.2.0 in the current
//! Node 24 line), and an ES module may import exactly the names it detects.
//! This is our own lexer with the same observable behaviour, quirks included,
//! because a name it misses or adds changes whether user code links:
//! - `exports.a =`, `exports['a'] =`, `module.exports.a =` (any `=`, even `==`),
//!   anywhere in the file;
//! - `Object.defineProperty(exports, 'a', { value: ... })` and the getter forms
//!   `{ enumerable: true, get: function () { return x.y; } }` (or `get () {}`,
//!   `return x`, `return x['y']`); any other `defineProperty` of a name makes it
//!   an unsafe getter, and unsafe getters are dropped from the result;
//! - `module.exports = { a, b: c, 'd': e, ...x, ...require('y') }`, stopping at
//!   the first value that is not a plain identifier;
//! - reexports: `module.exports = require('x')` (only those after the last
//!   `module.exports =`), top-level `__export(require('x'))` /
//!   `__exportStar(require('x'))`, and Babel's
//!   `var _x = require('x'); Object.keys(_x).forEach(function (k) { ... })`
//!   star-export loop in the shapes Babel and TypeScript emit;
//! - strings, template literals (with nested `${}`), comments and regular
//!   expressions are skipped; a `/` is a regex or a division by the token
//!   before it (or, after `)` or `}`, the token before the matching opener);
//! - top-level `import`/`export` statements and `import.meta` are errors, as
//!   are unbalanced brackets and unterminated literals. Node treats a module
//!   that fails to lex as exporting nothing but `default`, which is what
//!   [`analyze`] returns for it.
//!
//! The scan works on UTF-16 code units like the package (JS strings), so
//! positions, surrogates and the string-literal decoding behave the same.
//! Names from string literals are decoded (`'\x61'` is `a`) and dropped if
//! the package's surrogate check rejects them.
//!
//! NODE-DIFF: which non-ASCII characters may appear in identifiers comes from
//! the `unicode-ident` tables (current Unicode) where the package embeds
//! Acorn's Unicode 13 tables, so an identifier using one of the ~27,000
//! letters added to Unicode since then (Arabic Extended-B from U+0870, newer
//! CJK ideographs, ...) is detected here and not by Node. Every other code
//! point is classified as the package does.
//!
//! Earlier Node 24 releases bundled 2.1.0, which differs from 2.2.0 only
//! after `__export(` / `__exportStar(` not followed by `require`: 2.1.0 skips
//! the next character (so `__export('a)')` fails to lex there).

use std::collections::{HashMap, HashSet};

/// What a CommonJS module exports, as Node's lexer reports it: names in first
/// appearance order without duplicates, and the specifiers it reexports.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Analysis {
    pub exports: Vec<String>,
    pub reexports: Vec<String>,
}

/// Why a source could not be analysed: `esm_syntax` when it holds ES module
/// syntax (the package's `ERR_LEXER_ESM_SYNTAX`), otherwise a lexing error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexError {
    pub esm_syntax: bool,
    pub message: &'static str,
}

/// The exports Node would detect; a source that does not lex exports nothing,
/// as Node's `cjsPreparseModuleExports` falls back to on a lexer error.
pub fn analyze(source: &str) -> Analysis {
    parse(source).unwrap_or_default()
}

/// The exports of `source`, or the error the package would throw.
pub fn parse(source: &str) -> Result<Analysis, LexError> {
    let mut lexer = Lexer::new(source);
    lexer.run()?;
    Ok(lexer.finish())
}

fn syntax(message: &'static str) -> LexError {
    LexError { esm_syntax: false, message }
}

fn esm_syntax(message: &'static str) -> LexError {
    LexError { esm_syntax: true, message }
}

/// How a `require('x')` found at the current position is used.
#[derive(Clone, Copy, PartialEq, Eq)]
enum RequireUse {
    /// A plain require: remembered as a possible `var _x = require('x')`.
    Binding,
    /// The right side of `module.exports =`, or a spread in its literal.
    ExportsAssign,
    /// The argument of `__export(...)` / `__exportStar(...)`.
    ExportStar,
}

/// Which `Object.defineProperty(exports, 'name', ...)` form matched.
enum DefineForm {
    Value,
    Getter,
}

/// A JS `Set` of names in insertion order. `None` is a name whose string
/// literal did not decode: it takes a place like the package's `undefined`
/// but never reaches the result.
#[derive(Default)]
struct NameSet {
    order: Vec<Option<Vec<u16>>>,
    seen: HashSet<Option<Vec<u16>>>,
}

impl NameSet {
    fn add(&mut self, name: Option<Vec<u16>>) {
        if self.seen.insert(name.clone()) {
            self.order.push(name);
        }
    }

    fn clear(&mut self) {
        self.order.clear();
        self.seen.clear();
    }
}

/// A failed step of a pattern: the caller rewinds.
macro_rules! require {
    ($cond:expr) => {
        if !$cond {
            return Ok(None);
        }
    };
}

/// Same as `require!` in the sub-patterns that answer `Result<bool>`.
macro_rules! require_ok {
    ($cond:expr) => {
        if !$cond {
            return Ok(false);
        }
    };
}

/// Same as `require!` for the patterns that cannot throw.
macro_rules! check {
    ($cond:expr) => {
        if !$cond {
            return false;
        }
    };
}

struct Lexer {
    src: Vec<u16>,
    /// The current code unit; like the package it may step past either end,
    /// where every read gives 0.
    pos: isize,
    /// The index of the last code unit.
    end: isize,
    /// Open `(`, `{` and template `${`.
    depth: usize,
    /// The depth at which the innermost open `${` closes.
    template_depth: Option<usize>,
    template_stack: Vec<Option<usize>>,
    /// The last code unit that was not whitespace or a comment.
    last_token: isize,
    last_slash_was_division: bool,
    /// Per depth, `last_token` when the opener at that depth was read. Never
    /// shrunk: like the package's arrays, a slot keeps its last value, and a
    /// slot never written is `None`.
    opener_token: Vec<Option<isize>>,
    /// Per depth, whether the `{` there opened a class body.
    opener_is_class: Vec<bool>,
    next_brace_is_class: bool,
    /// `var _x = require('x')` bindings: `_x` to the decoded specifier.
    star_bindings: HashMap<Vec<u16>, Option<Vec<u16>>>,
    last_require: Option<Vec<u16>>,
    exports: NameSet,
    unsafe_getters: HashSet<Option<Vec<u16>>>,
    reexports: NameSet,
}

impl Lexer {
    fn new(source: &str) -> Lexer {
        let src: Vec<u16> = source.encode_utf16().collect();
        let end = src.len() as isize - 1;
        Lexer {
            src,
            pos: -1,
            end,
            depth: 0,
            template_depth: None,
            template_stack: Vec::new(),
            last_token: -1,
            last_slash_was_division: false,
            opener_token: Vec::new(),
            opener_is_class: Vec::new(),
            next_brace_is_class: false,
            star_bindings: HashMap::new(),
            last_require: None,
            exports: NameSet::default(),
            unsafe_getters: HashSet::new(),
            reexports: NameSet::default(),
        }
    }

    fn finish(self) -> Analysis {
        let unsafe_getters = self.unsafe_getters;
        let exports = self
            .exports
            .order
            .into_iter()
            .filter(|name| !unsafe_getters.contains(name))
            .flatten()
            .map(|name| String::from_utf16_lossy(&name))
            .collect();
        let reexports =
            self.reexports.order.into_iter().flatten().map(|name| String::from_utf16_lossy(&name)).collect();
        Analysis { exports, reexports }
    }

    // ---- reading ----

    /// The code unit at `i` as the patterns compare it: ASCII as itself, the
    /// no-break space (whitespace to the package) as 0xA0, any other
    /// non-ASCII unit as 0xFF, and 0 outside the source.
    fn at(&self, i: isize) -> u8 {
        match self.unit(i) {
            None => 0,
            Some(unit) if unit < 0x80 => unit as u8,
            Some(0xA0) => 0xA0,
            Some(_) => 0xFF,
        }
    }

    fn unit(&self, i: isize) -> Option<u16> {
        usize::try_from(i).ok().and_then(|i| self.src.get(i).copied())
    }

    /// The code point starting at `i` (a lone surrogate as itself), 0 outside.
    fn code_point_at(&self, i: isize) -> u32 {
        let Some(first) = self.unit(i) else { return 0 };
        if (0xD800..0xDC00).contains(&first) {
            if let Some(second) = self.unit(i + 1).filter(|u| (0xDC00..0xE000).contains(u)) {
                return 0x10000 + ((u32::from(first) - 0xD800) << 10) + (u32::from(second) - 0xDC00);
            }
        }
        u32::from(first)
    }

    /// The code point ending at `i`, for reading an identifier backwards. A
    /// low surrogate is paired with whatever precedes it, as the package does.
    fn code_point_ending_at(&self, i: isize) -> u32 {
        let Some(last) = self.unit(i) else { return 0 };
        if (0xDC00..0xE000).contains(&last) {
            let high = u32::from(self.unit(i - 1).unwrap_or(0));
            return (((high & 0x3FF) << 10) | (u32::from(last) & 0x3FF)) + 0x10000;
        }
        u32::from(last)
    }

    /// JS `startsWith(text, at)`: a position before the start counts as 0.
    fn starts_with(&self, text: &[u8], at: isize) -> bool {
        let at = at.max(0) as usize;
        at.checked_add(text.len())
            .and_then(|stop| self.src.get(at..stop))
            .is_some_and(|units| units.iter().zip(text).all(|(&unit, &byte)| unit == u16::from(byte)))
    }

    fn starts_with_units(&self, text: &[u16], at: isize) -> bool {
        let at = at.max(0) as usize;
        at.checked_add(text.len()).and_then(|stop| self.src.get(at..stop)) == Some(text)
    }

    fn slice(&self, start: isize, stop: isize) -> &[u16] {
        let len = self.src.len() as isize;
        let (start, stop) = (start.clamp(0, len) as usize, stop.clamp(0, len) as usize);
        self.src.get(start..stop.max(start)).unwrap_or(&[])
    }

    /// Steps to the next unit; false once the last one was passed (the
    /// package's `pos++ < end`).
    fn advance(&mut self) -> bool {
        let more = self.pos < self.end;
        self.pos += 1;
        more
    }

    fn push_opener(&mut self, token: isize) {
        if self.opener_token.len() <= self.depth {
            self.opener_token.resize(self.depth + 1, None);
        }
        self.opener_token[self.depth] = Some(token);
        self.depth += 1;
    }

    // ---- the token scan ----

    fn run(&mut self) -> Result<(), LexError> {
        if self.at(0) == b'#' && self.at(1) == b'!' {
            if self.src.len() == 2 {
                return Ok(());
            }
            self.pos += 2;
            while self.advance() {
                if matches!(self.at(self.pos), b'\n' | b'\r') {
                    break;
                }
            }
        }

        while self.advance() {
            let ch = self.at(self.pos);
            if ch == b' ' || (9..14).contains(&ch) {
                continue;
            }

            // Statements only recognised at the top level.
            if self.depth == 0 {
                match ch {
                    b'i' => {
                        if self.starts_with(b"mport", self.pos + 1) && self.keyword_start(self.pos) {
                            self.import_keyword()?;
                        }
                        self.last_token = self.pos;
                        continue;
                    }
                    b'r' => {
                        let start = self.pos;
                        if self.try_require(RequireUse::Binding)? && self.keyword_start(start) {
                            self.bind_star_export(start - 1);
                        }
                        self.last_token = self.pos;
                        continue;
                    }
                    b'_' => {
                        self.underscore_helper()?;
                        self.last_token = self.pos;
                        continue;
                    }
                    _ => {}
                }
            }

            match ch {
                b'e' if self.starts_with(b"xport", self.pos + 1) && self.keyword_start(self.pos) => {
                    if self.at(self.pos + 6) == b's' {
                        self.try_exports_member(false)?;
                    } else if self.depth == 0 {
                        self.export_keyword()?;
                    }
                }
                b'c' if self.keyword_start(self.pos)
                    && self.starts_with(b"lass", self.pos + 1)
                    && is_br_or_ws(self.at(self.pos + 5)) =>
                {
                    self.next_brace_is_class = true;
                }
                b'm' if self.starts_with(b"odule", self.pos + 1) && self.keyword_start(self.pos) => {
                    self.try_module_exports()?;
                }
                b'O' if self.starts_with(b"bject", self.pos + 1) && self.keyword_start(self.pos) => {
                    self.try_object_call(self.depth == 0)?;
                }
                b'(' => self.push_opener(self.last_token),
                b')' => {
                    if self.depth == 0 {
                        return Err(syntax("Unexpected closing bracket."));
                    }
                    self.depth -= 1;
                }
                b'{' => {
                    if self.opener_is_class.len() <= self.depth {
                        self.opener_is_class.resize(self.depth + 1, false);
                    }
                    self.opener_is_class[self.depth] = self.next_brace_is_class;
                    self.next_brace_is_class = false;
                    self.push_opener(self.last_token);
                }
                b'}' => {
                    if self.depth == 0 {
                        return Err(syntax("Unexpected closing brace."));
                    }
                    let closing = self.depth;
                    self.depth -= 1;
                    if Some(closing) == self.template_depth {
                        self.template_depth = self.template_stack.pop().flatten();
                        self.template_string()?;
                    } else if self.template_depth.is_some_and(|t| self.depth < t) {
                        return Err(syntax("Unexpected closing brace."));
                    }
                }
                b'\'' | b'"' => self.string_literal(ch)?,
                b'/' => match self.at(self.pos + 1) {
                    b'/' => {
                        self.line_comment();
                        continue;
                    }
                    b'*' => {
                        self.block_comment();
                        continue;
                    }
                    _ => {
                        if self.slash_starts_regex() {
                            self.regular_expression()?;
                            self.last_slash_was_division = false;
                        } else {
                            self.last_slash_was_division = true;
                        }
                    }
                },
                b'`' => self.template_string()?,
                _ => {}
            }
            self.last_token = self.pos;
        }

        if self.template_depth.is_some() {
            return Err(syntax("Unterminated template."));
        }
        if self.depth != 0 {
            return Err(syntax("Unterminated braces."));
        }
        Ok(())
    }

    /// Whether the `/` at `pos` opens a regular expression, judged from the
    /// token before it the way the package does.
    fn slash_starts_regex(&self) -> bool {
        let at = self.last_token;
        let last = self.at(at);
        let before = self.at(at - 1);
        let opener = self.opener_token.get(self.depth).copied().flatten();
        let opened_class = self.opener_is_class.get(self.depth).copied().unwrap_or(false);
        (is_expression_punctuator(last)
            && !(last == b'.' && before.is_ascii_digit())
            && !(last == b'+' && before == b'+')
            && !(last == b'-' && before == b'-'))
            || (last == b')' && self.is_paren_keyword(opener))
            || (last == b'}' && (self.is_expression_terminator(opener) || opened_class))
            || (last == b'/' && self.last_slash_was_division)
            || self.is_expression_keyword(at)
            || last == 0
    }

    /// `import` at the top level: a call is fine, a statement or
    /// `import.meta` means this is not CommonJS.
    fn import_keyword(&mut self) -> Result<(), LexError> {
        let start = self.pos;
        self.pos += 6;
        match self.whitespace() {
            b'(' => {
                self.push_opener(start);
                Ok(())
            }
            b'.' => Err(esm_syntax("Unexpected import.meta in CJS module.")),
            b'"' | b'\'' | b'{' | b'*' => self.import_statement(),
            // `importFoo`: an identifier, not the keyword.
            _ if self.pos == start + 6 => Ok(()),
            _ => self.import_statement(),
        }
    }

    fn import_statement(&mut self) -> Result<(), LexError> {
        if self.depth != 0 {
            self.pos -= 1;
            return Ok(());
        }
        Err(esm_syntax("Unexpected import statement in CJS module."))
    }

    fn export_keyword(&mut self) -> Result<(), LexError> {
        self.pos += 6;
        let after = self.pos;
        let ch = self.whitespace();
        if self.pos == after && !is_punctuator(ch) {
            return Ok(());
        }
        Err(esm_syntax("Unexpected export statement in CJS module."))
    }

    /// `_interopRequireWildcard(require('x'))` (Babel) and
    /// `__export(require('x'))` / `__exportStar(require('x'))` (TypeScript).
    fn underscore_helper(&mut self) -> Result<(), LexError> {
        let start = self.pos;
        let word_start = self.keyword_start(start) || self.at(start - 1) == b'.';
        if self.starts_with(b"interopRequireWildcard", start + 1) && word_start {
            self.pos += 23;
            if self.at(self.pos) == b'(' {
                self.pos += 1;
                self.push_opener(self.last_token);
                if self.try_require(RequireUse::Binding)? && self.keyword_start(start) {
                    self.bind_star_export(start - 1);
                }
            }
        } else if self.starts_with(b"_export", start + 1) && word_start {
            self.pos += 8;
            if self.starts_with(b"Star", self.pos) {
                self.pos += 4;
            }
            if self.at(self.pos) == b'(' {
                self.push_opener(self.last_token);
                if self.at(self.pos + 1) == b'r' {
                    self.pos += 1;
                    self.try_require(RequireUse::ExportStar)?;
                }
            }
        }
        Ok(())
    }

    /// After `require('x')` at `var|let|const _x = `, records `_x` as bound to
    /// `x` for a later `Object.keys(_x).forEach(...)`. `at` is just before
    /// `require`; only spaces may separate the tokens.
    fn bind_star_export(&mut self, mut at: isize) {
        while self.at(at) == b' ' && at >= 0 {
            at -= 1;
        }
        if self.at(at) != b'=' {
            return;
        }
        at -= 1;
        while self.at(at) == b' ' && at >= 0 {
            at -= 1;
        }
        let id_end = at;
        let mut starts_identifier = false;
        loop {
            let cp = self.code_point_ending_at(at);
            if cp == 0 || at < 0 {
                break;
            }
            if cp == u32::from(b'\\') {
                return;
            }
            if !is_identifier_char(cp) {
                break;
            }
            starts_identifier = is_identifier_start(cp);
            at -= if cp >= 0x10000 { 2 } else { 1 };
        }
        if !starts_identifier || self.at(at) != b' ' {
            return;
        }
        let binding = self.slice(at + 1, id_end + 1).to_vec();
        while self.at(at) == b' ' && at >= 0 {
            at -= 1;
        }
        let declared = match self.at(at) {
            b'r' => self.starts_with(b"va", at - 2),
            b't' => self.starts_with(b"le", at - 2) || self.starts_with(b"cons", at - 4),
            _ => false,
        };
        if declared {
            self.star_bindings.insert(binding, self.last_require.clone());
        }
    }

    // ---- the export patterns ----

    /// `require('x')` with `pos` on the `r`; leaves `pos` on its `)` when it
    /// matches and where it was otherwise.
    fn try_require(&mut self, usage: RequireUse) -> Result<bool, LexError> {
        let revert = self.pos;
        if !self.starts_with(b"equire", self.pos + 1) {
            return Ok(false);
        }
        self.pos += 7;
        if self.whitespace() == b'(' {
            self.pos += 1;
            let quote = self.whitespace();
            let start = self.pos;
            if quote == b'\'' || quote == b'"' {
                self.string_literal(quote)?;
                self.pos += 1;
                let stop = self.pos;
                if self.whitespace() == b')' {
                    let specifier = decode(self.slice(start, stop));
                    match usage {
                        RequireUse::Binding => self.last_require = specifier,
                        RequireUse::ExportsAssign | RequireUse::ExportStar => self.reexports.add(specifier),
                    }
                    return Ok(true);
                }
            }
        }
        self.pos = revert;
        Ok(false)
    }

    /// `module` `.` `exports`, then as `exports`.
    fn try_module_exports(&mut self) -> Result<(), LexError> {
        self.pos += 6;
        let revert = self.pos - 1;
        if self.whitespace() == b'.' {
            self.pos += 1;
            if self.whitespace() == b'e' && self.starts_with(b"xports", self.pos + 1) {
                return self.try_exports_member(true);
            }
        }
        self.pos = revert;
        Ok(())
    }

    /// After `exports` (`pos` on its `e`): `.name =`, `['name'] =`, and when
    /// it was `module.exports`, `= require('x')` or `= { ... }`.
    fn try_exports_member(&mut self, module_exports: bool) -> Result<(), LexError> {
        self.pos += 7;
        let revert = self.pos - 1;
        match self.whitespace() {
            b'.' => {
                self.pos += 1;
                self.whitespace();
                let start = self.pos;
                if self.identifier() {
                    let stop = self.pos;
                    if self.whitespace() == b'=' {
                        self.exports.add(decode(self.slice(start, stop)));
                        return Ok(());
                    }
                }
            }
            b'[' => {
                self.pos += 1;
                let quote = self.whitespace();
                if quote == b'\'' || quote == b'"' {
                    let start = self.pos;
                    self.string_literal(quote)?;
                    self.pos += 1;
                    let stop = self.pos;
                    if self.whitespace() == b']' {
                        self.pos += 1;
                        if self.whitespace() == b'=' {
                            self.exports.add(decode(self.slice(start, stop)));
                        }
                    }
                }
            }
            b'=' if module_exports => {
                // Only the reexports after the last assignment count.
                self.reexports.clear();
                self.pos += 1;
                match self.whitespace() {
                    b'{' => return self.try_exports_literal(),
                    b'r' => {
                        self.try_require(RequireUse::ExportsAssign)?;
                    }
                    _ => {}
                }
            }
            _ => {}
        }
        self.pos = revert;
        Ok(())
    }

    /// `{ a, b: c, 'd': e, ...f, ...require('g') }` after `module.exports =`,
    /// with `pos` on the `{`. Names seen before a property it cannot read
    /// stay detected.
    fn try_exports_literal(&mut self) -> Result<(), LexError> {
        let revert = self.pos - 1;
        while self.advance() {
            let mut ch = self.whitespace();
            let start = self.pos;
            if self.identifier() {
                let stop = self.pos;
                ch = self.whitespace();
                if ch == b':' {
                    self.pos += 1;
                    self.whitespace();
                    if !self.identifier() {
                        self.pos = revert;
                        return Ok(());
                    }
                    ch = self.at(self.pos);
                }
                self.exports.add(decode(self.slice(start, stop)));
            } else if ch == b'.' && self.starts_with(b"..", self.pos + 1) {
                self.pos += 3;
                if self.at(self.pos) == b'r' && self.try_require(RequireUse::ExportsAssign)? {
                    self.pos += 1;
                } else if !self.identifier() {
                    self.pos = revert;
                    return Ok(());
                }
                ch = self.whitespace();
            } else if ch == b'\'' || ch == b'"' {
                let start = self.pos;
                self.string_literal(ch)?;
                self.pos += 1;
                let stop = self.pos;
                ch = self.whitespace();
                if ch == b':' {
                    self.pos += 1;
                    self.whitespace();
                    if !self.identifier() {
                        self.pos = revert;
                        return Ok(());
                    }
                    ch = self.at(self.pos);
                    self.exports.add(decode(self.slice(start, stop)));
                }
            } else {
                self.pos = revert;
                return Ok(());
            }

            if ch == b'}' {
                return Ok(());
            }
            if ch != b',' {
                self.pos = revert;
                return Ok(());
            }
        }
        Ok(())
    }

    /// After `Object` (`pos` on its `O`): `.defineProperty(exports, ...)`, or
    /// at the top level Babel's `.keys(_x).forEach(...)` star export.
    fn try_object_call(&mut self, top_level: bool) -> Result<(), LexError> {
        self.pos += 6;
        let mut revert = self.pos - 1;
        if self.whitespace() == b'.' {
            self.pos += 1;
            let ch = self.whitespace();
            if ch == b'd' && self.starts_with(b"efineProperty", self.pos + 1) {
                let mut name = None;
                match self.define_property(&mut revert, &mut name)? {
                    Some(form) => {
                        let name = name.and_then(|(start, stop)| decode(self.slice(start, stop)));
                        self.exports.add(name);
                        if let DefineForm::Value = form {
                            self.pos = revert;
                        }
                        return Ok(());
                    }
                    // A property defined in any other way may run code when
                    // read: the name is not offered at all.
                    None => {
                        if let Some((start, stop)) = name {
                            self.unsafe_getters.insert(decode(self.slice(start, stop)));
                        }
                    }
                }
            } else if top_level && ch == b'k' && self.starts_with(b"eys", self.pos + 1) {
                if let Some(specifier) = self.star_export_loop(&mut revert)? {
                    if let Some(specifier) = specifier {
                        self.reexports.add(decode(&specifier));
                        self.pos = revert;
                    }
                    return Ok(());
                }
            }
        }
        self.pos = revert;
        Ok(())
    }

    /// `defineProperty(exports, 'name', { value:` or a getter returning an
    /// identifier or member, with `pos` on the `d`. `name` is set once the
    /// name is read, so a failure after it marks an unsafe getter.
    fn define_property(
        &mut self,
        revert: &mut isize,
        name: &mut Option<(isize, isize)>,
    ) -> Result<Option<DefineForm>, LexError> {
        self.pos += 14;
        *revert = self.pos - 1;
        require!(self.whitespace() == b'(');
        self.pos += 1;
        let ch = self.whitespace();
        require!(self.exports_object(ch));
        require!(self.whitespace() == b',');
        self.pos += 1;
        let quote = self.whitespace();
        require!(quote == b'\'' || quote == b'"');
        let start = self.pos;
        self.string_literal(quote)?;
        self.pos += 1;
        *name = Some((start, self.pos));
        require!(self.whitespace() == b',');
        self.pos += 1;
        require!(self.whitespace() == b'{');
        self.pos += 1;
        let mut ch = self.whitespace();
        if ch == b'e' {
            require!(self.starts_with(b"numerable", self.pos + 1));
            self.pos += 10;
            require!(self.whitespace() == b':');
            self.pos += 1;
            require!(self.whitespace() == b't' && self.starts_with(b"rue", self.pos + 1));
            self.pos += 4;
            require!(self.whitespace() == b',');
            self.pos += 1;
            ch = self.whitespace();
        }
        if ch == b'v' {
            require!(self.starts_with(b"alue", self.pos + 1));
            self.pos += 5;
            require!(self.whitespace() == b':');
            return Ok(Some(DefineForm::Value));
        }
        require!(ch == b'g' && self.starts_with(b"et", self.pos + 1));
        self.pos += 3;
        require!(self.getter_head()?);
        require!(self.whitespace() == b'{');
        self.pos += 1;
        require!(self.whitespace() == b'r' && self.starts_with(b"eturn", self.pos + 1));
        self.pos += 6;
        self.whitespace();
        require!(self.identifier());
        let mut ch = self.whitespace();
        if ch == b'.' {
            self.pos += 1;
            self.whitespace();
            require!(self.identifier());
            ch = self.whitespace();
        } else if ch == b'[' {
            self.pos += 1;
            let quote = self.whitespace();
            require!(quote == b'\'' || quote == b'"');
            self.string_literal(quote)?;
            self.pos += 1;
            require!(self.whitespace() == b']');
            self.pos += 1;
            ch = self.whitespace();
        }
        if ch == b';' {
            self.pos += 1;
            ch = self.whitespace();
        }
        require!(ch == b'}');
        self.pos += 1;
        require!(self.object_close()?);
        Ok(Some(DefineForm::Getter))
    }

    /// After `get`: `: function name? ()` or `()`, leaving `pos` after `)`.
    fn getter_head(&mut self) -> Result<bool, LexError> {
        let mut ch = self.whitespace();
        if ch == b':' {
            self.pos += 1;
            require_ok!(self.whitespace() == b'f' && self.starts_with(b"unction", self.pos + 1));
            self.pos += 8;
            let after_keyword = self.pos;
            if self.whitespace() != b'(' {
                require_ok!(self.pos != after_keyword && self.identifier());
            }
            ch = self.whitespace();
        }
        require_ok!(ch == b'(');
        self.pos += 1;
        require_ok!(self.whitespace() == b')');
        self.pos += 1;
        Ok(true)
    }

    /// `,`? `}` `)` closing a property descriptor and its call, leaving `pos`
    /// on the `)`.
    fn object_close(&mut self) -> Result<bool, LexError> {
        let mut ch = self.whitespace();
        if ch == b',' {
            self.pos += 1;
            ch = self.whitespace();
        }
        require_ok!(ch == b'}');
        self.pos += 1;
        require_ok!(self.whitespace() == b')');
        Ok(true)
    }

    /// Babel's and TypeScript's star-export loop, with `pos` on the `k` of
    /// `keys`:
    /// `Object.keys(_x).forEach(function (key) { if (...) return; exports[key] = _x[key]; })`
    /// or its `Object.defineProperty(exports, key, { enumerable: true, get })`
    /// variant. On a match, gives the specifier `_x` was bound to (if any).
    fn star_export_loop(&mut self, revert: &mut isize) -> Result<Option<Option<Vec<u16>>>, LexError> {
        self.pos += 4;
        *revert = self.pos - 1;
        require!(self.whitespace() == b'(');
        self.pos += 1;
        self.whitespace();
        let start = self.pos;
        require!(self.identifier());
        let id = self.slice(start, self.pos).to_vec();
        require!(self.whitespace() == b')');
        *revert = self.pos;
        self.pos += 1;
        require!(self.whitespace() == b'.');
        self.pos += 1;
        require!(self.whitespace() == b'f' && self.starts_with(b"orEach", self.pos + 1));
        self.pos += 7;
        let ch = self.whitespace();
        *revert = self.pos - 1;
        require!(ch == b'(');
        self.pos += 1;
        require!(self.whitespace() == b'f' && self.starts_with(b"unction", self.pos + 1));
        self.pos += 8;
        require!(self.whitespace() == b'(');
        self.pos += 1;
        self.whitespace();
        let start = self.pos;
        require!(self.identifier());
        let key = self.slice(start, self.pos).to_vec();
        require!(self.whitespace() == b')');
        self.pos += 1;
        require!(self.whitespace() == b'{');
        self.pos += 1;
        require!(self.whitespace() == b'i' && self.at(self.pos + 1) == b'f');
        self.pos += 2;
        require!(self.whitespace() == b'(');
        self.pos += 1;
        self.whitespace();
        require!(self.eat_units(&key));

        let mut ch = self.whitespace();
        if ch == b'=' {
            require!(self.skip_default_or_es_module_guard(&id, &key)?);
            ch = self.whitespace();
        } else if ch == b'!' {
            require!(self.skip_not_default_guard(&key)?);
            ch = self.whitespace();
        } else {
            return Ok(None);
        }

        if self.exports_object(ch) {
            // exports[key] = _x[key];
            require!(self.whitespace() == b'[');
            self.pos += 1;
            self.whitespace();
            require!(self.eat_units(&key));
            require!(self.whitespace() == b']');
            self.pos += 1;
            require!(self.whitespace() == b'=');
            self.pos += 1;
            self.whitespace();
            require!(self.member_of(&id, &key));
            ch = self.whitespace();
            if ch == b';' {
                self.pos += 1;
                ch = self.whitespace();
            }
        } else if ch == b'O' {
            // Object.defineProperty(exports, key, { enumerable: true, get ... return _x[key]; } });
            require!(self.starts_with(b"bject", self.pos + 1));
            self.pos += 6;
            require!(self.whitespace() == b'.');
            self.pos += 1;
            require!(self.whitespace() == b'd' && self.starts_with(b"efineProperty", self.pos + 1));
            self.pos += 14;
            require!(self.whitespace() == b'(');
            self.pos += 1;
            let ch = self.whitespace();
            require!(self.exports_object(ch));
            require!(self.whitespace() == b',');
            self.pos += 1;
            self.whitespace();
            require!(self.eat_units(&key));
            require!(self.whitespace() == b',');
            self.pos += 1;
            require!(self.whitespace() == b'{');
            self.pos += 1;
            require!(self.whitespace() == b'e' && self.starts_with(b"numerable", self.pos + 1));
            self.pos += 10;
            require!(self.whitespace() == b':');
            self.pos += 1;
            // The package accepts any four units here that start with `t`
            // or end in `rue`.
            require!(self.whitespace() == b't' || self.starts_with(b"rue", self.pos + 1));
            self.pos += 4;
            require!(self.whitespace() == b',');
            self.pos += 1;
            require!(self.whitespace() == b'g' && self.starts_with(b"et", self.pos + 1));
            self.pos += 3;
            require!(self.getter_head()?);
            require!(self.whitespace() == b'{');
            self.pos += 1;
            require!(self.whitespace() == b'r' && self.starts_with(b"eturn", self.pos + 1));
            self.pos += 6;
            self.whitespace();
            require!(self.member_of(&id, &key));
            let mut ch = self.whitespace();
            if ch == b';' {
                self.pos += 1;
                ch = self.whitespace();
            }
            require!(ch == b'}');
            self.pos += 1;
            require!(self.object_close()?);
            self.pos += 1;
            ch = self.whitespace();
            if ch == b';' {
                self.pos += 1;
                ch = self.whitespace();
            }
            return self.close_star_export_loop(ch, &id);
        } else {
            return Ok(None);
        }
        self.close_star_export_loop(ch, &id)
    }

    /// `})` ending the forEach callback and call, with `ch` the unit at `pos`.
    fn close_star_export_loop(&mut self, ch: u8, id: &[u16]) -> Result<Option<Option<Vec<u16>>>, LexError> {
        require!(ch == b'}');
        self.pos += 1;
        require!(self.whitespace() == b')');
        // The binding's specifier is decoded once more when it is used, as
        // the package does; an empty one does not count.
        let specifier = self.star_bindings.get(id).cloned().flatten().filter(|s| !s.is_empty());
        Ok(Some(specifier))
    }

    /// `_x[key]`, whitespace allowed around the brackets.
    fn member_of(&mut self, id: &[u16], key: &[u16]) -> bool {
        check!(self.eat_units(id));
        check!(self.whitespace() == b'[');
        self.pos += 1;
        self.whitespace();
        check!(self.eat_units(key));
        check!(self.whitespace() == b']');
        self.pos += 1;
        true
    }

    /// After `if (key` with `pos` on `=`:
    /// `=== 'default' || key === '__esModule') return;`, then optionally
    /// `if (Object.prototype.hasOwnProperty.call(o, key)) return;` and
    /// `if (key in exports && exports[key] === _x[key]) return;`.
    fn skip_default_or_es_module_guard(&mut self, id: &[u16], key: &[u16]) -> Result<bool, LexError> {
        require_ok!(self.starts_with(b"==", self.pos + 1));
        self.pos += 3;
        require_ok!(self.quoted_word(b"default"));
        let ch = self.whitespace();
        require_ok!(ch == b'|' && self.at(self.pos + 1) == b'|');
        self.pos += 2;
        self.whitespace();
        require_ok!(self.eat_units(key));
        let ch = self.whitespace();
        require_ok!(ch == b'=' && self.starts_with(b"==", self.pos + 1));
        self.pos += 3;
        require_ok!(self.quoted_word(b"__esModule"));
        require_ok!(self.whitespace() == b')');
        self.pos += 1;
        require_ok!(self.return_statement());

        let ch = self.whitespace();
        if ch != b'i' || self.at(self.pos + 1) != b'f' {
            return Ok(true);
        }
        self.pos += 2;
        require_ok!(self.whitespace() == b'(');
        self.pos += 1;
        let inner = self.pos;
        let mut in_if = true;
        if self.object_has_own_property(key) {
            require_ok!(self.whitespace() == b')');
            self.pos += 1;
            require_ok!(self.return_statement());
            let ch = self.whitespace();
            if ch == b'i' && self.at(self.pos + 1) == b'f' {
                self.pos += 2;
                require_ok!(self.whitespace() == b'(');
                self.pos += 1;
            } else {
                in_if = false;
            }
        } else {
            self.pos = inner;
        }
        if in_if {
            // The key must follow `(` directly here.
            require_ok!(self.eat_units(key));
            require_ok!(self.whitespace() == b'i' && self.starts_with(b"n ", self.pos + 1));
            self.pos += 3;
            let ch = self.whitespace();
            require_ok!(self.exports_object(ch));
            let ch = self.whitespace();
            require_ok!(ch == b'&' && self.at(self.pos + 1) == b'&');
            self.pos += 2;
            let ch = self.whitespace();
            require_ok!(self.exports_object(ch));
            require_ok!(self.whitespace() == b'[');
            self.pos += 1;
            self.whitespace();
            require_ok!(self.eat_units(key));
            require_ok!(self.whitespace() == b']');
            self.pos += 1;
            let ch = self.whitespace();
            require_ok!(ch == b'=' && self.starts_with(b"==", self.pos + 1));
            self.pos += 3;
            self.whitespace();
            require_ok!(self.member_of(id, key));
            require_ok!(self.whitespace() == b')');
            self.pos += 1;
            require_ok!(self.return_statement());
        }
        Ok(true)
    }

    /// After `if (key` with `pos` on `!`: `!== 'default'`, optionally
    /// `&& !Object.prototype.hasOwnProperty.call(o, key)` or
    /// `&& !o.hasOwnProperty(key)`, then `)`.
    fn skip_not_default_guard(&mut self, key: &[u16]) -> Result<bool, LexError> {
        require_ok!(self.starts_with(b"==", self.pos + 1));
        self.pos += 3;
        require_ok!(self.quoted_word(b"default"));
        let mut ch = self.whitespace();
        if ch == b'&' {
            require_ok!(self.at(self.pos + 1) == b'&');
            self.pos += 2;
            require_ok!(self.whitespace() == b'!');
            self.pos += 1;
            let next = self.whitespace();
            if next == b'O' && self.starts_with(b"bject", self.pos + 1) && self.at(self.pos + 6) == b'.' {
                require_ok!(self.object_has_own_property(key));
            } else if self.identifier() {
                require_ok!(self.whitespace() == b'.');
                self.pos += 1;
                require_ok!(self.whitespace() == b'h' && self.starts_with(b"asOwnProperty", self.pos + 1));
                self.pos += 14;
                require_ok!(self.whitespace() == b'(');
                self.pos += 1;
                self.whitespace();
                require_ok!(self.eat_units(key));
                require_ok!(self.whitespace() == b')');
                self.pos += 1;
            } else {
                return Ok(false);
            }
            ch = self.whitespace();
        }
        require_ok!(ch == b')');
        self.pos += 1;
        Ok(true)
    }

    /// `'word'` or `"word"` (the same quote both sides), `pos` after it.
    fn quoted_word(&mut self, word: &[u8]) -> bool {
        let quote = self.whitespace();
        check!(quote == b'"' || quote == b'\'');
        check!(self.starts_with(word, self.pos + 1));
        self.pos += word.len() as isize + 1;
        check!(self.whitespace() == quote);
        self.pos += 1;
        true
    }

    /// `return` `;`?, `pos` after it.
    fn return_statement(&mut self) -> bool {
        check!(self.whitespace() == b'r' && self.starts_with(b"eturn", self.pos + 1));
        self.pos += 6;
        if self.whitespace() == b';' {
            self.pos += 1;
        }
        true
    }

    /// `Object.prototype?.hasOwnProperty.call(o, key)`, `pos` after it; on a
    /// mismatch `pos` is left where it stopped.
    fn object_has_own_property(&mut self, key: &[u16]) -> bool {
        check!(self.whitespace() == b'O' && self.starts_with(b"bject", self.pos + 1));
        self.pos += 6;
        check!(self.whitespace() == b'.');
        self.pos += 1;
        let mut ch = self.whitespace();
        if ch == b'p' {
            check!(self.starts_with(b"rototype", self.pos + 1));
            self.pos += 9;
            check!(self.whitespace() == b'.');
            self.pos += 1;
            ch = self.whitespace();
        }
        check!(ch == b'h' && self.starts_with(b"asOwnProperty", self.pos + 1));
        self.pos += 14;
        check!(self.whitespace() == b'.');
        self.pos += 1;
        check!(self.whitespace() == b'c' && self.starts_with(b"all", self.pos + 1));
        self.pos += 4;
        check!(self.whitespace() == b'(');
        self.pos += 1;
        self.whitespace();
        check!(self.identifier());
        check!(self.whitespace() == b',');
        self.pos += 1;
        self.whitespace();
        check!(self.eat_units(key));
        check!(self.whitespace() == b')');
        self.pos += 1;
        true
    }

    /// `exports` or `module.exports` with `ch` the unit at `pos`; `pos` after
    /// it on a match, unchanged otherwise. Like the package, `exportsFoo`
    /// matches its first seven letters.
    fn exports_object(&mut self, mut ch: u8) -> bool {
        let revert = self.pos;
        if ch == b'm' && self.starts_with(b"odule", self.pos + 1) {
            self.pos += 6;
            if self.whitespace() != b'.' {
                self.pos = revert;
                return false;
            }
            self.pos += 1;
            ch = self.whitespace();
        }
        if ch == b'e' && self.starts_with(b"xports", self.pos + 1) {
            self.pos += 7;
            return true;
        }
        self.pos = revert;
        false
    }

    /// `text` at `pos` (no word boundary after it), stepping over it.
    fn eat_units(&mut self, text: &[u16]) -> bool {
        check!(self.starts_with_units(text, self.pos));
        self.pos += text.len() as isize;
        true
    }

    // ---- tokens ----

    /// Skips whitespace and comments; gives the unit it stopped on. At the end
    /// of the source that is the last unit read (maybe whitespace) with `pos`
    /// past the end, as in the package.
    fn whitespace(&mut self) -> u8 {
        loop {
            let ch = self.at(self.pos);
            if ch == b'/' {
                match self.at(self.pos + 1) {
                    b'/' => self.line_comment(),
                    b'*' => self.block_comment(),
                    _ => return ch,
                }
            } else if !is_br_or_ws(ch) {
                return ch;
            }
            if !self.advance() {
                return ch;
            }
        }
    }

    fn line_comment(&mut self) {
        while self.advance() {
            if matches!(self.at(self.pos), b'\n' | b'\r') {
                return;
            }
        }
    }

    /// An unterminated block comment runs to the end without an error.
    fn block_comment(&mut self) {
        self.pos += 1;
        while self.advance() {
            if self.at(self.pos) == b'*' && self.at(self.pos + 1) == b'/' {
                self.pos += 1;
                return;
            }
        }
    }

    fn string_literal(&mut self, quote: u8) -> Result<(), LexError> {
        while self.advance() {
            let ch = self.at(self.pos);
            if ch == quote {
                return Ok(());
            }
            if ch == b'\\' {
                self.pos += 1;
                if self.at(self.pos) == b'\r' && self.at(self.pos + 1) == b'\n' {
                    self.pos += 1;
                }
            } else if ch == b'\n' || ch == b'\r' {
                break;
            }
        }
        Err(syntax("Unterminated string."))
    }

    /// From a backtick or a `}` closing `${`: to the closing backtick, or into
    /// the next `${` (which opens a depth like a brace).
    fn template_string(&mut self) -> Result<(), LexError> {
        while self.advance() {
            let ch = self.at(self.pos);
            if ch == b'$' && self.at(self.pos + 1) == b'{' {
                self.pos += 1;
                self.template_stack.push(self.template_depth);
                self.depth += 1;
                self.template_depth = Some(self.depth);
                return Ok(());
            }
            if ch == b'`' {
                return Ok(());
            }
            if ch == b'\\' {
                self.pos += 1;
            }
        }
        Err(syntax("Unterminated template."))
    }

    fn regular_expression(&mut self) -> Result<(), LexError> {
        while self.advance() {
            match self.at(self.pos) {
                b'/' => return Ok(()),
                b'[' => self.regex_class()?,
                b'\\' => self.pos += 1,
                b'\n' | b'\r' => break,
                _ => {}
            }
        }
        Err(syntax("Syntax error reading regular expression."))
    }

    fn regex_class(&mut self) -> Result<(), LexError> {
        while self.advance() {
            match self.at(self.pos) {
                b']' => return Ok(()),
                b'\\' => self.pos += 1,
                b'\n' | b'\r' => break,
                _ => {}
            }
        }
        Err(syntax("Syntax error reading regular expression class."))
    }

    /// An identifier at `pos` (no `\u` escapes: a backslash ends it), `pos`
    /// after it.
    fn identifier(&mut self) -> bool {
        let first = self.code_point_at(self.pos);
        if !is_identifier_start(first) {
            return false;
        }
        self.pos += if first >= 0x10000 { 2 } else { 1 };
        loop {
            let cp = self.code_point_at(self.pos);
            if cp == 0 || !is_identifier_char(cp) {
                return true;
            }
            self.pos += if cp >= 0x10000 { 2 } else { 1 };
        }
    }

    // ---- what came before ----

    fn keyword_start(&self, at: isize) -> bool {
        at == 0 || is_br_or_ws_or_punctuator_not_dot(self.at(at - 1))
    }

    /// `word` ending at `at`, preceded by a token boundary. Like the package,
    /// a word at the very start of the source does not count unless it is
    /// one unit long.
    fn preceding_keyword(&self, at: isize, word: &[u8]) -> bool {
        let len = word.len() as isize;
        if at < len - 1 {
            return false;
        }
        self.starts_with(word, at - len + 1) && (at == 0 || is_br_or_ws_or_punctuator_not_dot(self.at(at - len)))
    }

    fn preceding_keyword1(&self, at: isize, ch: u8) -> bool {
        self.at(at) == ch && (at == 0 || is_br_or_ws_or_punctuator_not_dot(self.at(at - 1)))
    }

    /// Whether a keyword after which an expression starts ends at `at`:
    /// case, debugger, delete, do, else, in, instanceof, new, return, throw,
    /// typeof, void, yield, await.
    fn is_expression_keyword(&self, at: isize) -> bool {
        match self.at(at) {
            b'd' => match self.at(at - 1) {
                b'i' => self.preceding_keyword(at - 2, b"vo"),
                b'l' => self.preceding_keyword(at - 2, b"yie"),
                _ => false,
            },
            b'e' => match self.at(at - 1) {
                b's' => match self.at(at - 2) {
                    b'l' => self.preceding_keyword1(at - 3, b'e'),
                    b'a' => self.preceding_keyword1(at - 3, b'c'),
                    _ => false,
                },
                b't' => self.preceding_keyword(at - 2, b"dele"),
                _ => false,
            },
            b'f' => {
                if self.at(at - 1) != b'o' || self.at(at - 2) != b'e' {
                    return false;
                }
                match self.at(at - 3) {
                    b'c' => self.preceding_keyword(at - 4, b"instan"),
                    b'p' => self.preceding_keyword(at - 4, b"ty"),
                    _ => false,
                }
            }
            b'n' => self.preceding_keyword1(at - 1, b'i') || self.preceding_keyword(at - 1, b"retur"),
            b'o' => self.preceding_keyword1(at - 1, b'd'),
            b'r' => self.preceding_keyword(at - 1, b"debugge"),
            b't' => self.preceding_keyword(at - 1, b"awai"),
            b'w' => match self.at(at - 1) {
                b'e' => self.preceding_keyword1(at - 2, b'n'),
                b'o' => self.preceding_keyword(at - 2, b"thr"),
                _ => false,
            },
            _ => false,
        }
    }

    /// Whether the token before a `(` ends `while`, `for` or `if` (so the `)`
    /// closes a condition and a regex may follow).
    fn is_paren_keyword(&self, opener: Option<isize>) -> bool {
        let Some(at) = opener else { return false };
        (self.at(at) == b'e' && self.starts_with(b"whil", at - 4))
            || (self.at(at) == b'r' && self.starts_with(b"fo", at - 2))
            || (self.at(at - 1) == b'i' && self.at(at) == b'f')
    }

    /// Whether the token before a `{` makes it a statement block: `=>`, `;`,
    /// `)`, `catch`, `finally`, `else`.
    fn is_expression_terminator(&self, opener: Option<isize>) -> bool {
        let Some(at) = opener else {
            // A depth whose opener was consumed by a pattern was never
            // recorded; the package then reads `undefined`, which JS string
            // methods treat as position 0.
            return matches!(self.at(0), b';' | b')') || self.starts_with(b"els", 0);
        };
        match self.at(at) {
            b'>' => self.at(at - 1) == b'=',
            b';' | b')' => true,
            b'h' => self.starts_with(b"catc", at - 4),
            b'y' => self.starts_with(b"finall", at - 6),
            b'e' => self.starts_with(b"els", at - 3),
            _ => false,
        }
    }
}

fn is_br_or_ws(ch: u8) -> bool {
    (9..14).contains(&ch) || ch == b' ' || ch == 0xA0
}

fn is_br_or_ws_or_punctuator_not_dot(ch: u8) -> bool {
    is_br_or_ws(ch) || (is_punctuator(ch) && ch != b'.')
}

/// The last units of a punctuator: `!%&()*+,-./:;<=>?[]^{}|~`.
fn is_punctuator(ch: u8) -> bool {
    matches!(ch, b'!' | b'%' | b'&' | b'(' ..= b'/' | b':' ..= b'?' | b'[' | b']' | b'^' | b'{' ..= b'~')
}

/// Punctuators after which an expression (so a regex) starts:
/// `!%&(*+,-.:;<=>?[^{|~`.
fn is_expression_punctuator(ch: u8) -> bool {
    matches!(ch, b'!' | b'%' | b'&' | b'(' | b'*' ..= b'.' | b':' ..= b'?' | b'[' | b'^' | b'{' | b'|' | b'~')
}

fn is_identifier_start(cp: u32) -> bool {
    match cp {
        0x24 | 0x41..=0x5A | 0x5F | 0x61..=0x7A => true,
        0..=0xA9 => false,
        _ => char::from_u32(cp).is_some_and(|c| unicode_ident::is_xid_start(c) || ID_START_NOT_XID.contains(&cp)),
    }
}

fn is_identifier_char(cp: u32) -> bool {
    match cp {
        0x24 | 0x30..=0x39 | 0x41..=0x5A | 0x5F | 0x61..=0x7A => true,
        0..=0xA9 => false,
        // ZWNJ and ZWJ are identifier parts in JS; XID_Continue has them
        // only since Unicode 15.1.
        0x200C | 0x200D => true,
        _ => char::from_u32(cp).is_some_and(|c| {
            unicode_ident::is_xid_continue(c) || ID_START_NOT_XID.contains(&cp) || ID_CONTINUE_NOT_XID.contains(&cp)
        }),
    }
}

/// The characters that are ID_Start (what JS and the package use) but not
/// XID_Start (what `unicode-ident` answers): XID drops a few that change
/// under NFKC normalisation.
const ID_START_NOT_XID: &[u32] = &[
    0x037A, 0x0E33, 0x0EB3, 0x309B, 0x309C, 0xFC5E, 0xFC5F, 0xFC60, 0xFC61, 0xFC62, 0xFC63, 0xFDFA, 0xFDFB, 0xFE70,
    0xFE72, 0xFE74, 0xFE76, 0xFE78, 0xFE7A, 0xFE7C, 0xFE7E, 0xFF9E, 0xFF9F,
];

/// The same for ID_Continue beyond ID_Start.
const ID_CONTINUE_NOT_XID: &[u32] = &[0xFF9E, 0xFF9F];

/// A name as the package keeps it: identifiers as written, string literals
/// (with their quotes) decoded. `None` when a literal does not decode or
/// holds a unit the package's surrogate check rejects: an unpaired
/// surrogate, but also (a quirk it has) any unit from U+DC00 up.
fn decode(raw: &[u16]) -> Option<Vec<u16>> {
    let quote = match raw.first() {
        Some(&q) if q == u16::from(b'"') || q == u16::from(b'\'') => q,
        _ => return Some(raw.to_vec()),
    };
    let decoded = unescape(raw, quote)?;
    let mut i = 0;
    while i < decoded.len() {
        match decoded[i] & 0xFC00 {
            prefix if prefix < 0xD800 => {}
            0xD800 => {
                i += 1;
                if decoded.get(i).is_none_or(|&low| low & 0xFC00 != 0xDC00) {
                    return None;
                }
            }
            _ => return None,
        }
        i += 1;
    }
    Some(decoded)
}

/// The value of a string literal (`raw` with its quotes), with the escapes
/// of sloppy-mode JS; `None` where JS would reject it.
fn unescape(raw: &[u16], quote: u16) -> Option<Vec<u16>> {
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 1;
    while let Some(&unit) = raw.get(i) {
        i += 1;
        if unit == quote {
            return Some(out);
        }
        match unit {
            0x5C => escape(raw, &mut i, &mut out)?,
            0x0A | 0x0D => return None,
            _ => out.push(unit),
        }
    }
    None
}

/// One escape sequence, `i` on the unit after the backslash.
fn escape(raw: &[u16], i: &mut usize, out: &mut Vec<u16>) -> Option<()> {
    let unit = *raw.get(*i)?;
    *i += 1;
    let simple = |c: u8| Some(u16::from(c));
    let value = match u8::try_from(unit).ok() {
        Some(b'\r') => {
            if raw.get(*i) == Some(&0x0A) {
                *i += 1;
            }
            None
        }
        Some(b'\n') => None,
        Some(b'r') => simple(b'\r'),
        Some(b'n') => simple(b'\n'),
        Some(b't') => simple(b'\t'),
        Some(b'b') => simple(0x08),
        Some(b'f') => simple(0x0C),
        Some(b'v') => simple(0x0B),
        Some(b'x') => {
            let high = hex_digit(raw.get(*i))?;
            let low = hex_digit(raw.get(*i + 1))?;
            *i += 2;
            simple((high * 16 + low) as u8)
        }
        Some(b'u') => {
            let mut code = 0u32;
            if raw.get(*i) == Some(&u16::from(b'{')) {
                *i += 1;
                loop {
                    code = code * 16 + hex_digit(raw.get(*i))?;
                    if code > 0x10FFFF {
                        return None;
                    }
                    *i += 1;
                    if raw.get(*i) == Some(&u16::from(b'}')) {
                        break;
                    }
                }
                *i += 1;
            } else {
                for _ in 0..4 {
                    code = code * 16 + hex_digit(raw.get(*i))?;
                    *i += 1;
                }
            }
            push_code_point(out, code);
            return Some(());
        }
        Some(first @ b'0'..=b'7') => {
            // Legacy octal: up to three digits starting 0-3, two otherwise.
            let mut more = if first <= b'3' { 2 } else { 1 };
            let mut code = u32::from(first - b'0');
            while more > 0 {
                match raw.get(*i) {
                    Some(&d) if (u16::from(b'0')..=u16::from(b'7')).contains(&d) => {
                        code = code * 8 + u32::from(d - u16::from(b'0'));
                        *i += 1;
                        more -= 1;
                    }
                    // The package reads past the end as a digit and fails.
                    None => return None,
                    Some(_) => break,
                }
            }
            push_code_point(out, code);
            return Some(());
        }
        // Line and paragraph separators continue the line like `\` newline.
        _ if unit == 0x2028 || unit == 0x2029 => None,
        _ => Some(unit),
    };
    out.extend(value);
    Some(())
}

fn hex_digit(unit: Option<&u16>) -> Option<u32> {
    char::from_u32(u32::from(*unit?))?.to_digit(16)
}

fn push_code_point(out: &mut Vec<u16>, code: u32) {
    if code >= 0x10000 {
        let offset = code - 0x10000;
        out.push(0xD800 + (offset >> 10) as u16);
        out.push(0xDC00 + (offset & 0x3FF) as u16);
    } else {
        out.push(code as u16);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exports(source: &str) -> Vec<String> {
        parse(source).expect("lexes").exports
    }

    fn reexports(source: &str) -> Vec<String> {
        parse(source).expect("lexes").reexports
    }

    #[test]
    fn exports_dot_and_bracket_assignments() {
        assert_eq!(
            exports("exports.a = 1; module.exports.b = 2; exports['c'] = 3; exports[\"d\"] = 4;"),
            ["a", "b", "c", "d"]
        );
    }

    #[test]
    fn names_are_deduplicated_in_first_seen_order() {
        assert_eq!(exports("exports.b = 1; exports.a = 2; exports.b = 3;"), ["b", "a"]);
    }

    #[test]
    fn member_reads_are_not_exports() {
        assert_eq!(exports("console.log(exports.a); foo.exports.b = 1; myexports.c = 1;"), Vec::<String>::new());
    }

    #[test]
    fn string_keys_are_decoded_and_kept_as_strings() {
        assert_eq!(exports(r#"exports['a b'] = 1; exports['\x63'] = 2; exports["\u{64}"] = 3;"#), ["a b", "c", "d"]);
    }

    #[test]
    fn names_with_units_from_u_dc00_up_are_dropped_like_the_package_does() {
        assert_eq!(
            exports("exports['\\uD800'] = 1; exports['\u{FF45}'] = 2; exports['\u{1F600}'] = 3;"),
            ["\u{1F600}"]
        );
    }

    #[test]
    fn define_property_value_and_getters() {
        let source = "Object.defineProperty(exports, 'a', { value: 1 });
            Object.defineProperty(exports, 'b', { enumerable: true, get: function () { return q.p; } });
            Object.defineProperty(module.exports, 'c', { enumerable: true, get () { return c; } });
            Object.defineProperty(exports, 'd', { enumerable: true, get: function get() { return q['d']; } });
            Object.defineProperty(exports, '__esModule', { value: true });";
        assert_eq!(exports(source), ["a", "b", "c", "d", "__esModule"]);
    }

    #[test]
    fn unsafe_getters_remove_the_name_everywhere() {
        let source = "exports.a = 1;
            Object.defineProperty(exports, 'a', { get () { return 'nope'; } });
            Object.defineProperty(exports, 'b', { enumerable: false, get () { return p; } });
            Object.defineProperty(exports, 'c', { get: () => p });
            exports.d = 1;";
        assert_eq!(exports(source), ["d"]);
    }

    #[test]
    fn module_exports_object_literal() {
        assert_eq!(exports("module.exports = { a, 'b': b, c: c, ...d };"), ["a", "b", "c"]);
    }

    #[test]
    fn object_literal_stops_at_the_first_complex_value() {
        assert_eq!(exports("module.exports = { a, ...d, b: require('c'), c: 1 }"), ["a", "b"]);
    }

    #[test]
    fn only_reexports_after_the_last_module_exports_assignment_count() {
        assert_eq!(reexports("module.exports = require('a'); if (x) module.exports = require('b');"), ["b"]);
        assert_eq!(
            reexports("module.exports = require('a'); module.exports = { ...require('b'), ...require('c') };"),
            ["b", "c"]
        );
        assert_eq!(reexports("module.exports = require('a'); module.exports = {};"), Vec::<String>::new());
    }

    #[test]
    fn typescript_export_star() {
        assert_eq!(reexports("__export(require('a')); tslib.__exportStar(require('b'), exports);"), ["a", "b"]);
        // Only at the top level.
        assert_eq!(reexports("function f() { __export(require('a')); }"), Vec::<String>::new());
    }

    #[test]
    fn babel_export_star_loop() {
        let source = r#""use strict";
            exports.__esModule = true;
            var _external = require("external");
            Object.keys(_external).forEach(function (key) {
              if (key === "default" || key === "__esModule") return;
              exports[key] = _external[key];
            });"#;
        assert_eq!(
            parse(source).expect("lexes"),
            Analysis { exports: vec!["__esModule".into()], reexports: vec!["external".into()] }
        );
    }

    #[test]
    fn babel_export_star_loop_with_define_property_and_guards() {
        let source = r#"var _x = _interopRequireWildcard(require("x"));
            Object.keys(_x).forEach(function (key) {
              if (key === "default" || key === "__esModule") return;
              if (Object.prototype.hasOwnProperty.call(_exportNames, key)) return;
              if (key in exports && exports[key] === _x[key]) return;
              Object.defineProperty(exports, key, {
                enumerable: true,
                get: function () {
                  return _x[key];
                }
              });
            });"#;
        assert_eq!(reexports(source), ["x"]);
    }

    #[test]
    fn export_star_loop_of_an_unbound_name_reexports_nothing() {
        let source = "Object.keys(_y).forEach(function (k) { if (k !== 'default') exports[k] = _y[k]; });";
        assert_eq!(reexports(source), Vec::<String>::new());
    }

    #[test]
    fn strings_comments_templates_and_regexes_are_skipped() {
        let source = r#"
            // exports.a = 1
            /* exports.b = 1 */
            var s = 'exports.c = 1', t = "exports.d = 1";
            var u = `exports.e = 1 ${ `exports.f = 1` + { g: 1 }.g } exports.h = 1`;
            var r = /exports.i = 1/g, q = a / b / c;
            exports.j = 1;"#;
        assert_eq!(exports(source), ["j"]);
    }

    #[test]
    fn division_or_regex_by_the_token_before() {
        // After `)` of an `if` condition a regex starts; after a call, a division.
        assert_eq!(exports("if (x) /'/.test(y); exports.a = 1;"), ["a"]);
        assert_eq!(exports("var z = f(x) / 2; exports.a = '/';"), ["a"]);
        // After a statement block `}` a regex starts; after an object literal, a division.
        assert_eq!(exports("function f() {} /'/; exports.a = 1;"), ["a"]);
        assert_eq!(exports("x = {} / 2 / 1; exports.a = 1;"), ["a"]);
        // At the very start `return` is not seen as a keyword: a division,
        // so the quote opens a string that never ends.
        assert!(parse("return /'/; exports.a = 1;").is_err());
        assert_eq!(exports("x; return /'/; exports.a = 1;"), ["a"]);
    }

    #[test]
    fn esm_syntax_is_an_error() {
        assert!(parse("import x from 'y';").is_err_and(|e| e.esm_syntax));
        assert!(parse("export const a = 1;").is_err_and(|e| e.esm_syntax));
        assert!(parse("console.log(import.meta.url)").is_ok());
        assert!(parse("import.meta.url").is_err_and(|e| e.esm_syntax));
        assert!(parse("import('x').then(exports.a = 1)").is_ok());
        assert_eq!(analyze("exports.a = 1; export default 1"), Analysis::default());
    }

    #[test]
    fn unbalanced_source_is_an_error() {
        assert!(parse("exports.a = (1").is_err_and(|e| !e.esm_syntax));
        assert!(parse("exports.a = 1)").is_err());
        assert!(parse("exports.a = 'x").is_err());
        assert!(parse("exports.a = `${").is_err());
    }

    #[test]
    fn shebang_is_skipped() {
        assert_eq!(exports("#!/usr/bin/env node\nexports.a = 1;"), ["a"]);
    }

    #[test]
    fn non_ascii_identifiers() {
        assert_eq!(exports("exports.café = 1; exports.𐐀x = 2; exports.a\\u0062 = 3;"), ["café", "𐐀x"]);
    }
}
