//! Where V8 puts a stack frame's position, worked out from the source text.
//!
//! QuickJS records one source position per bytecode span, and the one a call
//! frame reports is the last it recorded before the call: the callee, or the
//! last identifier among the arguments (`f(a, b)` reports `b`), the callee
//! expression instead of `new` (`new Error(x)` reports `Error` or `x`), the
//! start of `a.b.c` where V8 names the property that failed. Columns count
//! UTF-8 bytes. V8 reports, for a call, the callee's name (`f`, the `m` of
//! `a.m(...)`), `new` for a `new` expression, the `(` when the callee is
//! computed or parenthesised, the template of a tagged template; columns
//! count UTF-16 code units. [`Source::call_position`] maps the first onto the
//! second by finding, around the QuickJS position, the call whose callee
//! carries the name of the function the frame called.
//!
//! [`Source::inferred_name`] gives what V8's parser infers for an anonymous
//! function assigned to a member (`exports.handler = function () {}` is
//! `exports.handler`, `A.prototype.m = function () {}` is `A.m`), which V8
//! prints where QuickJS has no name.
//!
//! The lexer is small and forgiving: identifiers, numbers, strings, template
//! literals with `${}` nesting, comments, regular expressions (told from a
//! division by the token before the `/`) and punctuators. Source it cannot
//! make sense of gives no answer, and the caller keeps QuickJS's position.

/// A token's kind; punctuators other than brackets are `Punct`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Name,
    PrivateName,
    Number,
    Str,
    Regex,
    /// A template without substitutions, or the last piece (`}...\``).
    TemplateEnd,
    /// The first piece of a template with substitutions (`` `...${ ``), an
    /// opener like `{`.
    TemplateHead,
    /// `}...${`: closes one substitution and opens the next.
    TemplateMiddle,
    Open(u8),
    Close(u8),
    Punct,
}

#[derive(Clone, Copy, Debug)]
struct Token {
    start: u32,
    end: u32,
    kind: Kind,
    /// The innermost open bracket (or template substitution) holding it.
    parent: u32,
    /// For brackets: the index of the matching one.
    partner: u32,
}

const NONE: u32 = u32::MAX;

/// A position as V8 reports it: 1-based line and column (UTF-16 units) and
/// the 0-based UTF-16 offset from the start of the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub line: u32,
    pub column: u32,
    pub offset: u32,
}

/// What is known about the call a frame was making.
#[derive(Clone, Copy, Debug, Default)]
pub struct Callee<'a> {
    /// The called function's name ('' when anonymous or unknown).
    pub name: &'a str,
    /// The called frame ran as a constructor (`new`, `super()`); None when
    /// that is not known.
    pub construct: Option<bool>,
    /// The property whose access failed (engine errors: `cannot read
    /// property 'x'`), or the accessor's property for `get x`/`set x`.
    pub property: Option<&'a str>,
}

pub struct Source {
    text: String,
    /// Byte offset of the start of each line.
    line_starts: Vec<usize>,
    tokens: Vec<Token>,
}

