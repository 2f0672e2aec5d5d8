//! Natives of `buffer`: encoding and decoding, searching, comparing and
//! filling bytes, which sit on every request's path. The rules live in
//! `codec.rs`; this file moves JS strings and `Uint8Array` memory in and out
//! of them without intermediate copies where QuickJS allows it.
//!
//! Strings are read with QuickJS's own accessors: `JS_ToCStringLen2` gives a
//! string's UTF-8 (a pointer into the string itself when it is ASCII, a lone
//! surrogate as its three WTF-8 bytes), `JS_ToCStringLenUTF16` its UTF-16
//! code units, which the encodings other than `utf8` need to keep a lone
//! surrogate's unit as Node does. Byte arguments must be `Uint8Array`s
//! (buffer.js turns other views into one); every offset is clamped here
//! again, so a wrong argument from JS can never reach memory outside a view.
//!
//! The JS-facing contract (argument order, what each returns) is the
//! `buffer` row of src/node/README.md. Argument validation and Node's error
//! messages are buffer.js's.

pub mod codec;
mod raw;

use std::ffi::c_char;

use rquickjs::{qjs, ArrayBuffer, Ctx, Exception, Function, Object, Result, TypedArray, Value};

use codec::Encoding;

pub fn binding<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let binding = Object::new(ctx.clone())?;
    raw::set(ctx, &binding, c"byteLengthUtf8", 1, raw::byte_length_utf8)?;
    // slice(view, start, end, encoding): the bytes in [start, end) as a string.
    raw::set(ctx, &binding, c"slice", 4, raw::slice)?;
    // write(view, string, offset, length, encoding): bytes written.
    raw::set(ctx, &binding, c"write", 5, raw::write)?;
    // fromString(string): a new ArrayBuffer holding the string's UTF-8.
    binding.set(
        "fromString",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, text: Value<'js>| -> Result<ArrayBuffer<'js>> {
            let text = Utf8Text::new(&ctx, &text)?;
            ArrayBuffer::new(ctx.clone(), codec::utf8_of_wtf8(text.bytes()).into_owned())
        })?,
    )?;
    // compare(a, b): -1, 0 or 1, as memcmp then the lengths order them.
    binding.set(
        "compare",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, a: Value<'js>, b: Value<'js>| -> Result<i32> {
            let (a, a_len) = uint8_view(&ctx, &a)?;
            let (b, b_len) = uint8_view(&ctx, &b)?;
            // SAFETY: both views are live and no JS runs during the compare.
            let (a, b) = unsafe { (std::slice::from_raw_parts(a, a_len), std::slice::from_raw_parts(b, b_len)) };
            Ok(a.cmp(b) as i32)
        })?,
    )?;
    // compareOffset(source, target, targetStart, sourceStart, targetEnd, sourceEnd)
    binding.set(
        "compareOffset",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, source: Value<'js>, target: Value<'js>, ranges: rquickjs::function::Rest<f64>| -> Result<i32> {
                let [target_start, source_start, target_end, source_end] = ranges.0[..] else {
                    return Err(Exception::throw_type(&ctx, "compareOffset takes four offsets"));
                };
                let (source, source_len) = uint8_view(&ctx, &source)?;
                let (target, target_len) = uint8_view(&ctx, &target)?;
                let (source_start, target_start) = (clamp(source_start, source_len), clamp(target_start, target_len));
                let source_end = clamp(source_end, source_len).max(source_start);
                let target_end = clamp(target_end, target_len).max(target_start);
                // SAFETY: both ranges lie inside live views; no JS runs here.
                let (a, b) = unsafe {
                    (
                        std::slice::from_raw_parts(source.add(source_start), source_end - source_start),
                        std::slice::from_raw_parts(target.add(target_start), target_end - target_start),
                    )
                };
                Ok(a.cmp(b) as i32)
            },
        )?,
    )?;
    // copy(source, target, targetStart, sourceStart, count): bytes copied
    // (the views may share memory).
    binding.set(
        "copy",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, source: Value<'js>, target: Value<'js>, target_start: f64, source_start: f64, count: f64| -> Result<f64> {
                let (source, source_len) = uint8_view(&ctx, &source)?;
                let (target, target_len) = uint8_view(&ctx, &target)?;
                let (source_start, target_start) = (clamp(source_start, source_len), clamp(target_start, target_len));
                let count = clamp(count, (source_len - source_start).min(target_len - target_start));
                // SAFETY: both ranges lie inside live views; `copy` is a
                // memmove, so overlapping views are fine.
                unsafe { std::ptr::copy(source.add(source_start), target.add(target_start), count) };
                Ok(count as f64)
            },
        )?,
    )?;
    // fill(view, value, start, end, encoding): value is a string or a
    // Uint8Array; -1 if it gives no bytes, -2 if the range is outside.
    binding.set(
        "fill",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, view: Value<'js>, value: Value<'js>, start: f64, end: f64, encoding: i32| -> Result<i32> {
                let encoding = encoding_of(&ctx, encoding)?;
                let pattern = if value.is_string() {
                    StringText::new(&ctx, &value, encoding)?.encode(encoding)
                } else {
                    let (bytes, len) = uint8_view(&ctx, &value)?;
                    // SAFETY: the view is live; its bytes are copied at once,
                    // so filling a view that shares them is fine.
                    unsafe { std::slice::from_raw_parts(bytes, len) }.to_vec()
                };
                let (bytes, len) = uint8_view(&ctx, &view)?;
                if !(0.0..=len as f64).contains(&start) || !(start..=len as f64).contains(&end) {
                    return Ok(-2);
                }
                let (start, end) = (start as usize, end as usize);
                // Nothing to fill is fine even with an empty value, as in Node.
                if start == end {
                    return Ok(0);
                }
                if pattern.is_empty() {
                    return Ok(-1);
                }
                // SAFETY: [start, end) lies inside the view's live memory and
                // no JS runs while the slice is alive.
                let dst = unsafe { std::slice::from_raw_parts_mut(bytes.add(start), end - start) };
                for chunk in dst.chunks_mut(pattern.len()) {
                    chunk.copy_from_slice(&pattern[..chunk.len()]);
                }
                Ok(0)
            },
        )?,
    )?;
    binding.set(
        "indexOfString",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, view: Value<'js>, needle: Value<'js>, offset: f64, encoding: i32, forward: bool| -> Result<f64> {
                let encoding = encoding_of(&ctx, encoding)?;
                let needle = StringText::new(&ctx, &needle, encoding)?;
                let (bytes, len) = uint8_view(&ctx, &view)?;
                // SAFETY: the view is live; no JS runs during the search.
                let haystack = unsafe { std::slice::from_raw_parts(bytes, len) };
                Ok(index_of_string(haystack, &needle, offset as i64, encoding, forward) as f64)
            },
        )?,
    )?;
    binding.set(
        "indexOfBuffer",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, view: Value<'js>, needle: Value<'js>, offset: f64, encoding: i32, forward: bool| -> Result<f64> {
                let utf16 = encoding == Encoding::Utf16Le as i32;
                let (bytes, len) = uint8_view(&ctx, &view)?;
                let (needle, needle_len) = uint8_view(&ctx, &needle)?;
                // SAFETY: both views are live; no JS runs during the search.
                let (haystack, needle) =
                    unsafe { (std::slice::from_raw_parts(bytes, len), std::slice::from_raw_parts(needle, needle_len)) };
                Ok(index_of_bytes(haystack, needle, offset as i64, utf16, forward) as f64)
            },
        )?,
    )?;
    binding.set(
        "indexOfNumber",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, view: Value<'js>, number: f64, offset: f64, forward: bool| -> Result<f64> {
                let (bytes, len) = uint8_view(&ctx, &view)?;
                // SAFETY: the view is live; no JS runs during the search.
                let haystack = unsafe { std::slice::from_raw_parts(bytes, len) };
                // memchr compares the low byte of the number.
                let byte = (number as i64 & 0xff) as u8;
                let start = codec::index_of_offset(len, offset as i64, 1, forward);
                if start < 0 || len == 0 {
                    return Ok(-1.0);
                }
                let start = start as usize;
                let found = if forward {
                    memchr::memchr(byte, &haystack[start..]).map(|i| i + start)
                } else {
                    memchr::memrchr(byte, &haystack[..=start])
                };
                Ok(found.map_or(-1.0, |i| i as f64))
            },
        )?,
    )?;
    // swap(view, size): reverses each group of `size` (2, 4 or 8) bytes.
    binding.set(
        "swap",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, view: Value<'js>, size: f64| -> Result<()> {
            let (bytes, len) = uint8_view(&ctx, &view)?;
            let size = size as usize;
            if !matches!(size, 2 | 4 | 8) {
                return Err(Exception::throw_range(&ctx, "swap size must be 2, 4 or 8"));
            }
            // SAFETY: the view is live and no JS runs while the slice is.
            let bytes = unsafe { std::slice::from_raw_parts_mut(bytes, len) };
            bytes.chunks_exact_mut(size).for_each(<[u8]>::reverse);
            Ok(())
        })?,
    )?;
    binding.set(
        "isUtf8",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, view: Value<'js>| -> Result<bool> {
            let (bytes, len) = uint8_view(&ctx, &view)?;
            // SAFETY: the view is live; no JS runs during the check.
            Ok(std::str::from_utf8(unsafe { std::slice::from_raw_parts(bytes, len) }).is_ok())
        })?,
    )?;
    binding.set(
        "isAscii",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, view: Value<'js>| -> Result<bool> {
            let (bytes, len) = uint8_view(&ctx, &view)?;
            // SAFETY: the view is live; no JS runs during the check.
            Ok(unsafe { std::slice::from_raw_parts(bytes, len) }.is_ascii())
        })?,
    )?;
    // atob(string): the decoded string, or -1 (a lone digit left) or -2 (an
    // invalid character).
    binding.set(
        "atob",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, text: Value<'js>| -> Result<Value<'js>> {
            let text = StringText::new(&ctx, &text, Encoding::Latin1)?;
            match codec::atob(text.units()) {
                Ok(bytes) => new_string(&ctx, codec::latin1_decode(&bytes).as_bytes()),
                Err(error) => Ok(Value::new_int(ctx.clone(), error as i32)),
            }
        })?,
    )?;
    // btoa(string): base64, or -1 if a character is above U+00FF.
    binding.set(
        "btoa",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, text: Value<'js>| -> Result<Value<'js>> {
            let text = StringText::new(&ctx, &text, Encoding::Latin1)?;
            match codec::btoa(text.units()) {
                Some(encoded) => new_string(&ctx, &encoded),
                None => Ok(Value::new_int(ctx.clone(), -1)),
            }
        })?,
    )?;
    // transcode(view, from, to): a new Uint8Array, or the ICU error number.
    binding.set(
        "transcode",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, view: Value<'js>, from: i32, to: i32| -> Result<Value<'js>> {
            let (Some(from), Some(to)) = (Encoding::from_id(from), Encoding::from_id(to)) else {
                return Ok(Value::new_int(ctx.clone(), codec::IcuError::IllegalArgument as i32));
            };
            let (bytes, len) = uint8_view(&ctx, &view)?;
            // SAFETY: the view is live; its bytes are read before any JS runs.
            let source = unsafe { std::slice::from_raw_parts(bytes, len) };
            match codec::transcode(source, from, to) {
                Ok(bytes) => Ok(TypedArray::<u8>::new(ctx.clone(), bytes)?.into_value()),
                Err(error) => Ok(Value::new_int(ctx.clone(), error as i32)),
            }
        })?,
    )?;
    // The older calls by encoding name, which string_decoder uses.
    binding.set(
        "encode",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, text: Value<'js>, encoding: String| -> Result<TypedArray<'js, u8>> {
            let encoding = encoding_named(&ctx, &encoding)?;
            TypedArray::new(ctx.clone(), StringText::new(&ctx, &text, encoding)?.encode(encoding))
        })?,
    )?;
    binding.set(
        "decode",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, view: Value<'js>, encoding: String| -> Result<Value<'js>> {
            let encoding = encoding_named(&ctx, &encoding)?;
            let (bytes, len) = uint8_view(&ctx, &view)?;
            // SAFETY: the view is live; `decode` copies before JS runs.
            decode(&ctx, unsafe { std::slice::from_raw_parts(bytes, len) }, encoding)
        })?,
    )?;
    binding.set(
        "byteLength",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, text: Value<'js>, encoding: String| -> Result<usize> {
            let encoding = encoding_named(&ctx, &encoding)?;
            Ok(StringText::new(&ctx, &text, encoding)?.encode(encoding).len())
        })?,
    )?;
    Ok(binding)
}

