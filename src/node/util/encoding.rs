//! Natives of `TextEncoder`/`TextDecoder` (`internalBinding('encoding')`):
//! UTF-8 encoding, and decoding of the WHATWG encodings we carry (UTF-8,
//! UTF-16LE, UTF-16BE, the single-byte encodings Node's ICU knows, from
//! tables read out of Node (single_byte.rs), and Node's latin1 shortcut for
//! windows-1252) with the Encoding Standard's replacement and fatal rules.
//!
//! A streaming decoder keeps its state in JS: the bytes of an unfinished
//! character (`carry`) come back with each chunk's text and go in with the
//! next chunk. BOM handling is the JS side's too (`util/encoding.js`).
//! The legacy multi-byte encodings (Shift_JIS, GBK, ...) that Node's ICU
//! build decodes are not here: their tables would add hundreds of KB to the
//! wasm package (see the NODE-DIFF in encoding.js).

use rquickjs::{Array, Ctx, Function, Object, Result, TypedArray, Value};

use super::single_byte::{SingleByteEncoding, SINGLE_BYTE_ENCODINGS};

/// The decoders, by the number the JS side passes: 0 UTF-8, 1 UTF-16LE,
/// 2 UTF-16BE, 3 latin1, then 4 + the index of a single-byte encoding in
/// `singleByteEncodings`.
#[derive(Clone, Copy)]
enum Decoder {
    Utf8,
    Utf16Le,
    Utf16Be,
    /// Node 24 decodes a non-streaming windows-1252 decoder's bytes as
    /// ISO-8859-1 (each byte is its code point), unlike the standard.
    Latin1,
    SingleByte(&'static SingleByteEncoding),
}

impl Decoder {
    fn from_number(number: u32) -> Option<Self> {
        Some(match number {
            0 => Decoder::Utf8,
            1 => Decoder::Utf16Le,
            2 => Decoder::Utf16Be,
            3 => Decoder::Latin1,
            n => Decoder::SingleByte(SINGLE_BYTE_ENCODINGS.get(usize::try_from(n - 4).ok()?)?),
        })
    }
}

/// What one call decoded: the text, and the bytes of a character the chunk
/// ended inside (kept for the next chunk when streaming). `None` as a whole
/// when `fatal` and the input held an error.
struct Decoded {
    text: String,
    carry: Vec<u8>,
}

fn decode_utf8(bytes: &[u8], fatal: bool, stream: bool) -> Option<Decoded> {
    let mut text = String::with_capacity(bytes.len());
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(valid) => {
                text.push_str(valid);
                return Some(Decoded { text, carry: Vec::new() });
            }
            Err(error) => {
                let (valid, after) = rest.split_at(error.valid_up_to());
                // SAFETY: from_utf8 checked these bytes.
                text.push_str(unsafe { std::str::from_utf8_unchecked(valid) });
                match error.error_len() {
                    // The input ends inside a character that may yet be whole.
                    None if stream => return Some(Decoded { text, carry: after.to_vec() }),
                    None => {
                        if fatal {
                            return None;
                        }
                        text.push('\u{FFFD}');
                        return Some(Decoded { text, carry: Vec::new() });
                    }
                    // A maximal invalid subpart: one U+FFFD, as the standard says.
                    Some(length) => {
                        if fatal {
                            return None;
                        }
                        text.push('\u{FFFD}');
                        rest = &after[length..];
                    }
                }
            }
        }
    }
}

fn decode_utf16(bytes: &[u8], big_endian: bool, fatal: bool, stream: bool) -> Option<Decoded> {
    let whole = bytes.len() & !1;
    let units = bytes[..whole].chunks_exact(2).map(|pair| {
        if big_endian {
            u16::from_be_bytes([pair[0], pair[1]])
        } else {
            u16::from_le_bytes([pair[0], pair[1]])
        }
    });
    let mut text = String::with_capacity(whole / 2);
    let mut lead: Option<u16> = None;
    for unit in units {
        match (lead.take(), unit) {
            (None, 0xD800..=0xDBFF) => lead = Some(unit),
            (None, 0xDC00..=0xDFFF) => {
                if fatal {
                    return None;
                }
                text.push('\u{FFFD}');
            }
            (None, _) => text.push(char::from_u32(u32::from(unit)).unwrap_or('\u{FFFD}')),
            (Some(high), 0xDC00..=0xDFFF) => {
                let code = 0x10000 + ((u32::from(high) - 0xD800) << 10) + (u32::from(unit) - 0xDC00);
                text.push(char::from_u32(code).unwrap_or('\u{FFFD}'));
            }
            (Some(_), _) => {
                // An unpaired lead: U+FFFD for it, then the unit on its own.
                if fatal {
                    return None;
                }
                text.push('\u{FFFD}');
                match unit {
                    0xD800..=0xDBFF => lead = Some(unit),
                    0xDC00..=0xDFFF => text.push('\u{FFFD}'),
                    _ => text.push(char::from_u32(u32::from(unit)).unwrap_or('\u{FFFD}')),
                }
            }
        }
    }
    let mut carry = Vec::new();
    if let Some(high) = lead {
        carry.extend(if big_endian { high.to_be_bytes() } else { high.to_le_bytes() });
    }
    if whole < bytes.len() {
        carry.push(bytes[whole]);
    }
    if !carry.is_empty() && !stream {
        // Flushing with half a character (or an unpaired lead) left.
        if fatal {
            return None;
        }
        text.push('\u{FFFD}');
        carry.clear();
    }
    Some(Decoded { text, carry })
}

