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
//! The same edits also bring a few engine limits and messages to V8's
//! (string length, symbol conversion), where Node's users match on them.
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
             nodeling_enqueue_reaction). */\n    JSValue nodeling_continuation;\n    \
             /* NODELING: the arguments of the reaction job running, or NULL\n       \
             (see nodeling_async_sites). */\n    JSValueConst *nodeling_job;\n",
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
    // V8's longest string (2^29 - 24 one-byte characters), which Node
    // reports as buffer.constants.MAX_STRING_LENGTH, and V8's words for the
    // errors that code and Node's tests match on.
    ("#define JS_STRING_LEN_MAX ((1 << 30) - 1)", 1, Edit::Replace("#define JS_STRING_LEN_MAX ((1 << 29) - 24)")),
    ("\"invalid string length\"", 6, Edit::Replace("\"Invalid string length\"")),
    ("\"cannot convert symbol to string\"", 1, Edit::Replace("\"Cannot convert a Symbol value to a string\"")),
    // An ArrayBuffer past QuickJS's 2 GiB but within Node's kMaxLength is
    // one V8 could not allocate: V8's words for that.
    (
        "if (len > INT32_MAX) {\n        JS_ThrowRangeError(ctx, \"invalid array buffer length\");",
        1,
        Edit::Replace("if (len > INT32_MAX) {\n        JS_ThrowRangeError(ctx, \"Array buffer allocation failed\");"),
    ),
    // A proxy's ownKeys trap that leaves out a non-configurable key.
    (
        "JS_ThrowTypeError(ctx, \"proxy: target property must be present in proxy ownKeys\");",
        1,
        Edit::Replace(
            "{ char name[ATOM_GET_STR_BUF_SIZE]; JS_ThrowTypeError(ctx, \"'ownKeys' on proxy: trap result did not include '%s'\", JS_AtomGetStr(ctx, name, sizeof(name), tab2[i].atom)); }",
        ),
    ),
    // The host's native stack, for wasm (see NATIVE_STACK below): every
    // frame records an estimate of the native stack in use, and QuickJS's
    // stack check also fails when the estimate passes the host's budget.
    ("    uintptr_t stack_limit; /* lower stack limit */", 1, Edit::After(NATIVE_STACK_RUNTIME)),
    ("} JSStackFrame;", 1, Edit::Before(NATIVE_STACK_FRAME)),
    ("static inline bool js_check_stack_overflow(JSRuntime *rt, size_t alloca_size)", 1, Edit::Before(NATIVE_STACK)),
    (
        "    return unlikely(sp < rt->stack_limit);",
        1,
        Edit::Replace("    return unlikely(sp < rt->stack_limit) || unlikely(nodeling_native_over(rt, sp + alloca_size));"),
    ),
    ("rt->current_stack_frame = sf;", 5, Edit::After("    nodeling_frame_pushed(rt, sf, 0, 0);\n")),
    // The frames JS_CallInternal enters itself get its credit back, and a
    // bytecode frame's alloca'd locals are shadow stack only.
    (
        "    nodeling_frame_pushed(rt, sf, 0, 0);\n    ctx = b->realm; /* set the current realm */",
        1,
        Edit::Replace(
            "    nodeling_frame_pushed(rt, sf, alloca_size, NODELING_NATIVE_CALL_CREDIT);\n    ctx = b->realm; /* set the current realm */",
        ),
    ),
    (
        "            rt->current_stack_frame = sf;\n    nodeling_frame_pushed(rt, sf, 0, 0);",
        1,
        Edit::Replace("            rt->current_stack_frame = sf;\n            nodeling_frame_pushed(rt, sf, 0, NODELING_NATIVE_CALL_CREDIT);"),
    ),
    // A call JS_CallInternal hands to a class (a C function, a bound or an
    // async function) gets its credit as it goes.
    (
        "        return call_func(caller_ctx, func_obj, this_obj, argc,\n                         argv, flags);",
        1,
        Edit::Replace(
            "        {\n            JSValue ret;\n            rt->nodeling_credit += NODELING_NATIVE_CALL_CREDIT;\n            \
             ret = call_func(caller_ctx, func_obj, this_obj, argc, argv, flags);\n            \
             rt->nodeling_credit -= NODELING_NATIVE_CALL_CREDIT;\n            return ret;\n        }",
        ),
    ),
    // V8 prints a native function's source on one line, and a bound
    // function's without a name.
    (
        "suff = \"() {\\n    [native code]\\n}\";\n        name = JS_GetProperty(ctx, this_val, JS_ATOM_name);",
        1,
        Edit::Replace(
            "suff = \"() { [native code] }\";\n        \
             name = p->class_id == JS_CLASS_BOUND_FUNCTION ? JS_UNDEFINED : JS_GetProperty(ctx, this_val, JS_ATOM_name);",
        ),
    ),
    // V8's async stack trace (see ASYNC_STACK): the call sites of the
    // async functions waiting on the running job, after the stack's.
    ("} JSPromiseReactionData;", 1, Edit::After(ASYNC_STACK)),
    (
        "} JSCallSiteData;",
        1,
        Edit::Before(
            "    int nodeling_async; /* NODELING: 0, 1 an async function's await, 2/3/4 Promise.all/allSettled/any */\n    \
             int nodeling_promise_index; /* NODELING: the element of a Promise.all/allSettled/any, or -1 */\n",
        ),
    ),
    ("    csd->constructor = sf->is_constructor;", 1, Edit::After(CALL_SITE_SYNC)),
    ("    csd->constructor = false;", 1, Edit::After(CALL_SITE_SYNC)),
    // Code compiled by `eval` and `new Function` is kept by the host
    // (nodeling_eval_source, src/node/stack_trace) under a file name of its
    // own, `<input>#n`, so that its frames can be read against it (V8's
    // positions, assert's messages) as a file's are.
    (
        "static JSValue __JS_EvalInternal(JSContext *ctx, JSValueConst this_obj,",
        1,
        Edit::Before("uint32_t nodeling_eval_source(const uint8_t *input, size_t len); /* NODELING: the host's */\n\n"),
    ),
    ("    js_parse_init(ctx, s, input, input_len, filename, line);", 1, Edit::Before(EVAL_SOURCE)),
    // The receiver of every frame (V8's CallSite getThis, and what its
    // `Type.method` names are made from). A frame borrows the `this` its
    // caller holds for the call; a call site keeps its own reference.
    ("} JSStackFrame;", 1, Edit::Before("    JSValueConst nodeling_this; /* NODELING: the receiver of the call */\n")),
    ("    // TODO(bnoordhuis) switch realms like js_call_c_function does", 2, Edit::Before(FRAME_THIS_VAL)),
    ("    ctx = p->u.cfunc.realm; /* change the current realm */", 1, Edit::Before(FRAME_THIS_OBJ)),
    ("            if (s->throw_flag)", 1, Edit::Before(FRAME_THIS_OBJ)),
    ("    ctx = b->realm; /* set the current realm */", 1, Edit::Before(FRAME_THIS_OBJ)),
    // A suspended async function's frame is read by nodeling_async_sites.
    ("    s->this_val = js_dup(this_obj);", 1, Edit::After("    sf->nodeling_this = s->this_val;\n")),
    ("} JSCallSiteData;", 1, Edit::Before("    JSValue nodeling_this; /* NODELING: the frame's receiver, or undefined */\n")),
    ("    csd->constructor = sf->is_constructor;", 1, Edit::After("    csd->nodeling_this = js_dup(sf->nodeling_this);\n")),
    ("    csd->constructor = false;", 1, Edit::After("    csd->nodeling_this = JS_UNDEFINED;\n")),
    ("        JS_FreeValueRT(rt, csd->func_name);", 1, Edit::After("        JS_FreeValueRT(rt, csd->nodeling_this);\n")),
    ("        JS_MarkValue(rt, csd->func_name, mark_func);", 1, Edit::After("        JS_MarkValue(rt, csd->nodeling_this, mark_func);\n")),
    ("    csd->func_name = JS_UNDEFINED;", 1, Edit::After("    csd->nodeling_this = JS_UNDEFINED;\n")),
    ("            JS_FreeValue(ctx, csd[k].func_name);", 1, Edit::After("            JS_FreeValue(ctx, csd[k].nodeling_this);\n")),
    (
        "    JS_CFUNC_MAGIC_DEF(\"getLineNumber\", 0, js_callsite_getnumber, offsetof(JSCallSiteData, line_num)),",
        1,
        Edit::After(
            "    JS_CFUNC_MAGIC_DEF(\"nodelingAsync\", 0, js_callsite_getnumber, offsetof(JSCallSiteData, nodeling_async)),\n    \
             JS_CFUNC_MAGIC_DEF(\"nodelingPromiseIndex\", 0, js_callsite_getnumber, offsetof(JSCallSiteData, nodeling_promise_index)),\n    \
             JS_CFUNC_MAGIC_DEF(\"nodelingThis\", 0, js_callsite_getfield, offsetof(JSCallSiteData, nodeling_this)),\n",
        ),
    ),
    (
        "static void build_backtrace(JSContext *ctx, JSValueConst error_val,",
        1,
        Edit::Before("static uint32_t nodeling_async_sites(JSContext *ctx, JSCallSiteData *csd, uint32_t i, uint32_t limit);\n\n"),
    ),
    (
        "        if (backtrace_barrier)\n            break;\n    }\n done:",
        1,
        Edit::Replace(
            "        if (backtrace_barrier)\n            break;\n    }\n    \
             if (has_prepare)\n        i = nodeling_async_sites(ctx, csd, i, stack_trace_limit);\n done:",
        ),
    ),
    // `new Uint8Array(length)` out of range: V8's message names the length.
    (
        "        if (JS_ToIndex(ctx, &len, argv[0]))\n            return JS_EXCEPTION;\n        buffer = js_array_buffer_constructor1(",
        1,
        Edit::Replace(
            "        if (nodeling_typed_array_length(ctx, &len, argv[0]))\n            return JS_EXCEPTION;\n        buffer = js_array_buffer_constructor1(",
        ),
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
    JSValueConst *saved_job = ctx->nodeling_job;
    JSValue res;
    ctx->nodeling_continuation = js_dup(argv[5]);
    ctx->nodeling_job = argv;
    res = promise_reaction_job(ctx, 5, argv);
    ctx->nodeling_job = saved_job;
    JS_FreeValue(ctx, ctx->nodeling_continuation);
    ctx->nodeling_continuation = saved;
    return res;
}

