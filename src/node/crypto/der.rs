//! The little DER and PEM that key objects need: reading and writing the
//! TLVs of PKCS#1, PKCS#8, SPKI, SEC1 and the DSA/DH structures, and PEM
//! blocks including OpenSSL's legacy `Proc-Type`/`DEK-Info` headers (which
//! RFC 7468 parsers refuse, but `-----BEGIN RSA PRIVATE KEY-----` files
//! written by `openssl rsa -aes256` carry).
//!
//! Not here: BER (indefinite lengths), tags above 30. Keys in such encodings
//! are refused as OpenSSL refuses them.

use base64ct::{Base64, Encoding};

pub const SEQUENCE: u8 = 0x30;
pub const INTEGER: u8 = 0x02;
pub const BIT_STRING: u8 = 0x03;
pub const OCTET_STRING: u8 = 0x04;
pub const NULL: u8 = 0x05;
pub const OID: u8 = 0x06;

/// A context-specific constructed tag `[n]`.
pub const fn context(n: u8) -> u8 {
    0xa0 | n
}

/// One TLV read from DER.
#[derive(Debug, Clone, Copy)]
pub struct Tlv<'a> {
    pub tag: u8,
    pub body: &'a [u8],
    /// The whole TLV, header included.
    pub raw: &'a [u8],
}

/// Reads TLVs one after another from a byte slice.
#[derive(Debug, Clone)]
pub struct Reader<'a> {
    data: &'a [u8],
}

impl<'a> Reader<'a> {
    pub fn new(data: &'a [u8]) -> Self {
        Reader { data }
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    pub fn peek_tag(&self) -> Option<u8> {
        self.data.first().copied()
    }

    pub fn read(&mut self) -> Option<Tlv<'a>> {
        let data = self.data;
        let tag = *data.first()?;
        if tag & 0x1f == 0x1f {
            return None;
        }
        let first = *data.get(1)? as usize;
        let (len, header) = if first < 0x80 {
            (first, 2)
        } else {
            let count = first & 0x7f;
            if count == 0 || count > 4 {
                return None;
            }
            let mut len = 0usize;
            for i in 0..count {
                len = (len << 8) | *data.get(2 + i)? as usize;
            }
            (len, 2 + count)
        };
        let end = header.checked_add(len)?;
        if end > data.len() {
            return None;
        }
        self.data = &data[end..];
        Some(Tlv { tag, body: &data[header..end], raw: &data[..end] })
    }

    /// The body of the next TLV if it has `tag`.
    pub fn expect(&mut self, tag: u8) -> Option<&'a [u8]> {
        if self.peek_tag()? != tag {
            return None;
        }
        self.read().map(|tlv| tlv.body)
    }

    /// The next TLV if it has `tag`; nothing is consumed otherwise.
    pub fn optional(&mut self, tag: u8) -> Option<&'a [u8]> {
        if self.peek_tag() == Some(tag) {
            self.read().map(|tlv| tlv.body)
        } else {
            None
        }
    }

    /// A non-negative INTEGER's magnitude, big-endian, without leading zeros.
    pub fn uint(&mut self) -> Option<&'a [u8]> {
        let body = self.expect(INTEGER)?;
        if body.is_empty() || body[0] & 0x80 != 0 {
            return None;
        }
        let start = body.iter().position(|&b| b != 0).unwrap_or(body.len());
        Some(&body[start..])
    }

    /// A small INTEGER (versions, salt lengths).
    pub fn small(&mut self) -> Option<u64> {
        let bytes = self.uint()?;
        if bytes.len() > 8 {
            return None;
        }
        Some(bytes.iter().fold(0u64, |acc, &b| (acc << 8) | b as u64))
    }

    /// The body of a SEQUENCE as a reader of its own.
    pub fn sequence(&mut self) -> Option<Reader<'a>> {
        self.expect(SEQUENCE).map(Reader::new)
    }

    /// A BIT STRING with no unused bits.
    pub fn bit_string(&mut self) -> Option<&'a [u8]> {
        let body = self.expect(BIT_STRING)?;
        match body.split_first() {
            Some((0, rest)) => Some(rest),
            _ => None,
        }
    }

    pub fn oid(&mut self) -> Option<String> {
        decode_oid(self.expect(OID)?)
    }
}

/// The dotted form of an OID body.
pub fn decode_oid(body: &[u8]) -> Option<String> {
    let mut arcs = Vec::new();
    let mut value: u64 = 0;
    for (i, &byte) in body.iter().enumerate() {
        value = value.checked_mul(128)? | (byte & 0x7f) as u64;
        if byte & 0x80 == 0 {
            if arcs.is_empty() {
                let first = (value / 40).min(2);
                arcs.push(first);
                arcs.push(value - first * 40);
            } else {
                arcs.push(value);
            }
            value = 0;
        } else if i + 1 == body.len() {
            return None;
        }
    }
    if arcs.is_empty() {
        return None;
    }
    Some(arcs.iter().map(u64::to_string).collect::<Vec<_>>().join("."))
}

pub fn encode_oid(dotted: &str) -> Vec<u8> {
    let arcs: Vec<u64> = dotted.split('.').filter_map(|arc| arc.parse().ok()).collect();
    let mut body = Vec::new();
    let mut push = |mut value: u64| {
        let mut bytes = vec![(value & 0x7f) as u8];
        value >>= 7;
        while value > 0 {
            bytes.push(0x80 | (value & 0x7f) as u8);
            value >>= 7;
        }
        bytes.reverse();
        body.extend(bytes);
    };
    if arcs.len() >= 2 {
        push(arcs[0] * 40 + arcs[1]);
        for &arc in &arcs[2..] {
            push(arc);
        }
    }
    tlv(OID, &body)
}

