//! Operations with asymmetric keys: signatures (RSA PKCS#1 v1.5 and PSS,
//! ECDSA in DER or IEEE P1363 form, Ed25519, DSA, ML-DSA and SLH-DSA), RSA encryption
//! (OAEP, PKCS#1 v1.5, none) in both directions, and the key agreement
//! behind `crypto.diffieHellman` (X25519, ECDH).
//!
//! The RSA paddings are written here over the crate's raw RSA primitive
//! because Node lets the MGF1 digest differ from the message digest
//! (rsa-pss keys), detects the PSS salt length when verifying, and pads
//! `privateEncrypt` like a signature without a DigestInfo; the crate's
//! padding types fix those at compile time.
//!
//! NODE-DIFF: `privateDecrypt` with RSA_PKCS1_PADDING fails on bad padding
//! instead of OpenSSL's implicit rejection (a random-looking result).

use crypto_bigint::BoxedUint;
use rsa::traits::PublicKeyParts;

use super::keys::{with_curve, Asym, Curve, DsaKey, HostRng, RsaKey};
use super::{constant_time_eq, Algorithm};

pub const RSA_PKCS1_PADDING: i32 = 1;
pub const RSA_NO_PADDING: i32 = 3;
pub const RSA_PKCS1_OAEP_PADDING: i32 = 4;
pub const RSA_PKCS1_PSS_PADDING: i32 = 6;
pub const RSA_PSS_SALTLEN_DIGEST: i64 = -1;
pub const RSA_PSS_SALTLEN_MAX_SIGN: i64 = -2;

/// Why an operation failed, as OpenSSL would say it (JS makes the error).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpError {
    /// OpenSSL's (library, reason) for the failure.
    Openssl(&'static str, &'static str),
    /// The operation does not apply to this key type.
    Unsupported,
    Random(String),
}

type OpResult<T> = Result<T, OpError>;

fn digest(algorithm: Algorithm, data: &[&[u8]]) -> Vec<u8> {
    let mut hasher = algorithm.hasher(None);
    for part in data {
        hasher.update(part);
    }
    hasher.finalize()
}

fn mgf1(algorithm: Algorithm, seed: &[u8], len: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(len);
    let mut counter: u32 = 0;
    while out.len() < len {
        out.extend(digest(algorithm, &[seed, &counter.to_be_bytes()]));
        counter += 1;
    }
    out.truncate(len);
    out
}

// -------------------------------------------------------------------------
// Raw RSA

fn rsa_public_raw(key: &rsa::PublicKey, input: &[u8]) -> OpResult<Vec<u8>> {
    let k = key.size();
    let m = BoxedUint::from_be_slice(input, key.n_bits_precision()).map_err(|_| OpError::Openssl("rsa routines", "data too large for modulus"))?;
    if m >= *key.n().as_ref() {
        return Err(OpError::Openssl("rsa routines", "data too large for modulus"));
    }
    let c = rsa::hazmat::rsa_encrypt(key, &m).map_err(|_| OpError::Openssl("rsa routines", "internal error"))?;
    Ok(left_pad(&c.to_be_bytes(), k))
}

fn rsa_private_raw(key: &rsa::PrivateKey, input: &[u8], rng: &mut HostRng) -> OpResult<Vec<u8>> {
    let k = key.size();
    let c = BoxedUint::from_be_slice(input, key.n_bits_precision()).map_err(|_| OpError::Openssl("rsa routines", "data too large for modulus"))?;
    if c >= *key.n().as_ref() {
        return Err(OpError::Openssl("rsa routines", "data too large for modulus"));
    }
    let m = rsa::hazmat::rsa_decrypt_and_check(key, Some(rng), &c).map_err(|_| OpError::Openssl("rsa routines", "internal error"))?;
    Ok(left_pad(&m.to_be_bytes(), k))
}

