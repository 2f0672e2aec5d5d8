//! Node's text encodings as pure functions over bytes and UTF-16 code units:
//! what `Buffer` writes for a string and what it reads back, with Node's
//! rules for input that does not fit the encoding.
//!
//! A JS string reaches these functions in one of two shapes (see mod.rs):
//! its UTF-8 bytes as QuickJS hands them out, where a lone surrogate is
//! the three bytes `ED A0..BF xx` (WTF-8), or its UTF-16 code units. Writes
//! take the shape the encoding needs: UTF-8 for `utf8`, code units for the
//! others, except that an all-ASCII string skips the UTF-16 copy.
//!
//! Not here: the JS-facing argument checks (buffer.js) and the JS value
//! plumbing (mod.rs).

use std::borrow::Cow;

/// Node's encodings, numbered as Node's `enum encoding` (which `encodingsMap`
/// exposes to JS); `buffer.js` passes these numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Ascii = 0,
    Utf8 = 1,
    Base64 = 2,
    Utf16Le = 3,
    Latin1 = 4,
    Hex = 5,
    Base64Url = 7,
}

impl Encoding {
    pub fn from_id(id: i32) -> Option<Self> {
        Some(match id {
            0 => Encoding::Ascii,
            1 => Encoding::Utf8,
            2 => Encoding::Base64,
            3 => Encoding::Utf16Le,
            4 => Encoding::Latin1,
            5 => Encoding::Hex,
            7 => Encoding::Base64Url,
            _ => return None,
        })
    }

    /// A name as JS normalises it (`normalizeEncoding`), plus the aliases.
    pub fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "utf8" | "utf-8" => Encoding::Utf8,
            "utf16le" | "utf-16le" | "ucs2" | "ucs-2" => Encoding::Utf16Le,
            "latin1" | "binary" => Encoding::Latin1,
            "ascii" => Encoding::Ascii,
            "base64" => Encoding::Base64,
            "base64url" => Encoding::Base64Url,
            "hex" => Encoding::Hex,
            _ => return None,
        })
    }
}

// --- Bytes to text ---

const HEX_DIGITS: &[u8; 16] = b"0123456789abcdef";
const BASE64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const BASE64URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// The two lower-case hex digits of every byte value.
static HEX_PAIRS: [[u8; 2]; 256] = {
    let mut table = [[0; 2]; 256];
    let mut i = 0;
    while i < 256 {
        table[i] = [HEX_DIGITS[i >> 4], HEX_DIGITS[i & 15]];
        i += 1;
    }
    table
};

/// Lower-case hex, two digits a byte (ASCII).
pub fn hex_encode(bytes: &[u8]) -> Vec<u8> {
    let mut out = vec![0; bytes.len() * 2];
    for (pair, &byte) in out.chunks_exact_mut(2).zip(bytes) {
        pair.copy_from_slice(&HEX_PAIRS[byte as usize]);
    }
    out
}

/// Base64 (ASCII): `=`-padded for `base64`, unpadded for `base64url`.
pub fn base64_encode(bytes: &[u8], url: bool) -> Vec<u8> {
    let alphabet = if url { BASE64URL } else { BASE64 };
    let full = bytes.len() / 3;
    let tail = bytes.len() % 3;
    let tail_len = match (tail, url) {
        (0, _) => 0,
        (_, false) => 4,
        (1, true) => 2,
        (_, true) => 3,
    };
    let mut out = vec![0; full * 4 + tail_len];
    for (quad, chunk) in out.chunks_exact_mut(4).zip(bytes.chunks_exact(3)) {
        let n = (chunk[0] as u32) << 16 | (chunk[1] as u32) << 8 | chunk[2] as u32;
        quad[0] = alphabet[(n >> 18) as usize];
        quad[1] = alphabet[(n >> 12 & 63) as usize];
        quad[2] = alphabet[(n >> 6 & 63) as usize];
        quad[3] = alphabet[(n & 63) as usize];
    }
    if tail > 0 {
        let rest = &bytes[full * 3..];
        let n = (rest[0] as u32) << 16 | rest.get(1).map_or(0, |&b| (b as u32) << 8);
        let digits = [alphabet[(n >> 18) as usize], alphabet[(n >> 12 & 63) as usize], alphabet[(n >> 6 & 63) as usize]];
        let out_tail = &mut out[full * 4..];
        out_tail[..tail + 1].copy_from_slice(&digits[..tail + 1]);
        for slot in &mut out_tail[tail + 1..] {
            *slot = b'=';
        }
    }
    out
}

