//! Key encapsulation for `crypto.encapsulate`/`crypto.decapsulate`, the
//! mechanisms OpenSSL 3.5 gives Node 24 through EVP_PKEY_encapsulate:
//!
//! - ML-KEM-512/768/1024 (FIPS 203, pqc.rs).
//! - RSA: RSASVE (NIST SP 800-56B): a random z with 1 < z < n − 1, the
//!   ciphertext z^e mod n and the shared secret z, both the modulus' length.
//! - DHKEM (RFC 9180) over P-256, P-384, P-521 (HKDF-SHA256/384/512) and
//!   X25519 (HKDF-SHA256): an ephemeral key pair, its public key as the
//!   ciphertext, the secret from the labelled HKDF of the shared point.
//!
//! Not here: X448 (no x448 keys in this tree), rsa-pss and secp256k1 keys
//! (OpenSSL has no KEM for them either).

use rsa::traits::PublicKeyParts;

use super::keys::{Asym, Curve, HostRng, RsaKey};
use super::{sign, Algorithm};

/// The KEM fails (OpenSSL has none for the key, or the input is wrong).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KemFailed;

type KemResult<T> = Result<T, KemFailed>;

/// (shared secret, ciphertext) for the public half of `key`.
pub fn encapsulate(key: &Asym, rng: &mut HostRng) -> KemResult<(Vec<u8>, Vec<u8>)> {
    match key {
        Asym::Pqc(pqc) => pqc.encapsulate(rng).map_err(|_| KemFailed),
        Asym::Rsa(rsa_key) if rsa_key.pss.is_none() => rsasve_encapsulate(rsa_key, rng),
        Asym::Ec { curve, point, .. } => {
            let suite = DhKem::of_curve(*curve).ok_or(KemFailed)?;
            let (scalar, ephemeral) = curve.generate(rng);
            let private = Asym::Ec { curve: *curve, point: ephemeral.clone(), scalar: Some(scalar) };
            let public = Asym::Ec { curve: *curve, point: point.clone(), scalar: None };
            let dh = sign::diffie_hellman(&private, &public).map_err(|_| KemFailed)?;
            Ok((suite.shared_secret(&dh, &ephemeral, point), ephemeral))
        }
        Asym::X25519 { public, .. } => {
            let mut secret = [0u8; 32];
            rng.fill(&mut secret);
            let ephemeral = x25519_dalek::PublicKey::from(&x25519_dalek::StaticSecret::from(secret)).to_bytes();
            let private = Asym::X25519 { public: ephemeral, secret: Some(secret) };
            let dh = sign::diffie_hellman(&private, &Asym::X25519 { public: *public, secret: None }).map_err(|_| KemFailed)?;
            Ok((DhKem::X25519.shared_secret(&dh, &ephemeral, public), ephemeral.to_vec()))
        }
        _ => Err(KemFailed),
    }
}

/// The shared secret of `ciphertext` for the private key `key`.
pub fn decapsulate(key: &Asym, ciphertext: &[u8], rng: &mut HostRng) -> KemResult<Vec<u8>> {
    match key {
        Asym::Pqc(pqc) => pqc.decapsulate(ciphertext).map_err(|_| KemFailed),
        Asym::Rsa(rsa_key) if rsa_key.pss.is_none() => rsasve_decapsulate(rsa_key, ciphertext, rng),
        Asym::Ec { curve, point, scalar: Some(_) } => {
            let suite = DhKem::of_curve(*curve).ok_or(KemFailed)?;
            // The ephemeral key comes uncompressed, as DHKEM serializes it.
            if ciphertext.len() != 1 + 2 * curve.field_len() || ciphertext.first() != Some(&4) {
                return Err(KemFailed);
            }
            let ephemeral = curve.normalize_point(ciphertext).ok_or(KemFailed)?;
            let dh = sign::diffie_hellman(key, &Asym::Ec { curve: *curve, point: ephemeral, scalar: None }).map_err(|_| KemFailed)?;
            Ok(suite.shared_secret(&dh, ciphertext, point))
        }
        Asym::X25519 { public, secret: Some(_) } => {
            let ephemeral: [u8; 32] = ciphertext.try_into().map_err(|_| KemFailed)?;
            let dh = sign::diffie_hellman(key, &Asym::X25519 { public: ephemeral, secret: None }).map_err(|_| KemFailed)?;
            Ok(DhKem::X25519.shared_secret(&dh, ciphertext, public))
        }
        _ => Err(KemFailed),
    }
}

// -------------------------------------------------------------------------
// RSASVE

fn rsasve_encapsulate(key: &RsaKey, rng: &mut HostRng) -> KemResult<(Vec<u8>, Vec<u8>)> {
    use crypto_bigint::{BoxedUint, Resize};
    let n = key.public.n();
    let len = key.public.size();
    let precision = key.public.n_bits_precision();
    let two = BoxedUint::from(2u8).resize_unchecked(precision);
    let upper = n.as_ref().wrapping_sub(&two);
    // Draw z below 2^bits(n) until 1 < z < n - 1, as OpenSSL does.
    let bits = key.modulus_bits();
    for _ in 0..1000 {
        let mut z = vec![0u8; len];
        rng.fill(&mut z);
        let excess = len * 8 - bits;
        z[0] &= 0xff >> excess;
        let value = BoxedUint::from_be_slice(&z, precision).map_err(|_| KemFailed)?;
        if value < two || value > upper {
            continue;
        }
        let c = rsa::hazmat::rsa_encrypt(&key.public, &value).map_err(|_| KemFailed)?;
        return Ok((z, left_pad(&c.to_be_bytes(), len)));
    }
    Err(KemFailed)
}