fn encoding_of(ctx: &Ctx, id: i32) -> Result<Encoding> {
    Encoding::from_id(id).ok_or_else(|| Exception::throw_type(ctx, &format!("unknown encoding number {id}")))
}

fn encoding_named(ctx: &Ctx, name: &str) -> Result<Encoding> {
    Encoding::from_name(name).ok_or_else(|| Exception::throw_type(ctx, &format!("Unknown encoding: {name}")))
}

/// `value` as an index into something `len` long: NaN and negatives are 0.
fn clamp(value: f64, len: usize) -> usize {
    if value >= len as f64 {
        len
    } else if value > 0.0 {
        value as usize
    } else {
        0
    }
}

/// The bytes of an ArrayBufferView (a Buffer is a Uint8Array): its first
/// byte and length. Anything else throws Node's "argument must be a
/// buffer". The pointer is valid until JS next runs.
fn uint8_view(ctx: &Ctx, value: &Value) -> Result<(*mut u8, usize)> {
    let raw = ctx.as_raw().as_ptr();
    let mut len = 0;
    // SAFETY: `value` is a live value of this context; JS_GetTypedArrayType
    // only reads its class.
    let kind = unsafe { qjs::JS_GetTypedArrayType(value.as_raw()) };
    let data = if kind == qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_UINT8 as i32 ||
        kind == qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_UINT8C as i32
    {
        // SAFETY: a Uint8Array of this context: the call returns its data
        // pointer and byte length, or NULL (and throws) if it is detached.
        unsafe { qjs::JS_GetUint8Array(raw, &mut len, value.as_raw()) }
    } else if kind >= 0 {
        let (mut offset, mut size) = (0, 0);
        // SAFETY: a typed array of this context; the buffer value returned is
        // owned and freed below, after its data pointer was read.
        unsafe {
            let buffer = qjs::JS_GetTypedArrayBuffer(raw, value.as_raw(), &mut offset, &mut len, &mut size);
            if qjs::JS_IsException(buffer) {
                return Err(rquickjs::Error::Exception);
            }
            let data = qjs::JS_GetArrayBuffer(raw, &mut size, buffer);
            qjs::JS_FreeValue(raw, buffer);
            if data.is_null() {
                return Err(rquickjs::Error::Exception);
            }
            data.add(offset as usize)
        }
    } else if is_data_view(value) {
        return data_view(ctx, value);
    } else {
        return Err(not_a_buffer(ctx));
    };
    if data.is_null() {
        return Err(rquickjs::Error::Exception);
    }
    // A view of length 0 may point at a buffer with no memory at all.
    if len == 0 {
        return Ok((std::ptr::NonNull::dangling().as_ptr(), 0));
    }
    Ok((data, len as usize))
}