fn decode_latin1(bytes: &[u8]) -> Decoded {
    Decoded { text: bytes.iter().map(|&byte| char::from(byte)).collect(), carry: Vec::new() }
}

fn decode_single_byte(bytes: &[u8], encoding: &SingleByteEncoding, fatal: bool) -> Option<Decoded> {
    let mut text = String::with_capacity(bytes.len());
    for &byte in bytes {
        let unit = if byte >= 0x80 {
            encoding.high[usize::from(byte - 0x80)]
        } else {
            encoding.low_exceptions.iter().find(|(low, _)| *low == byte).map_or(u16::from(byte), |&(_, unit)| unit)
        };
        if unit == 0xFFFD && fatal {
            return None;
        }
        // The tables hold no surrogates: every unit is a character.
        text.push(char::from_u32(u32::from(unit)).unwrap_or('\u{FFFD}'));
    }
    Some(Decoded { text, carry: Vec::new() })
}

fn decode(bytes: &[u8], decoder: Decoder, fatal: bool, stream: bool) -> Option<Decoded> {
    match decoder {
        Decoder::Utf8 => decode_utf8(bytes, fatal, stream),
        Decoder::Utf16Le => decode_utf16(bytes, false, fatal, stream),
        Decoder::Utf16Be => decode_utf16(bytes, true, fatal, stream),
        Decoder::Latin1 => Some(decode_latin1(bytes)),
        Decoder::SingleByte(encoding) => decode_single_byte(bytes, encoding, fatal),
    }
}

/// How many UTF-16 units of `text` and UTF-8 bytes fit in `space` bytes,
/// whole characters only (the WHATWG `encodeInto` rule).
fn encode_into_counts(text: &str, space: usize) -> (usize, usize) {
    let mut read = 0;
    let mut written = 0;
    for character in text.chars() {
        let length = character.len_utf8();
        if written + length > space {
            break;
        }
        written += length;
        read += character.len_utf16();
    }
    (read, written)
}