/// `ascii` reads each byte's low seven bits, as V8's one-byte strings do.
pub fn ascii_decode(bytes: &[u8]) -> Cow<'_, [u8]> {
    if bytes.is_ascii() {
        Cow::Borrowed(bytes)
    } else {
        Cow::Owned(bytes.iter().map(|&b| b & 0x7f).collect())
    }
}

/// `latin1` maps each byte to the code point of the same number.
pub fn latin1_decode(bytes: &[u8]) -> Cow<'_, str> {
    match std::str::from_utf8(bytes) {
        Ok(text) if bytes.is_ascii() => Cow::Borrowed(text),
        _ => Cow::Owned(bytes.iter().map(|&b| b as char).collect()),
    }
}

/// `utf16le` takes whole little-endian pairs; an odd last byte is dropped
/// and lone surrogates stay as they are.
pub fn utf16le_decode(bytes: &[u8]) -> Vec<u16> {
    bytes.chunks_exact(2).map(|pair| u16::from_le_bytes([pair[0], pair[1]])).collect()
}

/// `utf8` with the WHATWG decoder's replacement: one U+FFFD for each maximal
/// subpart of an ill-formed sequence (Rust's lossy decoding follows the same
/// Unicode practice, as V8 does).
pub fn utf8_decode(bytes: &[u8]) -> Cow<'_, str> {
    String::from_utf8_lossy(bytes)
}

// --- Text to bytes ---

/// Copies a string's UTF-8 (WTF-8) bytes into `dst` as valid UTF-8, without
/// splitting a character: at most `dst.len()` bytes, a lone surrogate as
/// U+FFFD (the same three bytes long), as V8's `WriteUtf8` does. Returns the
/// number of bytes written.
pub fn write_utf8(src: &[u8], dst: &mut [u8]) -> usize {
    let mut count = src.len().min(dst.len());
    if count < src.len() {
        while count > 0 && src[count] & 0xc0 == 0x80 {
            count -= 1;
        }
    }
    dst[..count].copy_from_slice(&src[..count]);
    if std::str::from_utf8(&src[..count]).is_err() {
        replace_surrogates(&mut dst[..count]);
    }
    count
}

/// The UTF-8 of a string from its WTF-8: lone surrogates become U+FFFD.
pub fn utf8_of_wtf8(src: &[u8]) -> Cow<'_, [u8]> {
    if std::str::from_utf8(src).is_ok() {
        return Cow::Borrowed(src);
    }
    let mut bytes = src.to_vec();
    replace_surrogates(&mut bytes);
    Cow::Owned(bytes)
}

/// WTF-8 writes a surrogate as `ED A0..BF xx`, which valid UTF-8 never holds
/// (its `ED` is followed by `80..9F`); U+FFFD is `EF BF BD`.
fn replace_surrogates(bytes: &mut [u8]) {
    let mut i = 0;
    while i + 2 < bytes.len() {
        if bytes[i] == 0xed && bytes[i + 1] >= 0xa0 {
            bytes[i..i + 3].copy_from_slice(&[0xef, 0xbf, 0xbd]);
            i += 3;
        } else {
            i += 1;
        }
    }
}

/// Writes code units in `encoding` (anything but `utf8`) into `dst`; returns
/// the bytes written. `utf16le` writes whole units, `latin1` and `ascii`
/// each unit's low byte (Node does not mask `ascii`), `hex` and the base64s
/// decode the units, each truncated to its low byte as Node's decoders
/// read two-byte strings.
pub fn write_units(units: &[u16], encoding: Encoding, dst: &mut [u8]) -> usize {
    match encoding {
        Encoding::Utf16Le => {
            let count = units.len().min(dst.len() / 2);
            for (pair, unit) in dst.chunks_exact_mut(2).zip(&units[..count]) {
                pair.copy_from_slice(&unit.to_le_bytes());
            }
            count * 2
        }
        Encoding::Latin1 | Encoding::Ascii => {
            let count = units.len().min(dst.len());
            for (byte, &unit) in dst.iter_mut().zip(&units[..count]) {
                *byte = unit as u8;
            }
            count
        }
        Encoding::Hex | Encoding::Base64 | Encoding::Base64Url => {
            let narrowed: Vec<u8> = units.iter().map(|&unit| unit as u8).collect();
            write_one_byte(&narrowed, encoding, dst)
        }
        Encoding::Utf8 => {
            let text = String::from_utf16_lossy(units);
            write_utf8(text.as_bytes(), dst)
        }
    }
}