fn is_data_view(value: &Value) -> bool {
    // SAFETY: JS_IsDataView only reads the class of a live value.
    unsafe { qjs::JS_IsDataView(value.as_raw()) }
}

/// A DataView's bytes, through its getters (QuickJS has no accessor).
fn data_view(ctx: &Ctx, value: &Value) -> Result<(*mut u8, usize)> {
    let Some(view) = value.as_object() else { return Err(not_a_buffer(ctx)) };
    let buffer: Value = view.get("buffer")?;
    let offset: f64 = view.get("byteOffset")?;
    let length: f64 = view.get("byteLength")?;
    let mut size = 0;
    // SAFETY: `buffer` is a live value of this context; the call returns its
    // data pointer or NULL (and throws) if it is not a live ArrayBuffer.
    let data = unsafe { qjs::JS_GetArrayBuffer(ctx.as_raw().as_ptr(), &mut size, buffer.as_raw()) };
    if data.is_null() {
        return Err(rquickjs::Error::Exception);
    }
    let offset = clamp(offset, size as usize);
    let length = clamp(length, size as usize - offset);
    if length == 0 {
        return Ok((std::ptr::NonNull::dangling().as_ptr(), 0));
    }
    // SAFETY: offset is within the buffer's `size` bytes.
    Ok((unsafe { data.add(offset) }, length))
}