impl Source {
    pub fn new(text: String) -> Source {
        let text = match text.strip_prefix('\u{feff}') {
            Some(rest) => rest.to_string(),
            None => text,
        };
        let line_starts = line_starts(&text);
        let tokens = Lexer::new(text.as_bytes()).run();
        Source { text, line_starts, tokens }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// The byte offset of QuickJS's (line, column): 1-based line, column
    /// counting bytes from 1.
    fn byte_offset(&self, line: u32, column: u32) -> Option<usize> {
        let start = *self.line_starts.get((line as usize).checked_sub(1)?)?;
        let offset = start + (column.max(1) as usize - 1);
        (offset <= self.text.len() && self.text.is_char_boundary(offset)).then_some(offset)
    }

    /// V8's position of a byte offset.
    fn v8_position(&self, offset: usize) -> Position {
        let line = match self.line_starts.binary_search(&offset) {
            Ok(index) => index,
            Err(index) => index - 1,
        };
        let start = self.line_starts[line];
        let utf16 = |text: &str| text.chars().map(char::len_utf16).sum::<usize>() as u32;
        let column = utf16(&self.text[start..offset]) + 1;
        Position { line: line as u32 + 1, column, offset: utf16(&self.text[..offset]) }
    }

    /// QuickJS's (line, column) as V8 counts it, without moving it.
    pub fn position(&self, line: u32, column: u32) -> Option<Position> {
        self.byte_offset(line, column).map(|offset| self.v8_position(offset))
    }

    /// The length in UTF-16 units of the token at QuickJS's (line, column).
    pub fn token_length(&self, line: u32, column: u32) -> Option<u32> {
        let offset = self.byte_offset(line, column)?;
        let token = self.tokens[self.token_at(offset)?];
        if token.start as usize != offset {
            return None;
        }
        Some(self.text[token.start as usize..token.end as usize].encode_utf16().count() as u32)
    }

    fn token_text(&self, index: usize) -> &str {
        let token = &self.tokens[index];
        &self.text[token.start as usize..token.end as usize]
    }

    fn is_name(&self, index: usize, name: &str) -> bool {
        self.tokens[index].kind == Kind::Name && self.token_text(index) == name
    }

    fn is_punct(&self, index: usize, punct: &str) -> bool {
        self.tokens[index].kind == Kind::Punct && self.token_text(index) == punct
    }

    /// The first token that ends after `offset`.
    fn token_at(&self, offset: usize) -> Option<usize> {
        let index = self.tokens.partition_point(|token| (token.end as usize) <= offset);
        (index < self.tokens.len()).then_some(index)
    }

    /// Where V8 reports a frame that QuickJS reports at (line, column), for
    /// a frame that was calling `callee`.
    pub fn call_position(&self, line: u32, column: u32, callee: Callee) -> Option<Position> {
        let offset = self.byte_offset(line, column)?;
        let at = self.token_at(offset)?;
        if let Some(property) = callee.property {
            if let Some(found) = self.property_in_chain(at, property) {
                // V8 puts a failed assignment (`a.b.c = 1`, `c = 2` to a
                // const) on its `=`.
                let target = match found + 1 {
                    next if next < self.tokens.len() && self.is_punct(next, "=") => next,
                    _ => found,
                };
                return Some(self.v8_position(self.tokens[target].start as usize));
            }
        }
        let calls = self.calls_around(at);
        // A constructor frame was called by `new`, `super()` or a built-in;
        // any other frame by a call.
        let fits = |call: &Call| callee.construct.is_none_or(|construct| (call.construct || call.super_call) == construct);
        // An anonymous function is more likely called through an expression
        // (`make()()`, `list[0]()`) than through a name.
        let chosen = if callee.name.is_empty() {
            calls.iter().find(|call| fits(call) && call.name.is_none())
        } else {
            calls.iter().find(|call| fits(call) && call.name.as_deref() == Some(callee.name))
        }
        .or_else(|| calls.iter().find(|call| fits(call)));
        let target = match chosen {
            Some(call) => call.position,
            None => offset,
        };
        Some(self.v8_position(target))
    }

    /// Where V8 reports an async function waiting at QuickJS's (line,
    /// column): the `await` whose operand holds that position (QuickJS
    /// points into the operand). None when no `await` leads to it within
    /// the statement.
    pub fn await_position(&self, line: u32, column: u32) -> Option<Position> {
        let offset = self.byte_offset(line, column)?;
        let start = self.token_at(offset)?;
        let mut index = start;
        loop {
            let token = self.tokens[index];
            match token.kind {
                Kind::Name if self.token_text(index) == "await" => return Some(self.v8_position(token.start as usize)),
                // A group ending at or before the position is part of the
                // operand (QuickJS may point at a call's `)`).
                Kind::Close(_) if token.partner != NONE => index = token.partner as usize,
                // Out of the block or statement that holds the operand (the
                // position may be deep inside the operand's parens and
                // brackets: QuickJS can point at its last call).
                Kind::Open(b'{') => return None,
                Kind::Punct if matches!(self.token_text(index), ";" | "=>") => return None,
                _ => {}
            }
            index = index.checked_sub(1)?;
        }
    }

    /// Where V8 reports an uncaught exception thrown by `throw new X(...)`
    /// that QuickJS's frame puts at (line, column): the `throw`. None when
    /// the frame's call is not such a `new`.
    pub fn throw_position(&self, line: u32, column: u32, callee: Callee) -> Option<Position> {
        let target = self.call_position(line, column, callee)?;
        let offset = self.line_starts.get(target.line as usize - 1)? + self.byte_column(target)?;
        let index = self.token_at(offset)?;
        (self.tokens[index].start as usize == offset && self.is_name(index, "new") && index > 0 && self.is_name(index - 1, "throw"))
            .then(|| self.v8_position(self.tokens[index - 1].start as usize))
    }

    /// The byte offset within its line of a V8 position.
    fn byte_column(&self, position: Position) -> Option<usize> {
        let start = *self.line_starts.get(position.line as usize - 1)?;
        let mut units = 0;
        for (offset, ch) in self.text[start..].char_indices() {
            if units + 1 == position.column {
                return Some(offset);
            }
            units += ch.len_utf16() as u32;
        }
        None
    }

    /// The `name` token of `.name` / `?.name` / `['name']` in the member
    /// chain that starts at token `at` (or runs through the argument list
    /// holding it); after a call in the chain, V8 points at the `.` instead.
    fn property_in_chain(&self, at: usize, name: &str) -> Option<usize> {
        if name == "*" {
            return self.last_property_in_chain(at);
        }
        if self.tokens[at].kind == Kind::Name && self.token_text(at) == name {
            return Some(at);
        }
        let mut index = at;
        let mut after_call = false;
        let mut steps = 0;
        while index < self.tokens.len() && steps < 256 {
            steps += 1;
            let token = self.tokens[index];
            match token.kind {
                Kind::Punct if matches!(self.token_text(index), "." | "?.") => {
                    let next = index + 1;
                    if next < self.tokens.len() && matches!(self.tokens[next].kind, Kind::Name | Kind::PrivateName) {
                        if self.token_text(next) == name {
                            return Some(if after_call { index } else { next });
                        }
                        index = next + 1;
                        continue;
                    }
                    return None;
                }
                Kind::Open(b'[') => {
                    let inner = index + 1;
                    if inner + 1 == token.partner as usize
                        && self.tokens[inner].kind == Kind::Str
                        && string_value(self.token_text(inner)).as_deref() == Some(name)
                    {
                        return Some(index);
                    }
                    index = self.after_group(index);
                }
                Kind::Open(b'(') if index > at => {
                    after_call = true;
                    index = self.after_group(index);
                }
                Kind::Name | Kind::Number | Kind::Str | Kind::TemplateEnd | Kind::Regex if index == at => index += 1,
                Kind::Close(b')') | Kind::Close(b']') if index == at => index += 1,
                // Leaving the argument list (or parentheses) that hold `at`.
                Kind::Close(close @ (b')' | b']')) if token.partner != NONE && (token.partner as usize) < at => {
                    let open = token.partner as usize;
                    if close == b')' && open > 0 && self.ends_expression(open - 1) {
                        after_call = true;
                    }
                    index += 1;
                }
                _ => return None,
            }
        }
        None
    }

    /// The last `.name` of the member chain that starts at token `at` (no
    /// call in it).
    fn last_property_in_chain(&self, at: usize) -> Option<usize> {
        let mut index = at + 1;
        let mut last = None;
        while index + 1 < self.tokens.len() && (self.is_punct(index, ".") || self.is_punct(index, "?.")) {
            if !matches!(self.tokens[index + 1].kind, Kind::Name | Kind::PrivateName) {
                break;
            }
            last = Some(index + 1);
            index += 2;
        }
        last
    }

    /// The calls the frame may have been making, innermost first: those
    /// whose callee starts at or runs through token `at`, then those whose
    /// argument list holds it.
    fn calls_around(&self, at: usize) -> Vec<Call> {
        let mut calls = Vec::new();
        // QuickJS reports a call without arguments on its `)` at times.
        if let (Kind::Close(b')'), partner) = (self.tokens[at].kind, self.tokens[at].partner) {
            if partner != NONE {
                calls.extend(self.call_at(partner as usize));
            }
        }
        // The chain starting at `at`: `f(`, `a.b.c(`, `new X(`, `x.y(1).z(`;
        // QuickJS may also report a member call on its `.` or its `(`.
        let mut index = at;
        if self.is_name(index, "new") {
            index += 1;
        }
        // An immediately called function expression is reported on the
        // `}` that ends its body: the call follows the closing parens.
        let mut resumed = false;
        if self.tokens[index].kind == Kind::Close(b'}') {
            index += 1;
            while index < self.tokens.len() && self.tokens[index].kind == Kind::Close(b')') {
                index += 1;
            }
            resumed = true;
        }
        let chain_first = index;
        let under_way = resumed || self.is_punct(index, ".") || self.is_punct(index, "?.");
        if index < self.tokens.len() && !under_way && self.tokens[index].kind != Kind::Open(b'(') {
            index = self.after_group(index);
        }
        let last_name = self.chain_calls(index, &mut calls);
        // `new X` without an argument list.
        if calls.is_empty() && chain_first > 0 && self.is_name(chain_first - 1, "new") {
            let name_token = last_name.unwrap_or(chain_first);
            let name = (self.tokens[name_token].kind == Kind::Name).then(|| self.token_text(name_token).to_string());
            calls.push(Call { name, position: self.tokens[chain_first - 1].start as usize, construct: true, super_call: false });
        }
        // The argument lists around `at`, out to the function's body.
        let mut parent = self.tokens[at].parent;
        while parent != NONE {
            let open = parent as usize;
            match self.tokens[open].kind {
                Kind::Open(b'(') => {
                    if let Some(call) = self.call_at(open) {
                        calls.push(call);
                        // QuickJS may report `f(x)(y)` or `f(x).g(y)` inside
                        // the first argument list.
                        let close = self.tokens[open].partner;
                        if close != NONE {
                            self.chain_calls(close as usize + 1, &mut calls);
                        }
                    }
                }
                Kind::Open(b'{') if self.is_block(open) => break,
                _ => {}
            }
            parent = self.tokens[open].parent;
        }
        calls
    }

    /// Pushes the calls of the member/call chain continuing at `index`
    /// (`.b(1)`, `(2)`, `` `t` ``); returns the chain's last `.name`.
    fn chain_calls(&self, mut index: usize, calls: &mut Vec<Call>) -> Option<usize> {
        let mut last_name = None;
        while index < self.tokens.len() {
            let token = self.tokens[index];
            match token.kind {
                Kind::Punct if matches!(self.token_text(index), "." | "?.") => {
                    let next = index + 1;
                    if next < self.tokens.len() && matches!(self.tokens[next].kind, Kind::Name | Kind::PrivateName) {
                        last_name = Some(next);
                        index = next + 1;
                    } else if next < self.tokens.len() && self.tokens[next].kind == Kind::Open(b'(') {
                        index = next;
                    } else {
                        break;
                    }
                }
                Kind::Open(b'(') => {
                    if let Some(call) = self.call_at(index) {
                        calls.push(call);
                    }
                    index = self.after_group(index);
                }
                Kind::Open(b'[') => index = self.after_group(index),
                Kind::TemplateEnd | Kind::TemplateHead if self.ends_expression(index - 1) => {
                    calls.push(self.tagged_call(index));
                    index = self.after_group(index);
                }
                _ => break,
            }
        }
        last_name
    }

    /// The index after the token at `index`, or after the bracket group or
    /// template it opens.
    fn after_group(&self, index: usize) -> usize {
        match self.tokens[index].kind {
            Kind::Open(_) if self.tokens[index].partner != NONE => self.tokens[index].partner as usize + 1,
            Kind::Open(_) => self.tokens.len(),
            Kind::TemplateHead => self.template_end(index) + 1,
            _ => index + 1,
        }
    }

    /// The last piece of the template whose first piece is token `index`.
    fn template_end(&self, index: usize) -> usize {
        let mut current = index;
        while self.tokens[current].kind != Kind::TemplateEnd {
            // Each later piece links back to the one before it.
            match (current + 1..self.tokens.len()).find(|&j| {
                matches!(self.tokens[j].kind, Kind::TemplateMiddle | Kind::TemplateEnd) && self.tokens[j].partner == current as u32
            }) {
                Some(next) => current = next,
                None => return current,
            }
        }
        current
    }

    /// Whether the `{` at `index` opens a block or function body (where the
    /// search for enclosing calls stops) rather than an object literal.
    fn is_block(&self, index: usize) -> bool {
        if index == 0 {
            return true;
        }
        let before = index - 1;
        match self.tokens[before].kind {
            Kind::Close(b')') => true,
            Kind::Close(_) | Kind::TemplateEnd | Kind::Number | Kind::Str | Kind::Regex | Kind::PrivateName => true,
            Kind::Punct => matches!(self.token_text(before), "=>" | ";"),
            Kind::Name => !matches!(
                self.token_text(before),
                "return" | "typeof" | "in" | "of" | "instanceof" | "new" | "delete" | "void" | "throw" | "case" | "yield" | "await"
            ),
            Kind::Open(_) | Kind::TemplateHead | Kind::TemplateMiddle => false,
        }
    }

    /// Whether token `index` ends an expression (so that `(` after it is a
    /// call and a template after it a tagged template).
    fn ends_expression(&self, index: usize) -> bool {
        match self.tokens[index].kind {
            Kind::Name => !is_keyword(self.token_text(index)) || matches!(self.token_text(index), "this" | "super" | "import"),
            Kind::PrivateName | Kind::Number | Kind::Str | Kind::Regex | Kind::TemplateEnd => true,
            Kind::Close(b')') | Kind::Close(b']') => true,
            Kind::Close(b'}') => false,
            _ => false,
        }
    }

    /// The call whose argument list opens at token `open`, if it is one.
    fn call_at(&self, open: usize) -> Option<Call> {
        if open == 0 {
            return None;
        }
        let last = open - 1;
        let optional = self.is_punct(last, "?.");
        let callee_end = if optional { last.checked_sub(1)? } else { last };
        if !self.ends_expression(callee_end) {
            // `new X(` where X ends in a keyword-like name cannot happen; a
            // `(` after `if`, `while`, `function f` and the like is no call.
            return None;
        }
        if self.tokens[callee_end].kind == Kind::Name && callee_end > 0 && self.is_name(callee_end - 1, "function") {
            return None;
        }
        let start = self.chain_start(callee_end);
        let construct = start > 0 && self.is_name(start - 1, "new") && !self.chain_has_call(start, callee_end);
        let super_call = callee_end == start && self.is_name(start, "super");
        let (name, position) = match self.tokens[callee_end].kind {
            Kind::Name if !optional => (Some(self.token_text(callee_end).to_string()), self.tokens[callee_end].start),
            Kind::Close(b']') if !optional => {
                let open_bracket = self.tokens[callee_end].partner as usize;
                let inner = open_bracket + 1;
                let name = (inner + 1 == callee_end && self.tokens[inner].kind == Kind::Str)
                    .then(|| string_value(self.token_text(inner)))
                    .flatten();
                (name, self.tokens[open].start)
            }
            _ => (None, self.tokens[open].start),
        };
        let position = if construct { self.tokens[start - 1].start } else { position };
        Some(Call { name, position: position as usize, construct, super_call })
    }

    /// A tagged template call whose template starts at token `index`.
    fn tagged_call(&self, index: usize) -> Call {
        let callee_end = index - 1;
        let name = (self.tokens[callee_end].kind == Kind::Name).then(|| self.token_text(callee_end).to_string());
        Call { name, position: self.tokens[index].start as usize, construct: false, super_call: false }
    }

    /// The first token of the member chain ending at token `end`
    /// (`a` for the `e` of `a.b[c](d).e`).
    fn chain_start(&self, end: usize) -> usize {
        let mut index = end;
        loop {
            let token = self.tokens[index];
            let first = match token.kind {
                Kind::Close(_) if token.partner != NONE => token.partner as usize,
                Kind::TemplateEnd => self.template_start(index),
                _ => index,
            };
            if first == 0 {
                return 0;
            }
            let before = first - 1;
            let optional = self.is_punct(before, "?.");
            let joined = match self.tokens[first].kind {
                // `x(...)`, `x[...]`, `` x`...` ``: joined to an expression before.
                Kind::Open(b'(') | Kind::Open(b'[') | Kind::TemplateHead | Kind::TemplateEnd => {
                    optional || self.ends_expression(before)
                }
                // `.name`: joined to whatever is before the dot.
                _ => optional || self.is_punct(before, "."),
            };
            let next = match (joined, optional || self.is_punct(before, ".")) {
                (false, _) => return first,
                (true, true) => before.checked_sub(1),
                (true, false) => Some(before),
            };
            match next {
                Some(next) => index = next,
                None => return first,
            }
        }
    }

    /// The first piece of the template whose last piece is token `end`.
    fn template_start(&self, end: usize) -> usize {
        let mut index = end;
        while self.tokens[index].kind != Kind::TemplateHead {
            match self.tokens[index].partner {
                NONE => return index,
                partner => index = partner as usize,
            }
        }
        index
    }

    /// Whether the chain from `start` to `end` holds a call (`new A().b(`
    /// is a call of `b` on a new `A`, not a `new` of `b`).
    fn chain_has_call(&self, start: usize, end: usize) -> bool {
        let mut index = start;
        while index <= end {
            let token = self.tokens[index];
            if index > start && token.kind == Kind::Open(b'(') && self.ends_expression(index - 1) {
                return true;
            }
            index = match token.kind {
                Kind::Open(_) if token.partner != NONE => token.partner as usize + 1,
                _ => index + 1,
            };
        }
        false
    }

    /// What V8's parser infers as the name of the anonymous function that
    /// starts at QuickJS's (line, column): the member it is assigned to.
    pub fn inferred_name(&self, line: u32, column: u32) -> Option<String> {
        let offset = self.byte_offset(line, column)?;
        let start = self.token_at(offset)?;
        if self.tokens[start].start as usize != offset || start < 2 || !self.is_punct(start - 1, "=") || !self.starts_function(start) {
            return None;
        }
        let mut parts = Vec::new();
        let mut index = start - 2;
        loop {
            let token = self.tokens[index];
            let (part, first) = match token.kind {
                Kind::Name => (self.token_text(index).to_string(), index),
                Kind::Close(b']') if token.partner != NONE => {
                    let open = token.partner as usize;
                    let inner = open + 1;
                    let part = if inner + 1 == index && self.tokens[inner].kind == Kind::Str {
                        string_value(self.token_text(inner)).unwrap_or_else(|| "<computed>".into())
                    } else {
                        "<computed>".into()
                    };
                    (part, open)
                }
                _ => return None,
            };
            parts.push(part);
            if first == 0 {
                break;
            }
            let before = first - 1;
            if self.tokens[first].kind == Kind::Open(b'[') {
                index = before;
                continue;
            }
            if !self.is_punct(before, ".") || before == 0 {
                break;
            }
            index = before - 1;
        }
        if parts.len() < 2 {
            return None;
        }
        parts.reverse();
        let parts: Vec<String> =
            parts.into_iter().enumerate().filter(|(i, part)| part != "prototype" && !(*i == 0 && part == "this")).map(|(_, p)| p).collect();
        (!parts.is_empty()).then(|| parts.join("."))
    }
}

impl Source {
    /// Whether a function expression starts at token `index` (QuickJS puts
    /// some arrow functions at an earlier token).
    fn starts_function(&self, index: usize) -> bool {
        let token = self.tokens[index];
        let followed_by_arrow = |i: usize| i + 1 < self.tokens.len() && self.is_punct(i + 1, "=>");
        match token.kind {
            Kind::Name => match self.token_text(index) {
                "function" | "class" => true,
                "async" => index + 1 < self.tokens.len() && (self.is_name(index + 1, "function") || self.starts_function(index + 1)),
                _ => followed_by_arrow(index),
            },
            Kind::Open(b'(') => token.partner != NONE && followed_by_arrow(token.partner as usize),
            _ => false,
        }
    }
}

#[derive(Debug)]
struct Call {
    /// The callee's last name: `f` in `f(`, `m` in `a.m(`, `k` in `a['k'](`.
    name: Option<String>,
    /// Where V8 puts the call (byte offset).
    position: usize,
    construct: bool,
    super_call: bool,
}

fn is_keyword(word: &str) -> bool {
    matches!(
        word,
        "break"
            | "case"
            | "catch"
            | "class"
            | "const"
            | "continue"
            | "debugger"
            | "default"
            | "delete"
            | "do"
            | "else"
            | "export"
            | "extends"
            | "finally"
            | "for"
            | "function"
            | "if"
            | "import"
            | "in"
            | "instanceof"
            | "new"
            | "return"
            | "super"
            | "switch"
            | "this"
            | "throw"
            | "try"
            | "typeof"
            | "var"
            | "void"
            | "while"
            | "with"
            | "yield"
            | "let"
            | "static"
            | "await"
            | "of"
    )
}

/// After these words a `/` starts a regular expression.
fn regex_follows_word(word: &str) -> bool {
    matches!(
        word,
        "return" | "typeof" | "instanceof" | "in" | "of" | "new" | "delete" | "void" | "throw" | "case" | "do" | "else" | "yield" | "await"
    )
}

/// The value of a simple string literal (no escapes beyond `\\` and quotes).
fn string_value(literal: &str) -> Option<String> {
    let inner = literal.get(1..literal.len().checked_sub(1)?)?;
    if !inner.contains('\\') {
        return Some(inner.to_string());
    }
    let mut out = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next()? {
                c @ ('\\' | '\'' | '"') => out.push(c),
                _ => return None,
            }
        } else {
            out.push(c);
        }
    }
    Some(out)
}