fn left_pad(bytes: &[u8], len: usize) -> Vec<u8> {
    let start = bytes.iter().position(|&b| b != 0).unwrap_or(bytes.len());
    let bytes = &bytes[start..];
    let mut out = vec![0; len.saturating_sub(bytes.len())];
    out.extend_from_slice(bytes);
    out
}

fn private_of(key: &RsaKey) -> OpResult<&rsa::PrivateKey> {
    key.private.as_ref().ok_or(OpError::Unsupported)
}

/// EMSA-PKCS1-v1_5 / the block type 1 padding of privateEncrypt.
fn pad_type1(payload: &[u8], k: usize) -> OpResult<Vec<u8>> {
    if payload.len() + 11 > k {
        return Err(OpError::Openssl("rsa routines", "data too large for key size"));
    }
    let mut em = vec![0, 1];
    em.resize(k - payload.len() - 1, 0xff);
    em.push(0);
    em.extend_from_slice(payload);
    Ok(em)
}

fn unpad_type1(em: &[u8]) -> Option<Vec<u8>> {
    if em.len() < 11 || em[0] != 0 || em[1] != 1 {
        return None;
    }
    let zero = em[2..].iter().position(|&b| b != 0xff)? + 2;
    if em[zero] != 0 || zero < 10 {
        return None;
    }
    Some(em[zero + 1..].to_vec())
}

/// DigestInfo of a digest, as PKCS#1 v1.5 signatures carry it.
fn digest_info(algorithm: Algorithm, hash: &[u8]) -> Vec<u8> {
    use super::der;
    if algorithm == Algorithm::Md5Sha1 {
        return hash.to_vec();
    }
    let oid = super::keys::hash_oid(algorithm);
    der::sequence(&[&der::sequence(&[&der::encode_oid(oid), &der::null()]), &der::octet_string(hash)])
}

fn pss_encode(hash: &[u8], algorithm: Algorithm, mgf: Algorithm, salt_len: usize, em_bits: usize, rng: &mut HostRng) -> OpResult<Vec<u8>> {
    let h_len = hash.len();
    let em_len = em_bits.div_ceil(8);
    if em_len < h_len + salt_len + 2 {
        return Err(OpError::Openssl("rsa routines", "data too large for key size"));
    }
    let mut salt = vec![0; salt_len];
    rng.fill(&mut salt);
    let h = digest(algorithm, &[&[0; 8], hash, &salt]);
    let mut db = vec![0; em_len - salt_len - h_len - 2];
    db.push(1);
    db.extend_from_slice(&salt);
    let mask = mgf1(mgf, &h, db.len());
    for (byte, m) in db.iter_mut().zip(mask) {
        *byte ^= m;
    }
    db[0] &= 0xff >> (8 * em_len - em_bits);
    db.extend_from_slice(&h);
    db.push(0xbc);
    Ok(db)
}

/// EMSA-PSS-VERIFY; `salt_len` None: any length (RSA_PSS_SALTLEN_AUTO).
fn pss_verify(hash: &[u8], em: &[u8], algorithm: Algorithm, mgf: Algorithm, salt_len: Option<usize>, em_bits: usize) -> bool {
    let h_len = hash.len();
    let em_len = em_bits.div_ceil(8);
    // The raw result has k bytes; when emBits is a multiple of 8 the first is 0.
    let em = if em.len() > em_len {
        if em[..em.len() - em_len].iter().any(|&b| b != 0) {
            return false;
        }
        &em[em.len() - em_len..]
    } else {
        em
    };
    if em_len < h_len + 2 || em.len() != em_len || em[em_len - 1] != 0xbc {
        return false;
    }
    let (masked_db, rest) = em.split_at(em_len - h_len - 1);
    let h = &rest[..h_len];
    let top_bits = 8 * em_len - em_bits;
    if top_bits > 0 && masked_db[0] >> (8 - top_bits) != 0 {
        return false;
    }
    let mask = mgf1(mgf, h, masked_db.len());
    let mut db: Vec<u8> = masked_db.iter().zip(mask).map(|(a, b)| a ^ b).collect();
    db[0] &= 0xff >> top_bits;
    let Some(one) = db.iter().position(|&b| b != 0) else { return false };
    if db[one] != 1 {
        return false;
    }
    let salt = &db[one + 1..];
    if salt_len.is_some_and(|len| len != salt.len()) {
        return false;
    }
    constant_time_eq(&digest(algorithm, &[&[0; 8], hash, salt]), h)
}

