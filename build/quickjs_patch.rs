//! QuickJS-NG with V8's "continuation preserved embedder data", compiled by
//! our build script from the `rquickjs-sys` sources cargo already downloaded.
//!
//! Node 24 keeps `AsyncLocalStorage` in that V8 slot (`AsyncContextFrame`):
//! every promise reaction captures the current value when it is registered
//! (`then`, `await`) and runs with it, so a store set before an `await` is
//! there after it. QuickJS-NG has no such slot, and its promise hook cannot
//! stand in: its before/after events fire around thenable jobs only, never
//! around the reaction job that resumes an `await`.
//!
//! How it works without keeping a copy of QuickJS in this repository: the
//! build script reads `quickjs/*.c` from the registry copy of the exact
//! `rquickjs-sys` version in Cargo.lock, applies the edits below (each one
//! anchored on a line that must occur exactly as often as stated, so a new
//! QuickJS release fails the build loudly instead of half-applying), and
//! compiles the result into `libquickjs_nodeling.a`, bundled in our rlib.
//! Our Rust code calls `JS_GetContinuationPreservedEmbedderData`, which only
//! our object defines, so the linker takes our `quickjs.o` (and the rest of
//! the archive) first; every engine symbol then resolves to the patched
//! build, and `rquickjs-sys`'s own objects are never extracted. Were both
//! ever pulled in, the link would fail on duplicate symbols, never run a mix.
//!
//! Moving to a new `rquickjs-sys`: bump the `=` pin; if an anchor moved, the
//! build names it.

use std::path::{Path, PathBuf};

