//! Environment files (`.env`) as Node 24 reads them: the parser behind
//! `util.parseEnv`, `process.loadEnvFile` and `--env-file`, and the
//! `internalBinding('dotenv')` natives.
//!
//! The rules are those of Node 24's `Dotenv::ParseContent` (src/node_dotenv.cc),
//! which differ from Node 20's in places (lines without `=` are skipped rather
//! than glued onto the next key; `A=B=C` gives `A` the value `B=C`):
//! - every `\r` is dropped first, so CRLF files read like LF ones;
//! - leading and trailing spaces, tabs and newlines are trimmed from the
//!   whole text, from keys, and from the start of each value;
//! - a line starting with `#` is a comment; a line with no `=` is skipped;
//! - `export ` before a key is dropped;
//! - a value in double quotes may span lines and has `\n` turned into a
//!   newline; in single quotes or backticks it may span lines and is kept as
//!   written; text after the closing quote up to the end of its line is
//!   ignored; an unclosed quote leaves the rest of the line as the value,
//!   quote included;
//! - an unquoted value ends at the line's end or at a `#`, and is trimmed;
//! - a key seen again keeps its last value; keys come out sorted by their
//!   bytes (Node keeps them in a `std::map`).
//!
//! Quirks kept on purpose because Node has them: `KEY=` at a line's end and
//! `=` with no key are stored before the key is cleaned, so `export K=` gives
//! the key `export K` and a lone `=` gives the key `''`.
//!
//! Not covered: Node 25's `[section]` headers (`--env-file=f#section`).

use std::collections::BTreeMap;
use std::rc::Rc;

use rquickjs::{Ctx, Function, Object, Result, Value};

use crate::engine::Shared;

/// The spaces Node's `trim_spaces` removes.
const SPACES: &[char] = &[' ', '\t', '\n'];

fn trim(text: &str) -> &str {
    text.trim_matches(SPACES)
}

/// The rest of `content` after the first newline at or after `from`, or
/// nothing when there is none.
fn after_newline(content: &str, from: usize) -> &str {
    match content[from..].find('\n') {
        Some(at) => &content[from + at + 1..],
        None => "",
    }
}

/// Parses the text of an environment file into its keys and values.
pub fn parse(input: &str) -> BTreeMap<String, String> {
    let mut store = BTreeMap::new();
    let lines: String = input.chars().filter(|&c| c != '\r').collect();
    let mut content = trim(&lines);

    while !content.is_empty() {
        // Every index below is of an ASCII byte, so slicing there is safe.
        if content.starts_with('\n') || content.starts_with('#') {
            content = after_newline(content, 0);
            continue;
        }
        let Some(equal) = content.find(['=', '\n']) else { break };
        if content.as_bytes()[equal] == b'\n' {
            content = trim(&content[equal + 1..]);
            continue;
        }
        let mut key = trim(&content[..equal]);
        content = &content[equal + 1..];
        if content.is_empty() || content.starts_with('\n') {
            store.insert(key.to_string(), String::new());
            continue;
        }
        content = trim(content);
        if key.is_empty() {
            continue;
        }
        if let Some(rest) = key.strip_prefix("export ") {
            key = trim(rest);
        }
        if content.is_empty() {
            store.insert(key.to_string(), String::new());
            break;
        }
        let quote = content.as_bytes()[0];
        if matches!(quote, b'"' | b'\'' | b'`') {
            match content[1..].find(quote as char).map(|at| at + 1) {
                Some(closing) => {
                    let raw = &content[1..closing];
                    let value = if quote == b'"' { raw.replace("\\n", "\n") } else { raw.to_string() };
                    store.insert(key.to_string(), value);
                    content = after_newline(content, closing + 1);
                    // Node goes straight to the next line here, untrimmed;
                    // the next turn skips a blank line all the same.
                    continue;
                }
                None => match content.find('\n') {
                    Some(newline) => {
                        store.insert(key.to_string(), content[..newline].to_string());
                        content = &content[newline + 1..];
                    }
                    None => {
                        store.insert(key.to_string(), content.to_string());
                        break;
                    }
                },
            }
        } else {
            let (line, rest) = match content.find('\n') {
                Some(newline) => (&content[..newline], &content[newline + 1..]),
                None => (content, ""),
            };
            let value = line.find('#').map_or(line, |hash| &line[..hash]);
            store.insert(key.to_string(), trim(value).to_string());
            content = rest;
        }
        content = trim(content);
    }
    store
}