/// Node's C++ check of a buffer argument: a TypeError with a code.
fn not_a_buffer(ctx: &Ctx) -> rquickjs::Error {
    coded_error(ctx, "TypeError", "ERR_INVALID_ARG_TYPE", "argument must be a buffer")
}

fn not_a_string(ctx: &Ctx) -> rquickjs::Error {
    coded_error(ctx, "TypeError", "ERR_INVALID_ARG_TYPE", "argument must be a string")
}

/// Throws `new globalThis[constructor](message)` with a `code` property.
fn coded_error(ctx: &Ctx, constructor: &str, code: &str, message: &str) -> rquickjs::Error {
    let build = || -> Result<Value> {
        let class: rquickjs::Constructor = ctx.globals().get(constructor)?;
        let error: Object = class.construct((message,))?;
        error.set("code", code)?;
        Ok(error.into_value())
    };
    match build() {
        Ok(error) => ctx.throw(error),
        Err(error) => error,
    }
}

/// A new JS string from UTF-8 (QuickJS copies it into a one-byte string when
/// every character fits in Latin-1): owned, or JS_EXCEPTION.
fn new_string_raw(ctx: *mut qjs::JSContext, utf8: &[u8]) -> qjs::JSValue {
    // SAFETY: the pointer and length describe `utf8`, which QuickJS copies.
    unsafe { qjs::JS_NewStringLen(ctx, utf8.as_ptr().cast::<c_char>(), utf8.len() as _) }
}

