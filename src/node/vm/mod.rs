//! Natives of `vm` (`internalBinding('contextify')`): new QuickJS contexts
//! (realms) in the process's runtime, scripts compiled once and run in any
//! of them, functions compiled with extra scopes, and the execution timeout.
//!
//! A context is a `JSContext` of the same runtime, so values move between
//! realms freely, as V8 contexts of one isolate share their heap. It lives
//! as long as anything of its realm does: the handle given to JS marks it
//! for the garbage collector instead of holding it from Rust, so an
//! abandoned context is collected with its sandbox.
//!
//! What a sandbox object's properties mean to the context's global is done
//! in JS (`vm.js` beside this file): QuickJS cannot make an arbitrary object
//! the global object.
//!
//! The timeout uses QuickJS's interrupt handler, which the runtime polls
//! while JS runs (see [`VmState`]); the host's clock tells the time, so a
//! host whose clock does not move while code runs (the tests' manual clock)
//! never times out.

use std::cell::Cell;
use std::ffi::CString;
use std::ptr::NonNull;
use std::rc::Rc;

use rquickjs::class::{Class, JsClass, Trace, Tracer, Writable};
use rquickjs::{qjs, Array, Ctx, Function, JsLifetime, Object, Result, Value};

use crate::engine::Shared;

/// The deadlines of the `timeout` options of the runs in progress.
#[derive(Default)]
pub struct VmState {
    /// The earliest deadline (host clock ms) of the runs on the stack.
    deadline: Cell<Option<f64>>,
}

impl VmState {
    /// Whether the interrupt handler should stop the running JS now.
    pub fn should_interrupt(&self, now_ms: impl FnOnce() -> f64) -> bool {
        match self.deadline.get() {
            Some(deadline) => now_ms() >= deadline,
            None => false,
        }
    }
}

/// A context made by `makeContext`, held by the JS object that stands for it.
pub struct ContextHandle<'js> {
    ctx: Ctx<'js>,
}

impl<'js> Trace<'js> for ContextHandle<'js> {
    fn trace<'a>(&self, tracer: Tracer<'a, 'js>) {
        tracer.mark_ctx(&self.ctx);
    }
}

// SAFETY: the only JS item held is the Ctx, whose lifetime changes with 'js.
unsafe impl<'js> JsLifetime<'js> for ContextHandle<'js> {
    type Changed<'to> = ContextHandle<'to>;
}

impl<'js> JsClass<'js> for ContextHandle<'js> {
    const NAME: &'static str = "ContextHandle";
    type Mutable = Writable;

    fn constructor(_ctx: &Ctx<'js>) -> Result<Option<rquickjs::function::Constructor<'js>>> {
        Ok(None)
    }
}

/// A compiled script: QuickJS bytecode of our own making, read again in the
/// context each run happens in (bytecode carries the realm it is read in).
/// It is never handed to JS, so no one can give QuickJS forged bytecode.
pub struct ScriptHandle {
    bytecode: Vec<u8>,
}

impl<'js> Trace<'js> for ScriptHandle {
    fn trace<'a>(&self, _tracer: Tracer<'a, 'js>) {}
}

// SAFETY: ScriptHandle holds no JS values, so it has no lifetime to change.
unsafe impl<'js> JsLifetime<'js> for ScriptHandle {
    type Changed<'to> = ScriptHandle;
}

impl<'js> JsClass<'js> for ScriptHandle {
    const NAME: &'static str = "ContextifyScript";
    type Mutable = Writable;

    fn constructor(_ctx: &Ctx<'js>) -> Result<Option<rquickjs::function::Constructor<'js>>> {
        Ok(None)
    }
}

/// The Ctx code runs in: the handle's context, or the calling one.
fn target<'js>(ctx: &Ctx<'js>, handle: &Option<Class<'js, ContextHandle<'js>>>) -> Ctx<'js> {
    match handle {
        Some(handle) => handle.borrow().ctx.clone(),
        None => ctx.clone(),
    }
}