/// The PSS digests and default salt for a key (rsa-pss keys may fix them).
fn pss_setup(key: &RsaKey, algorithm: Algorithm) -> OpResult<(Algorithm, Option<u64>)> {
    match &key.pss {
        Some(Some(params)) => {
            if params.hash.is_some_and(|hash| hash != algorithm) {
                return Err(OpError::Openssl("Provider routines", "digest not allowed"));
            }
            Ok((params.mgf1.unwrap_or(algorithm), params.salt))
        }
        _ => Ok((algorithm, None)),
    }
}

// -------------------------------------------------------------------------
// Signatures

/// What sign/verify were asked for beyond the key and data.
pub struct SignOptions {
    pub digest: Option<Algorithm>,
    pub padding: Option<i32>,
    pub salt_len: Option<i64>,
    pub p1363: bool,
    /// The context string of ML-DSA and SLH-DSA (at most 255 bytes).
    pub context: Vec<u8>,
}

fn pqc_error(error: super::pqc::PqcError) -> OpError {
    match error {
        super::pqc::PqcError::Unsupported => OpError::Openssl("digital envelope routines", "operation not supported for this keytype"),
        super::pqc::PqcError::Failed => OpError::Openssl("Provider routines", "failed during derivation"),
    }
}

fn default_digest(key: &Asym, requested: Option<Algorithm>) -> Algorithm {
    if let Some(algorithm) = requested {
        return algorithm;
    }
    match key {
        Asym::Rsa(RsaKey { pss: Some(Some(params)), .. }) => params.hash.unwrap_or(Algorithm::Sha256),
        _ => Algorithm::Sha256,
    }
}

pub fn sign(key: &Asym, data: &[u8], options: &SignOptions, rng: &mut HostRng) -> OpResult<Vec<u8>> {
    match key {
        Asym::Rsa(rsa_key) => {
            let private = private_of(rsa_key)?;
            let algorithm = default_digest(key, options.digest);
            let hash = digest(algorithm, &[data]);
            let padding = options.padding.unwrap_or(if rsa_key.pss.is_some() { RSA_PKCS1_PSS_PADDING } else { RSA_PKCS1_PADDING });
            let k = private.size();
            let em = match padding {
                RSA_PKCS1_PADDING if rsa_key.pss.is_none() => pad_type1(&digest_info(algorithm, &hash), k)?,
                RSA_PKCS1_PSS_PADDING => {
                    let (mgf, key_salt) = pss_setup(rsa_key, algorithm)?;
                    let em_bits = rsa_key.modulus_bits() - 1;
                    let max = em_bits.div_ceil(8).saturating_sub(hash.len() + 2);
                    let salt = match options.salt_len {
                        Some(RSA_PSS_SALTLEN_DIGEST) => hash.len(),
                        Some(RSA_PSS_SALTLEN_MAX_SIGN) => max,
                        Some(len) if len >= 0 => len as usize,
                        Some(_) => return Err(OpError::Openssl("rsa routines", "invalid salt length")),
                        // OpenSSL 3's default: the digest's length, or less if the key is short.
                        None => key_salt.map_or(hash.len().min(max), |salt| salt as usize),
                    };
                    if key_salt.is_some_and(|min| (salt as u64) < min) {
                        return Err(OpError::Openssl("rsa routines", "invalid salt length"));
                    }
                    pss_encode(&hash, algorithm, mgf, salt, em_bits, rng)?
                }
                _ => return Err(OpError::Openssl("rsa routines", "illegal or unsupported padding mode")),
            };
            rsa_private_raw(private, &em, rng)
        }
        Asym::Ec { curve, scalar, .. } => {
            let scalar = scalar.as_ref().ok_or(OpError::Unsupported)?;
            let hash = digest(options.digest.unwrap_or(Algorithm::Sha256), &[data]);
            ecdsa_sign(*curve, scalar, &hash, options.p1363)
        }
        Asym::Ed25519 { seed, .. } => {
            use ed25519_dalek::Signer;
            let seed = seed.as_ref().ok_or(OpError::Unsupported)?;
            Ok(ed25519_dalek::SigningKey::from_bytes(seed).sign(data).to_bytes().to_vec())
        }
        Asym::Dsa(dsa_key) => {
            let hash = digest(options.digest.unwrap_or(Algorithm::Sha256), &[data]);
            dsa_sign(dsa_key, &hash, options.p1363, rng)
        }
        Asym::X25519 { .. } => Err(OpError::Openssl("digital envelope routines", "operation not supported for this keytype")),
        Asym::Pqc(pqc) => pqc.sign(data, &options.context, rng).map_err(pqc_error),
    }
}