fn line_starts(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut starts = vec![0];
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => starts.push(i + 1),
            b'\r' if bytes.get(i + 1) != Some(&b'\n') => starts.push(i + 1),
            _ => {}
        }
        i += 1;
    }
    starts
}

struct Lexer<'a> {
    src: &'a [u8],
    pos: usize,
    tokens: Vec<Token>,
    /// Open brackets and template substitutions.
    stack: Vec<u32>,
}

impl<'a> Lexer<'a> {
    fn new(src: &'a [u8]) -> Self {
        Lexer { src, pos: 0, tokens: Vec::new(), stack: Vec::new() }
    }

    fn peek(&self, ahead: usize) -> u8 {
        self.src.get(self.pos + ahead).copied().unwrap_or(0)
    }

    fn push(&mut self, start: usize, kind: Kind) -> usize {
        let parent = self.stack.last().copied().unwrap_or(NONE);
        let index = self.tokens.len();
        self.tokens.push(Token { start: start as u32, end: self.pos as u32, kind, parent, partner: NONE });
        index
    }

    fn run(mut self) -> Vec<Token> {
        // A line starting with `#!` is a comment to Node.
        if self.src.starts_with(b"#!") {
            self.skip_line();
        }
        while self.pos < self.src.len() {
            let c = self.peek(0);
            let start = self.pos;
            match c {
                b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => self.pos += 1,
                b'/' if self.peek(1) == b'/' => self.skip_line(),
                b'/' if self.peek(1) == b'*' => {
                    self.pos += 2;
                    while self.pos < self.src.len() && !(self.peek(0) == b'*' && self.peek(1) == b'/') {
                        self.pos += 1;
                    }
                    self.pos = (self.pos + 2).min(self.src.len());
                }
                b'\'' | b'"' => {
                    self.skip_string(c);
                    self.push(start, Kind::Str);
                }
                b'`' => {
                    self.pos += 1;
                    self.template_piece(start, true);
                }
                b'(' | b'[' | b'{' => {
                    self.pos += 1;
                    let index = self.push(start, Kind::Open(c));
                    self.stack.push(index as u32);
                }
                b')' | b']' => {
                    self.pos += 1;
                    self.close(start, c);
                }
                b'}' => {
                    let top = self.stack.last().map(|&i| self.tokens[i as usize].kind);
                    if matches!(top, Some(Kind::TemplateHead | Kind::TemplateMiddle)) {
                        self.pos += 1;
                        self.template_piece(start, false);
                    } else {
                        self.pos += 1;
                        self.close(start, c);
                    }
                }
                b'/' => {
                    if self.regex_allowed() {
                        self.skip_regex();
                        self.push(start, Kind::Regex);
                    } else {
                        self.pos += if self.peek(1) == b'=' { 2 } else { 1 };
                        self.push(start, Kind::Punct);
                    }
                }
                b'0'..=b'9' => {
                    self.skip_number();
                    self.push(start, Kind::Number);
                }
                b'.' if self.peek(1).is_ascii_digit() => {
                    self.skip_number();
                    self.push(start, Kind::Number);
                }
                b'#' if self.pos > 0 || self.peek(1) != b'!' => {
                    self.pos += 1;
                    self.skip_identifier();
                    self.push(start, Kind::PrivateName);
                }
                _ if is_identifier_start(self.src, self.pos) => {
                    self.skip_identifier();
                    self.push(start, Kind::Name);
                }
                _ => {
                    self.pos += punctuator_length(&self.src[self.pos..]);
                    self.push(start, Kind::Punct);
                }
            }
        }
        self.tokens
    }