fn new_string<'js>(ctx: &Ctx<'js>, utf8: &[u8]) -> Result<Value<'js>> {
    // SAFETY: new_string_raw's result is owned and from this context.
    unsafe { owned(ctx, new_string_raw(ctx.as_raw().as_ptr(), utf8)) }
}

/// Takes over an owned value QuickJS returned, or reports its exception.
///
/// # Safety
/// `value` must be owned and from this context.
unsafe fn owned<'js>(ctx: &Ctx<'js>, value: qjs::JSValue) -> Result<Value<'js>> {
    if qjs::JS_IsException(value) {
        return Err(rquickjs::Error::Exception);
    }
    Ok(Value::from_raw(ctx.clone(), value))
}

/// `bytes` decoded as a JS string: owned, or JS_EXCEPTION.
fn decode_raw(ctx: *mut qjs::JSContext, bytes: &[u8], encoding: Encoding) -> qjs::JSValue {
    match encoding {
        Encoding::Utf8 => new_string_raw(ctx, codec::utf8_decode(bytes).as_bytes()),
        Encoding::Latin1 => new_string_raw(ctx, codec::latin1_decode(bytes).as_bytes()),
        Encoding::Ascii => new_string_raw(ctx, &codec::ascii_decode(bytes)),
        Encoding::Utf16Le => {
            let units = codec::utf16le_decode(bytes);
            // SAFETY: the pointer and length describe `units`, which QuickJS copies.
            unsafe { qjs::JS_NewStringUTF16(ctx, units.as_ptr(), units.len() as _) }
        }
        Encoding::Hex => new_string_raw(ctx, &codec::hex_encode(bytes)),
        Encoding::Base64 => new_string_raw(ctx, &codec::base64_encode(bytes, false)),
        Encoding::Base64Url => new_string_raw(ctx, &codec::base64_encode(bytes, true)),
    }
}

