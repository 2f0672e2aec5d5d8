//! Natives of `util`: what only the engine can see about a value, and the
//! byte comparison deep equality needs for large buffers.

use rquickjs::{qjs, Ctx, Function, Object, Result, TypedArray, Value};

pub mod encoding;
mod single_byte;
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
    // Whether two Uint8Arrays hold the same bytes (deep equality of typed
    // arrays and ArrayBuffers: a JS loop takes seconds over megabytes).
    binding.set(
        "bytesEqual",
        Function::new(ctx.clone(), |a: TypedArray<'js, u8>, b: TypedArray<'js, u8>| -> bool {
            // SAFETY: both slices are compared and dropped before any JS runs.
            unsafe { a.as_bytes() == b.as_bytes() }
        })?,
    )?;
    // The own enumerable keys of an object that are not array indices
    // (strings, then symbols if `withSymbols`), as V8's
    // GetOwnPropertyNames(ONLY_ENUMERABLE | SKIP_INDICES) gives them: deep
    // equality of arrays and typed arrays, without making a string per index.
    binding.set(
        "ownNonIndexKeys",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, object: Object<'js>, with_symbols: bool| own_non_index_keys(&ctx, &object, with_symbols))?,
    )?;
    Ok(binding)
}

/// QuickJS stores the atoms of integers below 2^31 tagged by this bit (the
/// representation behind every array index it enumerates); larger indices
/// are string atoms, recognised by their text.
const ATOM_TAG_INT: u32 = 1 << 31;

fn is_array_index(text: &str) -> bool {
    match text.parse::<u32>() {
        Ok(index) => index != u32::MAX && index.to_string() == text,
        Err(_) => false,
    }
}

fn own_non_index_keys<'js>(ctx: &Ctx<'js>, object: &Object<'js>, with_symbols: bool) -> Result<Vec<Value<'js>>> {
    let raw = ctx.as_raw().as_ptr();
    let mut flags = (qjs::JS_GPN_STRING_MASK | qjs::JS_GPN_ENUM_ONLY) as i32;
    if with_symbols {
        flags |= qjs::JS_GPN_SYMBOL_MASK as i32;
    }
    let mut table = std::ptr::null_mut();
    let mut count = 0u32;
    // SAFETY: `object` is live for the call; on success the table holds
    // `count` entries that JS_FreePropertyEnum releases with their atoms.
    if unsafe { qjs::JS_GetOwnPropertyNames(raw, &mut table, &mut count, object.as_raw(), flags) } < 0 {
        return Err(rquickjs::Error::Exception);
    }
    let mut keys = Vec::new();
    let mut failed = false;
    for index in 0..count as usize {
        // SAFETY: `index < count`, within the table JS_GetOwnPropertyNames made.
        let atom = unsafe { (*table.add(index)).atom };
        if atom & ATOM_TAG_INT != 0 {
            continue;
        }
        // SAFETY: the atom is live until the table is freed below;
        // JS_AtomToValue returns an owned value that Value takes over.
        let key = unsafe { Value::from_raw(ctx.clone(), qjs::JS_AtomToValue(raw, atom)) };
        if key.is_exception() {
            failed = true;
            break;
        }
        if let Some(text) = key.as_string() {
            if text.to_string().is_ok_and(|text| is_array_index(&text)) {
                continue;
            }
        }
        keys.push(key);
    }
    // SAFETY: the table and count are those JS_GetOwnPropertyNames returned.
    unsafe { qjs::JS_FreePropertyEnum(raw, table, count) };
    if failed {
        return Err(rquickjs::Error::Exception);
    }
    Ok(keys)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rquickjs::{Context, Runtime};

    fn keys_of(source: &str, with_symbols: bool) -> Vec<String> {
        let runtime = Runtime::new().expect("runtime");
        let context = Context::full(&runtime).expect("context");
        context.with(|ctx| {
            let object: Object = ctx.eval(source).expect("sample");
            let keys = own_non_index_keys(&ctx, &object, with_symbols).expect("keys");
            keys.iter()
                .map(|key| match key.as_string() {
                    Some(text) => text.to_string().expect("text"),
                    None => "<symbol>".to_string(),
                })
                .collect()
        })
    }

    #[test]
    fn indices_are_left_out() {
        let array = "const a = [1, 2, 3]; a.x = 1; a['4294967295'] = 2; a['4294967294'] = 3; a['01'] = 4; \
                     a[Symbol('s')] = 5; Object.defineProperty(a, 'hidden', { value: 6 }); a";
        assert_eq!(keys_of(array, true), ["x", "4294967295", "01", "<symbol>"]);
        assert_eq!(keys_of(array, false), ["x", "4294967295", "01"]);
        assert_eq!(keys_of("const t = new Uint8Array(1000); t.extra = 1; t", true), ["extra"]);
        assert_eq!(keys_of("({ b: 1, 2: 2, a: 3 })", true), ["b", "a"]);
    }
}
