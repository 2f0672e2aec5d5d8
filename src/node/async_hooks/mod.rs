//! Natives of `async_hooks`: the engine's continuation data, on which
//! `AsyncLocalStorage` is built as Node 24 builds it on V8's
//! (`internal/async_context_frame`).
//!
//! Our QuickJS-NG carries a patch (build/quickjs_patch.rs): every
//! promise reaction captures the current value when it is registered and runs
//! with it, so a store set before an `await` is there after it. Callbacks the
//! loop runs (timers, immediates, ticks, completions) capture and restore the
//! value themselves.

use rquickjs::{qjs, Ctx, Function, Object, Result, Value};

extern "C" {
    // Added by build/quickjs_patch.rs; rquickjs-sys's generated bindings
    // do not list them. Calling them is what makes the linker take the
    // patched engine.
    fn JS_GetContinuationPreservedEmbedderData(ctx: *mut qjs::JSContext) -> qjs::JSValue;
    fn JS_SetContinuationPreservedEmbedderData(ctx: *mut qjs::JSContext, data: qjs::JSValue);
}

/// The current continuation data (`undefined` until something is set).
pub fn current<'js>(ctx: &Ctx<'js>) -> Value<'js> {
    // SAFETY: the context is live; the function returns a new reference,
    // which Value takes over.
    unsafe { Value::from_raw(ctx.clone(), JS_GetContinuationPreservedEmbedderData(ctx.as_raw().as_ptr())) }
}

/// Makes `data` the current continuation data.
pub fn set<'js>(ctx: &Ctx<'js>, data: &Value<'js>) {
    // SAFETY: the context is live and `data` one of its values; the engine
    // takes its own reference (JSValueConst), ours stays with `data`.
    unsafe { JS_SetContinuationPreservedEmbedderData(ctx.as_raw().as_ptr(), data.as_raw()) }
}

pub fn binding<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let binding = Object::new(ctx.clone())?;
    binding.set(
        "getContinuationPreservedEmbedderData",
        Function::new(ctx.clone(), |ctx: Ctx<'js>| current(&ctx))?,
    )?;
    binding.set(
        "setContinuationPreservedEmbedderData",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, data: Value<'js>| set(&ctx, &data))?,
    )?;
    Ok(binding)
}

#[cfg(test)]
mod tests;