/// The entries of several files applied in order: a later file's key wins
/// over an earlier one's, as in Node's single store for all `--env-file`s.
pub fn merge(into: &mut BTreeMap<String, String>, from: BTreeMap<String, String>) {
    into.extend(from);
}

/// Sets each entry not already in `env`, keeping the environment's own
/// values (Node's `Dotenv::SetEnvironment`).
pub fn apply(env: &mut Vec<(String, String)>, entries: &BTreeMap<String, String>) {
    for (key, value) in entries {
        if !env.iter().any(|(k, _)| k == key) {
            env.push((key.clone(), value.clone()));
        }
    }
}

/// Why a file could not be read, as Node's `Dotenv::ParseResult` tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileError {
    /// It could not be opened (Node reports every such case as ENOENT).
    Open,
    /// It opened but could not be read, as a directory.
    Read,
}

/// Reads and parses the file at `path` (absolute) from the process's file
/// system.
pub fn parse_file(fs: &dyn crate::vfs::FileSystem, path: &str) -> std::result::Result<BTreeMap<String, String>, FileError> {
    match fs.read_file(path) {
        Ok(bytes) => Ok(parse(&String::from_utf8_lossy(&bytes))),
        // A directory opens with O_RDONLY and then fails to read.
        Err(error) if error.errno == crate::vfs::Errno::EISDIR => Err(FileError::Read),
        Err(_) => Err(FileError::Open),
    }
}

fn to_object<'js>(ctx: &Ctx<'js>, entries: &BTreeMap<String, String>) -> Result<Object<'js>> {
    let object = Object::new(ctx.clone())?;
    for (key, value) in entries {
        object.set(key.as_str(), value.as_str())?;
    }
    Ok(object)
}