/// As [`write_units`] for a string whose units are all below 0x100, given as
/// one byte each (an all-ASCII string's UTF-8 is exactly that).
pub fn write_one_byte(bytes: &[u8], encoding: Encoding, dst: &mut [u8]) -> usize {
    match encoding {
        Encoding::Utf16Le => {
            let count = bytes.len().min(dst.len() / 2);
            for (pair, &byte) in dst.chunks_exact_mut(2).zip(&bytes[..count]) {
                pair.copy_from_slice(&[byte, 0]);
            }
            count * 2
        }
        Encoding::Latin1 | Encoding::Ascii => {
            let count = bytes.len().min(dst.len());
            dst[..count].copy_from_slice(&bytes[..count]);
            count
        }
        Encoding::Hex => hex_decode_into(bytes, dst),
        Encoding::Base64 | Encoding::Base64Url => base64_decode_into(bytes, dst),
        Encoding::Utf8 => write_utf8(latin1_decode(bytes).as_bytes(), dst),
    }
}

/// Most bytes a string of `units` code units (`utf8_len` UTF-8 bytes) can
/// give in `encoding`: the size to allocate before writing.
pub fn max_encoded_len(encoding: Encoding, units: usize, utf8_len: usize) -> usize {
    match encoding {
        Encoding::Utf8 => utf8_len,
        Encoding::Utf16Le => units * 2,
        Encoding::Latin1 | Encoding::Ascii => units,
        Encoding::Hex => units / 2,
        Encoding::Base64 | Encoding::Base64Url => units / 4 * 3 + 2,
    }
}

const INVALID: u8 = 0xff;

/// Base64 digit values of both alphabets (Node's decoder takes either
/// whatever the encoding's name), `INVALID` elsewhere.
static UNBASE64: [u8; 256] = {
    let mut table = [INVALID; 256];
    let mut i = 0;
    while i < 64 {
        table[BASE64[i] as usize] = i as u8;
        table[BASE64URL[i] as usize] = i as u8;
        i += 1;
    }
    table
};

static UNHEX: [u8; 256] = {
    let mut table = [INVALID; 256];
    let mut i = 0;
    while i < 10 {
        table[b'0' as usize + i] = i as u8;
        i += 1;
    }
    let mut i = 0;
    while i < 6 {
        table[b'a' as usize + i] = 10 + i as u8;
        table[b'A' as usize + i] = 10 + i as u8;
        i += 1;
    }
    table
};

/// Node's lenient base64 decoder: digits of either alphabet in order, any
/// other character skipped, the first `=` met where a digit was due ends
/// it, and a last lone digit gives nothing. Writes at most `dst.len()`
/// bytes; returns the count.
pub fn base64_decode_into(src: &[u8], dst: &mut [u8]) -> usize {
    let (mut i, mut k) = (0, 0);
    // Clean groups of four digits, three bytes each.
    while i + 4 <= src.len() && k + 3 <= dst.len() {
        let (a, b, c, d) = (
            UNBASE64[src[i] as usize],
            UNBASE64[src[i + 1] as usize],
            UNBASE64[src[i + 2] as usize],
            UNBASE64[src[i + 3] as usize],
        );
        if (a | b | c | d) & 0x80 != 0 {
            break;
        }
        let n = (a as u32) << 18 | (b as u32) << 12 | (c as u32) << 6 | d as u32;
        dst[k..k + 3].copy_from_slice(&[(n >> 16) as u8, (n >> 8) as u8, n as u8]);
        i += 4;
        k += 3;
    }
    // The rest one digit at a time, from the start of a group.
    let (mut acc, mut bits) = (0u32, 0u32);
    for &c in &src[i..] {
        let value = UNBASE64[c as usize];
        if value == INVALID {
            if c == b'=' {
                break;
            }
            continue;
        }
        acc = (acc << 6 | value as u32) & 0xfff;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            if k == dst.len() {
                break;
            }
            dst[k] = (acc >> bits) as u8;
            k += 1;
        }
    }
    k
}