    fn skip_line(&mut self) {
        while self.pos < self.src.len() && !matches!(self.peek(0), b'\n' | b'\r') {
            self.pos += 1;
        }
    }

    fn close(&mut self, start: usize, c: u8) {
        let index = self.tokens.len();
        let open = self.stack.last().copied();
        let matches = open.is_some_and(|i| self.tokens[i as usize].kind == Kind::Open(opener_of(c)));
        if matches {
            self.stack.pop();
        }
        self.push(start, Kind::Close(c));
        if let (true, Some(open)) = (matches, open) {
            self.tokens[open as usize].partner = index as u32;
            self.tokens[index].partner = open;
        }
    }

    /// Lexes a template piece after its opening `` ` `` or `}`.
    fn template_piece(&mut self, start: usize, first: bool) {
        let closed_substitution = if first { None } else { self.stack.pop() };
        loop {
            match self.peek(0) {
                0 if self.pos >= self.src.len() => break,
                b'\\' => self.pos += 2,
                b'`' => {
                    self.pos += 1;
                    let index = self.push(start, Kind::TemplateEnd);
                    self.link(closed_substitution, index);
                    return;
                }
                b'$' if self.peek(1) == b'{' => {
                    self.pos += 2;
                    let kind = if first { Kind::TemplateHead } else { Kind::TemplateMiddle };
                    let index = self.push(start, kind);
                    self.link(closed_substitution, index);
                    self.stack.push(index as u32);
                    return;
                }
                _ => self.pos += 1,
            }
        }
        self.pos = self.pos.min(self.src.len());
        let index = self.push(start, Kind::TemplateEnd);
        self.link(closed_substitution, index);
    }

