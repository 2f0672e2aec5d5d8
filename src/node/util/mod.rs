//! Natives of `util`: what only the engine can see about a value.

use rquickjs::{qjs, Ctx, Function, Object, Result, Value};

pub mod encoding;
pub mod types;

pub fn binding<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let binding = Object::new(ctx.clone())?;
    // { state: 'pending' | 'fulfilled' | 'rejected', result }, for inspect.
    binding.set(
        "getPromiseState",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, promise: rquickjs::Promise<'js>| -> Result<Object<'js>> {
            let info = Object::new(ctx.clone())?;
            let state = match promise.state() {
                rquickjs::promise::PromiseState::Pending => "pending",
                rquickjs::promise::PromiseState::Resolved => "fulfilled",
                rquickjs::promise::PromiseState::Rejected => "rejected",
            };
            info.set("state", state)?;
            if state != "pending" {
                // SAFETY: `promise` is a live promise of this context; the
                // returned value is owned and handed to Value at once.
                let result = unsafe { Value::from_raw(ctx.clone(), qjs::JS_PromiseResult(ctx.as_raw().as_ptr(), promise.as_raw())) };
                info.set("result", result)?;
            }
            Ok(info)
        })?,
    )?;
    // [target, handler] of a Proxy, or undefined for anything else.
    binding.set(
        "getProxyDetails",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, value: Value<'js>| -> Result<Option<Vec<Value<'js>>>> {
            // SAFETY: `value` is live for this call; JS_IsProxy only reads its tag.
            if !unsafe { qjs::JS_IsProxy(value.as_raw()) } {
                return Ok(None);
            }
            let raw = ctx.as_raw().as_ptr();
            // SAFETY: `value` is a proxy of this context; both calls return
            // owned values that Value takes over.
            let (target, handler) = unsafe {
                (
                    Value::from_raw(ctx.clone(), qjs::JS_GetProxyTarget(raw, value.as_raw())),
                    Value::from_raw(ctx.clone(), qjs::JS_GetProxyHandler(raw, value.as_raw())),
                )
            };
            Ok(Some(vec![target, handler]))
        })?,
    )?;
    Ok(binding)
}
