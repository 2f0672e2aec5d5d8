//! Node's built-in modules: the JavaScript of each module, embedded in the
//! binary, and the native functions it reaches through `internalBinding`.
//!
//! One module is one folder (its JS, its Rust binding if any); adding a module
//! is one line in [`BUILTINS`] (and one in [`bindings`] if it has natives).
//! The contract between the JS and the natives is in `README.md` here.

use std::rc::Rc;

use rquickjs::{Ctx, Function, Object, Result};

use crate::engine::Shared;
use modules::code_cache::CodeCache;

/// The Node release whose behaviour we follow, as `process.version` says it.
pub const NODE_VERSION: &str = "v24.11.1";

pub mod async_hooks;
pub mod buffer;
pub mod fs;
pub mod crypto;
pub mod http;
pub mod modules;
pub mod os;
pub mod process;
pub mod stack_trace;
pub mod url;
pub mod util;
pub mod vm;

/// Every built-in module: the id `require` knows it by, and its file under
/// src/node. Ids under `internal/` are reachable only from other built-ins.
/// build.rs compiles each file to the bytecode the runtime loads; the source
/// itself is not shipped.
pub const BUILTINS: &[(&str, &str)] = &[
    ("internal/bootstrap", "internal/bootstrap.js"),
    ("internal/errors", "internal/errors.js"),
    ("internal/validators", "internal/validators.js"),
    ("internal/modules/cjs/loader", "modules/loader.js"),
    ("internal/modules/esm/loader", "modules/esm.js"),
    ("internal/modules/package_json_reader", "modules/package.js"),
    ("internal/timers", "timers/internal.js"),
    ("internal/process/task_queues", "process/task_queues.js"),
    ("internal/process/execution", "process/execution.js"),
    ("internal/util/inspect", "util/inspect.js"),
    ("internal/fs/utils", "fs/utils.js"),
    ("internal/fs/dir", "fs/dir.js"),
    ("internal/fs/cp", "fs/cp.js"),
    ("internal/fs/watchers", "fs/watchers.js"),
    ("internal/fs/streams", "fs/streams.js"),
    ("internal/crypto/hash", "crypto/hash.js"),
    ("internal/crypto/random", "crypto/random.js"),
    ("internal/crypto/kdf", "crypto/kdf.js"),
    ("internal/streams/lazy_transform", "crypto/lazy_transform.js"),
    ("internal/crypto/cipher", "crypto/cipher.js"),
    ("internal/crypto/subtle", "crypto/subtle.js"),
    ("internal/crypto/webcrypto", "crypto/webcrypto.js"),
    ("internal/crypto/keys", "crypto/keys.js"),
    ("internal/crypto/diffiehellman", "crypto/diffiehellman.js"),
    ("internal/crypto/prime", "crypto/prime.js"),
    ("buffer", "buffer/buffer.js"),
    ("internal/buffer", "buffer/internal.js"),
    ("internal/blob", "buffer/blob.js"),
    ("internal/file", "buffer/file.js"),
    ("console", "console/console.js"),
    ("constants", "constants/constants.js"),
    ("crypto", "crypto/crypto.js"),
    ("events", "events/events.js"),
    ("fs", "fs/fs.js"),
    ("fs/promises", "fs/promises.js"),
    ("http", "http/http.js"),
    ("module", "modules/module.js"),
    ("path", "path/path.js"),
    ("process", "process/process.js"),
    ("timers", "timers/timers.js"),
    ("timers/promises", "timers/promises.js"),
    ("util", "util/util.js"),
    ("os", "os/os.js"),
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
    ("internal/url", "url/internal.js"),
    ("url", "url/url.js"),
    ("internal/querystring", "querystring/internal.js"),
    ("querystring", "querystring/querystring.js"),
    ("internal/util/types", "util/types.js"),
    ("util/types", "util/types_module.js"),
    ("internal/util/comparisons", "assert/comparisons.js"),
    ("internal/util/colors", "util/colors.js"),
    ("internal/util/diff", "util/diff.js"),
    ("internal/util/parse_args/parse_args", "util/parse_args.js"),
    ("internal/encoding", "util/encoding.js"),
    ("internal/assert/myers_diff", "assert/myers_diff.js"),
    ("internal/assert/assertion_error", "assert/assertion_error.js"),
    ("internal/assert/utils", "assert/utils.js"),
    ("internal/assert/calltracker", "assert/calltracker.js"),
    ("assert", "assert/assert.js"),
    ("assert/strict", "assert/strict.js"),
    ("internal/mime", "util/mime.js"),
    ("internal/event_target", "events/event_target.js"),
    ("internal/abort_controller", "events/abort_controller.js"),
    ("internal/structured_clone", "internal/structured_clone.js"),
    ("internal/fetch", "internal/fetch.js"),
    ("net", "net/net.js"),
    ("worker_threads", "worker_threads/worker_threads.js"),
    ("child_process", "child_process/child_process.js"),
    ("cluster", "cluster/cluster.js"),
    ("v8", "v8/v8.js"),
    ("tty", "tty/tty.js"),
    ("test", "test/test.js"),
    ("internal/stack_trace", "stack_trace/stack_trace.js"),
    ("internal/constructor_names", "internal/constructor_names.js"),
    ("internal/async_context_frame", "async_hooks/async_context_frame.js"),
    ("internal/async_hooks", "async_hooks/internal.js"),
    ("internal/async_local_storage/async_context_frame", "async_hooks/async_local_storage.js"),
    ("async_hooks", "async_hooks/async_hooks.js"),
    ("internal/per_context/domexception", "internal/domexception.js"),
    ("internal/perf/utils", "perf_hooks/utils.js"),
    ("internal/perf/observe", "perf_hooks/observe.js"),
    ("internal/perf/usertiming", "perf_hooks/usertiming.js"),
    ("internal/perf/performance", "perf_hooks/performance.js"),
    ("perf_hooks", "perf_hooks/perf_hooks.js"),
    ("internal/worker/io", "worker/io.js"),
    ("internal/navigator", "worker/navigator.js"),
    ("vm", "vm/vm.js"),
    ("path/posix", "path/posix.js"),
    ("path/win32", "path/win32.js"),
    ("punycode", "punycode/punycode.js"),
    ("diagnostics_channel", "diagnostics_channel/diagnostics_channel.js"),
    ("internal/readline/utils", "readline/utils.js"),
    ("internal/readline/callbacks", "readline/callbacks.js"),
    ("internal/readline/emitKeypressEvents", "readline/emit_keypress_events.js"),
    ("internal/readline/interface", "readline/interface.js"),
    ("readline", "readline/readline.js"),
    ("readline/promises", "readline/promises.js"),
    ("inspector", "inspector/inspector.js"),
    ("inspector/promises", "inspector/promises.js"),
    ("internal/dns/utils", "dns/utils.js"),
    ("dns", "dns/dns.js"),
    ("dns/promises", "dns/promises.js"),
    ("domain", "domain/domain.js"),
    ("tls", "tls/tls.js"),
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
    bindings.set("dotenv", process::dotenv::binding(ctx, shared)?)?;
    bindings.set("os", os::binding(ctx, shared)?)?;
    bindings.set("fs", fs::binding(ctx, shared)?)?;
    bindings.set("crypto", crypto::binding(ctx, shared)?)?;
    bindings.set("url", url::binding(ctx)?)?;
    bindings.set("types", util::types::binding(ctx)?)?;
    bindings.set("encoding", util::encoding::binding(ctx)?)?;
    bindings.set("stack_trace", stack_trace::binding(ctx, shared)?)?;
    bindings.set("async_context_frame", async_hooks::binding(ctx)?)?;
    bindings.set("contextify", vm::binding(ctx, shared)?)?;
    Ok(bindings)
}

