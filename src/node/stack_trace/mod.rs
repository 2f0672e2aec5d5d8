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

/// How many sources of `eval` and `new Function` code are kept, and how
/// many bytes of them at most.
const EVAL_SOURCES: usize = 64;
const EVAL_SOURCE_BYTES: usize = 4 << 20;

thread_local! {
    /// The last code compiled by `eval` and `new Function`, by number, most
    /// recent last, and the number the next one gets (see `nodeling_eval_source`).
    static EVALS: RefCell<(VecDeque<(u32, Rc<str>)>, u32)> = const { RefCell::new((VecDeque::new(), 0)) };
}

/// Called by our QuickJS patch for the code `eval` and `new Function` are
/// about to compile: keeps it, and returns the number that the code's file
/// name, `<input>#n`, carries, so that its frames can be read against it as
/// a file's are (0: not kept). A QuickJS runtime lives on one thread, so a
/// thread-local list serves every pod on it; the oldest falls out.
#[no_mangle]
pub extern "C" fn nodeling_eval_source(input: *const u8, len: usize) -> u32 {
    if input.is_null() || len > EVAL_SOURCE_BYTES {
        return 0;
    }
    // SAFETY: QuickJS passes the input it is compiling, `len` bytes long,
    // which stays alive for the call.
    let bytes = unsafe { std::slice::from_raw_parts(input, len) };
    let text: Rc<str> = String::from_utf8_lossy(bytes).into();
    EVALS.with(|evals| {
        let Ok(mut evals) = evals.try_borrow_mut() else { return 0 };
        let (sources, last) = &mut *evals;
        *last = last.checked_add(1).unwrap_or(1);
        let mut kept = sources.iter().map(|(_, text)| text.len()).sum::<usize>() + text.len();
        while sources.len() >= EVAL_SOURCES || kept > EVAL_SOURCE_BYTES {
            let Some((_, oldest)) = sources.pop_front() else { break };
            kept -= oldest.len();
        }
        sources.push_back((*last, text));
        *last
    })
}

/// The code behind an `<input>#n` file name, while it is kept.
fn eval_source(file: &str) -> Option<Rc<str>> {
    let number: u32 = file.strip_prefix("<input>#")?.parse().ok()?;
    EVALS.with(|evals| evals.borrow().0.iter().rev().find(|(n, _)| *n == number).map(|(_, text)| text.clone()))
}

/// The text QuickJS compiled for a frame's file name: a path, a `file:` URL
/// (ES modules), `[eval]` (`node -e`) or `<input>#n` (eval code).
fn read(shared: &Shared, file: &str) -> Option<String> {
    if file == "[eval]" {
        return shared.options.node_options.eval.clone();
    }
    if let Some(text) = eval_source(file) {
        return Some(text.to_string());
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

    // The code of an `<input>#n` frame (eval code), while it is kept.
    binding.set(
        "evalSource",
        Function::new(ctx.clone(), |file: String| eval_source(&file).map(|text| text.to_string()))?,
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
