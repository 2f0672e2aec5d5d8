//! `crypto.Certificate`: Netscape SPKAC (SignedPublicKeyAndChallenge, the
//! `<keygen>` format), base64 text as OpenSSL's NETSCAPE_SPKI_b64_decode
//! reads it:
//!
//! ```text
//! SEQUENCE { SEQUENCE { SubjectPublicKeyInfo, IA5String challenge },
//!            AlgorithmIdentifier, BIT STRING signature }
//! ```
//!
//! The signature covers the DER of the inner sequence. Signature
//! algorithms: RSA PKCS#1 v1.5 with md5, sha1, sha224, sha256, sha384,
//! sha512, ECDSA with sha1/sha2 and Ed25519 (the key types keys.rs reads).

use super::der::{self, Reader};
use super::keys::{self, Asym};
use super::sign::{self, SignOptions};
use super::Algorithm;

/// The parts of a decoded SPKAC.
struct Spkac<'a> {
    signed: &'a [u8],
    spki: &'a [u8],
    challenge: &'a [u8],
    algorithm: String,
    signature: &'a [u8],
}

const IA5_STRING: u8 = 0x16;

/// Base64 as OpenSSL's EVP_DecodeBlock takes it: whitespace around it, none inside.
fn decode_base64(text: &[u8]) -> Option<Vec<u8>> {
    use base64ct::{Base64, Encoding as _};
    Base64::decode_vec(std::str::from_utf8(text.trim_ascii()).ok()?).ok()
}

fn parse(der_bytes: &[u8]) -> Option<Spkac<'_>> {
    let mut outer = Reader::new(der_bytes).sequence()?;
    let signed = outer.read()?;
    if signed.tag != der::SEQUENCE {
        return None;
    }
    let mut inner = Reader::new(signed.body);
    let spki = inner.read()?;
    let challenge = inner.expect(IA5_STRING)?;
    let algorithm = outer.sequence()?.oid()?;
    let signature = outer.bit_string()?;
    Some(Spkac { signed: signed.raw, spki: spki.raw, challenge, algorithm, signature })
}

/// The digest (None for Ed25519) of a signature algorithm OID.
fn digest_of(oid: &str) -> Option<Option<Algorithm>> {
    let name = match oid {
        "1.2.840.113549.1.1.4" => "md5",
        "1.2.840.113549.1.1.5" | "1.2.840.10045.4.1" => "sha1",
        "1.2.840.113549.1.1.14" | "1.2.840.10045.4.3.1" => "sha224",
        "1.2.840.113549.1.1.11" | "1.2.840.10045.4.3.2" => "sha256",
        "1.2.840.113549.1.1.12" | "1.2.840.10045.4.3.3" => "sha384",
        "1.2.840.113549.1.1.13" | "1.2.840.10045.4.3.4" => "sha512",
        "1.3.101.112" => return Some(None),
        _ => return None,
    };
    Algorithm::from_name(name).map(Some)
}

/// `Certificate.verifySpkac`: whether the signature is the key's.
pub fn verify(text: &[u8]) -> bool {
    let Some(der_bytes) = decode_base64(text) else { return false };
    let Some(spkac) = parse(&der_bytes) else { return false };
    let Ok(key) = keys::read_spki(spkac.spki) else { return false };
    let Some(digest) = digest_of(&spkac.algorithm) else { return false };
    let compatible = match (&key, digest) {
        (Asym::Rsa(rsa), Some(_)) => rsa.pss.is_none() && spkac.algorithm.starts_with("1.2.840.113549.1.1."),
        (Asym::Ec { .. }, Some(_)) => spkac.algorithm.starts_with("1.2.840.10045.4."),
        (Asym::Ed25519 { .. }, None) => true,
        _ => false,
    };
    let options = SignOptions { digest, padding: None, salt_len: None, p1363: false, context: Vec::new() };
    compatible && sign::verify(&key, spkac.signed, spkac.signature, &options).unwrap_or(false)
}

/// `Certificate.exportPublicKey`: the key as PEM, None if unreadable.
pub fn public_key(text: &[u8]) -> Option<String> {
    let der_bytes = decode_base64(text)?;
    let key = keys::read_spki(parse(&der_bytes)?.spki).ok()?;
    Some(der::pem_encode("PUBLIC KEY", &[], &key.spki()))
}

/// `Certificate.exportChallenge`: the challenge's bytes, None if unreadable.
pub fn challenge(text: &[u8]) -> Option<Vec<u8>> {
    let der_bytes = decode_base64(text)?;
    Some(parse(&der_bytes)?.challenge.to_vec())
}
