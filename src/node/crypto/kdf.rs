//! Key derivation for `crypto.pbkdf2`, `crypto.hkdf`, `crypto.scrypt` and
//! `crypto.argon2`.
//!
//! PBKDF2 (RFC 8018) and HKDF (RFC 5869) are written here over the HMAC of
//! any digest [`Algorithm`] knows, so every digest name `createHmac` accepts
//! works for them too, as with OpenSSL. scrypt is RustCrypto's, with
//! OpenSSL's parameter checks in front, so the same parameters fail as in
//! Node, with the same reasons. Argon2 (RFC 9106, version 0x13) is
//! RustCrypto's.
//!
//! NODE-DIFF: the argon2 crate takes at most 32 bytes of associated data
//! (OpenSSL takes any length); longer data fails as invalid parameters.

use super::{Algorithm, Hasher};

/// PBKDF2-HMAC: `keylen` bytes from `iterations` rounds (at least 1).
pub fn pbkdf2(algorithm: Algorithm, password: &[u8], salt: &[u8], iterations: u32, keylen: usize) -> Vec<u8> {
    // One keyed HMAC, cloned per use: the key's pads are hashed once.
    let keyed = algorithm.hasher(Some(password));
    let block_len = algorithm.output_len();
    let mut out = Vec::with_capacity(keylen + block_len);
    let mut index: u32 = 1;
    while out.len() < keylen {
        let mut mac = keyed.box_clone();
        mac.update(salt);
        mac.update(&index.to_be_bytes());
        let mut u = mac.finalize();
        let mut block = u.clone();
        for _ in 1..iterations {
            let mut mac = keyed.box_clone();
            mac.update(&u);
            u = mac.finalize();
            for (b, x) in block.iter_mut().zip(&u) {
                *b ^= x;
            }
        }
        out.extend_from_slice(&block);
        index = index.wrapping_add(1);
    }
    out.truncate(keylen);
    out
}

/// HKDF extract-then-expand: `None` when `length` is over 255 blocks of
/// the digest, the most HKDF can give (Node's ERR_CRYPTO_INVALID_KEYLEN).
pub fn hkdf(algorithm: Algorithm, ikm: &[u8], salt: &[u8], info: &[u8], length: usize) -> Option<Vec<u8>> {
    let hash_len = algorithm.output_len();
    if length > 255 * hash_len {
        return None;
    }
    // An empty salt is HMAC's all-zero key, as the RFC asks.
    let mut extract = algorithm.hasher(Some(salt));
    extract.update(ikm);
    let prk = extract.finalize();
    let keyed = algorithm.hasher(Some(&prk));
    let mut out = Vec::with_capacity(length + hash_len);
    let mut previous: Vec<u8> = Vec::new();
    let mut counter: u8 = 1;
    while out.len() < length {
        let mut mac: Box<dyn Hasher> = keyed.box_clone();
        mac.update(&previous);
        mac.update(info);
        mac.update(&[counter]);
        previous = mac.finalize();
        out.extend_from_slice(&previous);
        counter = counter.wrapping_add(1);
    }
    out.truncate(length);
    Some(out)
}

/// Why scrypt refused its parameters, as OpenSSL reports it to Node.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScryptError {
    /// N not a power of two above 1, or r or p zero (OpenSSL fails these
    /// without a reason).
    Params,
    /// r * p or N too large, or the work area would exceed `maxmem`: OpenSSL
    /// reports all of these as "memory limit exceeded".
    Memory,
}

/// OpenSSL's SCRYPT_PR_MAX: the largest r * p.
const SCRYPT_PR_MAX: u64 = (1 << 30) - 1;

/// Checks the parameters as OpenSSL's `kdf_scrypt` does, in its order.
pub fn scrypt_check(n: u64, r: u64, p: u64, maxmem: u64) -> Result<u8, ScryptError> {
    if r == 0 || p == 0 || n < 2 || n & (n - 1) != 0 {
        return Err(ScryptError::Params);
    }
    if p > SCRYPT_PR_MAX / r {
        return Err(ScryptError::Memory);
    }
    // N must be below 2^(128 * r / 8) (RFC 7914), checked where it fits.
    if 16 * r <= 63 && n >= 1 << (16 * r) {
        return Err(ScryptError::Memory);
    }
    let block = p.checked_mul(128 * r).ok_or(ScryptError::Memory)?;
    let work = (n + 2).checked_mul(128 * r).ok_or(ScryptError::Memory)?;
    if block > i32::MAX as u64 || block.saturating_add(work) > maxmem {
        return Err(ScryptError::Memory);
    }
    Ok(n.trailing_zeros() as u8)
}

/// scrypt: `keylen` bytes (0 gives none) or why the parameters fail.
pub fn scrypt(password: &[u8], salt: &[u8], n: u64, r: u64, p: u64, maxmem: u64, keylen: usize) -> Result<Vec<u8>, ScryptError> {
    let log_n = scrypt_check(n, r, p, maxmem)?;
    if keylen == 0 {
        return Ok(Vec::new());
    }
    let r = u32::try_from(r).map_err(|_| ScryptError::Params)?;
    let p = u32::try_from(p).map_err(|_| ScryptError::Params)?;
    let params = scrypt::Params::new(log_n, r, p).map_err(|_| ScryptError::Params)?;
    let mut out = vec![0; keylen];
    scrypt::scrypt(password, salt, &params, &mut out).map_err(|_| ScryptError::Params)?;
    Ok(out)
}