    fn link(&mut self, previous: Option<u32>, index: usize) {
        if let Some(previous) = previous {
            self.tokens[index].partner = previous;
            // The head/middle points forward only when nothing else did.
            if self.tokens[previous as usize].partner == NONE {
                self.tokens[previous as usize].partner = index as u32;
            }
        }
        // Tokens lexed inside the substitution keep their parent; the piece
        // itself belongs to the template's enclosing bracket.
        if let Some(previous) = previous {
            self.tokens[index].parent = self.tokens[previous as usize].parent;
        }
    }

    fn skip_string(&mut self, quote: u8) {
        self.pos += 1;
        while self.pos < self.src.len() {
            match self.peek(0) {
                b'\\' => self.pos += 2,
                b'\n' => return,
                c if c == quote => {
                    self.pos += 1;
                    return;
                }
                _ => self.pos += 1,
            }
        }
        self.pos = self.pos.min(self.src.len());
    }

    fn skip_regex(&mut self) {
        self.pos += 1;
        let mut in_class = false;
        while self.pos < self.src.len() {
            match self.peek(0) {
                b'\\' => self.pos += 2,
                b'[' => {
                    in_class = true;
                    self.pos += 1;
                }
                b']' => {
                    in_class = false;
                    self.pos += 1;
                }
                b'/' if !in_class => {
                    self.pos += 1;
                    break;
                }
                b'\n' | b'\r' => break,
                _ => self.pos += 1,
            }
        }
        self.pos = self.pos.min(self.src.len());
        while self.pos < self.src.len() && self.peek(0).is_ascii_alphabetic() {
            self.pos += 1;
        }
    }

