//! Compiles Node's built-in modules (src/node, listed in src/node/mod.rs) to
//! QuickJS bytecode with the host's QuickJS, so a process starts by loading
//! bytecode instead of parsing ~250 KB of JavaScript. The bytecode format
//! does not depend on the target's word size. Function source text is
//! stripped (line numbers stay), so only bytecode ships.
//!
//! It also compiles QuickJS-NG with the continuation-data patch that
//! AsyncLocalStorage needs (build/quickjs_patch.rs).

#[path = "src/node/wrapper.rs"]
mod wrapper;
#[path = "build/quickjs_patch.rs"]
mod quickjs_patch;

use std::ffi::CString;
use std::path::PathBuf;

use rquickjs::{qjs, Context, Runtime};

fn main() {
    println!("cargo:rerun-if-changed=src/node");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=build/quickjs_patch.rs");
    println!("cargo:rerun-if-changed=Cargo.lock");
    let registry = std::fs::read_to_string("src/node/mod.rs").expect("src/node/mod.rs is readable");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    quickjs_patch::build(&out_dir);
    let runtime = Runtime::new().expect("a QuickJS runtime");
    let context = Context::full(&runtime).expect("a QuickJS context");
    let mut table = String::from("pub static BYTECODE: &[(&str, &[u8])] = &[\n");
    context.with(|ctx| {
        for (id, path) in parse_registry(&registry) {
            let source = std::fs::read_to_string(PathBuf::from("src/node").join(&path)).expect("built-in source");
            let bytes = compile(ctx.as_raw().as_ptr(), &id, &source);
            let file = format!("{}.qbc", id.replace('/', "__"));
            std::fs::write(out_dir.join(&file), bytes).expect("write bytecode");
            table.push_str(&format!("    ({id:?}, include_bytes!(concat!(env!(\"OUT_DIR\"), \"/{file}\"))),\n"));
        }
    });
    table.push_str("];\n");
    std::fs::write(out_dir.join("builtins_bytecode.rs"), table).expect("write table");
}

fn compile(ctx: *mut qjs::JSContext, id: &str, source: &str) -> Vec<u8> {
    let wrapped = CString::new(wrapper::wrap(source, wrapper::BUILTIN_PARAMS)).expect("no NUL in source");
    let filename = CString::new(format!("node:{id}")).expect("no NUL in id");
    let mut options = qjs::JSEvalOptions {
        version: qjs::JS_EVAL_OPTIONS_VERSION as _,
        eval_flags: (qjs::JS_EVAL_TYPE_GLOBAL | qjs::JS_EVAL_FLAG_COMPILE_ONLY) as _,
        filename: filename.as_ptr(),
        line_num: wrapper::FIRST_LINE,
    };
    // SAFETY: the C strings outlive the calls; `compiled` is an owned value
    // freed here, and the buffer JS_WriteObject returns is copied then freed.
    unsafe {
        let compiled = qjs::JS_Eval2(ctx, wrapped.as_ptr(), wrapped.as_bytes().len() as _, &mut options);
        if qjs::JS_IsException(compiled) {
            let exception = qjs::JS_GetException(ctx);
            let message = qjs::JS_ToCString(ctx, exception);
            let text = std::ffi::CStr::from_ptr(message).to_string_lossy().into_owned();
            panic!("built-in {id} does not compile: {text}");
        }
        let mut size = 0;
        let flags = qjs::JS_WRITE_OBJ_BYTECODE | qjs::JS_WRITE_OBJ_STRIP_SOURCE;
        let buffer = qjs::JS_WriteObject(ctx, &mut size, compiled, flags as _);
        assert!(!buffer.is_null(), "built-in {id} could not be written as bytecode");
        let bytes = std::slice::from_raw_parts(buffer, size as usize).to_vec();
        qjs::js_free(ctx, buffer.cast());
        qjs::JS_FreeValue(ctx, compiled);
        bytes
    }
}

/// The built-ins listed in src/node/mod.rs, as (id, path under src/node).
fn parse_registry(registry: &str) -> Vec<(String, String)> {
    registry
        .lines()
        .filter_map(|line| {
            let line = line.trim().strip_prefix("(\"")?;
            let (id, rest) = line.split_once('"')?;
            let path = rest.split_once('"')?.1.split_once('"')?.0;
            Some((id.to_string(), path.to_string()))
        })
        .collect()
}