pub fn binding<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let binding = Object::new(ctx.clone())?;
    let names: Vec<&str> = SINGLE_BYTE_ENCODINGS.iter().map(|encoding| encoding.name).collect();
    binding.set("singleByteEncodings", names)?;
    // TextEncoder.encode: a lone surrogate becomes U+FFFD, as the standard says.
    binding.set(
        "encodeUtf8",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, text: rquickjs::String<'js>| -> Result<TypedArray<'js, u8>> {
            TypedArray::new(ctx, crate::node::utf8_of(&text)?.into_bytes())
        })?,
    )?;
    // TextEncoder.encodeInto: [read (UTF-16 units), written (bytes)].
    binding.set(
        "encodeInto",
        Function::new(ctx.clone(), |text: rquickjs::String<'js>, dest: TypedArray<'js, u8>| -> Result<Vec<usize>> {
            let text = crate::node::utf8_of(&text)?;
            let Some(raw) = dest.as_raw() else { return Ok(vec![0, 0]) };
            let (read, written) = encode_into_counts(&text, raw.len());
            // SAFETY: `raw` points at the view's live bytes, no JS runs while
            // we write, and `written <= raw.len()`.
            unsafe {
                std::ptr::copy_nonoverlapping(text.as_ptr(), raw.as_ptr().cast::<u8>(), written);
            }
            Ok(vec![read, written])
        })?,
    )?;
    // decode(bytes: Uint8Array, decoder, fatal, stream, carry?) -> [text, carry]
    // ([text] when nothing is carried), or undefined for a fatal error.
    binding.set(
        "decode",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>,
             bytes: TypedArray<'js, u8>,
             decoder: u32,
             fatal: bool,
             stream: bool,
             carry: rquickjs::function::Opt<Value<'js>>|
             -> Result<Value<'js>> {
                let decoder = Decoder::from_number(decoder)
                    .ok_or_else(|| rquickjs::Error::new_from_js("number", "decoder"))?;
                // No carry is `undefined` (or absent).
                let carry = carry.0.and_then(|carry| TypedArray::<u8>::from_value(carry).ok());
                // SAFETY: both slices are read and copied (or decoded) before
                // any JS runs again.
                let decoded = unsafe {
                    let input = bytes.as_bytes().unwrap_or_default();
                    match carry.as_ref().and_then(|carry| carry.as_bytes()).filter(|carry| !carry.is_empty()) {
                        Some(carry) => decode(&[carry, input].concat(), decoder, fatal, stream),
                        None => decode(input, decoder, fatal, stream),
                    }
                };
                let Some(decoded) = decoded else { return Ok(Value::new_undefined(ctx)) };
                let result = Array::new(ctx.clone())?;
                result.set(0, decoded.text)?;
                if !decoded.carry.is_empty() {
                    result.set(1, TypedArray::<u8>::new(ctx, decoded.carry)?)?;
                }
                Ok(result.into_value())
            },
        )?,
    )?;
    Ok(binding)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(bytes: &[u8], decoder: Decoder, fatal: bool, stream: bool) -> Option<(String, Vec<u8>)> {
        decode(bytes, decoder, fatal, stream).map(|decoded| (decoded.text, decoded.carry))
    }

    #[test]
    fn utf8_replaces_maximal_subparts() {
        // F0 9F 98 is an unfinished 4-byte sequence: one U+FFFD.
        assert_eq!(text(b"a\xF0\x9F\x98b", Decoder::Utf8, false, false), Some(("a\u{FFFD}b".into(), vec![])));
        assert_eq!(text(b"\xC0\x80", Decoder::Utf8, false, false), Some(("\u{FFFD}\u{FFFD}".into(), vec![])));
        assert_eq!(text(b"\xFF", Decoder::Utf8, true, false), None);
    }

    #[test]
    fn utf8_streaming_carries_an_unfinished_character() {
        assert_eq!(text(b"a\xE2\x82", Decoder::Utf8, false, true), Some(("a".into(), vec![0xE2, 0x82])));
        assert_eq!(text(b"\xE2\x82\xAC", Decoder::Utf8, false, true), Some(("\u{20AC}".into(), vec![])));
        assert_eq!(text(b"a\xE2\x82", Decoder::Utf8, false, false), Some(("a\u{FFFD}".into(), vec![])));
    }

    #[test]
    fn utf16_pairs_surrogates_and_carries_halves() {
        assert_eq!(text(&[0x3D, 0xD8, 0x00, 0xDE], Decoder::Utf16Le, false, false), Some(("\u{1F600}".into(), vec![])));
        assert_eq!(text(&[0x3D, 0xD8], Decoder::Utf16Le, false, true), Some(("".into(), vec![0x3D, 0xD8])));
        assert_eq!(text(&[0x3D, 0xD8, 0x41], Decoder::Utf16Le, false, true), Some(("".into(), vec![0x3D, 0xD8, 0x41])));
        assert_eq!(text(&[0x3D, 0xD8, 0x41, 0x00], Decoder::Utf16Le, false, false), Some(("\u{FFFD}A".into(), vec![])));
        assert_eq!(text(&[0x00, 0xDC], Decoder::Utf16Le, true, false), None);
        assert_eq!(text(&[0x00, 0x41, 0x00], Decoder::Utf16Be, false, false), Some(("A\u{FFFD}".into(), vec![])));
    }

    fn single_byte(name: &str) -> Decoder {
        let index = SINGLE_BYTE_ENCODINGS.iter().position(|encoding| encoding.name == name).expect("known encoding");
        Decoder::from_number(4 + index as u32).expect("decoder")
    }

    #[test]
    fn single_byte_encodings_map_through_their_tables() {
        let windows_1252 = single_byte("windows-1252");
        assert_eq!(text(&[0x80, 0x81, 0xE9], windows_1252, false, false), Some(("\u{20AC}\u{81}\u{E9}".into(), vec![])));
        assert_eq!(text(&[0x80, 0xE9], Decoder::Latin1, false, false), Some(("\u{80}\u{E9}".into(), vec![])));
        // ISO-8859-3 leaves 0xA5 unmapped.
        assert_eq!(text(&[0x41, 0xA5], single_byte("iso-8859-3"), false, false), Some(("A\u{FFFD}".into(), vec![])));
        assert_eq!(text(&[0xA5], single_byte("iso-8859-3"), true, false), None);
        // ICU's IBM866 swaps three control codes.
        assert_eq!(text(&[0x1A, 0x41], single_byte("ibm866"), false, false), Some(("\u{1C}A".into(), vec![])));
        assert!(Decoder::from_number(4 + SINGLE_BYTE_ENCODINGS.len() as u32).is_none());
    }

    #[test]
    fn encode_into_stops_before_a_character_that_does_not_fit() {
        assert_eq!(encode_into_counts("a\u{20AC}b", 3), (1, 1));
        assert_eq!(encode_into_counts("a\u{1F600}", 5), (3, 5));
        assert_eq!(encode_into_counts("", 0), (0, 0));
    }
}