/// `internalBinding('dotenv')`: `parse(content)` gives an object of the
/// entries; `parseFile(path)` (absolute) the same from a file, `undefined`
/// if it cannot be opened and `null` if it cannot be read.
pub fn binding<'js>(ctx: &Ctx<'js>, shared: &Rc<Shared>) -> Result<Object<'js>> {
    let binding = Object::new(ctx.clone())?;
    binding.set(
        "parse",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, content: String| to_object(&ctx, &parse(&content)))?,
    )?;
    let s = shared.clone();
    binding.set(
        "parseFile",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>, path: String| -> Result<Value<'js>> {
            match parse_file(s.fs.as_ref(), &path) {
                Ok(entries) => Ok(to_object(&ctx, &entries)?.into_value()),
                Err(FileError::Open) => Ok(Value::new_undefined(ctx)),
                Err(FileError::Read) => Ok(Value::new_null(ctx)),
            }
        })?,
    )?;
    Ok(binding)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(input: &str) -> Vec<(String, String)> {
        parse(input).into_iter().collect()
    }

    fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
        expected.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn plain_values_are_trimmed_and_end_at_a_comment() {
        assert_eq!(parsed("A=1\n  B =  two words  \nC=x # note\nD=#all comment"), pairs(&[("A", "1"), ("B", "two words"), ("C", "x"), ("D", "")]));
    }

    #[test]
    fn keys_come_out_sorted_and_the_last_one_wins() {
        assert_eq!(parsed("B=1\nA=2\nB=3\n"), pairs(&[("A", "2"), ("B", "3")]));
    }

    #[test]
    fn comments_blank_lines_and_lines_without_equals_are_skipped() {
        assert_eq!(parsed("# top\n\n\nnot a pair\nA=1\n   # indented comment\nB=2"), pairs(&[("A", "1"), ("B", "2")]));
        // Node 20 glued such lines onto the next key; Node 24 does not.
        assert_eq!(parsed("      foo\n\n\nbar\nbaz=whatever\n"), pairs(&[("baz", "whatever")]));
    }

    #[test]
    fn only_the_first_equals_splits() {
        assert_eq!(parsed("A=B=C"), pairs(&[("A", "B=C")]));
    }

    #[test]
    fn export_is_dropped_from_keys() {
        assert_eq!(parsed("export A=1\nexport   B = 2\n"), pairs(&[("A", "1"), ("B", "2")]));
    }

    #[test]
    fn double_quotes_expand_newlines_and_span_lines() {
        assert_eq!(parsed("A=\"x\\ny\"\nB=\"line1\nline2\"\nC=\"# not a comment\" # a comment"), pairs(&[("A", "x\ny"), ("B", "line1\nline2"), ("C", "# not a comment")]));
    }

    #[test]
    fn single_quotes_and_backticks_keep_text_as_written() {
        assert_eq!(parsed("A='x\\ny'\nB=`it's \"quoted\"`\nC='multi\nline'"), pairs(&[("A", "x\\ny"), ("B", "it's \"quoted\""), ("C", "multi\nline")]));
    }

    #[test]
    fn spaces_inside_quotes_are_kept() {
        assert_eq!(parsed("A=\"  padded  \"\nB='  x '"), pairs(&[("A", "  padded  "), ("B", "  x ")]));
    }

    #[test]
    fn an_unclosed_quote_keeps_the_rest_of_the_line() {
        assert_eq!(parsed("A=\"open\nB=2\nC='tail"), pairs(&[("A", "\"open"), ("B", "2"), ("C", "'tail")]));
    }

    #[test]
    fn crlf_reads_like_lf() {
        assert_eq!(parsed("A=1\r\nB=\"x\r\ny\"\r\n"), pairs(&[("A", "1"), ("B", "x\ny")]));
    }

    #[test]
    fn empty_values_and_nodes_quirks_for_empty_ones() {
        assert_eq!(parsed("A=\nB=2"), pairs(&[("A", ""), ("B", "2")]));
        assert_eq!(parsed("A="), pairs(&[("A", "")]));
        assert_eq!(parsed("A=   "), pairs(&[("A", "")]));
        // Stored before the key is cleaned, as Node does.
        assert_eq!(parsed("export K=\n"), pairs(&[("export K", "")]));
        assert_eq!(parsed("=\nA=1"), pairs(&[("", ""), ("A", "1")]));
        assert_eq!(parsed("=value\nA=1"), pairs(&[("A", "1")]));
        // Spaces after `=` are trimmed with the newline after them, so the
        // next line becomes the value.
        assert_eq!(parsed("A=  \nB=2"), pairs(&[("A", "B=2")]));
    }

    #[test]
    fn tabs_count_as_spaces_and_utf8_passes_through() {
        assert_eq!(parsed("\tA\t=\tcafé ☕\t\n"), pairs(&[("A", "café ☕")]));
    }

    #[test]
    fn apply_keeps_what_the_environment_already_has() {
        let mut env = vec![("A".to_string(), "real".to_string())];
        let mut entries = parse("A=file\nB=file");
        merge(&mut entries, parse("B=second"));
        apply(&mut env, &entries);
        assert_eq!(env, pairs(&[("A", "real"), ("B", "second")]));
    }

    #[test]
    fn files_that_cannot_be_opened_or_read() {
        let fs = crate::vfs::MemoryFs::new(std::rc::Rc::new(crate::vfs::Timespec::now));
        fs.put_file("/app/.env", "A=1").expect("put_file");
        assert_eq!(parse_file(&fs, "/app/.env").map(|e| e.len()), Ok(1));
        assert_eq!(parse_file(&fs, "/app/missing"), Err(FileError::Open));
        assert_eq!(parse_file(&fs, "/app"), Err(FileError::Read));
    }
}