static JSValue nodeling_thenable_job(JSContext *ctx, int argc, JSValueConst *argv)
{
    JSValue saved = ctx->nodeling_continuation;
    JSValueConst *saved_job = ctx->nodeling_job;
    JSValue res;
    ctx->nodeling_continuation = js_dup(argv[3]);
    ctx->nodeling_job = NULL;
    res = js_promise_resolve_thenable_job(ctx, 3, argv);
    ctx->nodeling_job = saved_job;
    JS_FreeValue(ctx, ctx->nodeling_continuation);
    ctx->nodeling_continuation = saved;
    return res;
}

/* ToIndex for a typed array's length, failing with V8's words. */
static int nodeling_typed_array_length(JSContext *ctx, uint64_t *plen, JSValueConst val)
{
    double d;
    if (JS_ToFloat64(ctx, &d, val))
        return -1;
    if (d != d)
        d = 0;
    d = trunc(d);
    if (d < 0 || d > MAX_SAFE_INTEGER) {
        JSValue number = JS_NewFloat64(ctx, d);
        const char *text = JS_ToCString(ctx, number);
        JS_ThrowRangeError(ctx, "Invalid typed array length: %s", text ? text : "?");
        JS_FreeCString(ctx, text);
        JS_FreeValue(ctx, number);
        return -1;
    }
    *plen = (uint64_t)d;
    return 0;
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

/// Inserted at the start of __JS_EvalInternal.
const EVAL_SOURCE: &str = r#"    char nodeling_name[24];
    if ((flags & JS_EVAL_TYPE_MASK) == JS_EVAL_TYPE_DIRECT || (flags & JS_EVAL_TYPE_MASK) == JS_EVAL_TYPE_INDIRECT) {
        uint32_t nodeling_number = nodeling_eval_source((const uint8_t *)input, input_len);
        if (nodeling_number != 0) {
            snprintf(nodeling_name, sizeof(nodeling_name), "<input>#%u", nodeling_number);
            filename = nodeling_name;
        }
    }
"#;

/// Where a frame is pushed: its receiver, by the name the function gives it.
const FRAME_THIS_VAL: &str = "    sf->nodeling_this = this_val;\n";
const FRAME_THIS_OBJ: &str = "    sf->nodeling_this = this_obj;\n";

/// A call site of a frame on the stack is not an async one.
const CALL_SITE_SYNC: &str = "    csd->nodeling_async = 0;\n    csd->nodeling_promise_index = -1;\n";

/// Inserted after the JSPromiseReactionData type.
///
/// V8 follows the running job's outcome (CaptureAsyncStackTrace): while a
/// promise reaction job runs, the promise it settles (or, when the job
/// resumes an async function after an await, that function's promise) is
/// followed as long as it is pending with exactly one reaction. A reaction
/// that resumes an async function adds that function as a frame
/// (`at async fn (file:line:col)`, where it waits) and goes on with its
/// promise; a Promise.all/allSettled/any element adds
/// `at async Promise.all (index n)` and goes on with the combined promise;
/// resolving a promise with this one, or a plain `then`, goes on with the
/// promise that settles. QuickJS resumes an await through reactions whose
/// handler is of class JS_CLASS_ASYNC_FUNCTION_RESOLVE/REJECT.
const ASYNC_STACK: &str = r#"
static JSValue js_promise_all_resolve_element(JSContext *ctx, JSValueConst this_val, int argc,
                                              JSValueConst *argv, int magic, JSValueConst *func_data);

/* NODELING: the promise a resolving function settles, or undefined (not a new reference). */
static JSValueConst nodeling_promise_of(JSValueConst f)
{
    JSObject *p;
    if (JS_VALUE_GET_TAG(f) != JS_TAG_OBJECT)
        return JS_UNDEFINED;
    p = JS_VALUE_GET_OBJ(f);
    if (p->class_id != JS_CLASS_PROMISE_RESOLVE_FUNCTION && p->class_id != JS_CLASS_PROMISE_REJECT_FUNCTION)
        return JS_UNDEFINED;
    return p->u.promise_function_data->promise;
}

/* The async function an await's reaction handler resumes, or NULL. */
static JSAsyncFunctionData *nodeling_awaiting(JSValueConst handler)
{
    JSObject *p;
    if (JS_VALUE_GET_TAG(handler) != JS_TAG_OBJECT)
        return NULL;
    p = JS_VALUE_GET_OBJ(handler);
    if (p->class_id != JS_CLASS_ASYNC_FUNCTION_RESOLVE && p->class_id != JS_CLASS_ASYNC_FUNCTION_REJECT)
        return NULL;
    return p->u.async_function_data;
}

/* The record of a Promise.all/allSettled/any element function, or NULL. */
static JSCFunctionDataRecord *nodeling_combinator(JSValueConst handler)
{
    JSObject *p;
    if (JS_VALUE_GET_TAG(handler) != JS_TAG_OBJECT)
        return NULL;
    p = JS_VALUE_GET_OBJ(handler);
    if (p->class_id != JS_CLASS_C_FUNCTION_DATA || p->u.c_function_data_record->func != js_promise_all_resolve_element)
        return NULL;
    return p->u.c_function_data_record;
}

/* The only reaction in a list, or NULL. */
static JSPromiseReactionData *nodeling_only_reaction(struct list_head *list)
{
    struct list_head *first = list->next;
    if (first == list || first->next != list)
        return NULL;
    return list_entry(first, JSPromiseReactionData, link);
}

/* Appends the async call sites after csd[i - 1]; returns the new count. */
static uint32_t nodeling_async_sites(JSContext *ctx, JSCallSiteData *csd, uint32_t i, uint32_t limit)
{
    JSValueConst *job = ctx->nodeling_job;
    JSAsyncFunctionData *s;
    JSValueConst promise;
    int steps;

    if (job == NULL)
        return i;
    s = nodeling_awaiting(job[2]);
    if (s != NULL) {
        if (!s->is_active)
            return i;
        promise = nodeling_promise_of(s->resolving_funcs[0]);
    } else {
        promise = nodeling_promise_of(job[0]);
    }
    for (steps = 0; steps < 1024 && i < limit; steps++) {
        JSPromiseData *pd = JS_GetOpaque(promise, JS_CLASS_PROMISE);
        JSPromiseReactionData *rd, *reject_rd;
        JSCFunctionDataRecord *element;

        if (pd == NULL || pd->promise_state != JS_PROMISE_PENDING)
            break;
        rd = nodeling_only_reaction(&pd->promise_reactions[0]);
        reject_rd = nodeling_only_reaction(&pd->promise_reactions[1]);
        if (rd == NULL)
            break;
        s = nodeling_awaiting(rd->handler);
        if (s != NULL) {
            if (!s->is_active)
                break;
            js_new_callsite_data(ctx, &csd[i], &s->func_state.frame);
            csd[i++].nodeling_async = 1;
            promise = nodeling_promise_of(s->resolving_funcs[0]);
            continue;
        }
        element = nodeling_combinator(rd->handler);
        /* Promise.any's element function handles the rejection. */
        if (element == NULL && reject_rd != NULL) {
            element = nodeling_combinator(reject_rd->handler);
            if (element != NULL && (element->magic & 3) != 2)
                element = NULL;
        }
        if (element != NULL) {
            int kind = element->magic & 3;
            JSCallSiteData *site = &csd[i++];
            site->filename = JS_NULL;
            site->func = JS_NULL;
            site->func_name = JS_NewString(ctx, kind == 0 ? "all" : kind == 1 ? "allSettled" : "any");
            if (JS_IsException(site->func_name)) {
                site->func_name = JS_NULL;
                JS_FreeValue(ctx, JS_GetException(ctx));
            }
            site->nodeling_this = JS_UNDEFINED;
            site->native = false;
            site->constructor = false;
            site->line_num = -1;
            site->col_num = -1;
            site->nodeling_async = 2 + kind;
            site->nodeling_promise_index = JS_VALUE_GET_TAG(element->data[1]) == JS_TAG_INT ? JS_VALUE_GET_INT(element->data[1]) : -1;
            /* An element already settled is no longer waited on. */
            if (JS_VALUE_GET_TAG(element->data[0]) == JS_TAG_BOOL && JS_VALUE_GET_BOOL(element->data[0]))
                break;
            promise = nodeling_promise_of(element->data[3]);
            continue;
        }
        /* Resolved with this promise: go on with the one it settles. */
        if (JS_VALUE_GET_TAG(nodeling_promise_of(rd->handler)) == JS_TAG_OBJECT)
            promise = nodeling_promise_of(rd->handler);
        else
            promise = nodeling_promise_of(rd->resolving_funcs[0]);
    }
    return i;
}
"#;

/// The fields behind the native stack estimate.
const NATIVE_STACK_RUNTIME: &str = "    uintptr_t nodeling_native_limit; /* NODELING: 0, or the host's native stack budget */\n    \
     uintptr_t nodeling_credit; /* NODELING: credits of the class calls under way */\n";
const NATIVE_STACK_FRAME: &str = "    uintptr_t nodeling_native; /* NODELING: estimated native stack in use, this frame included */\n    \
     uintptr_t nodeling_sp; /* NODELING: the C stack pointer when the frame was entered */\n    \
     uintptr_t nodeling_credit; /* NODELING: the runtime's nodeling_credit then */\n";

/// Inserted before js_check_stack_overflow.
///
/// In wasm, QuickJS's stack pointer is the shadow stack in linear memory,
/// where C keeps what has its address taken and what it allocas; the wasm
/// frames themselves live on the host engine's native stack, which V8 keeps
/// small (about 1 MB on a page or in Node, half that in Chromium's dedicated
/// workers). When that runs out first, the host throws out of the middle of
/// the engine and the pod is lost. So every frame records an upper estimate
/// of the native stack in use when it was entered, and the stack check also
/// fails when the estimate passes the host's budget.
///
/// The estimate counts the shadow stack used since the caller's frame was
/// entered, alloca'd locals left out, at 16 native bytes a byte: no C
/// function takes more than that (JSON's recursion takes about 13). That
/// alone would charge a JavaScript call eleven times its cost: V8 gives
/// JS_CallInternal, which every call goes through, 376 native bytes for its
/// 256 shadow bytes (`node bench/stack.mjs` prints the depths this allows;
/// `--print-wasm-code-function-index` shows V8's frame sizes). So each
/// JS_CallInternal gets 3.5 KB of its charge back, as it enters a frame or
/// hands the call to a class (a C, bound or async function), and no frame
/// costs less than 512 bytes. The credit holds while JS_CallInternal keeps
/// at least 256 shadow bytes; tests/node-compat/errors-stack/
/// runaway-recursion.js, run in wasm by the pkg tests, fails if it stops
/// holding.
const NATIVE_STACK: &str = r#"
#define NODELING_NATIVE_PER_SHADOW_BYTE 16
#define NODELING_NATIVE_CALL_CREDIT 3584
#define NODELING_NATIVE_FRAME_MIN 512

void JS_NodelingSetNativeStackLimit(JSRuntime *rt, size_t limit)
{
    rt->nodeling_native_limit = limit;
}

/* The native stack used since sf was entered, down to sp, less credit. */
static inline uintptr_t nodeling_native_since(JSRuntime *rt, JSStackFrame *sf, uintptr_t sp, uintptr_t credit)
{
    uintptr_t from = sf ? sf->nodeling_sp : rt->stack_top;
    uintptr_t used = from > sp ? (from - sp) * NODELING_NATIVE_PER_SHADOW_BYTE : 0;
    credit += rt->nodeling_credit - (sf ? sf->nodeling_credit : 0);
    return used > credit ? used - credit : 0;
}

/* A check gives one call's credit in advance: most checks run in
   JS_CallInternal before it enters its frame; anywhere else (JSON, the
   parser) the credit is a fixed allowance, well inside the host's reserve. */
static inline bool nodeling_native_over(JSRuntime *rt, uintptr_t sp)
{
    JSStackFrame *sf = rt->current_stack_frame;
    return rt->nodeling_native_limit != 0 &&
        (sf ? sf->nodeling_native : 0) + nodeling_native_since(rt, sf, sp, NODELING_NATIVE_CALL_CREDIT) >
        rt->nodeling_native_limit;
}

/* After sf became the current frame. alloca: the bytes of its locals just
   alloca'd, which js_get_stack_pointer (the address of a local in the
   function's fixed frame) does not see; credit: JS_CallInternal's, when it
   is the one entering the frame. */
static inline void nodeling_frame_pushed(JSRuntime *rt, JSStackFrame *sf, size_t alloca, uintptr_t credit)
{
    if (rt->nodeling_native_limit != 0) {
        uintptr_t sp = js_get_stack_pointer();
        JSStackFrame *prev = sf->prev_frame;
        uintptr_t charge = nodeling_native_since(rt, prev, sp, credit);
        sf->nodeling_native = (prev ? prev->nodeling_native : 0) +
            (charge > NODELING_NATIVE_FRAME_MIN ? charge : NODELING_NATIVE_FRAME_MIN);
        /* Measured from below the alloca'd locals from here on. */
        sf->nodeling_sp = sp - alloca;
        sf->nodeling_credit = rt->nodeling_credit;
    }
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