pub fn verify(key: &Asym, data: &[u8], signature: &[u8], options: &SignOptions) -> OpResult<bool> {
    match key {
        Asym::Rsa(rsa_key) => {
            let algorithm = default_digest(key, options.digest);
            let hash = digest(algorithm, &[data]);
            let padding = options.padding.unwrap_or(if rsa_key.pss.is_some() { RSA_PKCS1_PSS_PADDING } else { RSA_PKCS1_PADDING });
            let k = rsa_key.public.size();
            if signature.len() != k {
                return Ok(false);
            }
            let Ok(em) = rsa_public_raw(&rsa_key.public, signature) else { return Ok(false) };
            match padding {
                RSA_PKCS1_PADDING if rsa_key.pss.is_none() => {
                    Ok(unpad_type1(&em).is_some_and(|payload| constant_time_eq(&payload, &digest_info(algorithm, &hash))))
                }
                RSA_PKCS1_PSS_PADDING => {
                    let (mgf, key_salt) = pss_setup(rsa_key, algorithm)?;
                    let em_bits = rsa_key.modulus_bits() - 1;
                    let salt = match options.salt_len {
                        Some(RSA_PSS_SALTLEN_DIGEST) => Some(hash.len()),
                        Some(len) if len >= 0 => Some(len as usize),
                        Some(RSA_PSS_SALTLEN_MAX_SIGN) | None => key_salt.map(|_| None).unwrap_or(None),
                        Some(_) => return Err(OpError::Openssl("rsa routines", "invalid salt length")),
                    };
                    Ok(pss_verify(&hash, &em, algorithm, mgf, salt, em_bits))
                }
                _ => Err(OpError::Openssl("rsa routines", "illegal or unsupported padding mode")),
            }
        }
        Asym::Ec { curve, point, .. } => {
            let hash = digest(options.digest.unwrap_or(Algorithm::Sha256), &[data]);
            Ok(ecdsa_verify(*curve, point, &hash, signature, options.p1363))
        }
        Asym::Ed25519 { public, .. } => {
            use ed25519_dalek::Verifier;
            let Ok(verifying) = ed25519_dalek::VerifyingKey::from_bytes(public) else { return Ok(false) };
            let Ok(bytes) = <[u8; 64]>::try_from(signature) else { return Ok(false) };
            Ok(verifying.verify(data, &ed25519_dalek::Signature::from_bytes(&bytes)).is_ok())
        }
        Asym::Dsa(dsa_key) => {
            let hash = digest(options.digest.unwrap_or(Algorithm::Sha256), &[data]);
            Ok(dsa_verify(dsa_key, &hash, signature, options.p1363))
        }
        Asym::X25519 { .. } => Err(OpError::Openssl("digital envelope routines", "operation not supported for this keytype")),
        Asym::Pqc(pqc) => pqc.verify(data, &options.context, signature).map_err(pqc_error),
    }
}