/// An Argon2 variant as Node names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Argon2Variant {
    D,
    I,
    Id,
}

impl Argon2Variant {
    pub fn from_name(name: &str) -> Option<Argon2Variant> {
        match name {
            "argon2d" => Some(Argon2Variant::D),
            "argon2i" => Some(Argon2Variant::I),
            "argon2id" => Some(Argon2Variant::Id),
            _ => None,
        }
    }
}

/// What Argon2 derives from: the JS side has checked the ranges Node checks.
pub struct Argon2Input<'a> {
    pub message: &'a [u8],
    pub nonce: &'a [u8],
    pub secret: &'a [u8],
    pub associated_data: &'a [u8],
    pub parallelism: u32,
    pub tag_length: usize,
    /// In KiB, as OpenSSL's memcost.
    pub memory: u32,
    pub passes: u32,
}

/// Argon2 version 0x13: `tag_length` bytes, or None where OpenSSL would
/// refuse the parameters (or the memory cannot be had).
pub fn argon2(variant: Argon2Variant, input: &Argon2Input) -> Option<Vec<u8>> {
    let mut builder = argon2::ParamsBuilder::new();
    builder.m_cost(input.memory).t_cost(input.passes).p_cost(input.parallelism).output_len(input.tag_length);
    if !input.associated_data.is_empty() {
        builder.data(argon2::AssociatedData::new(input.associated_data).ok()?);
    }
    let params = builder.build().ok()?;
    let algorithm = match variant {
        Argon2Variant::D => argon2::Algorithm::Argon2d,
        Argon2Variant::I => argon2::Algorithm::Argon2i,
        Argon2Variant::Id => argon2::Algorithm::Argon2id,
    };
    let context = if input.secret.is_empty() {
        argon2::Argon2::new(algorithm, argon2::Version::V0x13, params)
    } else {
        argon2::Argon2::new_with_secret(input.secret, algorithm, argon2::Version::V0x13, params).ok()?
    };
    let mut out = vec![0; input.tag_length];
    // The crate allocates the blocks fallibly, so too much memory is an
    // error here, as it is for OpenSSL, not an abort.
    context.hash_password_into(input.message, input.nonce, &mut out).ok()?;
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::node::crypto::test_hex::hex;

    #[test]
    fn pbkdf2_matches_rfc_6070() {
        assert_eq!(hex(&pbkdf2(Algorithm::Sha1, b"password", b"salt", 1, 20)), "0c60c80f961f0e71f3a9b524af6012062fe037a6");
        assert_eq!(hex(&pbkdf2(Algorithm::Sha1, b"password", b"salt", 4096, 20)), "4b007901b765489abead49d926f721d065a429c1");
        assert_eq!(
            hex(&pbkdf2(Algorithm::Sha1, b"passwordPASSWORDpassword", b"saltSALTsaltSALTsaltSALTsaltSALTsalt", 4096, 25)),
            "3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038"
        );
    }

    #[test]
    fn hkdf_matches_rfc_5869_and_caps_the_length() {
        let ikm = [0x0b; 22];
        let salt: Vec<u8> = (0..=0x0c).collect();
        let info: Vec<u8> = (0xf0..=0xf9).collect();
        assert_eq!(
            hex(&hkdf(Algorithm::Sha256, &ikm, &salt, &info, 42).expect("fits")),
            "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"
        );
        assert_eq!(hkdf(Algorithm::Sha256, b"k", b"", b"", 255 * 32).map(|k| k.len()), Some(255 * 32));
        assert_eq!(hkdf(Algorithm::Sha256, b"k", b"", b"", 255 * 32 + 1), None);
    }

    #[test]
    fn scrypt_matches_rfc_7914_and_refuses_as_openssl() {
        let key = scrypt(b"", b"", 16, 1, 1, 32 << 20, 64).expect("valid");
        assert_eq!(&hex(&key)[..32], "77d6576238657b203b19ca42c18a0497");
        assert_eq!(scrypt_check(30, 8, 1, 32 << 20), Err(ScryptError::Params));
        assert_eq!(scrypt_check(1024, 8, 1, 1024), Err(ScryptError::Memory));
        assert_eq!(scrypt_check(1 << 16, 1, 1, u64::MAX), Err(ScryptError::Memory), "N >= 2^(16r)");
        assert_eq!(scrypt_check(2, 1, 1 << 30, u64::MAX), Err(ScryptError::Memory), "p > (2^30 - 1) / r");
        assert_eq!(scrypt_check(16384, 8, 1, 32 << 20), Ok(14));
    }

    #[test]
    fn argon2_matches_rfc_9106() {
        let input = Argon2Input {
            message: &[1; 32],
            nonce: &[2; 16],
            secret: &[3; 8],
            associated_data: &[4; 12],
            parallelism: 4,
            tag_length: 32,
            memory: 32,
            passes: 3,
        };
        let tag = argon2(Argon2Variant::Id, &input).expect("valid");
        let hex: String = tag.iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(hex, "0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
        assert_eq!(argon2(Argon2Variant::Id, &Argon2Input { memory: 16, ..input }), None, "memory < 8 * lanes");
    }
}
