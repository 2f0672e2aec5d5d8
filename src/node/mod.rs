//! Node's built-in modules: the JavaScript of each module, embedded in the
//! binary, and the native functions it reaches through `internalBinding`.
//!
//! One module is one folder (its JS, its Rust binding if any); adding a module
//! is one line in [`BUILTINS`] (and one in [`bindings`] if it has natives).
//! The contract between the JS and the natives is in `README.md` here.

use std::rc::Rc;

use rquickjs::{Ctx, Function, Object, Result};

use crate::engine::Shared;

/// The Node release whose behaviour we follow, as `process.version` says it.
pub const NODE_VERSION: &str = "v24.11.1";

pub mod buffer;
pub mod fs;
pub mod http;
pub mod modules;
pub mod process;
pub mod util;

/// Every built-in module: the id `require` knows it by, and its file under
/// src/node. Ids under `internal/` are reachable only from other built-ins.
/// build.rs compiles each file to the bytecode the runtime loads; the source
/// itself is not shipped.
pub const BUILTINS: &[(&str, &str)] = &[
    ("internal/bootstrap", "internal/bootstrap.js"),
    ("internal/errors", "internal/errors.js"),
    ("internal/validators", "internal/validators.js"),
    ("internal/modules/cjs/loader", "modules/loader.js"),
    ("internal/timers", "timers/internal.js"),
    ("internal/process/task_queues", "process/task_queues.js"),
    ("internal/process/execution", "process/execution.js"),
    ("internal/util/inspect", "util/inspect.js"),
    ("internal/fs/utils", "fs/utils.js"),
    ("internal/fs/dir", "fs/dir.js"),
    ("internal/fs/cp", "fs/cp.js"),
    ("internal/fs/watchers", "fs/watchers.js"),
    ("internal/fs/streams", "fs/streams.js"),
    ("buffer", "buffer/buffer.js"),
    ("console", "console/console.js"),
    ("events", "events/events.js"),
    ("fs", "fs/fs.js"),
    ("fs/promises", "fs/promises.js"),
    ("http", "http/http.js"),
    ("path", "path/path.js"),
    ("process", "process/process.js"),
    ("timers", "timers/timers.js"),
    ("timers/promises", "timers/promises.js"),
    ("util", "util/util.js"),
    ("string_decoder", "string_decoder/string_decoder.js"),
    ("internal/streams/utils", "stream/utils.js"),
    ("internal/streams/legacy", "stream/legacy.js"),
    ("internal/streams/destroy", "stream/destroy.js"),
    ("internal/streams/add-abort-signal", "stream/add_abort_signal.js"),
    ("internal/streams/end-of-stream", "stream/end_of_stream.js"),
    ("internal/streams/readable", "stream/readable.js"),
    ("internal/streams/writable", "stream/writable.js"),
    ("internal/streams/duplex", "stream/duplex.js"),
    ("internal/streams/transform", "stream/transform.js"),
    ("internal/streams/from", "stream/from.js"),
    ("internal/streams/pipeline", "stream/pipeline.js"),
    ("internal/streams/compose", "stream/compose.js"),
    ("internal/streams/duplexify", "stream/duplexify.js"),
    ("internal/streams/duplexpair", "stream/duplexpair.js"),
    ("internal/streams/operators", "stream/operators.js"),
    ("stream", "stream/stream.js"),
    ("stream/promises", "stream/promises.js"),
    ("stream/consumers", "stream/consumers.js"),
];

/// The object `internalBinding(name)` reads from, one entry per native side.
pub fn bindings<'js>(ctx: &Ctx<'js>, shared: &Rc<Shared>) -> Result<Object<'js>> {
    let bindings = Object::new(ctx.clone())?;
    bindings.set("loop", process::loop_binding(ctx, shared)?)?;
    bindings.set("process", process::binding(ctx, shared)?)?;
    bindings.set("modules", modules::binding(ctx, shared)?)?;
    bindings.set("buffer", buffer::binding(ctx)?)?;
    bindings.set("http", http::binding(ctx, shared)?)?;
    bindings.set("util", util::binding(ctx)?)?;
    bindings.set("fs", fs::binding(ctx, shared)?)?;
    Ok(bindings)
}