fn decode<'js>(ctx: &Ctx<'js>, bytes: &[u8], encoding: Encoding) -> Result<Value<'js>> {
    // SAFETY: decode_raw's result is owned and from this context.
    unsafe { owned(ctx, decode_raw(ctx.as_raw().as_ptr(), bytes, encoding)) }
}

/// The bytes of a Uint8Array (a Buffer is one), the common case, without
/// throwing: `None` for anything else (or a detached one, which leaves an
/// exception pending that uint8_view's answer replaces).
fn uint8_array(ctx: *mut qjs::JSContext, value: qjs::JSValue) -> Option<(*mut u8, usize)> {
    // SAFETY: `value` is live for the call; JS_GetTypedArrayType only reads
    // its class, and JS_GetUint8Array, given a Uint8Array, returns its data
    // pointer and length or NULL.
    unsafe {
        let kind = qjs::JS_GetTypedArrayType(value);
        if kind != qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_UINT8 as i32 && kind != qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_UINT8C as i32 {
            return None;
        }
        let mut len = 0;
        let data = qjs::JS_GetUint8Array(ctx, &mut len, value);
        if data.is_null() {
            return None;
        }
        // A view of length 0 may point at a buffer with no memory at all.
        Some(if len == 0 { (std::ptr::NonNull::dangling().as_ptr(), 0) } else { (data, len as usize) })
    }
}

/// A JS string's UTF-8 as QuickJS hands it out: WTF-8, since a lone
/// surrogate is written as its own three bytes. Freed on drop.
pub struct Utf8Text<'js> {
    ctx: *mut qjs::JSContext,
    data: *const c_char,
    len: usize,
    _context: std::marker::PhantomData<Ctx<'js>>,
}

impl<'js> Utf8Text<'js> {
    pub fn new(ctx: &Ctx<'js>, value: &Value<'js>) -> Result<Self> {
        if !value.is_string() {
            return Err(not_a_string(ctx));
        }
        Self::from_raw(ctx.as_raw().as_ptr(), value.as_raw()).ok_or(rquickjs::Error::Exception)
    }

    /// `None` if `value` is no string, or (with an exception pending) if
    /// QuickJS ran out of memory.
    fn from_raw(ctx: *mut qjs::JSContext, value: qjs::JSValue) -> Option<Self> {
        // SAFETY: JS_IsString only reads the tag of a live value.
        if !unsafe { qjs::JS_IsString(value) } {
            return None;
        }
        let mut len = 0;
        // SAFETY: `value` is a live string of `ctx`, so no JS runs (no
        // toString); the result is freed in Drop with JS_FreeCString.
        let data = unsafe { qjs::JS_ToCStringLen2(ctx, &mut len, value, false) };
        if data.is_null() {
            return None;
        }
        Some(Self { ctx, data, len: len as usize, _context: std::marker::PhantomData })
    }