/// One TLV.
pub fn tlv(tag: u8, body: &[u8]) -> Vec<u8> {
    let mut out = vec![tag];
    let len = body.len();
    if len < 0x80 {
        out.push(len as u8);
    } else {
        let bytes: Vec<u8> = len.to_be_bytes().iter().copied().skip_while(|&b| b == 0).collect();
        out.push(0x80 | bytes.len() as u8);
        out.extend(bytes);
    }
    out.extend_from_slice(body);
    out
}

pub fn sequence(parts: &[&[u8]]) -> Vec<u8> {
    tlv(SEQUENCE, &parts.concat())
}

/// An INTEGER from a big-endian magnitude.
pub fn uint(magnitude: &[u8]) -> Vec<u8> {
    let start = magnitude.iter().position(|&b| b != 0).unwrap_or(magnitude.len());
    let trimmed = &magnitude[start..];
    let mut body = Vec::with_capacity(trimmed.len() + 1);
    if trimmed.first().is_none_or(|&b| b & 0x80 != 0) {
        body.push(0);
    }
    body.extend_from_slice(trimmed);
    tlv(INTEGER, &body)
}

pub fn small(value: u64) -> Vec<u8> {
    uint(&value.to_be_bytes())
}

pub fn bit_string(bytes: &[u8]) -> Vec<u8> {
    let mut body = vec![0];
    body.extend_from_slice(bytes);
    tlv(BIT_STRING, &body)
}

pub fn octet_string(bytes: &[u8]) -> Vec<u8> {
    tlv(OCTET_STRING, bytes)
}

pub fn null() -> Vec<u8> {
    vec![NULL, 0]
}

/// A PEM block: its label, the RFC 1421 headers before the body, the bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PemBlock {
    pub label: String,
    pub headers: Vec<(String, String)>,
    pub der: Vec<u8>,
}

/// Every PEM block in `text`, in order. Blocks whose base64 does not decode
/// are skipped, as OpenSSL's reader moves on to the next `BEGIN`.
pub fn pem_blocks(text: &str) -> Vec<PemBlock> {
    let mut blocks = Vec::new();
    let mut rest = text;
    while let Some(begin) = rest.find("-----BEGIN ") {
        let after = &rest[begin + 11..];
        let Some(label_end) = after.find("-----") else { break };
        let label = after[..label_end].to_string();
        let body_start = &after[label_end + 5..];
        let end_marker = format!("-----END {label}-----");
        let Some(end) = body_start.find(&end_marker) else { break };
        let body = &body_start[..end];
        rest = &body_start[end + end_marker.len()..];
        let mut headers = Vec::new();
        let mut base64 = String::new();
        for line in body.lines() {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            match line.split_once(':') {
                Some((key, value)) if base64.is_empty() => headers.push((key.trim().to_string(), value.trim().to_string())),
                _ => base64.push_str(line),
            }
        }
        if let Ok(der) = Base64::decode_vec(&base64) {
            blocks.push(PemBlock { label, headers, der });
        }
    }
    blocks
}

/// A PEM block as OpenSSL writes it: 64 columns, a newline after `END`.
pub fn pem_encode(label: &str, headers: &[(String, String)], der: &[u8]) -> String {
    let mut out = format!("-----BEGIN {label}-----\n");
    for (key, value) in headers {
        out.push_str(&format!("{key}: {value}\n"));
    }
    if !headers.is_empty() {
        out.push('\n');
    }
    let base64 = Base64::encode_string(der);
    for chunk in base64.as_bytes().chunks(64) {
        out.push_str(std::str::from_utf8(chunk).unwrap_or_default());
        out.push('\n');
    }
    out.push_str(&format!("-----END {label}-----\n"));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn oids_round_trip() {
        for oid in ["1.2.840.113549.1.1.1", "1.3.101.112", "2.16.840.1.101.3.4.2.1", "1.3.132.0.35"] {
            let encoded = encode_oid(oid);
            assert_eq!(Reader::new(&encoded).oid().as_deref(), Some(oid));
        }
        // rsaEncryption as every DER encoder writes it.
        assert_eq!(encode_oid("1.2.840.113549.1.1.1"), [6, 9, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 1, 1, 1]);
    }

    #[test]
    fn integers_and_long_lengths() {
        assert_eq!(uint(&[0x80]), [2, 2, 0, 0x80]);
        assert_eq!(uint(&[0, 0, 1]), [2, 1, 1]);
        assert_eq!(uint(&[]), [2, 1, 0]);
        let long = octet_string(&[7; 300]);
        assert_eq!(&long[..4], &[4, 0x82, 1, 44]);
        let mut reader = Reader::new(&long);
        assert_eq!(reader.expect(OCTET_STRING).map(<[u8]>::len), Some(300));
        assert!(reader.is_empty());
        assert_eq!(Reader::new(&uint(&[0x80, 1])).uint(), Some(&[0x80, 1][..]));
    }

    #[test]
    fn pem_with_legacy_headers() {
        let text = pem_encode("RSA PRIVATE KEY", &[("Proc-Type".into(), "4,ENCRYPTED".into())], &[1, 2, 3]);
        assert_eq!(text, "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\n\nAQID\n-----END RSA PRIVATE KEY-----\n");
        let blocks = pem_blocks(&format!("junk\n{text}"));
        assert_eq!(blocks.len(), 1);
        assert_eq!(blocks[0].der, [1, 2, 3]);
        assert_eq!(blocks[0].headers[0].1, "4,ENCRYPTED");
    }
}