/// Pairs of hex digits up to the first pair that is not one; an odd last
/// digit is ignored. Writes at most `dst.len()` bytes; returns the count.
pub fn hex_decode_into(src: &[u8], dst: &mut [u8]) -> usize {
    let count = dst.len().min(src.len() / 2);
    for i in 0..count {
        let (high, low) = (UNHEX[src[2 * i] as usize], UNHEX[src[2 * i + 1] as usize]);
        if high == INVALID || low == INVALID {
            return i;
        }
        dst[i] = high << 4 | low;
    }
    count
}

// --- atob / btoa ---

/// Why `atob` refused its input, as the numbers Node's binding returns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AtobError {
    /// One digit left over after the last group.
    BadLength = -1,
    /// A character that is not a digit, `=` padding or ASCII whitespace.
    InvalidCharacter = -2,
}

/// `atob`'s decode: the WHATWG forgiving-base64 decode, with the error
/// numbers simdutf gives Node, which decides in this order: trailing ASCII
/// whitespace and then one or two `=` (whitespace allowed between them)
/// come off; the rest must be digits and whitespace (else
/// `InvalidCharacter`) and must not leave one digit over (`BadLength`); with
/// `=` padding, the digits must have left exactly as many bytes over as the
/// padding stands for (else `InvalidCharacter`).
pub fn atob(units: impl Iterator<Item = u16>) -> Result<Vec<u8>, AtobError> {
    let is_space = |unit: u16| matches!(unit, 0x09 | 0x0a | 0x0c | 0x0d | 0x20);
    let mut units: Vec<u16> = units.collect();
    while units.last().is_some_and(|&unit| is_space(unit)) {
        units.pop();
    }
    let mut padding = 0;
    if units.last() == Some(&(b'=' as u16)) {
        units.pop();
        padding = 1;
        while units.last().is_some_and(|&unit| is_space(unit)) {
            units.pop();
        }
        if units.last() == Some(&(b'=' as u16)) {
            units.pop();
            padding = 2;
        }
    }
    if units.is_empty() {
        return if padding > 0 { Err(AtobError::InvalidCharacter) } else { Ok(Vec::new()) };
    }
    let mut digits: Vec<u8> = Vec::with_capacity(units.len());
    for unit in units {
        if is_space(unit) {
            continue;
        }
        if unit >= 0x80 || UNBASE64_STRICT[unit as usize] == INVALID {
            return Err(AtobError::InvalidCharacter);
        }
        digits.push(unit as u8);
    }
    if digits.len() % 4 == 1 {
        return Err(AtobError::BadLength);
    }
    let mut out = vec![0; digits.len() / 4 * 3 + 2];
    let count = base64_decode_into(&digits, &mut out);
    out.truncate(count);
    if padding > 0 && (count.is_multiple_of(3) || count % 3 + 1 + padding != 4) {
        return Err(AtobError::InvalidCharacter);
    }
    Ok(out)
}

/// Digit values of the standard alphabet only (atob takes no `-` or `_`).
static UNBASE64_STRICT: [u8; 128] = {
    let mut table = [INVALID; 128];
    let mut i = 0;
    while i < 64 {
        table[BASE64[i] as usize] = i as u8;
        i += 1;
    }
    table
};

/// `btoa`: base64 of the string's code units as bytes, `None` if one is
/// above 0xFF.
pub fn btoa(units: impl Iterator<Item = u16>) -> Option<Vec<u8>> {
    let bytes: Option<Vec<u8>> = units.map(|unit| u8::try_from(unit).ok()).collect();
    Some(base64_encode(&bytes?, false))
}

// --- indexOf ---

/// Where a search of a `needle_len`-long needle starts in a `len`-long
/// haystack for `byteOffset` (Node's `IndexOfOffset`): a negative offset
/// counts from the end; -1 means nothing can match.
pub fn index_of_offset(len: usize, offset: i64, needle_len: usize, forward: bool) -> i64 {
    let (len, needle_len) = (len as i64, needle_len as i64);
    if offset < 0 {
        if offset + len >= 0 {
            len + offset
        } else if forward || needle_len == 0 {
            0
        } else {
            -1
        }
    } else if offset + needle_len <= len {
        offset
    } else if needle_len == 0 {
        len
    } else if forward {
        -1
    } else {
        len - 1
    }
}