    pub fn bytes(&self) -> &[u8] {
        // SAFETY: QuickJS keeps `len` bytes at `data` alive until Drop.
        unsafe { std::slice::from_raw_parts(self.data.cast::<u8>(), self.len) }
    }
}

impl Drop for Utf8Text<'_> {
    fn drop(&mut self) {
        // SAFETY: `data` came from JS_ToCStringLen2 of this context, which
        // outlives the text ('js), and is freed once.
        unsafe { qjs::JS_FreeCString(self.ctx, self.data) }
    }
}

/// A JS string's UTF-16 code units, lone surrogates included. Freed on drop.
struct Utf16Text<'js> {
    ctx: *mut qjs::JSContext,
    data: *const u16,
    len: usize,
    _context: std::marker::PhantomData<Ctx<'js>>,
}

impl Utf16Text<'_> {
    /// `None` (with an exception pending) if QuickJS ran out of memory.
    fn from_raw(ctx: *mut qjs::JSContext, value: qjs::JSValue) -> Option<Self> {
        let mut len = 0;
        // SAFETY: `value` is a live string of `ctx`; freed with JS_FreeCStringUTF16.
        let data = unsafe { qjs::JS_ToCStringLenUTF16(ctx, &mut len, value) };
        if data.is_null() {
            return None;
        }
        Some(Self { ctx, data, len: len as usize, _context: std::marker::PhantomData })
    }

    fn units(&self) -> &[u16] {
        if self.len == 0 {
            return &[];
        }
        // SAFETY: QuickJS keeps `len` aligned units at `data` alive until Drop.
        unsafe { std::slice::from_raw_parts(self.data, self.len) }
    }
}

impl Drop for Utf16Text<'_> {
    fn drop(&mut self) {
        // SAFETY: `data` came from JS_ToCStringLenUTF16 of this context,
        // which outlives the text, and is freed once.
        unsafe { qjs::JS_FreeCStringUTF16(self.ctx, self.data) }
    }
}