/// `source` with `column_offset` spaces before its first line: V8's
/// columnOffset moves the first line's columns only, as padding does.
fn padded(source: &str, column_offset: i32) -> String {
    if column_offset <= 0 || source.starts_with("#!") {
        return source.to_string();
    }
    let mut text = " ".repeat(column_offset as usize);
    text.push_str(source);
    text
}

/// Compiles `source` in `ctx` without running it; the compiled object is
/// owned by the caller (free it, or give it to JS_EvalFunction).
///
/// SAFETY: the caller holds the runtime lock (it is inside a JS call).
unsafe fn compile_raw(ctx: &Ctx, source: &str, filename: &str, line: i32, flags: u32) -> Result<qjs::JSValue> {
    // QuickJS reads a first line number of 0 as "start at 1": start one line
    // earlier, with an empty line.
    let (text, line) = if line == 0 { (CString::new(format!("\n{source}"))?, -1) } else { (CString::new(source)?, line) };
    let c_filename = CString::new(filename)?;
    let mut options = qjs::JSEvalOptions {
        version: qjs::JS_EVAL_OPTIONS_VERSION as _,
        eval_flags: (flags | qjs::JS_EVAL_FLAG_COMPILE_ONLY) as _,
        filename: c_filename.as_ptr(),
        line_num: line,
    };
    // SAFETY: both C strings outlive the call; `text` is NUL-terminated.
    let compiled = unsafe { qjs::JS_Eval2(ctx.as_raw().as_ptr(), text.as_ptr(), text.as_bytes().len() as _, &mut options) };
    if qjs::JS_IsException(compiled) {
        return Err(rquickjs::Error::Exception);
    }
    Ok(compiled)
}

/// `new ContextifyScript(...)`: compiles in the parsing context (where a
/// syntax error is made) and keeps the bytecode.
fn compile_script<'js>(
    ctx: Ctx<'js>,
    handle: Option<Class<'js, ContextHandle<'js>>>,
    source: String,
    filename: String,
    line_offset: i32,
    column_offset: i32,
) -> Result<Class<'js, ScriptHandle>> {
    let parsing = target(&ctx, &handle);
    let source = padded(&source, column_offset);
    let raw = parsing.as_raw().as_ptr();
    // SAFETY: we are inside a JS call. The compiled object is owned here:
    // JS_WriteObject only reads it and its buffer is copied, then freed with
    // js_free; the object itself is freed before returning.
    let bytecode = unsafe {
        let compiled = compile_raw(&parsing, &source, &filename, line_offset.saturating_add(1), qjs::JS_EVAL_TYPE_GLOBAL)?;
        let mut size = 0;
        let buffer = qjs::JS_WriteObject(raw, &mut size, compiled, qjs::JS_WRITE_OBJ_BYTECODE as _);
        qjs::JS_FreeValue(raw, compiled);
        if buffer.is_null() {
            return Err(rquickjs::Error::Exception);
        }
        let bytes = std::slice::from_raw_parts(buffer, size as usize).to_vec();
        qjs::js_free(raw, buffer.cast());
        bytes
    };
    Class::instance(ctx, ScriptHandle { bytecode })
}

/// Runs a compiled script in a context with the run's deadline armed;
/// `true` for `after_evaluate` drains the promise jobs inside the deadline
/// too (microtaskMode 'afterEvaluate'). When its own timeout stopped it,
/// returns `timed_out` (an object private to vm.js, which then throws
/// ERR_SCRIPT_EXECUTION_TIMEOUT).
fn run_script<'js>(
    ctx: &Ctx<'js>,
    shared: &Shared,
    script: &Class<'js, ScriptHandle>,
    handle: &Option<Class<'js, ContextHandle<'js>>>,
    timeout: f64,
    after_evaluate: bool,
    timed_out: &Value<'js>,
) -> Result<Value<'js>> {
    let running = target(ctx, handle);
    let own = (timeout >= 0.0).then(|| shared.clock.now_ms() + timeout);
    let outer = shared.vm.deadline.get();
    shared.vm.deadline.set(match (outer, own) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    });
    let result = evaluate(&running, &script.borrow().bytecode).and_then(|value| {
        if after_evaluate {
            crate::engine::run_microtasks(&running)?;
        }
        Ok(value)
    });
    shared.vm.deadline.set(outer);
    match result {
        Err(rquickjs::Error::Exception) => {
            let exception = ctx.catch();
            // SAFETY: `exception` is live; this only reads a flag of it.
            let uncatchable = unsafe { qjs::JS_IsUncatchableError(exception.as_raw()) };
            let ours = own.is_some_and(|deadline| shared.clock.now_ms() >= deadline);
            if uncatchable && ours && shared.exit_code.get().is_none() {
                // The interrupt is spent: from here the caller may catch
                // the timeout error, which JS makes when it gets `timed_out`.
                return Ok(timed_out.clone());
            }
            Err(ctx.throw(exception))
        }
        other => other,
    }
}