/// The first match at or after `start` (forward), or the last match that
/// starts at or before `start` (backward), of bytes.
pub fn search_bytes(haystack: &[u8], needle: &[u8], start: usize, forward: bool) -> Option<usize> {
    if needle.is_empty() || needle.len() > haystack.len() {
        return None;
    }
    if forward {
        let from = haystack.get(start..)?;
        memchr::memmem::find(from, needle).map(|i| i + start)
    } else {
        let end = (start + needle.len()).min(haystack.len());
        memchr::memmem::rfind(&haystack[..end], needle)
    }
}

/// [`search_bytes`] over any units (UTF-16 ones), a plain scan.
pub fn search<T: PartialEq>(haystack: &[T], needle: &[T], start: usize, forward: bool) -> Option<usize> {
    if needle.is_empty() || needle.len() > haystack.len() {
        return None;
    }
    let last = haystack.len() - needle.len();
    let first = &needle[0];
    if forward {
        (start..=last).find(|&i| haystack[i] == *first && haystack[i..i + needle.len()] == *needle)
    } else {
        (0..=start.min(last)).rev().find(|&i| haystack[i] == *first && haystack[i..i + needle.len()] == *needle)
    }
}

// --- transcode ---

/// The ICU error codes `buffer.transcode` can fail with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IcuError {
    IllegalArgument = 1,
    InvalidChar = 10,
}

/// `buffer.transcode(source, from, to)` as Node 24 does it: ICU converters
/// for most pairs (a character the target lacks becomes `?`, or nothing if
/// it is default-ignorable; bad input becomes U+FFFD), simdutf's strict
/// conversions for UTF-8 ⇄ UTF-16, and plain widening for Latin-1/ASCII
/// to UTF-16.
pub fn transcode(src: &[u8], from: Encoding, to: Encoding) -> Result<Vec<u8>, IcuError> {
    use Encoding::*;
    let supported = |encoding| matches!(encoding, Ascii | Latin1 | Utf16Le | Utf8);
    if !supported(from) || !supported(to) {
        return Err(IcuError::IllegalArgument);
    }
    Ok(match (from, to) {
        (Ascii | Latin1, Utf16Le) => src.iter().flat_map(|&b| [b, 0]).collect(),
        (Utf8, Utf16Le) => {
            let text = std::str::from_utf8(src).map_err(|_| IcuError::InvalidChar)?;
            text.encode_utf16().flat_map(u16::to_le_bytes).collect()
        }
        (Utf16Le, Utf8) => {
            let units = utf16le_decode(src);
            let text = String::from_utf16(&units).map_err(|_| IcuError::InvalidChar)?;
            if text.is_empty() {
                return Err(IcuError::InvalidChar);
            }
            text.into_bytes()
        }
        (Utf16Le, Ascii | Latin1) => {
            let mut out = Vec::with_capacity(src.len() / 2);
            for unit in char::decode_utf16(utf16le_decode(src)) {
                match unit {
                    Ok(c) => push_single_byte(&mut out, c, to),
                    Err(_) => out.push(b'?'),
                }
            }
            out
        }
        _ => {
            let text: Cow<'_, str> = match from {
                Ascii => Cow::Owned(src.iter().map(|&b| if b < 0x80 { b as char } else { '\u{fffd}' }).collect()),
                Latin1 => latin1_decode(src),
                Utf8 => utf8_decode(src),
                Utf16Le => {
                    let mut units = utf16le_decode(src);
                    // A high surrogate cut off by the end, odd byte and all,
                    // is one bad sequence to ICU: one U+FFFD.
                    if src.len() % 2 == 1 && units.last().is_some_and(|unit| (0xd800..0xdc00).contains(unit)) {
                        units.pop();
                    }
                    let mut text: String = char::decode_utf16(units)
                        .map(|unit| unit.unwrap_or('\u{fffd}'))
                        .collect();
                    if src.len() % 2 == 1 {
                        text.push('\u{fffd}');
                    }
                    Cow::Owned(text)
                }
                _ => return Err(IcuError::IllegalArgument),
            };
            match to {
                Utf8 => text.into_owned().into_bytes(),
                Utf16Le => text.encode_utf16().flat_map(u16::to_le_bytes).collect(),
                _ => {
                    let mut out = Vec::with_capacity(text.len());
                    for c in text.chars() {
                        push_single_byte(&mut out, c, to);
                    }
                    out
                }
            }
        }
    })
}

