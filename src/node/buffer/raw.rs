//! The binding functions every request calls (`slice`, `write`,
//! `byteLengthUtf8`) as plain QuickJS C functions. rquickjs's trampoline
//! (argument conversion, vtable dispatch, a context handle for every value)
//! costs about as much as the work on a short string, so the common case
//! here uses QuickJS's values as they come; only errors and unusual
//! arguments take the rquickjs path. QuickJS pads `argv` with undefined up
//! to each function's declared length.

use std::ffi::{c_int, CStr};
use std::ptr::NonNull;

use rquickjs::{qjs, Ctx, Object, Result, Value};

use super::codec::Encoding;
use super::{clamp, decode_raw, not_a_string, uint8_array, uint8_view, StringText, Utf8Text};

type RawFunction = unsafe extern "C" fn(*mut qjs::JSContext, qjs::JSValue, c_int, *mut qjs::JSValue) -> qjs::JSValue;

/// Sets `name` on `target` to `function`, which takes `length` arguments.
pub fn set<'js>(ctx: &Ctx<'js>, target: &Object<'js>, name: &CStr, length: c_int, function: RawFunction) -> Result<()> {
    let raw = ctx.as_raw().as_ptr();
    // SAFETY: `name` is NUL-terminated and outlives the call; the function
    // value returned is owned (or the exception marker) and taken over here.
    let value = unsafe {
        let value = qjs::JS_NewCFunction2(raw, Some(function), name.as_ptr(), length, qjs::JSCFunctionEnum_JS_CFUNC_generic, 0);
        if qjs::JS_IsException(value) {
            return Err(rquickjs::Error::Exception);
        }
        Value::from_raw(ctx.clone(), value)
    };
    target.set(name.to_string_lossy().as_ref(), value)
}

/// Runs `f` with rquickjs's handles on the context and a value, for the
/// unusual cases; an error means an exception is pending.
fn slow<T>(ctx: *mut qjs::JSContext, value: qjs::JSValue, f: impl for<'js> FnOnce(&Ctx<'js>, &Value<'js>) -> Result<T>) -> Option<T> {
    let raw = NonNull::new(ctx)?;
    // SAFETY: QuickJS called us with this live context; `value` is one of
    // the call's arguments, dup'ed because the Value releases it on drop.
    let (ctx, value) = unsafe {
        let ctx = Ctx::from_raw(raw);
        let value = Value::from_raw(ctx.clone(), qjs::JS_DupValue(raw.as_ptr(), value));
        (ctx, value)
    };
    match f(&ctx, &value) {
        Ok(result) => Some(result),
        Err(rquickjs::Error::Exception) => None,
        Err(error) => {
            let _ = rquickjs::Exception::throw_internal(&ctx, &error.to_string());
            None
        }
    }
}

/// A view's bytes: a Uint8Array's at once, anything else through uint8_view
/// (other views, or its error).
fn view(ctx: *mut qjs::JSContext, value: qjs::JSValue) -> Option<(*mut u8, usize)> {
    uint8_array(ctx, value).or_else(|| slow(ctx, value, uint8_view))
}

/// A number argument (buffer.js passes only numbers), NaN otherwise.
fn number(ctx: *mut qjs::JSContext, value: qjs::JSValue) -> f64 {
    let mut number = f64::NAN;
    // SAFETY: only a number is converted, which reads it and runs no JS.
    unsafe {
        if qjs::JS_IsNumber(value) {
            qjs::JS_ToFloat64(ctx, &mut number, value);
        }
    }
    number
}

fn encoding(ctx: *mut qjs::JSContext, value: qjs::JSValue) -> Option<Encoding> {
    let id = number(ctx, value) as i32;
    Encoding::from_id(id).or_else(|| {
        slow(ctx, value, |ctx, _| -> Result<Encoding> {
            Err(rquickjs::Exception::throw_type(ctx, &format!("unknown encoding number {id}")))
        })
    })
}