fn evaluate<'js>(ctx: &Ctx<'js>, bytecode: &[u8]) -> Result<Value<'js>> {
    let raw = ctx.as_raw().as_ptr();
    // SAFETY: the bytes were written by JS_WriteObject of this QuickJS build
    // in this process and never left Rust. JS_ReadObject's result is owned
    // and consumed by JS_EvalFunction, whose result Value takes over.
    unsafe {
        let object = qjs::JS_ReadObject(raw, bytecode.as_ptr(), bytecode.len() as _, qjs::JS_READ_OBJ_BYTECODE as _);
        if qjs::JS_IsException(object) {
            return Err(rquickjs::Error::Exception);
        }
        let result = qjs::JS_EvalFunction(raw, object);
        if qjs::JS_IsException(result) {
            return Err(rquickjs::Error::Exception);
        }
        Ok(Value::from_raw(ctx.clone(), result))
    }
}

/// `vm.compileFunction`: `source` as the body of a function taking `params`
/// in the parsing context, with the objects of `extensions` as scopes
/// around it (outermost first), as V8's ScriptCompiler::CompileFunction.
/// `offsets` is `[lineOffset, columnOffset]`.
fn compile_function<'js>(
    ctx: Ctx<'js>,
    handle: Option<Class<'js, ContextHandle<'js>>>,
    source: String,
    filename: String,
    offsets: Vec<i32>,
    params: Vec<String>,
    extensions: Array<'js>,
) -> Result<Function<'js>> {
    let line_offset = offsets.first().copied().unwrap_or(0);
    let column_offset = offsets.get(1).copied().unwrap_or(0);
    let parsing = target(&ctx, &handle);
    let scopes: Vec<String> = (0..extensions.len()).map(|i| format!("__nodeling_scope{i}")).collect();
    let withs: String = scopes.iter().map(|name| format!("with ({name}) ")).collect();
    // The function keyword starts the line before the body, so that its
    // toString() is V8's `function (a, b) {\n<body>\n}` and the body's first
    // line is line 1 (plus lineOffset).
    let text = format!(
        "(function ({}) {{ {withs}return (\nfunction ({}) {{\n{}\n}}); }})",
        scopes.join(", "),
        params.join(", "),
        padded(&source, column_offset)
    );
    let raw = parsing.as_raw().as_ptr();
    check_function_body(&parsing, &source, &filename, line_offset, column_offset, &params)?;
    // SAFETY: inside a JS call; the compiled object is consumed by
    // JS_EvalFunction, whose owned result Value takes over.
    let outer = unsafe {
        let compiled = compile_raw(&parsing, &text, &filename, line_offset.saturating_sub(1), qjs::JS_EVAL_TYPE_GLOBAL)?;
        let result = qjs::JS_EvalFunction(raw, compiled);
        if qjs::JS_IsException(result) {
            return Err(rquickjs::Error::Exception);
        }
        Value::from_raw(parsing.clone(), result)
    };
    let outer = Function::from_value(outer)?;
    let args: Vec<Value> = (0..extensions.len()).map(|i| extensions.get(i)).collect::<Result<_>>()?;
    outer.call((rquickjs::function::Rest(args),))
}