fn ecdsa_sign(curve: Curve, scalar: &[u8], hash: &[u8], p1363: bool) -> OpResult<Vec<u8>> {
    use signature::hazmat::PrehashSigner;
    with_curve!(curve, m => {
        let key = m::ecdsa::SigningKey::from_slice(scalar).map_err(|_| OpError::Unsupported)?;
        let signature: m::ecdsa::Signature = key.sign_prehash(hash).map_err(|_| OpError::Openssl("elliptic curve routines", "internal error"))?;
        Ok(if p1363 { signature.to_bytes().to_vec() } else { signature.to_der().as_bytes().to_vec() })
    })
}

fn ecdsa_verify(curve: Curve, point: &[u8], hash: &[u8], signature: &[u8], p1363: bool) -> bool {
    use signature::hazmat::PrehashVerifier;
    with_curve!(curve, m => {
        let Ok(key) = m::ecdsa::VerifyingKey::from_sec1_bytes(point) else { return false };
        let parsed = if p1363 {
            m::ecdsa::Signature::from_slice(signature).ok()
        } else {
            der_signature(signature, curve.field_len()).and_then(|fixed| m::ecdsa::Signature::from_slice(&fixed).ok())
        };
        let Some(parsed) = parsed else { return false };
        key.verify_prehash(hash, &parsed).is_ok()
    })
}

/// (r, s) of a DER Ecdsa-Sig-Value as fixed-width big-endian halves.
fn der_signature(signature: &[u8], width: usize) -> Option<Vec<u8>> {
    use super::der::Reader;
    let mut outer = Reader::new(signature);
    let mut seq = outer.sequence()?;
    if !outer.is_empty() {
        return None;
    }
    let r = seq.uint()?;
    let s = seq.uint()?;
    if !seq.is_empty() || r.len() > width || s.len() > width {
        return None;
    }
    let mut out = left_pad(r, width);
    out.extend(left_pad(s, width));
    Some(out)
}

fn dsa_keys(key: &DsaKey) -> Option<(dsa::VerifyingKey, Option<dsa::SigningKey>)> {
    let big = |bytes: &[u8]| BoxedUint::from_be_slice_vartime(bytes);
    let components = dsa::Components::from_components_unchecked(big(&key.p), big(&key.q), big(&key.g)).ok()?;
    let verifying = dsa::VerifyingKey::from_components(components, big(&key.y)).ok()?;
    let signing = match &key.x {
        Some(x) => Some(dsa::SigningKey::from_components(verifying.clone(), big(x)).ok()?),
        None => None,
    };
    Some((verifying, signing))
}

fn dsa_sign(key: &DsaKey, hash: &[u8], p1363: bool, rng: &mut HostRng) -> OpResult<Vec<u8>> {
    use signature::hazmat::RandomizedPrehashSigner;
    let (_, signing) = dsa_keys(key).ok_or(OpError::Unsupported)?;
    let signing = signing.ok_or(OpError::Unsupported)?;
    let signature = signing.sign_prehash_with_rng(rng, hash).map_err(|_| OpError::Openssl("dsa routines", "internal error"))?;
    let r = signature.r().to_be_bytes_trimmed_vartime();
    let s = signature.s().to_be_bytes_trimmed_vartime();
    if p1363 {
        let width = key.q.len();
        let mut out = left_pad(&r, width);
        out.extend(left_pad(&s, width));
        return Ok(out);
    }
    use super::der;
    Ok(der::sequence(&[&der::uint(&r), &der::uint(&s)]))
}

