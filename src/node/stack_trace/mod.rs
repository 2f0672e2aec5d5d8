//! Natives of V8's stack trace API (`internalBinding('stack_trace')`): what
//! a frame's position and name are under V8, from the source of the file the
//! frame runs in (see [`source`]). The JS side is `stack_trace.js` here.
//!
//! Sources are read from the process's file system when a stack is first
//! formatted, not when modules load, and the last few are kept: a stack
//! names the same files again and again. A file changed on disk since it was
//! loaded gives positions in its new text. Code that is in no file (`vm`
//! scripts) is registered by name with `registerSource`; the last one
//! registered under a name is the one its frames are read against.

pub mod source;

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use rquickjs::{Ctx, Function, Object, Result};
use sha2::{Digest, Sha256};

use crate::engine::Shared;
use crate::vfs::OpenFlags;
use source::{Callee, Position, Source};

/// How many sources stay parsed.
const CACHED_SOURCES: usize = 16;

/// The last sources used, most recent last; `None` for a file that could
/// not be read.
#[derive(Default)]
struct Sources {
    parsed: RefCell<VecDeque<(String, Option<Rc<Source>>)>>,
    /// Sources registered by name (`vm` scripts), most recent last.
    registered: RefCell<VecDeque<(String, Rc<str>)>>,
}
type Cache = Rc<Sources>;

/// How many registered sources are kept.
const REGISTERED_SOURCES: usize = 64;

fn load(shared: &Shared, cache: &Cache, file: &str) -> Option<Rc<Source>> {
    let mut entries = cache.parsed.borrow_mut();
    if let Some(index) = entries.iter().position(|(name, _)| name == file) {
        let entry = entries.remove(index)?;
        let source = entry.1.clone();
        entries.push_back(entry);
        return source;
    }
    let registered = cache.registered.borrow().iter().rev().find(|(name, _)| name == file).map(|(_, text)| text.to_string());
    let source = registered.or_else(|| read(shared, file)).map(|text| Rc::new(Source::new(text)));
    if entries.len() >= CACHED_SOURCES {
        entries.pop_front();
    }
    entries.push_back((file.to_string(), source.clone()));
    source
}

/// The text QuickJS compiled for a frame's file name: a path, a `file:` URL
/// (ES modules) or `[eval]` (`node -e`).
fn read(shared: &Shared, file: &str) -> Option<String> {
    if file == "[eval]" {
        return shared.options.node_options.eval.clone();
    }
    let path = match file.strip_prefix("file://") {
        Some(rest) => percent_decode(rest)?,
        None if file.starts_with('/') => file.to_string(),
        None => return None,
    };
    let handle = shared.fs.open(&path, OpenFlags::READ, 0).ok()?;
    let mut text = None;
    handle.with_contents(&mut |bytes| text = Some(String::from_utf8_lossy(bytes).into_owned())).ok()?;
    text
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn triple(position: Position) -> Vec<u32> {
    vec![position.line, position.column, position.offset]
}

pub fn binding<'js>(ctx: &Ctx<'js>, shared: &Rc<Shared>) -> Result<Object<'js>> {
    let binding = Object::new(ctx.clone())?;
    let cache: Cache = Rc::new(Sources::default());

    // [line, column, position] where V8 reports a frame that QuickJS reports
    // at (line, column) and that was calling a function named `callee`
    // (`construct`: as a constructor, undefined if unknown; `property`: the property whose access
    // failed). Undefined when the file's source is not at hand.
    let (s, c) = (shared.clone(), cache.clone());
    binding.set(
        "callPosition",
        Function::new(
            ctx.clone(),
            move |file: String, line: u32, column: u32, callee: String, construct: Option<bool>, property: Option<String>| {
                let source = load(&s, &c, &file)?;
                let callee = Callee { name: &callee, construct, property: property.as_deref() };
                source.call_position(line, column, callee).map(triple)
            },
        )?,
    )?;

    // [line, column, position] of the `throw` of `throw new X(...)` when the
    // frame at (line, column) makes that X (what Node's report of an
    // uncaught exception points at); undefined otherwise.
    let (s, c) = (shared.clone(), cache.clone());
    binding.set(
        "throwPosition",
        Function::new(
            ctx.clone(),
            move |file: String, line: u32, column: u32, callee: String, construct: Option<bool>, property: Option<String>| {
                let source = load(&s, &c, &file)?;
                let callee = Callee { name: &callee, construct, property: property.as_deref() };
                source.throw_position(line, column, callee).map(triple)
            },
        )?,
    )?;

    // [line, column, position] of the `await` an async function waits at,
    // which QuickJS reports at (line, column) inside its operand; undefined
    // if there is none.
    let (s, c) = (shared.clone(), cache.clone());
    binding.set(
        "awaitPosition",
        Function::new(ctx.clone(), move |file: String, line: u32, column: u32| {
            load(&s, &c, &file)?.await_position(line, column).map(triple)
        })?,
    )?;

    // The same for a position that is not a call (a function's start).
    let (s, c) = (shared.clone(), cache.clone());
    binding.set(
        "position",
        Function::new(ctx.clone(), move |file: String, line: u32, column: u32| {
            load(&s, &c, &file)?.position(line, column).map(triple)
        })?,
    )?;

    // How many UTF-16 units the token at (line, column) spans: what V8
    // underlines under a syntax error.
    let (s, c) = (shared.clone(), cache.clone());
    binding.set(
        "tokenLength",
        Function::new(ctx.clone(), move |file: String, line: u32, column: u32| {
            load(&s, &c, &file)?.token_length(line, column)
        })?,
    )?;

    // V8's inferred name of the anonymous function starting at (line,
    // column), such as `exports.handler`; undefined if it has none.
    let (s, c) = (shared.clone(), cache.clone());
    binding.set(
        "inferredName",
        Function::new(ctx.clone(), move |file: String, line: u32, column: u32| {
            load(&s, &c, &file)?.inferred_name(line, column)
        })?,
    )?;

    // The text of code that is in no file, under the name its frames show.
    let c = cache.clone();
    binding.set(
        "registerSource",
        Function::new(ctx.clone(), move |name: String, text: String| {
            c.parsed.borrow_mut().retain(|(cached, _)| *cached != name);
            let mut sources = c.registered.borrow_mut();
            sources.retain(|(registered, _)| *registered != name);
            if sources.len() >= REGISTERED_SOURCES {
                sources.pop_front();
            }
            sources.push_back((name, text.into()));
        })?,
    )?;

    // CallSite.getScriptHash(): the SHA-256 of the file's source, in hex
    // ('' when it cannot be read).
    let (s, c) = (shared.clone(), cache);
    binding.set(
        "scriptHash",
        Function::new(ctx.clone(), move |file: String| {
            load(&s, &c, &file)
                .map(|source| Sha256::digest(source.text().as_bytes()).iter().map(|b| format!("{b:02x}")).collect::<String>())
                .unwrap_or_default()
        })?,
    )?;
    Ok(binding)
}