/// Throws the SyntaxError V8 would when `params` and `source` are no
/// parameter list and function body: text that closes the function early
/// and opens another (`}); evil(); (function () {`) parses inside one
/// wrapper, but no such text parses both as a function expression's body
/// and as an object literal method's, whose closing brace may be followed
/// by nothing an expression may.
fn check_function_body(
    ctx: &Ctx,
    source: &str,
    filename: &str,
    line_offset: i32,
    column_offset: i32,
    params: &[String],
) -> Result<()> {
    let body = padded(source, column_offset);
    let params_text = params.join(", ");
    let as_function = format!("(function ({params_text}) {{\n{body}\n}})");
    let as_method = format!("({{ m({params_text}) {{\n{body}\n}} }})");
    let unique = params.iter().enumerate().all(|(i, p)| !params[..i].contains(p));
    let candidates: &[&str] = if unique { &[&as_function, &as_method] } else { &[&as_function] };
    let raw = ctx.as_raw().as_ptr();
    for (index, text) in candidates.iter().enumerate() {
        // SAFETY: inside a JS call; compiling only, the owned result is freed.
        match unsafe { compile_raw(ctx, text, filename, line_offset, qjs::JS_EVAL_TYPE_GLOBAL) } {
            // SAFETY: `compiled` is owned here and not used again.
            Ok(compiled) => unsafe { qjs::JS_FreeValue(raw, compiled) },
            Err(error) if index == 0 => return Err(error),
            Err(_) => {
                // The body parses only by closing the function early: V8,
                // which parses it alone, stops at that closing brace.
                let _ = ctx.catch();
                return Err(rquickjs::Exception::throw_syntax(ctx, "Unexpected token '}'"));
            }
        }
    }
    Ok(())
}

/// A new context with QuickJS's intrinsics, and its handle.
fn make_context<'js>(ctx: Ctx<'js>) -> Result<Class<'js, ContextHandle<'js>>> {
    // SAFETY: inside a JS call, so the runtime is locked; JS_NewContext
    // gives a context with one reference, which Ctx::from_raw duplicates
    // and JS_FreeContext then drops, leaving the Ctx its only owner.
    let new_ctx = unsafe {
        let runtime = qjs::JS_GetRuntime(ctx.as_raw().as_ptr());
        let raw = NonNull::new(qjs::JS_NewContext(runtime)).ok_or(rquickjs::Error::Allocation)?;
        let new_ctx = Ctx::from_raw(raw);
        qjs::JS_FreeContext(raw.as_ptr());
        new_ctx
    };
    Class::instance(ctx, ContextHandle { ctx: new_ctx })
}

pub fn binding<'js>(ctx: &Ctx<'js>, shared: &Rc<Shared>) -> Result<Object<'js>> {
    let binding = Object::new(ctx.clone())?;
    binding.set("makeContext", Function::new(ctx.clone(), make_context)?)?;
    binding.set(
        "contextGlobal",
        Function::new(ctx.clone(), |handle: Class<'js, ContextHandle<'js>>| handle.borrow().ctx.globals())?,
    )?;
    binding.set("compileScript", Function::new(ctx.clone(), compile_script)?)?;
    let s = shared.clone();
    binding.set(
        "runScript",
        Function::new(
            ctx.clone(),
            move |ctx: Ctx<'js>,
                  script: Class<'js, ScriptHandle>,
                  handle: Option<Class<'js, ContextHandle<'js>>>,
                  timeout: f64,
                  after_evaluate: bool,
                  timed_out: Value<'js>| { run_script(&ctx, &s, &script, &handle, timeout, after_evaluate, &timed_out) },
        )?,
    )?;
    binding.set("compileFunction", Function::new(ctx.clone(), compile_function)?)?;
    // Bytes of memory the runtime's objects use: what measureMemory reports.
    binding.set(
        "memoryUsed",
        Function::new(ctx.clone(), |ctx: Ctx<'js>| -> f64 {
            let mut usage = std::mem::MaybeUninit::<qjs::JSMemoryUsage>::uninit();
            // SAFETY: the runtime is live and locked; the call fills the struct.
            let usage = unsafe {
                qjs::JS_ComputeMemoryUsage(qjs::JS_GetRuntime(ctx.as_raw().as_ptr()), usage.as_mut_ptr());
                usage.assume_init()
            };
            usage.memory_used_size as f64
        })?,
    )?;
    Ok(binding)
}
