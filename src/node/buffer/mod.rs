//! Natives of `buffer`: text encodings, which sit on every request's path.

use rquickjs::{Ctx, Function, Object, Result, TypedArray, Value};

/// Node's encodings, after `Buffer.isEncoding`-style normalisation in JS.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Utf8,
    Utf16Le,
    Latin1,
    Ascii,
    Base64,
    Base64Url,
    Hex,
}

impl Encoding {
    fn parse(name: &str) -> Option<Self> {
        Some(match name {
            "utf8" => Encoding::Utf8,
            "utf16le" => Encoding::Utf16Le,
            "latin1" => Encoding::Latin1,
            "ascii" => Encoding::Ascii,
            "base64" => Encoding::Base64,
            "base64url" => Encoding::Base64Url,
            "hex" => Encoding::Hex,
            _ => return None,
        })
    }
}

pub fn binding<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let binding = Object::new(ctx.clone())?;
    binding.set(
        "encode",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, text: rquickjs::String<'js>, encoding: String| -> Result<TypedArray<'js, u8>> {
            let encoding = Encoding::parse(&encoding).ok_or_else(|| rquickjs::Error::new_from_js("string", "encoding"))?;
            // NODE-DIFF: a lone surrogate becomes U+FFFD before any encoding
            // (Node keeps its code unit for utf16le and latin1).
            let text = crate::node::utf8_of(&text)?;
            TypedArray::new(ctx, encode(&text, encoding))
        })?,
    )?;
    binding.set(
        "decode",
        Function::new(ctx.clone(), |bytes: Value<'js>, encoding: String| -> Result<String> {
            let encoding = Encoding::parse(&encoding).ok_or_else(|| rquickjs::Error::new_from_js("string", "encoding"))?;
            Ok(decode(&super::bytes_of(&bytes)?, encoding))
        })?,
    )?;
    binding.set(
        "byteLength",
        Function::new(ctx.clone(), |text: rquickjs::String<'js>, encoding: String| -> Result<usize> {
            let encoding = Encoding::parse(&encoding).ok_or_else(|| rquickjs::Error::new_from_js("string", "encoding"))?;
            let text = crate::node::utf8_of(&text)?;
            Ok(match encoding {
                Encoding::Utf8 => text.len(),
                _ => encode(&text, encoding).len(),
            })
        })?,
    )?;
    Ok(binding)
}

fn encode(text: &str, encoding: Encoding) -> Vec<u8> {
    match encoding {
        Encoding::Utf8 => text.as_bytes().to_vec(),
        Encoding::Utf16Le => text.encode_utf16().flat_map(u16::to_le_bytes).collect(),
        // Node keeps the low byte of each UTF-16 unit for both.
        Encoding::Latin1 | Encoding::Ascii => text.encode_utf16().map(|unit| unit as u8).collect(),
        Encoding::Base64 | Encoding::Base64Url => base64_decode(text),
        Encoding::Hex => hex_decode(text),
    }
}

fn decode(bytes: &[u8], encoding: Encoding) -> String {
    match encoding {
        Encoding::Utf8 => String::from_utf8_lossy(bytes).into_owned(),
        Encoding::Utf16Le => {
            let units: Vec<u16> = bytes.chunks_exact(2).map(|pair| u16::from_le_bytes([pair[0], pair[1]])).collect();
            String::from_utf16_lossy(&units)
        }
        Encoding::Latin1 => bytes.iter().map(|&b| b as char).collect(),
        Encoding::Ascii => bytes.iter().map(|&b| (b & 0x7f) as char).collect(),
        Encoding::Base64 => base64_encode(bytes, BASE64, true),
        Encoding::Base64Url => base64_encode(bytes, BASE64URL, false),
        Encoding::Hex => bytes.iter().map(|b| format!("{b:02x}")).collect(),
    }
}

const BASE64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const BASE64URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn base64_encode(bytes: &[u8], alphabet: &[u8; 64], pad: bool) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | (b as u32) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(alphabet[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
        if pad {
            out.extend(std::iter::repeat_n('=', 3 - chunk.len()));
        }
    }
    out
}

/// Decodes both alphabets, skipping whitespace and stopping at padding, as
/// Node's lenient decoder does.
fn base64_decode(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in text.bytes() {
        let value = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            b'=' => break,
            _ => continue,
        };
        acc = acc << 6 | value as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    out
}

/// Decodes pairs of hex digits up to the first invalid pair, as Node does.
fn hex_decode(text: &str) -> Vec<u8> {
    text.as_bytes()
        .chunks_exact(2)
        .map_while(|pair| {
            let high = (pair[0] as char).to_digit(16)?;
            let low = (pair[1] as char).to_digit(16)?;
            Some((high * 16 + low) as u8)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_round_trips_every_length() {
        for len in 0..10 {
            let bytes: Vec<u8> = (0..len).map(|i| (i * 37 + 250) as u8).collect();
            let text = decode(&bytes, Encoding::Base64);
            assert_eq!(encode(&text, Encoding::Base64), bytes);
            assert_eq!(encode(&decode(&bytes, Encoding::Base64Url), Encoding::Base64Url), bytes);
        }
        assert_eq!(decode(b"hello", Encoding::Base64), "aGVsbG8=");
        assert_eq!(decode(b"\xfb\xff", Encoding::Base64Url), "-_8");
    }

    #[test]
    fn hex_stops_at_the_first_bad_pair() {
        assert_eq!(encode("0aFfzz11", Encoding::Hex), [0x0a, 0xff]);
        assert_eq!(decode(&[0, 171], Encoding::Hex), "00ab");
    }
}