/// The call's `index`th argument.
///
/// # Safety
/// `argv` holds at least `index + 1` values (the declared length).
unsafe fn arg(argv: *mut qjs::JSValue, index: usize) -> qjs::JSValue {
    *argv.add(index)
}

/// slice(view, start, end, encoding): the bytes in [start, end) as a string.
///
/// # Safety
/// Called by QuickJS only, with `argv` padded to the declared length 4.
pub unsafe extern "C" fn slice(ctx: *mut qjs::JSContext, _this: qjs::JSValue, _argc: c_int, argv: *mut qjs::JSValue) -> qjs::JSValue {
    let Some(encoding) = encoding(ctx, arg(argv, 3)) else { return qjs::JS_EXCEPTION };
    let (start, end) = (number(ctx, arg(argv, 1)), number(ctx, arg(argv, 2)));
    let Some((bytes, len)) = view(ctx, arg(argv, 0)) else { return qjs::JS_EXCEPTION };
    let (start, end) = (clamp(start, len), clamp(end, len));
    let end = end.max(start);
    // SAFETY: [start, end) lies inside the view's live memory, and no JS
    // runs until decode_raw has copied the bytes into a new string.
    let bytes = std::slice::from_raw_parts(bytes.add(start), end - start);
    decode_raw(ctx, bytes, encoding)
}

/// write(view, string, offset, length, encoding): bytes written.
///
/// # Safety
/// Called by QuickJS only, with `argv` padded to the declared length 5.
pub unsafe extern "C" fn write(ctx: *mut qjs::JSContext, _this: qjs::JSValue, _argc: c_int, argv: *mut qjs::JSValue) -> qjs::JSValue {
    let Some(encoding) = encoding(ctx, arg(argv, 4)) else { return qjs::JS_EXCEPTION };
    let (offset, length) = (number(ctx, arg(argv, 2)), number(ctx, arg(argv, 3)));
    let Some(text) = string(ctx, arg(argv, 1), encoding) else { return qjs::JS_EXCEPTION };
    let Some((bytes, len)) = view(ctx, arg(argv, 0)) else { return qjs::JS_EXCEPTION };
    let offset = clamp(offset, len);
    let length = clamp(length, len - offset);
    // SAFETY: [offset, offset + length) lies inside the view's live memory;
    // reading the string ran no JS, and none runs while the slice is alive.
    let dst = std::slice::from_raw_parts_mut(bytes.add(offset), length);
    qjs::JS_NewFloat64(text.write(encoding, dst) as f64)
}

fn string<'a>(ctx: *mut qjs::JSContext, value: qjs::JSValue, encoding: Encoding) -> Option<StringText<'a>> {
    // SAFETY: JS_IsString only reads the tag of a live value.
    if !unsafe { qjs::JS_IsString(value) } {
        return slow(ctx, value, |ctx, _| -> Result<StringText<'a>> { Err(not_a_string(ctx)) });
    }
    StringText::from_raw(ctx, value, encoding)
}

/// byteLengthUtf8(string): the length of its UTF-8 (a lone surrogate's
/// WTF-8 is as long as the U+FFFD that replaces it).
///
/// # Safety
/// Called by QuickJS only, with `argv` padded to the declared length 1.
pub unsafe extern "C" fn byte_length_utf8(ctx: *mut qjs::JSContext, _this: qjs::JSValue, _argc: c_int, argv: *mut qjs::JSValue) -> qjs::JSValue {
    let value = arg(argv, 0);
    let text = match Utf8Text::from_raw(ctx, value) {
        Some(text) => text,
        None if qjs::JS_IsString(value) => return qjs::JS_EXCEPTION,
        None => {
            slow(ctx, value, |ctx, _| -> Result<()> { Err(not_a_string(ctx)) });
            return qjs::JS_EXCEPTION;
        }
    };
    qjs::JS_NewFloat64(text.bytes().len() as f64)
}