fn rsasve_decapsulate(key: &RsaKey, ciphertext: &[u8], rng: &mut HostRng) -> KemResult<Vec<u8>> {
    use crypto_bigint::{BoxedUint, Resize};
    let private = key.private.as_ref().ok_or(KemFailed)?;
    let len = key.public.size();
    if ciphertext.len() != len {
        return Err(KemFailed);
    }
    let precision = key.public.n_bits_precision();
    let c = BoxedUint::from_be_slice(ciphertext, precision).map_err(|_| KemFailed)?;
    if c >= *key.public.n().as_ref() {
        return Err(KemFailed);
    }
    let z = rsa::hazmat::rsa_decrypt_and_check(private, Some(rng), &c).map_err(|_| KemFailed)?;
    let two = BoxedUint::from(2u8).resize_unchecked(precision);
    if z < two || z > key.public.n().as_ref().wrapping_sub(&two) {
        return Err(KemFailed);
    }
    Ok(left_pad(&z.to_be_bytes(), len))
}

fn left_pad(bytes: &[u8], len: usize) -> Vec<u8> {
    let start = bytes.iter().position(|&b| b != 0).unwrap_or(bytes.len());
    let bytes = &bytes[start..];
    let mut out = vec![0; len.saturating_sub(bytes.len())];
    out.extend_from_slice(bytes);
    out
}

// -------------------------------------------------------------------------
// DHKEM (RFC 9180 section 4.1)

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DhKem {
    P256,
    P384,
    P521,
    X25519,
}

impl DhKem {
    fn of_curve(curve: Curve) -> Option<DhKem> {
        match curve {
            Curve::P256 => Some(DhKem::P256),
            Curve::P384 => Some(DhKem::P384),
            Curve::P521 => Some(DhKem::P521),
            Curve::K256 => None,
        }
    }

    /// (KEM id, KDF, Nsecret).
    fn suite(self) -> (u16, Algorithm, usize) {
        match self {
            DhKem::P256 => (0x0010, Algorithm::Sha256, 32),
            DhKem::P384 => (0x0011, Algorithm::Sha384, 48),
            DhKem::P521 => (0x0012, Algorithm::Sha512, 64),
            DhKem::X25519 => (0x0020, Algorithm::Sha256, 32),
        }
    }

    /// ExtractAndExpand(dh, enc ‖ pkRm).
    fn shared_secret(self, dh: &[u8], enc: &[u8], recipient: &[u8]) -> Vec<u8> {
        let (id, kdf, len) = self.suite();
        let mut suite_id = b"KEM".to_vec();
        suite_id.extend_from_slice(&id.to_be_bytes());
        // LabeledExtract("", "eae_prk", dh)
        let mut extract = kdf.hasher(Some(&[]));
        for part in [&b"HPKE-v1"[..], &suite_id, b"eae_prk", dh] {
            extract.update(part);
        }
        let prk = extract.finalize();
        // LabeledExpand(prk, "shared_secret", enc ‖ pkRm, len)
        let mut info = (len as u16).to_be_bytes().to_vec();
        for part in [&b"HPKE-v1"[..], &suite_id, b"shared_secret", enc, recipient] {
            info.extend_from_slice(part);
        }
        let mut out = Vec::with_capacity(len);
        let mut previous = Vec::new();
        let mut counter = 1u8;
        while out.len() < len {
            let mut mac = kdf.hasher(Some(&prk));
            mac.update(&previous);
            mac.update(&info);
            mac.update(&[counter]);
            previous = mac.finalize();
            out.extend_from_slice(&previous);
            counter = counter.wrapping_add(1);
        }
        out.truncate(len);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::node::crypto::test_hex::unhex;

    #[test]
    fn dhkem_x25519_decapsulates_what_openssl_encapsulated() {
        // Node 24 (OpenSSL 3.5) encapsulated to this key: its ciphertext and secret.
        let secret: [u8; 32] = unhex("98bfc85a6e7946b00b50645f258cf0e3480461632fb5191eb0ff668fca3c3a67").try_into().expect("32");
        let public: [u8; 32] = unhex("6926fc43e4677707cd9cf78e60660f0d4377ba100f9cc2f35f27e2fa6a9f8628").try_into().expect("32");
        let key = Asym::X25519 { public, secret: Some(secret) };
        let enc = unhex("77265f24ec9151a309eb5b6811e83f2866d28135f04a63422f59a2254e5ca941");
        let expected = unhex("2f8d9e1a9e325f2174ac4b2e87462b4dd072d084f52eda9e198119532dfcc3ff");
        let shared = {
            let dh = sign::diffie_hellman(&key, &Asym::X25519 { public: enc.clone().try_into().expect("32"), secret: None }).expect("dh");
            DhKem::X25519.shared_secret(&dh, &enc, &public)
        };
        assert_eq!(shared, expected);
    }
}