    fn skip_number(&mut self) {
        while self.pos < self.src.len() {
            let c = self.peek(0);
            let exponent_sign =
                (c == b'+' || c == b'-') && matches!(self.src[self.pos - 1], b'e' | b'E') && !self.is_hex_literal();
            if c.is_ascii_alphanumeric() || c == b'.' || c == b'_' || exponent_sign {
                self.pos += 1;
            } else {
                break;
            }
        }
    }

    fn is_hex_literal(&self) -> bool {
        let mut i = self.pos;
        while i > 0 && (self.src[i - 1].is_ascii_alphanumeric() || self.src[i - 1] == b'_') {
            i -= 1;
        }
        matches!(self.src.get(i..i + 2), Some(b"0x" | b"0X"))
    }

    fn skip_identifier(&mut self) {
        while self.pos < self.src.len() {
            if self.peek(0) == b'\\' {
                self.pos += 2;
                continue;
            }
            match identifier_char_len(self.src, self.pos) {
                Some(len) => self.pos += len,
                None => break,
            }
        }
        self.pos = self.pos.min(self.src.len());
    }

    fn regex_allowed(&self) -> bool {
        let Some(last) = self.tokens.last() else { return true };
        let text = &self.src[last.start as usize..last.end as usize];
        match last.kind {
            Kind::Name => std::str::from_utf8(text).map(regex_follows_word).unwrap_or(false),
            Kind::Number | Kind::Str | Kind::Regex | Kind::TemplateEnd | Kind::PrivateName => false,
            Kind::Close(b')') | Kind::Close(b']') => false,
            Kind::Close(_) => true,
            Kind::Punct => !matches!(text, b"++" | b"--"),
            Kind::Open(_) | Kind::TemplateHead | Kind::TemplateMiddle => true,
        }
    }
}

fn opener_of(close: u8) -> u8 {
    match close {
        b')' => b'(',
        b']' => b'[',
        _ => b'{',
    }
}

fn is_identifier_start(src: &[u8], pos: usize) -> bool {
    let c = src[pos];
    if c.is_ascii_alphabetic() || c == b'$' || c == b'_' || c == b'\\' {
        return true;
    }
    if c < 0x80 {
        return false;
    }
    decode(src, pos).is_some_and(|(ch, _)| unicode_ident::is_xid_start(ch))
}

/// The byte length of the identifier character at `pos`, if it is one.
fn identifier_char_len(src: &[u8], pos: usize) -> Option<usize> {
    let c = src[pos];
    if c.is_ascii_alphanumeric() || c == b'$' || c == b'_' {
        return Some(1);
    }
    if c < 0x80 {
        return None;
    }
    let (ch, len) = decode(src, pos)?;
    (unicode_ident::is_xid_continue(ch) || ch == '\u{200c}' || ch == '\u{200d}').then_some(len)
}

fn decode(src: &[u8], pos: usize) -> Option<(char, usize)> {
    let end = (pos + 4).min(src.len());
    let chunk = match std::str::from_utf8(&src[pos..end]) {
        Ok(text) => text,
        Err(error) => std::str::from_utf8(&src[pos..pos + error.valid_up_to()]).ok()?,
    };
    let ch = chunk.chars().next()?;
    Some((ch, ch.len_utf8()))
}