mod wrapper;
pub use wrapper::BUILTIN_PARAMS;

// The built-ins compiled to bytecode by build.rs: `BYTECODE`.
include!(concat!(env!("OUT_DIR"), "/builtins_bytecode.rs"));

/// Compiles `source` as the body of a function taking `params`, keeping the
/// line and column numbers of `filename` (see wrapper.rs). The bytecode goes
/// to the pod's code cache, so the next process reads it instead of parsing.
pub fn compile_function<'js>(
    ctx: &Ctx<'js>,
    cache: &CodeCache,
    source: &str,
    filename: &str,
    params: &[&str],
) -> Result<Function<'js>> {
    let wrapped = wrapper::wrap(source, params);
    let key = CodeCache::key(filename, &wrapped, "function");
    if let Some(function) = cache.get(&key).and_then(|bytes| load_bytecode(ctx, &bytes)) {
        return Ok(function);
    }
    let wrapped = std::ffi::CString::new(wrapped)?;
    let c_filename = std::ffi::CString::new(filename)?;
    let mut options = rquickjs::qjs::JSEvalOptions {
        version: rquickjs::qjs::JS_EVAL_OPTIONS_VERSION as _,
        eval_flags: (rquickjs::qjs::JS_EVAL_TYPE_GLOBAL | rquickjs::qjs::JS_EVAL_FLAG_COMPILE_ONLY) as _,
        filename: c_filename.as_ptr(),
        line_num: wrapper::FIRST_LINE,
    };
    let raw = ctx.as_raw().as_ptr();
    // SAFETY: both C strings outlive the calls and `wrapped` is NUL-terminated
    // as JS_Eval2 requires. The compiled object is owned here: JS_WriteObject
    // only reads it (its buffer is copied, then freed with js_free) and
    // JS_EvalFunction consumes it; the result is owned or the exception tag.
    let value = unsafe {
        let compiled = rquickjs::qjs::JS_Eval2(raw, wrapped.as_ptr(), wrapped.as_bytes().len() as _, &mut options);
        if rquickjs::qjs::JS_IsException(compiled) {
            return Err(rquickjs::Error::Exception);
        }
        let mut size = 0;
        let buffer = rquickjs::qjs::JS_WriteObject(raw, &mut size, compiled, rquickjs::qjs::JS_WRITE_OBJ_BYTECODE as _);
        if buffer.is_null() {
            let _ = ctx.catch();
        } else {
            cache.insert(key, std::slice::from_raw_parts(buffer, size as usize).to_vec());
            rquickjs::qjs::js_free(raw, buffer.cast());
        }
        let result = rquickjs::qjs::JS_EvalFunction(raw, compiled);
        if rquickjs::qjs::JS_IsException(result) {
            return Err(rquickjs::Error::Exception);
        }
        rquickjs::Value::from_raw(ctx.clone(), result)
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

/// A JS string as Rust text. A lone surrogate has no UTF-8 form; Node
/// writes U+FFFD for it, as `toWellFormed` does.
pub fn utf8_of(text: &rquickjs::String) -> Result<String> {
    buffer::string_of(text.ctx(), text.as_value())
}

/// Copies the bytes of a string (as UTF-8), `ArrayBuffer` or typed array.
pub fn bytes_of(value: &rquickjs::Value) -> Result<Vec<u8>> {
    if let Some(text) = value.as_string() {
        return Ok(utf8_of(text)?.into_bytes());
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