mod wrapper;
pub use wrapper::BUILTIN_PARAMS;

// The built-ins compiled to bytecode by build.rs: `BYTECODE`.
include!(concat!(env!("OUT_DIR"), "/builtins_bytecode.rs"));

/// Compiles `source` as the body of a function taking `params`, keeping the
/// line and column numbers of `filename` (see wrapper.rs).
pub fn compile_function<'js>(ctx: &Ctx<'js>, source: &str, filename: &str, params: &[&str]) -> Result<Function<'js>> {
    let wrapped = std::ffi::CString::new(wrapper::wrap(source, params))?;
    let filename = std::ffi::CString::new(filename)?;
    let mut options = rquickjs::qjs::JSEvalOptions {
        version: rquickjs::qjs::JS_EVAL_OPTIONS_VERSION as _,
        eval_flags: rquickjs::qjs::JS_EVAL_TYPE_GLOBAL as _,
        filename: filename.as_ptr(),
        line_num: wrapper::FIRST_LINE,
    };
    // SAFETY: both C strings outlive the call and `wrapped` is NUL-terminated
    // as JS_Eval2 requires; the result is an owned value or the exception tag.
    let value = unsafe {
        let raw = rquickjs::qjs::JS_Eval2(ctx.as_raw().as_ptr(), wrapped.as_ptr(), wrapped.as_bytes().len() as _, &mut options);
        if rquickjs::qjs::JS_IsException(raw) {
            return Err(rquickjs::Error::Exception);
        }
        rquickjs::Value::from_raw(ctx.clone(), raw)
    };
    Function::from_value(value)
}

/// The function of a built-in module, from the bytecode build.rs made.
pub fn compile_builtin<'js>(ctx: &Ctx<'js>, id: &str) -> Result<Function<'js>> {
    let bytes = BYTECODE.iter().find(|(name, _)| *name == id).map(|(_, bytes)| *bytes);
    match bytes.and_then(|bytes| load_bytecode(ctx, bytes)) {
        Some(function) => Ok(function),
        None => Err(rquickjs::Exception::throw_internal(ctx, &format!("built-in module {id} has no loadable bytecode"))),
    }
}

fn load_bytecode<'js>(ctx: &Ctx<'js>, bytes: &[u8]) -> Option<Function<'js>> {
    let raw = ctx.as_raw().as_ptr();
    // SAFETY: the bytes were written by JS_WriteObject of this QuickJS
    // version at build time (trusted input); each returned value is owned
    // and either consumed by JS_EvalFunction or handed to Value.
    let value = unsafe {
        let object = rquickjs::qjs::JS_ReadObject(raw, bytes.as_ptr(), bytes.len() as _, rquickjs::qjs::JS_READ_OBJ_BYTECODE as _);
        if rquickjs::qjs::JS_IsException(object) {
            let _ = ctx.catch();
            return None;
        }
        let result = rquickjs::qjs::JS_EvalFunction(raw, object);
        if rquickjs::qjs::JS_IsException(result) {
            let _ = ctx.catch();
            return None;
        }
        rquickjs::Value::from_raw(ctx.clone(), result)
    };
    Function::from_value(value).ok()
}

/// Copies the bytes of a string (as UTF-8), `ArrayBuffer` or typed array.
pub fn bytes_of(value: &rquickjs::Value) -> Result<Vec<u8>> {
    if let Some(text) = value.as_string() {
        return Ok(text.to_string()?.into_bytes());
    }
    if let Some(object) = value.as_object() {
        if let Some(array) = object.as_typed_array::<u8>() {
            // SAFETY: the bytes are copied out at once, before any JS can run
            // and detach or resize the buffer.
            return Ok(unsafe { array.as_bytes() }.map(<[u8]>::to_vec).unwrap_or_default());
        }
        if let Some(buffer) = object.as_array_buffer() {
            // SAFETY: as above.
            return Ok(unsafe { buffer.as_bytes() }.map(<[u8]>::to_vec).unwrap_or_default());
        }
    }
    Err(rquickjs::Error::new_from_js(value.type_name(), "bytes"))
}