/// A string read in the shape an encoding needs: its UTF-8 for `utf8` or
/// when it is all ASCII (one byte a unit), else its UTF-16 code units.
enum StringText<'js> {
    Utf8(Utf8Text<'js>),
    Ascii(Utf8Text<'js>),
    Units(Utf16Text<'js>),
}

impl<'js> StringText<'js> {
    fn new(ctx: &Ctx<'js>, value: &Value<'js>, encoding: Encoding) -> Result<Self> {
        if !value.is_string() {
            return Err(not_a_string(ctx));
        }
        Self::from_raw(ctx.as_raw().as_ptr(), value.as_raw(), encoding).ok_or(rquickjs::Error::Exception)
    }

    /// `None` if `value` is no string, or (with an exception pending) if
    /// QuickJS ran out of memory.
    fn from_raw(ctx: *mut qjs::JSContext, value: qjs::JSValue, encoding: Encoding) -> Option<Self> {
        let utf8 = Utf8Text::from_raw(ctx, value)?;
        if encoding == Encoding::Utf8 {
            Some(StringText::Utf8(utf8))
        } else if utf8.bytes().is_ascii() {
            Some(StringText::Ascii(utf8))
        } else {
            drop(utf8);
            Utf16Text::from_raw(ctx, value).map(StringText::Units)
        }
    }

    fn write(&self, encoding: Encoding, dst: &mut [u8]) -> usize {
        match self {
            StringText::Utf8(text) => codec::write_utf8(text.bytes(), dst),
            StringText::Ascii(text) => codec::write_one_byte(text.bytes(), encoding, dst),
            StringText::Units(text) => codec::write_units(text.units(), encoding, dst),
        }
    }

    /// The whole string in `encoding`.
    fn encode(&self, encoding: Encoding) -> Vec<u8> {
        let max = match self {
            StringText::Utf8(text) => return codec::utf8_of_wtf8(text.bytes()).into_owned(),
            StringText::Ascii(text) => codec::max_encoded_len(encoding, text.bytes().len(), text.bytes().len()),
            StringText::Units(text) => codec::max_encoded_len(encoding, text.units().len(), text.units().len() * 3),
        };
        let mut out = vec![0; max];
        let count = self.write(encoding, &mut out);
        out.truncate(count);
        out
    }

    /// The string's code units (for a string read as UTF-8, which only
    /// `utf8` does, decoded from it).
    fn units(&self) -> Box<dyn Iterator<Item = u16> + '_> {
        match self {
            StringText::Utf8(text) | StringText::Ascii(text) => {
                Box::new(String::from_utf8_lossy(text.bytes()).encode_utf16().collect::<Vec<_>>().into_iter())
            }
            StringText::Units(text) => Box::new(text.units().iter().copied()),
        }
    }
}

/// Node's `IndexOfString`: `needle` in `haystack` as `encoding` writes it,
/// from `offset` (see codec::index_of_offset).
fn index_of_string(haystack: &[u8], needle: &StringText, offset: i64, encoding: Encoding, forward: bool) -> i64 {
    let utf16 = encoding == Encoding::Utf16Le;
    // A UTF-16 search looks at whole units only.
    let haystack = if utf16 { &haystack[..haystack.len() & !1] } else { haystack };
    let needle_bytes = match encoding {
        Encoding::Utf8 | Encoding::Utf16Le | Encoding::Latin1 => needle.encode(encoding),
        // buffer.js searches the other encodings as bytes.
        _ => return -1,
    };
    let start = codec::index_of_offset(haystack.len(), offset, needle_bytes.len(), forward);
    if needle_bytes.is_empty() {
        return start;
    }
    if haystack.is_empty() || start < 0 {
        return -1;
    }
    let start = start as usize;
    if (forward && needle_bytes.len() + start > haystack.len()) || needle_bytes.len() > haystack.len() {
        return -1;
    }
    let found = if utf16 {
        let haystack = codec::utf16le_decode(haystack);
        let needle = codec::utf16le_decode(&needle_bytes);
        codec::search(&haystack, &needle, start / 2, forward).map(|i| i * 2)
    } else {
        codec::search_bytes(haystack, &needle_bytes, start, forward)
    };
    found.map_or(-1, |i| i as i64)
}

/// Node's `IndexOfBuffer`. With `utf16` the search is by whole units, and
/// (as in Node) a miss in an odd-length haystack answers its length less one
/// rather than -1.
fn index_of_bytes(haystack: &[u8], needle: &[u8], offset: i64, utf16: bool, forward: bool) -> i64 {
    let start = codec::index_of_offset(haystack.len(), offset, needle.len(), forward);
    if needle.is_empty() {
        return start;
    }
    if haystack.is_empty() || start < 0 {
        return -1;
    }
    let start = start as usize;
    if (forward && needle.len() + start > haystack.len()) || needle.len() > haystack.len() {
        return -1;
    }
    if utf16 {
        if haystack.len() < 2 || needle.len() < 2 {
            return -1;
        }
        let units = codec::utf16le_decode(haystack);
        let found = codec::search(&units, &codec::utf16le_decode(needle), start / 2, forward);
        let position = found.unwrap_or(units.len()) * 2;
        return if position == haystack.len() { -1 } else { position as i64 };
    }
    codec::search_bytes(haystack, needle, start, forward).map_or(-1, |i| i as i64)
}

/// A JS string as Rust text, a lone surrogate as U+FFFD (what Node writes
/// for it in UTF-8).
pub fn string_of<'js>(ctx: &Ctx<'js>, value: &Value<'js>) -> Result<String> {
    let text = Utf8Text::new(ctx, value)?;
    let bytes = codec::utf8_of_wtf8(text.bytes()).into_owned();
    String::from_utf8(bytes).map_err(|_| Exception::throw_internal(ctx, "UTF-8 of a string is not valid"))
}