fn dsa_verify(key: &DsaKey, hash: &[u8], signature: &[u8], p1363: bool) -> bool {
    use signature::hazmat::PrehashVerifier;
    let Some((verifying, _)) = dsa_keys(key) else { return false };
    let width = key.q.len();
    let fixed = if p1363 {
        (signature.len() == 2 * width).then(|| signature.to_vec())
    } else {
        der_signature(signature, width)
    };
    let Some(fixed) = fixed else { return false };
    let big = |bytes: &[u8]| BoxedUint::from_be_slice_vartime(bytes);
    let Some(parsed) = dsa::Signature::from_components(big(&fixed[..width]), big(&fixed[width..])) else { return false };
    verifying.verify_prehash(hash, &parsed).is_ok()
}

// -------------------------------------------------------------------------
// RSA encryption

pub struct CryptOptions<'a> {
    pub padding: i32,
    pub oaep_hash: Algorithm,
    pub oaep_label: &'a [u8],
}

/// publicEncrypt (`private_key` false) or privateEncrypt (true).
pub fn encrypt(key: &Asym, with_private: bool, data: &[u8], options: &CryptOptions, rng: &mut HostRng) -> OpResult<Vec<u8>> {
    let Asym::Rsa(rsa_key) = key else { return Err(OpError::Openssl("rsa routines", "operation not supported for this keytype")) };
    let k = rsa_key.public.size();
    if with_private {
        let private = private_of(rsa_key)?;
        let em = match options.padding {
            RSA_PKCS1_PADDING => pad_type1(data, k)?,
            RSA_NO_PADDING => raw_block(data, k)?,
            _ => return Err(OpError::Openssl("rsa routines", "unknown padding type")),
        };
        return rsa_private_raw(private, &em, rng);
    }
    let em = match options.padding {
        RSA_PKCS1_OAEP_PADDING => {
            let h_len = options.oaep_hash.output_len();
            if data.len() + 2 * h_len + 2 > k {
                return Err(OpError::Openssl("rsa routines", "data too large for key size"));
            }
            let mut db = digest(options.oaep_hash, &[options.oaep_label]);
            db.resize(k - data.len() - h_len - 2, 0);
            db.push(1);
            db.extend_from_slice(data);
            let mut seed = vec![0; h_len];
            rng.fill(&mut seed);
            for (byte, m) in db.iter_mut().zip(mgf1(options.oaep_hash, &seed, k - h_len - 1)) {
                *byte ^= m;
            }
            for (byte, m) in seed.iter_mut().zip(mgf1(options.oaep_hash, &db, h_len)) {
                *byte ^= m;
            }
            let mut em = vec![0];
            em.extend(seed);
            em.extend(db);
            em
        }
        RSA_PKCS1_PADDING => {
            if data.len() + 11 > k {
                return Err(OpError::Openssl("rsa routines", "data too large for key size"));
            }
            let mut padding = vec![0; k - data.len() - 3];
            rng.fill(&mut padding);
            for byte in padding.iter_mut() {
                // Nonzero bytes; a failing source (zeros) is reported by
                // HostRng::finish, so the bound only keeps this finite.
                for _ in 0..64 {
                    if *byte != 0 {
                        break;
                    }
                    let mut one = [0];
                    rng.fill(&mut one);
                    *byte = one[0];
                }
            }
            let mut em = vec![0, 2];
            em.extend(padding);
            em.push(0);
            em.extend_from_slice(data);
            em
        }
        RSA_NO_PADDING => raw_block(data, k)?,
        _ => return Err(OpError::Openssl("rsa routines", "unknown padding type")),
    };
    rsa_public_raw(&rsa_key.public, &em)
}

fn raw_block(data: &[u8], k: usize) -> OpResult<Vec<u8>> {
    match data.len().cmp(&k) {
        std::cmp::Ordering::Less => Err(OpError::Openssl("rsa routines", "data too small for key size")),
        std::cmp::Ordering::Greater => Err(OpError::Openssl("rsa routines", "data too large for key size")),
        std::cmp::Ordering::Equal => Ok(data.to_vec()),
    }
}