fn punctuator_length(rest: &[u8]) -> usize {
    const PUNCTUATORS: &[&[u8]] = &[
        b">>>=", b"...", b"===", b"!==", b"**=", b"<<=", b">>=", b">>>", b"&&=", b"||=", b"??=", b"=>", b"==", b"!=", b"<=",
        b">=", b"&&", b"||", b"??", b"?.", b"++", b"--", b"+=", b"-=", b"*=", b"%=", b"&=", b"|=", b"^=", b"<<", b">>", b"**",
    ];
    for punctuator in PUNCTUATORS {
        if rest.starts_with(punctuator) {
            // `a?.5:b` is a conditional, not optional chaining.
            if *punctuator == b"?." && rest.get(2).is_some_and(u8::is_ascii_digit) {
                return 1;
            }
            return punctuator.len();
        }
    }
    match rest.first() {
        Some(&c) if c >= 0x80 => decode(rest, 0).map_or(1, |(_, len)| len),
        _ => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (line, column) of `needle`'s `nth` occurrence, QuickJS-style (bytes).
    fn at(text: &str, needle: &str, nth: usize) -> (u32, u32) {
        let offset = text.match_indices(needle).nth(nth).expect("needle present").0;
        let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
        let line = text[..offset].matches('\n').count() as u32 + 1;
        (line, (offset - line_start) as u32 + 1)
    }

    fn call(text: &str, from: (&str, usize), callee: Callee) -> (u32, u32) {
        let source = Source::new(text.to_string());
        let (line, column) = at(text, from.0, from.1);
        let position = source.call_position(line, column, callee).expect("a position");
        (position.line, position.column)
    }

    fn named(name: &str) -> Callee<'_> {
        Callee { name, construct: Some(false), property: None }
    }

    #[test]
    fn new_expressions_point_at_new() {
        let text = "function f() { throw new Error('x'); }";
        let construct = Callee { name: "Error", construct: Some(true), property: None };
        assert_eq!(call(text, ("Error", 0), construct), at(text, "new", 0));
        let text = "const e = new   Error(message, { cause });";
        assert_eq!(call(text, ("cause", 0), construct), at(text, "new", 0));
        let text = "t(() => new (class Q { constructor() { f() } })())";
        let construct_q = Callee { name: "Q", construct: Some(true), property: None };
        assert_eq!(call(text, ("(class", 0), construct_q), at(text, "new", 0));
        let text = "x = new a.b.C(1)";
        let construct = Callee { name: "C", construct: Some(true), property: None };
        assert_eq!(call(text, ("a", 0), construct), at(text, "new", 0));
    }

    #[test]
    fn calls_point_at_the_callee_name() {
        let text = "run(a, b);";
        assert_eq!(call(text, ("b", 0), named("run")), at(text, "run", 0));
        let text = "obj.deep.thrower(a)";
        assert_eq!(call(text, ("a", 0), named("thrower")), at(text, "thrower", 0));
        let text = "thrower(Math.abs(a))";
        assert_eq!(call(text, ("a", 1), named("thrower")), at(text, "thrower", 0));
        assert_eq!(call(text, ("a", 1), named("abs")), at(text, "abs", 0));
        let text = "thrower(\n  a,\n  b)";
        assert_eq!(call(text, ("b", 0), named("thrower")), (1, 1));
        let text = "obj\n  .thrower(a)";
        assert_eq!(call(text, ("a", 0), named("thrower")), (2, 4));
        let text = "fn.call(obj, a)";
        assert_eq!(call(text, ("a", 0), named("call")), at(text, "call", 0));
    }

    #[test]
    fn calls_chained_after_an_argument_list() {
        let text = "t(() => new Function('a', 'body')());";
        assert_eq!(call(text, ("'body'", 0), named("anonymous")), at(text, "()", 1));
        let construct = Callee { name: "Function", construct: Some(true), property: None };
        assert_eq!(call(text, ("'body'", 0), construct), at(text, "new", 0));
    }

    #[test]
    fn immediately_called_functions() {
        let text = "x = (function inner() { return a.b; })();";
        assert_eq!(call(text, ("}", 0), named("inner")), at(text, "();", 0));
    }

    #[test]
    fn anonymous_callees_prefer_computed_callees() {
        let text = "show(makeArrow()());";
        assert_eq!(call(text, ("makeArrow", 0), named("")), at(text, "());", 0));
    }

    #[test]
    fn anonymous_callees_take_the_innermost_call() {
        let text = "function run(cb) { cb(value); }";
        assert_eq!(call(text, ("value", 0), named("")), at(text, "cb(", 0));
        assert_eq!(call(text, ("value", 0), named("other")), at(text, "cb(", 0));
    }

    #[test]
    fn computed_and_parenthesised_callees_point_at_the_paren() {
        let text = "obj['thrower']()";
        assert_eq!(call(text, ("obj", 0), named("thrower")), at(text, "(", 0));
        let text = "(0, obj.thrower)(a)";
        assert_eq!(call(text, ("a)", 0), named("thrower")), at(text, "(a", 0));
        let text = "obj.thrower?.(a)";
        assert_eq!(call(text, ("a", 0), named("thrower")), at(text, "(a", 0));
    }

    #[test]
    fn tagged_templates_point_at_the_template() {
        let text = "obj.thrower`x`";
        assert_eq!(call(text, ("obj", 0), named("thrower")), at(text, "`", 0));
    }

    #[test]
    fn failed_property_reads_point_at_the_property() {
        let text = "const v = obj.n.x;";
        let callee = Callee { name: "", construct: Some(false), property: Some("x") };
        assert_eq!(call(text, ("obj", 0), callee), at(text, "x;", 0));
        let text = "return o.g;";
        let getter = Callee { name: "get g", construct: Some(false), property: Some("g") };
        assert_eq!(call(text, ("o", 0), getter), at(text, "g;", 0));
        let text = "console.log(lib.config.legacy);";
        let getter = Callee { name: "getter", construct: Some(false), property: Some("*") };
        assert_eq!(call(text, ("lib", 0), getter), at(text, "legacy", 0));
    }

    #[test]
    fn uncaught_throw_new_is_reported_at_throw() {
        let source = Source::new("function f() {\n  throw new Error('é' + x);\n}\n".to_string());
        let construct = Callee { name: "Error", construct: Some(true), property: None };
        let position = source.throw_position(2, 13, construct).map(|p| (p.line, p.column));
        assert_eq!(position, Some((2, 3)));
        let source = Source::new("const e = new Error('x');\n".to_string());
        assert_eq!(source.throw_position(1, 15, construct), None);
    }

    #[test]
    fn failed_reads_after_a_call_point_at_the_dot() {
        let callee = Callee { name: "TypeError", construct: Some(true), property: Some("trim") };
        let text = "return JSON.parse(input).value.trim();";
        assert_eq!(call(text, ("input", 0), callee), at(text, ".trim", 0));
        assert_eq!(call(text, ("parse", 0), callee), at(text, ".trim", 0));
        let text = "return (o).value.trim;";
        assert_eq!(call(text, ("o", 0), callee), at(text, "trim", 0));
        let text = "return o.arr[0].value.trim;";
        assert_eq!(call(text, ("o", 0), callee), at(text, "trim", 0));
    }

    #[test]
    fn failed_assignments_point_at_the_equals_sign() {
        let text = "obj.n.x = 1;";
        let callee = Callee { name: "TypeError", construct: Some(true), property: Some("x") };
        assert_eq!(call(text, ("obj", 0), callee), at(text, "=", 0));
        let text = "const c = 1; c = 2;";
        let callee = Callee { name: "TypeError", construct: Some(true), property: Some("c") };
        assert_eq!(call(text, ("c = 2", 0), callee), at(text, "= 2", 0));
    }

    fn awaiting(text: &str, from: (&str, usize)) -> Option<(u32, u32)> {
        let source = Source::new(text.to_string());
        let (line, column) = at(text, from.0, from.1);
        source.await_position(line, column).map(|position| (position.line, position.column))
    }

    #[test]
    fn async_frames_point_at_their_await() {
        // QuickJS points into the operand: its start, a call inside it, or
        // the `)` that ends it.
        let text = "async function c() {\n  const x = await leaf(1);\n}";
        assert_eq!(awaiting(text, ("leaf", 0)), Some(at(text, "await", 0)));
        assert_eq!(awaiting(text, (")", 1)), Some(at(text, "await", 0)));
        let text = "async () => { await Promise.all([obj.m(), [f()]]); }";
        assert_eq!(awaiting(text, ("f()", 0)), Some(at(text, "await", 0)));
        assert_eq!(awaiting(text, ("m()", 0)), Some(at(text, "await", 0)));
        // The nearest await of the statement, never one before it.
        let text = "await a(); await   b(c);";
        assert_eq!(awaiting(text, ("c", 0)), Some(at(text, "await", 1)));
        assert_eq!(awaiting(text, ("a", 0)), Some(at(text, "await", 0)));
        let text = "await a(); f(b);";
        assert_eq!(awaiting(text, ("b", 0)), None);
        // Not through the block or arrow that holds the position.
        let text = "await x(() => { g(); });";
        assert_eq!(awaiting(text, ("g", 0)), None);
    }

    #[test]
    fn engine_errors_outside_calls_stay_put() {
        let text = "t(() => undefinedVar + 1);";
        let callee = Callee { name: "ReferenceError", construct: Some(true), property: None };
        assert_eq!(call(text, ("undefinedVar", 0), callee), at(text, "undefinedVar", 0));
    }

    #[test]
    fn new_without_arguments_points_at_new() {
        let text = "t(() => new K);";
        let callee = Callee { name: "K", construct: Some(true), property: None };
        assert_eq!(call(text, ("K", 0), callee), at(text, "new", 0));
    }

    #[test]
    fn calls_reported_on_their_dot_or_paren() {
        let text = "console.trace(); console.trace()";
        assert_eq!(call(text, (".", 0), named("trace")), at(text, "trace", 0));
        assert_eq!(call(text, ("(", 0), named("trace")), at(text, "trace", 0));
    }

    #[test]
    fn calls_reported_on_their_closing_paren() {
        let text = "t(() => thrower  ( ));";
        assert_eq!(call(text, ("));", 0), named("thrower")), at(text, "thrower", 0));
    }

    #[test]
    fn super_calls_are_constructor_calls() {
        let text = "class B extends A { constructor(m) { super(m); } }";
        let construct = Callee { name: "A", construct: Some(true), property: None };
        assert_eq!(call(text, ("m", 1), construct), at(text, "super", 0));
    }

    #[test]
    fn columns_count_utf16_units() {
        let text = "const s = 'ééé€😀'; throw new Error('u');";
        let source = Source::new(text.to_string());
        let (line, column) = at(text, "Error", 0);
        let position = source.call_position(line, column, Callee { name: "Error", construct: Some(true), property: None });
        let expected = text[..text.find("new").expect("new")].encode_utf16().count() as u32 + 1;
        assert_eq!(position.map(|p| p.column), Some(expected));
    }

    #[test]
    fn strings_comments_templates_and_regexes_are_skipped() {
        let text = "f(')', /\\)/, `${g(')')}`, // )\n a)";
        assert_eq!(call(text, ("a)", 0), named("f")), (1, 1));
        let text = "x = a / b; f(c / d, e)";
        assert_eq!(call(text, ("e", 0), named("f")), at(text, "f(", 0));
    }

    #[test]
    fn member_assignments_give_inferred_names() {
        let infer = |text: &str, needle: &str| {
            let (line, column) = at(text, needle, 0);
            Source::new(text.to_string()).inferred_name(line, column)
        };
        assert_eq!(infer("a.b.c = function () {}", "function"), Some("a.b.c".into()));
        assert_eq!(infer("module.exports = function () {}", "function"), Some("module.exports".into()));
        assert_eq!(infer("P.prototype.meth = function () {}", "function"), Some("P.meth".into()));
        assert_eq!(infer("this.x = function () {}", "function"), Some("x".into()));
        assert_eq!(infer("a[k] = function () {}", "function"), Some("a.<computed>".into()));
        assert_eq!(infer("a['lit'] = async () => {}", "async"), Some("a.lit".into()));
        assert_eq!(infer("exports.handler = (req) => {}", "(req)"), Some("exports.handler".into()));
        assert_eq!(infer("var v = function () {}", "function"), None);
        assert_eq!(infer("f(function () {})", "function"), None);
        // QuickJS places an arrow given as an argument on the callee.
        assert_eq!(infer("x.y = foo(() => {})", "foo"), None);
    }
}