/// One character to `ascii` or `latin1` as ICU's substituting converter
/// does: itself if it fits, else `?`, unless it is default-ignorable.
fn push_single_byte(out: &mut Vec<u8>, c: char, to: Encoding) {
    let limit = if to == Encoding::Ascii { 0x7f } else { 0xff };
    if c as u32 <= limit {
        out.push(c as u8);
    } else if !is_default_ignorable(c as u32) {
        out.push(b'?');
    }
}

/// The default-ignorable code points ICU's callbacks drop instead of
/// substituting (its `IS_DEFAULT_IGNORABLE_CODE_POINT` list).
fn is_default_ignorable(c: u32) -> bool {
    matches!(c,
        0x00ad | 0x034f | 0x061c | 0x115f | 0x1160 | 0x17b4..=0x17b5 | 0x180b..=0x180f | 0x200b..=0x200f
        | 0x202a..=0x202e | 0x2060..=0x206f | 0x3164 | 0xfe00..=0xfe0f | 0xfeff | 0xffa0 | 0xfff0..=0xfff8
        | 0x1bca0..=0x1bca3 | 0x1d173..=0x1d17a | 0xe0000..=0xe0fff)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode_base64(text: &str) -> Vec<u8> {
        let mut out = vec![0; text.len()];
        let count = base64_decode_into(text.as_bytes(), &mut out);
        out.truncate(count);
        out
    }

    #[test]
    fn base64_round_trips_every_length() {
        for len in 0..20 {
            let bytes: Vec<u8> = (0..len).map(|i| (i * 37 + 250) as u8).collect();
            let text = String::from_utf8(base64_encode(&bytes, false)).unwrap();
            assert_eq!(decode_base64(&text), bytes);
            let url = String::from_utf8(base64_encode(&bytes, true)).unwrap();
            assert_eq!(decode_base64(&url), bytes);
        }
        assert_eq!(base64_encode(b"hello", false), b"aGVsbG8=");
        assert_eq!(base64_encode(b"\xfb\xff", true), b"-_8");
    }

    #[test]
    fn base64_skips_junk_and_stops_at_padding() {
        assert_eq!(decode_base64("aGVs bG8=aGVsbG8="), b"hello");
        assert_eq!(decode_base64("a\nG\tV*sbG8"), b"hello");
        assert_eq!(decode_base64("QQ"), b"A");
        assert_eq!(decode_base64("Q"), b"");
        let mut short = [0; 2];
        assert_eq!(base64_decode_into(b"aGVsbG8=", &mut short), 2);
        assert_eq!(&short, b"he");
    }

    #[test]
    fn hex_stops_at_the_first_bad_pair() {
        let mut out = [0; 8];
        assert_eq!(hex_decode_into(b"0aFfzz11", &mut out), 2);
        assert_eq!(&out[..2], [0x0a, 0xff]);
        assert_eq!(hex_encode(&[0, 171]), b"00ab");
    }

    #[test]
    fn utf8_writes_whole_characters_and_replaces_lone_surrogates() {
        let wtf8 = [b'a', 0xed, 0xa0, 0x80, 0xe2, 0x82, 0xac];
        let mut out = [0; 6];
        assert_eq!(write_utf8(&wtf8, &mut out), 4);
        assert_eq!(&out[..4], [b'a', 0xef, 0xbf, 0xbd]);
        assert_eq!(&*utf8_of_wtf8(&wtf8), [b'a', 0xef, 0xbf, 0xbd, 0xe2, 0x82, 0xac]);
    }

    #[test]
    fn units_keep_lone_surrogates() {
        let mut out = [0; 4];
        assert_eq!(write_units(&[0xd800, 0x78], Encoding::Utf16Le, &mut out), 4);
        assert_eq!(out, [0x00, 0xd8, 0x78, 0x00]);
        assert_eq!(write_units(&[0xd800, 0x78], Encoding::Latin1, &mut out), 2);
        assert_eq!(&out[..2], [0x00, 0x78]);
        // Node reads a two-byte string's hex digits from each unit's low byte.
        assert_eq!(write_units(&[0x141, 0x141], Encoding::Hex, &mut out), 1);
        assert_eq!(out[0], 0xaa);
    }

    #[test]
    fn atob_follows_forgiving_base64() {
        let units = |text: &str| text.encode_utf16().collect::<Vec<_>>().into_iter();
        assert_eq!(atob(units(" aGk = ")), Ok(b"hi".to_vec()));
        assert_eq!(atob(units("a=")), Err(AtobError::BadLength));
        assert_eq!(atob(units("YQ=")), Err(AtobError::InvalidCharacter));
        assert_eq!(atob(units("ab=c")), Err(AtobError::InvalidCharacter));
        assert_eq!(atob(units(" aGk= ")), Ok(b"hi".to_vec()));
        assert_eq!(atob(units("aGk")), Ok(b"hi".to_vec()));
        assert_eq!(atob(units("a")), Err(AtobError::BadLength));
        assert_eq!(atob(units("a-b_")), Err(AtobError::InvalidCharacter));
        assert_eq!(btoa(units("hi\u{ff}")), Some(b"aGn/".to_vec()));
        assert_eq!(btoa(units("\u{100}")), None);
    }

    #[test]
    fn index_of_offsets_and_search() {
        assert_eq!(index_of_offset(5, -2, 1, true), 3);
        assert_eq!(index_of_offset(5, -9, 1, true), 0);
        assert_eq!(index_of_offset(5, -9, 1, false), -1);
        assert_eq!(index_of_offset(5, 9, 1, false), 4);
        assert_eq!(search(b"abcab", b"ab", 1, true), Some(3));
        assert_eq!(search(b"abcab", b"ab", 2, false), Some(0));
        assert_eq!(search(b"abcab", b"ab", 4, false), Some(3));
        for (start, forward) in [(0, true), (1, true), (3, true), (4, true), (9, true), (0, false), (2, false), (3, false), (9, false)] {
            assert_eq!(search_bytes(b"abcab", b"ab", start, forward), search(b"abcab", b"ab", start, forward));
        }
    }

    #[test]
    fn transcode_matches_icu_and_simdutf() {
        use Encoding::*;
        assert_eq!(transcode("aé€😀".as_bytes(), Utf8, Latin1), Ok(vec![0x61, 0xe9, b'?', b'?']));
        assert_eq!(transcode(b"\xef\xbb\xbfA", Utf8, Latin1), Ok(b"A".to_vec()));
        assert_eq!(transcode(b"\xe9", Utf8, Utf16Le), Err(IcuError::InvalidChar));
        assert_eq!(transcode(b"A", Utf16Le, Utf8), Err(IcuError::InvalidChar));
        assert_eq!(transcode(b"A", Utf16Le, Utf16Le), Ok(vec![0xfd, 0xff]));
        assert_eq!(transcode(b"\xe9", Ascii, Utf16Le), Ok(vec![0xe9, 0]));
        assert_eq!(transcode(b"\xe9", Ascii, Utf8), Ok("\u{fffd}".as_bytes().to_vec()));
        assert_eq!(transcode(b"x", Hex, Utf8), Err(IcuError::IllegalArgument));
        // ICU drops a default-ignorable character the target lacks...
        assert_eq!(transcode(b"a\xadb", Latin1, Ascii), Ok(b"ab".to_vec()));
        // ...but substitutes a lone surrogate, and a high surrogate cut off
        // with the odd byte after it is one bad sequence.
        assert_eq!(transcode(&[0x00, 0xd8, 0x41, 0x00], Utf16Le, Latin1), Ok(b"?A".to_vec()));
        assert_eq!(transcode(&[0x41, 0x00, 0x00, 0xd8, 0x7f], Utf16Le, Utf16Le), Ok(vec![0x41, 0, 0xfd, 0xff]));
    }

    #[test]
    fn decoders_keep_node_shapes() {
        assert_eq!(&*ascii_decode(&[0x41, 0xc1]), &[0x41, 0x41]);
        assert_eq!(latin1_decode(&[0x41, 0xe9]), "A\u{e9}");
        assert_eq!(utf16le_decode(&[0x00, 0xd8, 0x41]), vec![0xd800]);
        assert_eq!(utf8_decode(b"\xf0\x9f\x98"), "\u{fffd}");
        assert_eq!(utf8_decode(b"\xed\xa0\x80"), "\u{fffd}\u{fffd}\u{fffd}");
        assert_eq!(base64_encode(b"ab", false), b"YWI=");
        assert_eq!(base64_encode(b"ab", true), b"YWI");
    }
}