/// privateDecrypt (`with_private` true) or publicDecrypt (false).
pub fn decrypt(key: &Asym, with_private: bool, data: &[u8], options: &CryptOptions, rng: &mut HostRng) -> OpResult<Vec<u8>> {
    let Asym::Rsa(rsa_key) = key else { return Err(OpError::Openssl("rsa routines", "operation not supported for this keytype")) };
    let k = rsa_key.public.size();
    if data.len() != k {
        return Err(OpError::Openssl("rsa routines", if data.len() > k { "data greater than mod len" } else { "data len not equal to mod len" }));
    }
    if !with_private {
        let em = rsa_public_raw(&rsa_key.public, data)?;
        return match options.padding {
            RSA_PKCS1_PADDING => unpad_type1(&em).ok_or(OpError::Openssl("rsa routines", "padding check failed")),
            RSA_NO_PADDING => Ok(em),
            _ => Err(OpError::Openssl("rsa routines", "unknown padding type")),
        };
    }
    let private = private_of(rsa_key)?;
    let em = rsa_private_raw(private, data, rng)?;
    match options.padding {
        RSA_PKCS1_OAEP_PADDING => {
            let h_len = options.oaep_hash.output_len();
            let failure = OpError::Openssl("rsa routines", "oaep decoding error");
            if k < 2 * h_len + 2 {
                return Err(failure);
            }
            let (masked_seed, masked_db) = em[1..].split_at(h_len);
            let seed: Vec<u8> = masked_seed.iter().zip(mgf1(options.oaep_hash, masked_db, h_len)).map(|(a, b)| a ^ b).collect();
            let db: Vec<u8> = masked_db.iter().zip(mgf1(options.oaep_hash, &seed, masked_db.len())).map(|(a, b)| a ^ b).collect();
            let label_hash = digest(options.oaep_hash, &[options.oaep_label]);
            let good_hash = constant_time_eq(&db[..h_len], &label_hash);
            let rest = &db[h_len..];
            let one = rest.iter().position(|&b| b != 0);
            match one {
                Some(i) if em[0] == 0 && good_hash && rest[i] == 1 => Ok(rest[i + 1..].to_vec()),
                _ => Err(failure),
            }
        }
        RSA_PKCS1_PADDING => {
            let failure = OpError::Openssl("rsa routines", "padding check failed");
            if em[0] != 0 || em[1] != 2 {
                return Err(failure);
            }
            let zero = em[2..].iter().position(|&b| b == 0).ok_or(failure.clone())? + 2;
            if zero < 10 {
                return Err(failure);
            }
            Ok(em[zero + 1..].to_vec())
        }
        RSA_NO_PADDING => Ok(em),
        _ => Err(OpError::Openssl("rsa routines", "unknown padding type")),
    }
}

// -------------------------------------------------------------------------
// Key agreement

/// The shared secret of a private and a public key of the same kind.
pub fn diffie_hellman(private: &Asym, public: &Asym) -> OpResult<Vec<u8>> {
    match (private, public) {
        (Asym::X25519 { secret: Some(secret), .. }, Asym::X25519 { public, .. }) => {
            let shared = x25519_dalek::StaticSecret::from(*secret).diffie_hellman(&x25519_dalek::PublicKey::from(*public));
            if shared.as_bytes().iter().all(|&b| b == 0) {
                return Err(OpError::Openssl("Provider routines", "failed during derivation"));
            }
            Ok(shared.as_bytes().to_vec())
        }
        (Asym::Ec { curve, scalar: Some(scalar), .. }, Asym::Ec { curve: other, point, .. }) if curve == other => {
            with_curve!(*curve, m => {
                let secret = m::SecretKey::from_slice(scalar).map_err(|_| OpError::Unsupported)?;
                let public = m::PublicKey::from_sec1_bytes(point).map_err(|_| OpError::Unsupported)?;
                Ok(secret.diffie_hellman(&public).raw_secret_bytes().to_vec())
            })
        }
        _ => Err(OpError::Unsupported),
    }
}