/// What to do at an anchor line.
enum Edit {
    /// Insert the text after the line holding the anchor.
    After(&'static str),
    /// Insert the text before the line holding the anchor.
    Before(&'static str),
    /// Replace the anchor (not the whole line) with the text.
    Replace(&'static str),
}

/// (anchor, how many times it must occur, edit). The C added here is ours.
const EDITS: &[(&str, usize, Edit)] = &[
    (
        "    JSValue global_var_obj;",
        1,
        Edit::After(
            "    /* NODELING: V8's continuation preserved embedder data (see\n       \
             nodeling_enqueue_reaction). */\n    JSValue nodeling_continuation;\n",
        ),
    ),
    ("    ctx->error_prepare_stack = JS_UNDEFINED;", 1, Edit::After("    ctx->nodeling_continuation = JS_UNDEFINED;\n")),
    (
        "    JS_MarkValue(rt, ctx->error_back_trace, mark_func);",
        1,
        Edit::After("    JS_MarkValue(rt, ctx->nodeling_continuation, mark_func);\n"),
    ),
    (
        "    JS_FreeValue(ctx, ctx->error_back_trace);",
        1,
        Edit::After("    JS_FreeValue(ctx, ctx->nodeling_continuation);\n"),
    ),
    ("} JSPromiseReactionData;", 1, Edit::Before("    JSValue nodeling_continuation; /* captured when registered */\n")),
    ("} JSPromiseReactionData;", 1, Edit::After(HELPERS)),
    (
        "    JS_FreeValueRT(rt, rd->handler);",
        1,
        Edit::After("    JS_FreeValueRT(rt, rd->nodeling_continuation);\n"),
    ),
    (
        "            JS_MarkValue(rt, rd->handler, mark_func);",
        1,
        Edit::After("            JS_MarkValue(rt, rd->nodeling_continuation, mark_func);\n"),
    ),
    (
        "        rd->handler = js_dup(handler);",
        1,
        Edit::After("        rd->nodeling_continuation = js_dup(ctx->nodeling_continuation);\n"),
    ),
    (
        "JS_EnqueueJob(ctx, promise_reaction_job, 5, args);",
        2,
        Edit::Replace("nodeling_enqueue_reaction(ctx, args, rd->nodeling_continuation);"),
    ),
    (
        "JS_EnqueueJob(ctx, js_promise_resolve_thenable_job, 3, args);",
        1,
        Edit::Replace("nodeling_enqueue_thenable(ctx, args);"),
    ),
];

/// Inserted after the JSPromiseReactionData type: the API and the job
/// wrappers that run a job with the value it captured.
const HELPERS: &str = r#"
/* NODELING: the embedder's continuation data. Get returns a new reference. */
JSValue JS_GetContinuationPreservedEmbedderData(JSContext *ctx)
{
    return js_dup(ctx->nodeling_continuation);
}

void JS_SetContinuationPreservedEmbedderData(JSContext *ctx, JSValueConst data)
{
    JSValue old = ctx->nodeling_continuation;
    ctx->nodeling_continuation = js_dup(data);
    JS_FreeValue(ctx, old);
}

static JSValue promise_reaction_job(JSContext *ctx, int argc, JSValueConst *argv);
static JSValue js_promise_resolve_thenable_job(JSContext *ctx, int argc, JSValueConst *argv);

/* Each job runs with the data it captured, then puts back what was current. */
static JSValue nodeling_reaction_job(JSContext *ctx, int argc, JSValueConst *argv)
{
    JSValue saved = ctx->nodeling_continuation;
    JSValue res;
    ctx->nodeling_continuation = js_dup(argv[5]);
    res = promise_reaction_job(ctx, 5, argv);
    JS_FreeValue(ctx, ctx->nodeling_continuation);
    ctx->nodeling_continuation = saved;
    return res;
}

static JSValue nodeling_thenable_job(JSContext *ctx, int argc, JSValueConst *argv)
{
    JSValue saved = ctx->nodeling_continuation;
    JSValue res;
    ctx->nodeling_continuation = js_dup(argv[3]);
    res = js_promise_resolve_thenable_job(ctx, 3, argv);
    JS_FreeValue(ctx, ctx->nodeling_continuation);
    ctx->nodeling_continuation = saved;
    return res;
}

/* A reaction job runs with what was current when the reaction was
   registered (then, await); the job queue keeps its own references. */
static int nodeling_enqueue_reaction(JSContext *ctx, JSValueConst *args, JSValueConst data)
{
    JSValueConst all[6] = { args[0], args[1], args[2], args[3], args[4], data };
    return JS_EnqueueJob(ctx, nodeling_reaction_job, 6, all);
}

/* A thenable job (resolving with a thenable) runs with what was current
   when the resolve happened. */
static int nodeling_enqueue_thenable(JSContext *ctx, JSValueConst *args)
{
    JSValueConst all[4] = { args[0], args[1], args[2], ctx->nodeling_continuation };
    return JS_EnqueueJob(ctx, nodeling_thenable_job, 4, all);
}
"#;

const SOURCES: &[&str] = &["quickjs.c", "libregexp.c", "libunicode.c", "dtoa.c"];

/// Patches and compiles QuickJS-NG for the target into libquickjs_nodeling.a.
pub fn build(out_dir: &Path) {
    let source_dir = rquickjs_sys_dir();
    let quickjs = source_dir.join("quickjs");
    let patched = out_dir.join("quickjs-nodeling");
    std::fs::create_dir_all(&patched).expect("create the patched QuickJS directory");
    for entry in std::fs::read_dir(&quickjs).expect("rquickjs-sys has quickjs/") {
        let path = entry.expect("a directory entry").path();
        let name = path.file_name().expect("a file name").to_owned();
        if path.extension().is_some_and(|ext| ext == "h") {
            std::fs::copy(&path, patched.join(&name)).expect("copy a QuickJS header");
        }
    }
    for source in SOURCES {
        let text = std::fs::read_to_string(quickjs.join(source)).expect("a QuickJS source file");
        let text = if *source == "quickjs.c" { patch(&text) } else { text };
        std::fs::write(patched.join(source), text).expect("write a QuickJS source file");
    }

    let target_arch = std::env::var("CARGO_CFG_TARGET_ARCH").unwrap_or_default();
    let target_os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let mut builder = cc::Build::new();
    builder
        .extra_warnings(false)
        .warnings(false)
        .flag_if_supported("-Wno-implicit-const-int-float-conversion")
        .define("_GNU_SOURCE", None);
    // The interpreter stays optimised in debug builds, as rquickjs-sys is
    // (Cargo.toml gives it opt-level 2 there).
    if std::env::var("PROFILE").as_deref() != Ok("release") {
        builder.opt_level(2);
    }
    // The same configuration rquickjs-sys's build script gives the target.
    if target_arch == "wasm32" && target_os == "unknown" {
        builder.define("EMSCRIPTEN", Some("1")).define("FE_DOWNWARD", Some("0")).define("FE_UPWARD", Some("0"));
        let include = source_dir.join("vendor/wasi-libc/include");
        builder.flag(format!("-isystem{}", include.display()));
    }
    for source in SOURCES {
        builder.file(patched.join(source));
    }
    builder.compile("quickjs_nodeling");
}

/// Applies EDITS, checking every anchor's count.
fn patch(source: &str) -> String {
    let mut text = source.to_string();
    for (anchor, count, edit) in EDITS {
        let found = text.matches(anchor).count();
        assert_eq!(found, *count, "QuickJS patch: `{anchor}` occurs {found} times, expected {count}");
        text = match edit {
            Edit::Replace(with) => text.replace(anchor, with),
            Edit::After(insert) | Edit::Before(insert) => {
                let mut out = String::with_capacity(text.len() + insert.len() * count);
                for line in text.split_inclusive('\n') {
                    let hit = line.contains(anchor);
                    if hit && matches!(edit, Edit::Before(_)) {
                        out.push_str(insert);
                    }
                    out.push_str(line);
                    if hit && matches!(edit, Edit::After(_)) {
                        out.push_str(insert);
                    }
                }
                out
            }
        };
    }
    text
}

/// The registry copy of the rquickjs-sys version Cargo.lock pins.
fn rquickjs_sys_dir() -> PathBuf {
    let lock = std::fs::read_to_string("Cargo.lock").expect("Cargo.lock is readable");
    let version = lock
        .split("[[package]]")
        .find(|block| block.contains("name = \"rquickjs-sys\""))
        .and_then(|block| block.lines().find_map(|line| line.strip_prefix("version = \"")))
        .and_then(|rest| rest.strip_suffix('"'))
        .expect("Cargo.lock lists rquickjs-sys")
        .to_string();
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")))
        .expect("CARGO_HOME or HOME is set");
    let registry = cargo_home.join("registry/src");
    let wanted = format!("rquickjs-sys-{version}");
    std::fs::read_dir(&registry)
        .expect("cargo's registry/src exists")
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.path().join(&wanted))
        .find(|dir| dir.join("quickjs/quickjs.c").is_file())
        .unwrap_or_else(|| panic!("{wanted} is not in {}", registry.display()))
}
