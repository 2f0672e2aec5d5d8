//! Asymmetric keys for `KeyObject`: reading them from PEM/DER (PKCS#1,
//! PKCS#8 plain or PBES2-encrypted, SPKI, SEC1, OpenSSL's legacy encrypted
//! PEM, the public key of an X.509 certificate) and JWK, writing them back in
//! the encodings OpenSSL writes, their details, and generating pairs.
//!
//! Covers rsa, rsa-pss, ec (P-256, P-384, P-521, secp256k1 named curves),
//! ed25519, x25519, dsa and the post-quantum types of pqc.rs (ml-dsa-*,
//! ml-kem-*, slh-dsa-*). Not here: ed448/x448 and dh keys (no maintained
//! pure-Rust crate does their arithmetic; they read as "unsupported"),
//! explicit EC curve parameters (refused as OpenSSL 3 refuses them by
//! default on input; on output we always write the named curve).
//! Arithmetic is RustCrypto's; the DER is ours (der.rs) so that output
//! matches OpenSSL's byte for byte.

use std::rc::Rc;

use crypto_bigint::BoxedUint;
use rand_core::{TryCryptoRng, TryRng};
use rsa::traits::{PrivateKeyParts, PublicKeyParts};

use super::der::{self, Reader};
use super::pqc::{PqcAlg, PqcKey};
use super::Algorithm;
use crate::engine::Shared;

pub const OID_RSA: &str = "1.2.840.113549.1.1.1";
pub const OID_RSA_PSS: &str = "1.2.840.113549.1.1.10";
const OID_MGF1: &str = "1.2.840.113549.1.1.8";
const OID_EC: &str = "1.2.840.10045.2.1";
const OID_ED25519: &str = "1.3.101.112";
const OID_X25519: &str = "1.3.101.110";
const OID_ED448: &str = "1.3.101.113";
const OID_X448: &str = "1.3.101.111";
const OID_DSA: &str = "1.2.840.10040.4.1";
const OID_DH: &str = "1.2.840.113549.1.3.1";
const OID_PBES2: &str = "1.2.840.113549.1.5.13";

/// The host's secure random source as a RustCrypto RNG. The traits want an
/// infallible source, so a failure is remembered (and zeros handed out);
/// callers check [`HostRng::finish`] and throw the result away.
pub struct HostRng {
    shared: Rc<Shared>,
    failure: Option<String>,
}

impl HostRng {
    pub fn new(shared: &Rc<Shared>) -> Self {
        HostRng { shared: shared.clone(), failure: None }
    }

    /// Err with the host's message if any random bytes could not be had.
    pub fn finish(self) -> Result<(), String> {
        match self.failure {
            Some(message) => Err(format!("secure random source failed: {message}")),
            None => Ok(()),
        }
    }

    pub fn fill(&mut self, buf: &mut [u8]) {
        if let Err(message) = self.shared.host.fill_random(buf) {
            buf.fill(0);
            self.failure.get_or_insert(message);
        }
    }
}

impl TryRng for HostRng {
    type Error = core::convert::Infallible;

    fn try_next_u32(&mut self) -> Result<u32, Self::Error> {
        let mut bytes = [0; 4];
        self.fill(&mut bytes);
        Ok(u32::from_le_bytes(bytes))
    }

    fn try_next_u64(&mut self) -> Result<u64, Self::Error> {
        let mut bytes = [0; 8];
        self.fill(&mut bytes);
        Ok(u64::from_le_bytes(bytes))
    }

    fn try_fill_bytes(&mut self, dst: &mut [u8]) -> Result<(), Self::Error> {
        self.fill(dst);
        Ok(())
    }
}

impl TryCryptoRng for HostRng {}

/// Why a key could not be read or written; JS turns each into Node's error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyError {
    /// Not a key we can read (OpenSSL's DECODER "unsupported").
    Unsupported,
    /// Encrypted and no passphrase given (`pem`: true for PEM input).
    NeedPassphrase { pem: bool },
    /// The passphrase did not decrypt it.
    BadDecrypt,
    /// The passphrase is longer than OpenSSL's PEM buffer.
    PassphraseTooLong,
    /// An encoding this key type has no form in.
    Incompatible,
    UnknownCipher,
    /// The host's random source failed.
    Random(String),
    /// A JWK whose members do not make a valid key.
    InvalidJwk,
    /// A key that decodes but fails its consistency checks (OpenSSL's
    /// "Provider routines::invalid key").
    InvalidKey,
    /// Any other reason, as text.
    Other(String),
}

pub type KeyResult<T> = Result<T, KeyError>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Curve {
    P256,
    P384,
    P521,
    K256,
}

impl Curve {
    pub fn from_name(name: &str) -> Option<Curve> {
        match name {
            "P-256" | "prime256v1" | "secp256r1" => Some(Curve::P256),
            "P-384" | "secp384r1" => Some(Curve::P384),
            "P-521" | "secp521r1" => Some(Curve::P521),
            "secp256k1" => Some(Curve::K256),
            _ => None,
        }
    }

    fn from_oid(oid: &str) -> Option<Curve> {
        [Curve::P256, Curve::P384, Curve::P521, Curve::K256].into_iter().find(|c| c.oid() == oid)
    }

    fn oid(self) -> &'static str {
        match self {
            Curve::P256 => "1.2.840.10045.3.1.7",
            Curve::P384 => "1.3.132.0.34",
            Curve::P521 => "1.3.132.0.35",
            Curve::K256 => "1.3.132.0.10",
        }
    }

    /// OpenSSL's short name, which Node reports as `namedCurve`.
    pub fn openssl_name(self) -> &'static str {
        match self {
            Curve::P256 => "prime256v1",
            Curve::P384 => "secp384r1",
            Curve::P521 => "secp521r1",
            Curve::K256 => "secp256k1",
        }
    }

    pub fn jwk_name(self) -> &'static str {
        match self {
            Curve::P256 => "P-256",
            Curve::P384 => "P-384",
            Curve::P521 => "P-521",
            Curve::K256 => "secp256k1",
        }
    }

    /// Bytes in a field element (and a scalar).
    pub fn field_len(self) -> usize {
        match self {
            Curve::P256 | Curve::K256 => 32,
            Curve::P384 => 48,
            Curve::P521 => 66,
        }
    }
}

/// Runs `$body` with `$m` naming the RustCrypto crate of `$curve`.
macro_rules! with_curve {
    ($curve:expr, $m:ident => $body:expr) => {
        match $curve {
            Curve::P256 => {
                use p256 as $m;
                $body
            }
            Curve::P384 => {
                use p384 as $m;
                $body
            }
            Curve::P521 => {
                use p521 as $m;
                $body
            }
            Curve::K256 => {
                use k256 as $m;
                $body
            }
        }
    };
}
pub(crate) use with_curve;

impl Curve {
    /// The uncompressed point of a private scalar, None if it is no valid scalar.
    pub fn public_of(self, scalar: &[u8]) -> Option<Vec<u8>> {
        with_curve!(self, m => {
            let secret = m::SecretKey::from_slice(scalar).ok()?;
            use elliptic_curve::sec1::ToSec1Point;
            Some(secret.public_key().to_sec1_point(false).as_bytes().to_vec())
        })
    }

    /// A point in any SEC1 form as uncompressed, None if not on the curve.
    pub fn normalize_point(self, point: &[u8]) -> Option<Vec<u8>> {
        with_curve!(self, m => {
            let public = m::PublicKey::from_sec1_bytes(point).ok()?;
            use elliptic_curve::sec1::ToSec1Point;
            Some(public.to_sec1_point(false).as_bytes().to_vec())
        })
    }

    pub fn compress(self, point: &[u8], compressed: bool) -> Option<Vec<u8>> {
        with_curve!(self, m => {
            let public = m::PublicKey::from_sec1_bytes(point).ok()?;
            use elliptic_curve::sec1::ToSec1Point;
            Some(public.to_sec1_point(compressed).as_bytes().to_vec())
        })
    }

    pub fn generate(self, rng: &mut HostRng) -> (Vec<u8>, Vec<u8>) {
        with_curve!(self, m => {
            use elliptic_curve::sec1::ToSec1Point;
            use elliptic_curve::Generate;
            let secret = m::SecretKey::generate_from_rng(rng);
            (secret.to_bytes().to_vec(), secret.public_key().to_sec1_point(false).as_bytes().to_vec())
        })
    }
}

/// RSASSA-PSS parameters of an rsa-pss key; None members were absent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PssParams {
    pub hash: Option<Algorithm>,
    pub mgf1: Option<Algorithm>,
    pub salt: Option<u64>,
}

#[derive(Clone)]
pub struct RsaKey {
    pub public: rsa::PublicKey,
    pub private: Option<rsa::PrivateKey>,
    /// Some for an rsa-pss key (with its restrictions, if any).
    pub pss: Option<Option<PssParams>>,
    /// n, e, d, p, q, dp, dq, qi as big-endian magnitudes (d.. only if private).
    pub parts: Vec<Vec<u8>>,
}

#[derive(Clone)]
pub struct DsaKey {
    pub p: Vec<u8>,
    pub q: Vec<u8>,
    pub g: Vec<u8>,
    pub y: Vec<u8>,
    pub x: Option<Vec<u8>>,
}

/// An asymmetric key, public or private.
// A key lives once behind an Rc in its handle, so the RSA variant's size costs nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Clone)]
pub enum Asym {
    Rsa(RsaKey),
    Ec { curve: Curve, point: Vec<u8>, scalar: Option<Vec<u8>> },
    Ed25519 { public: [u8; 32], seed: Option<[u8; 32]> },
    X25519 { public: [u8; 32], secret: Option<[u8; 32]> },
    Dsa(DsaKey),
    /// ML-DSA, ML-KEM and SLH-DSA (pqc.rs).
    Pqc(PqcKey),
}

fn big(bytes: &[u8]) -> BoxedUint {
    BoxedUint::from_be_slice_vartime(bytes)
}

fn trimmed(bytes: &[u8]) -> Vec<u8> {
    let start = bytes.iter().position(|&b| b != 0).unwrap_or(bytes.len());
    bytes[start..].to_vec()
}

fn be(value: &BoxedUint) -> Vec<u8> {
    value.to_be_bytes_trimmed_vartime().to_vec()
}

impl RsaKey {
    pub fn from_public(n: &[u8], e: &[u8], pss: Option<Option<PssParams>>) -> KeyResult<RsaKey> {
        if n.is_empty() || n.last().is_none_or(|b| b & 1 == 0) {
            return Err(KeyError::Unsupported);
        }
        let public = rsa::PublicKey::new_with_size_limits(big(n), big(e), 2..=16384).map_err(|_| KeyError::Unsupported)?;
        Ok(RsaKey { public, private: None, pss, parts: vec![trimmed(n), trimmed(e)] })
    }

    /// From PKCS#1 private components (n, e, d, p, q; dp, dq, qi are recomputed by the crate).
    pub fn from_private(parts: &[&[u8]], pss: Option<Option<PssParams>>) -> KeyResult<RsaKey> {
        let [n, e, d, p, q, ..] = parts else { return Err(KeyError::Unsupported) };
        let private = rsa::PrivateKey::from_components_with_large_exponent(big(n), big(e), big(d), vec![big(p), big(q)])
            .or_else(|_| rsa::PrivateKey::from_components_with_wide_primes(big(n), big(e), big(d), vec![big(p), big(q)]))
            .map_err(|_| KeyError::Unsupported)?;
        let public = private.to_public_key();
        Ok(RsaKey { public, private: Some(private), pss, parts: parts.iter().map(|part| trimmed(part)).collect() })
    }

    fn from_generated(private: rsa::PrivateKey, pss: Option<Option<PssParams>>) -> KeyResult<RsaKey> {
        let primes = private.primes();
        let (Some(dp), Some(dq), Some(qi)) = (private.dp(), private.dq(), private.crt_coefficient()) else {
            return Err(KeyError::Other("RSA key generation failed".into()));
        };
        let parts = vec![
            be(private.n().as_ref()),
            be(private.e()),
            be(private.d()),
            be(primes[0].as_ref()),
            be(primes[1].as_ref()),
            be(dp),
            be(dq),
            be(&qi),
        ];
        let public = private.to_public_key();
        Ok(RsaKey { public, private: Some(private), pss, parts })
    }

    pub fn modulus_bits(&self) -> usize {
        self.public.n().bit_width() as usize
    }

    fn pkcs1_public(&self) -> Vec<u8> {
        der::sequence(&[&der::uint(&self.parts[0]), &der::uint(&self.parts[1])])
    }

    fn pkcs1_private(&self) -> Vec<u8> {
        let mut body = der::small(0);
        for part in &self.parts {
            body.extend(der::uint(part));
        }
        der::tlv(der::SEQUENCE, &body)
    }

    fn algorithm(&self) -> Vec<u8> {
        match &self.pss {
            None => der::sequence(&[&der::encode_oid(OID_RSA), &der::null()]),
            Some(None) => der::sequence(&[&der::encode_oid(OID_RSA_PSS)]),
            Some(Some(params)) => der::sequence(&[&der::encode_oid(OID_RSA_PSS), &encode_pss_params(params)]),
        }
    }
}

/// The OID of a digest, as DigestInfo and RSA-PSS parameters name it (md5-sha1
/// has none: TLS signs its 36 bytes bare).
pub(crate) fn hash_oid(algorithm: Algorithm) -> &'static str {
    match algorithm {
        Algorithm::Sha3_224 => "2.16.840.1.101.3.4.2.7",
        Algorithm::Sha3_256 => "2.16.840.1.101.3.4.2.8",
        Algorithm::Sha3_384 => "2.16.840.1.101.3.4.2.9",
        Algorithm::Sha3_512 => "2.16.840.1.101.3.4.2.10",
        Algorithm::Shake128 => "2.16.840.1.101.3.4.2.11",
        Algorithm::Shake256 => "2.16.840.1.101.3.4.2.12",
        Algorithm::Ripemd160 => "1.3.36.3.2.1",
        Algorithm::Blake2b512 => "1.3.6.1.4.1.1722.12.2.1.16",
        Algorithm::Blake2s256 => "1.3.6.1.4.1.1722.12.2.2.8",
        Algorithm::Sm3 => "1.2.156.10197.1.401",
        Algorithm::Md5Sha1 => "",
        Algorithm::Md5 => "1.2.840.113549.2.5",
        Algorithm::Sha1 => "1.3.14.3.2.26",
        Algorithm::Sha224 => "2.16.840.1.101.3.4.2.4",
        Algorithm::Sha256 => "2.16.840.1.101.3.4.2.1",
        Algorithm::Sha384 => "2.16.840.1.101.3.4.2.2",
        Algorithm::Sha512 => "2.16.840.1.101.3.4.2.3",
        Algorithm::Sha512_224 => "2.16.840.1.101.3.4.2.5",
        Algorithm::Sha512_256 => "2.16.840.1.101.3.4.2.6",
    }
}

/// OpenSSL's name of a digest, as Node reports `hashAlgorithm`.
pub fn hash_name(algorithm: Algorithm) -> &'static str {
    match algorithm {
        Algorithm::Sha3_224 => "sha3-224",
        Algorithm::Sha3_256 => "sha3-256",
        Algorithm::Sha3_384 => "sha3-384",
        Algorithm::Sha3_512 => "sha3-512",
        Algorithm::Shake128 => "shake128",
        Algorithm::Shake256 => "shake256",
        Algorithm::Ripemd160 => "ripemd160",
        Algorithm::Blake2b512 => "blake2b512",
        Algorithm::Blake2s256 => "blake2s256",
        Algorithm::Sm3 => "sm3",
        Algorithm::Md5Sha1 => "md5-sha1",
        Algorithm::Md5 => "md5",
        Algorithm::Sha1 => "sha1",
        Algorithm::Sha224 => "sha224",
        Algorithm::Sha256 => "sha256",
        Algorithm::Sha384 => "sha384",
        Algorithm::Sha512 => "sha512",
        Algorithm::Sha512_224 => "sha512-224",
        Algorithm::Sha512_256 => "sha512-256",
    }
}

fn hash_from_oid(oid: &str) -> Option<Algorithm> {
    Algorithm::from_name(oid)
}

/// RSASSA-PSS-params with the defaults (sha1, mgf1 sha1, 20) left out, as DER wants.
fn encode_pss_params(params: &PssParams) -> Vec<u8> {
    // OpenSSL writes the digests' AlgorithmIdentifiers with NULL parameters.
    let hash_id = |algorithm: Algorithm| der::sequence(&[&der::encode_oid(hash_oid(algorithm)), &der::null()]);
    let mut body = Vec::new();
    if let Some(hash) = params.hash.filter(|&h| h != Algorithm::Sha1) {
        body.extend(der::tlv(der::context(0), &hash_id(hash)));
    }
    if let Some(mgf1) = params.mgf1.filter(|&h| h != Algorithm::Sha1) {
        body.extend(der::tlv(der::context(1), &der::sequence(&[&der::encode_oid(OID_MGF1), &hash_id(mgf1)])));
    }
    if let Some(salt) = params.salt.filter(|&s| s != 20) {
        body.extend(der::tlv(der::context(2), &der::small(salt)));
    }
    der::tlv(der::SEQUENCE, &body)
}

fn decode_pss_params(body: &[u8]) -> Option<PssParams> {
    let mut reader = Reader::new(body);
    let mut params = PssParams { hash: Some(Algorithm::Sha1), mgf1: Some(Algorithm::Sha1), salt: Some(20) };
    let hash_of = |bytes: &[u8]| -> Option<Algorithm> { hash_from_oid(&Reader::new(bytes).sequence()?.oid()?) };
    if let Some(hash) = reader.optional(der::context(0)) {
        params.hash = Some(hash_of(hash)?);
    }
    if let Some(mgf) = reader.optional(der::context(1)) {
        let mut mgf = Reader::new(mgf).sequence()?;
        if mgf.oid()? != OID_MGF1 {
            return None;
        }
        params.mgf1 = Some(hash_from_oid(&mgf.sequence()?.oid()?)?);
    }
    if let Some(salt) = reader.optional(der::context(2)) {
        params.salt = Some(Reader::new(salt).small()?);
    }
    Some(params)
}

/// Input formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Pkcs1,
    Pkcs8,
    Spki,
    Sec1,
}

impl Encoding {
    pub fn from_name(name: &str) -> Option<Encoding> {
        match name {
            "pkcs1" => Some(Encoding::Pkcs1),
            "pkcs8" => Some(Encoding::Pkcs8),
            "spki" => Some(Encoding::Spki),
            "sec1" => Some(Encoding::Sec1),
            _ => None,
        }
    }
}

/// A key read from input, and whether it holds its private half.
pub struct Parsed {
    pub key: Asym,
    pub private: bool,
}

impl Asym {
    pub fn is_private(&self) -> bool {
        match self {
            Asym::Rsa(key) => key.private.is_some(),
            Asym::Ec { scalar, .. } => scalar.is_some(),
            Asym::Ed25519 { seed, .. } => seed.is_some(),
            Asym::X25519 { secret, .. } => secret.is_some(),
            Asym::Dsa(key) => key.x.is_some(),
            Asym::Pqc(key) => key.private.is_some(),
        }
    }

    /// The same key without its private half.
    pub fn to_public(&self) -> Asym {
        match self {
            Asym::Rsa(key) => Asym::Rsa(RsaKey { public: key.public.clone(), private: None, pss: key.pss.clone(), parts: key.parts[..2].to_vec() }),
            Asym::Ec { curve, point, .. } => Asym::Ec { curve: *curve, point: point.clone(), scalar: None },
            Asym::Ed25519 { public, .. } => Asym::Ed25519 { public: *public, seed: None },
            Asym::X25519 { public, .. } => Asym::X25519 { public: *public, secret: None },
            Asym::Dsa(key) => Asym::Dsa(DsaKey { x: None, ..key.clone() }),
            Asym::Pqc(key) => Asym::Pqc(key.to_public()),
        }
    }

    /// Node's `asymmetricKeyType`.
    pub fn type_name(&self) -> &'static str {
        match self {
            Asym::Rsa(RsaKey { pss: Some(_), .. }) => "rsa-pss",
            Asym::Rsa(_) => "rsa",
            Asym::Ec { .. } => "ec",
            Asym::Ed25519 { .. } => "ed25519",
            Asym::X25519 { .. } => "x25519",
            Asym::Dsa(_) => "dsa",
            Asym::Pqc(key) => key.alg.name(),
        }
    }

    // ---------------------------------------------------------------------
    // DER structures

    pub fn spki(&self) -> Vec<u8> {
        let (algorithm, key) = match self {
            Asym::Pqc(key) => return key.spki(),
            Asym::Rsa(key) => (key.algorithm(), key.pkcs1_public()),
            Asym::Ec { curve, point, .. } => (der::sequence(&[&der::encode_oid(OID_EC), &der::encode_oid(curve.oid())]), point.clone()),
            Asym::Ed25519 { public, .. } => (der::sequence(&[&der::encode_oid(OID_ED25519)]), public.to_vec()),
            Asym::X25519 { public, .. } => (der::sequence(&[&der::encode_oid(OID_X25519)]), public.to_vec()),
            Asym::Dsa(key) => (dsa_algorithm(key), der::uint(&key.y)),
        };
        der::sequence(&[&algorithm, &der::bit_string(&key)])
    }

    /// PKCS#8 PrivateKeyInfo, as OpenSSL 3 writes it. None for a public key.
    pub fn pkcs8(&self) -> Option<Vec<u8>> {
        let (algorithm, key) = match self {
            Asym::Pqc(key) => return key.pkcs8(),
            Asym::Rsa(key) => {
                key.private.as_ref()?;
                (key.algorithm(), key.pkcs1_private())
            }
            Asym::Ec { point, scalar, curve } => {
                let scalar = scalar.as_ref()?;
                let inner = der::sequence(&[
                    &der::small(1),
                    &der::octet_string(scalar),
                    &der::tlv(der::context(1), &der::bit_string(point)),
                ]);
                (der::sequence(&[&der::encode_oid(OID_EC), &der::encode_oid(curve.oid())]), inner)
            }
            Asym::Ed25519 { seed, .. } => (der::sequence(&[&der::encode_oid(OID_ED25519)]), der::octet_string(seed.as_ref()?)),
            Asym::X25519 { secret, .. } => (der::sequence(&[&der::encode_oid(OID_X25519)]), der::octet_string(secret.as_ref()?)),
            Asym::Dsa(key) => (dsa_algorithm(key), der::uint(key.x.as_ref()?)),
        };
        Some(der::sequence(&[&der::small(0), &algorithm, &der::octet_string(&key)]))
    }

    /// SEC1 ECPrivateKey with the named curve and the public point.
    pub fn sec1(&self) -> Option<Vec<u8>> {
        let Asym::Ec { curve, point, scalar } = self else { return None };
        Some(der::sequence(&[
            &der::small(1),
            &der::octet_string(scalar.as_ref()?),
            &der::tlv(der::context(0), &der::encode_oid(curve.oid())),
            &der::tlv(der::context(1), &der::bit_string(point)),
        ]))
    }

    /// PKCS#1 RSAPrivateKey or RSAPublicKey.
    pub fn pkcs1(&self, private: bool) -> Option<Vec<u8>> {
        let Asym::Rsa(key) = self else { return None };
        if private {
            key.private.as_ref()?;
            Some(key.pkcs1_private())
        } else {
            Some(key.pkcs1_public())
        }
    }

    // ---------------------------------------------------------------------
    // Details and JWK

    /// Node's `asymmetricKeyDetails`, as (name, value) with values strings,
    /// numbers or byte strings (publicExponent).
    pub fn details(&self) -> Vec<(&'static str, Detail)> {
        match self {
            Asym::Rsa(key) => {
                let mut out = vec![
                    ("modulusLength", Detail::Number(key.modulus_bits() as f64)),
                    ("publicExponent", Detail::Bytes(key.parts[1].clone())),
                ];
                if let Some(Some(params)) = &key.pss {
                    if let Some(hash) = params.hash {
                        out.push(("hashAlgorithm", Detail::Text(hash_name(hash).into())));
                    }
                    if let Some(mgf1) = params.mgf1 {
                        out.push(("mgf1HashAlgorithm", Detail::Text(hash_name(mgf1).into())));
                    }
                    if let Some(salt) = params.salt {
                        out.push(("saltLength", Detail::Number(salt as f64)));
                    }
                }
                out
            }
            Asym::Ec { curve, .. } => vec![("namedCurve", Detail::Text(curve.openssl_name().into()))],
            Asym::Dsa(key) => vec![
                ("modulusLength", Detail::Number(bit_len(&key.p) as f64)),
                ("divisorLength", Detail::Number(bit_len(&key.q) as f64)),
            ],
            _ => Vec::new(),
        }
    }

    /// JWK members (base64url strings), in Node's order; None if this key
    /// type has no JWK form.
    pub fn jwk(&self) -> Option<Vec<(&'static str, String)>> {
        use base64ct::{Base64UrlUnpadded, Encoding as _};
        let b64 = |bytes: &[u8]| Base64UrlUnpadded::encode_string(bytes);
        match self {
            Asym::Rsa(key) if key.pss.is_none() => {
                let names = ["n", "e", "d", "p", "q", "dp", "dq", "qi"];
                let mut out = vec![("kty", "RSA".to_string())];
                out.extend(names.iter().zip(&key.parts).map(|(name, part)| (*name, b64(part))));
                Some(out)
            }
            Asym::Ec { curve, point, scalar } => {
                let len = curve.field_len();
                let mut out = vec![("kty", "EC".to_string()), ("x", b64(&point[1..1 + len])), ("y", b64(&point[1 + len..]))];
                out.push(("crv", curve.jwk_name().to_string()));
                if let Some(scalar) = scalar {
                    out.push(("d", b64(scalar)));
                }
                Some(out)
            }
            Asym::Ed25519 { public, seed } => Some(okp("Ed25519", public, seed.as_ref().map(|s| &s[..]))),
            Asym::X25519 { public, secret } => Some(okp("X25519", public, secret.as_ref().map(|s| &s[..]))),
            Asym::Pqc(key) => key.jwk().ok(),
            _ => None,
        }
    }

    /// Two keys are equal when their public halves are (and private halves, if both have them).
    pub fn equals(&self, other: &Asym) -> bool {
        // A post-quantum private key is equal with or without its seed.
        if let (Asym::Pqc(a), Asym::Pqc(b)) = (self, other) {
            return a.equals(b);
        }
        if self.type_name() != other.type_name() || self.spki() != other.spki() {
            return false;
        }
        match (self.pkcs8(), other.pkcs8()) {
            (Some(a), Some(b)) => super::constant_time_eq(&a, &b),
            _ => true,
        }
    }
}

fn okp(crv: &str, public: &[u8], private: Option<&[u8]>) -> Vec<(&'static str, String)> {
    use base64ct::{Base64UrlUnpadded, Encoding as _};
    let mut out = vec![("crv", crv.to_string())];
    if let Some(private) = private {
        out.push(("d", Base64UrlUnpadded::encode_string(private)));
    }
    out.push(("x", Base64UrlUnpadded::encode_string(public)));
    out.push(("kty", "OKP".to_string()));
    out
}

pub enum Detail {
    Number(f64),
    Text(String),
    Bytes(Vec<u8>),
}

fn bit_len(magnitude: &[u8]) -> usize {
    let magnitude = trimmed(magnitude);
    magnitude.first().map_or(0, |&b| magnitude.len() * 8 - b.leading_zeros() as usize)
}

fn dsa_algorithm(key: &DsaKey) -> Vec<u8> {
    der::sequence(&[&der::encode_oid(OID_DSA), &der::sequence(&[&der::uint(&key.p), &der::uint(&key.q), &der::uint(&key.g)])])
}

// -------------------------------------------------------------------------
// Reading

/// An RSA key from PKCS#1 DER: private if it is an RSAPrivateKey.
fn read_pkcs1(data: &[u8], pss: Option<Option<PssParams>>) -> KeyResult<Asym> {
    let mut seq = Reader::new(data).sequence().ok_or(KeyError::Unsupported)?;
    let first = seq.uint().ok_or(KeyError::Unsupported)?;
    if seq.peek_tag() == Some(der::INTEGER) {
        let mut ints = vec![first];
        while !seq.is_empty() {
            ints.push(seq.uint().ok_or(KeyError::Unsupported)?);
        }
        // RSAPublicKey: n, e; RSAPrivateKey: version 0, n, e, d, p, q,
        // dp, dq, qi (two-prime keys only).
        if ints.len() == 2 {
            return Ok(Asym::Rsa(RsaKey::from_public(ints[0], ints[1], pss)?));
        }
        if ints.len() != 9 || !ints[0].is_empty() {
            return Err(KeyError::Unsupported);
        }
        return Ok(Asym::Rsa(RsaKey::from_private(&ints[1..], pss)?));
    }
    Err(KeyError::Unsupported)
}

fn read_pkcs1_public(data: &[u8], pss: Option<Option<PssParams>>) -> KeyResult<Asym> {
    let mut seq = Reader::new(data).sequence().ok_or(KeyError::Unsupported)?;
    let n = seq.uint().ok_or(KeyError::Unsupported)?;
    let e = seq.uint().ok_or(KeyError::Unsupported)?;
    if !seq.is_empty() {
        return Err(KeyError::Unsupported);
    }
    Ok(Asym::Rsa(RsaKey::from_public(n, e, pss)?))
}

/// What an AlgorithmIdentifier names.
enum Alg {
    Rsa(Option<Option<PssParams>>),
    Ec(Curve),
    Ed25519,
    X25519,
    Dsa(Vec<u8>, Vec<u8>, Vec<u8>),
    Pqc(PqcAlg),
}

fn read_algorithm(reader: &mut Reader) -> KeyResult<Alg> {
    let mut alg = reader.sequence().ok_or(KeyError::Unsupported)?;
    let oid = alg.oid().ok_or(KeyError::Unsupported)?;
    match oid.as_str() {
        OID_RSA => Ok(Alg::Rsa(None)),
        OID_RSA_PSS => {
            if alg.is_empty() {
                return Ok(Alg::Rsa(Some(None)));
            }
            let params = alg.expect(der::SEQUENCE).ok_or(KeyError::Unsupported)?;
            let params = decode_pss_params(params).ok_or(KeyError::Unsupported)?;
            Ok(Alg::Rsa(Some(Some(params))))
        }
        OID_EC => {
            // Named curves only: explicit parameters are what OpenSSL 3 refuses too.
            let curve = alg.oid().ok_or(KeyError::Unsupported)?;
            Curve::from_oid(&curve).map(Alg::Ec).ok_or(KeyError::Unsupported)
        }
        OID_ED25519 => Ok(Alg::Ed25519),
        OID_X25519 => Ok(Alg::X25519),
        OID_DSA => {
            let mut params = alg.sequence().ok_or(KeyError::Unsupported)?;
            let p = params.uint().ok_or(KeyError::Unsupported)?.to_vec();
            let q = params.uint().ok_or(KeyError::Unsupported)?.to_vec();
            let g = params.uint().ok_or(KeyError::Unsupported)?.to_vec();
            Ok(Alg::Dsa(p, q, g))
        }
        OID_ED448 | OID_X448 | OID_DH => Err(KeyError::Other(format!("unsupported key type {oid}"))),
        // The post-quantum algorithms have no parameters.
        _ => match PqcAlg::from_oid(&oid) {
            Some(pqc) if alg.is_empty() => Ok(Alg::Pqc(pqc)),
            _ => Err(KeyError::Unsupported),
        },
    }
}

pub fn read_spki(data: &[u8]) -> KeyResult<Asym> {
    let mut seq = Reader::new(data).sequence().ok_or(KeyError::Unsupported)?;
    let alg = read_algorithm(&mut seq)?;
    let key = seq.bit_string().ok_or(KeyError::Unsupported)?;
    match alg {
        Alg::Rsa(pss) => read_pkcs1_public(key, pss),
        Alg::Ec(curve) => {
            let point = curve.normalize_point(key).ok_or(KeyError::Unsupported)?;
            Ok(Asym::Ec { curve, point, scalar: None })
        }
        Alg::Ed25519 => {
            let public: [u8; 32] = key.try_into().map_err(|_| KeyError::Unsupported)?;
            Ok(Asym::Ed25519 { public, seed: None })
        }
        Alg::X25519 => {
            let public: [u8; 32] = key.try_into().map_err(|_| KeyError::Unsupported)?;
            Ok(Asym::X25519 { public, secret: None })
        }
        Alg::Dsa(p, q, g) => {
            let y = Reader::new(key).uint().ok_or(KeyError::Unsupported)?.to_vec();
            Ok(Asym::Dsa(DsaKey { p, q, g, y, x: None }))
        }
        Alg::Pqc(pqc) => PqcKey::from_public(pqc, key).map(Asym::Pqc),
    }
}

/// An EC key from a SEC1 ECPrivateKey; `curve` comes from PKCS#8 when wrapped.
fn read_sec1(data: &[u8], curve: Option<Curve>) -> KeyResult<Asym> {
    let mut seq = Reader::new(data).sequence().ok_or(KeyError::Unsupported)?;
    if seq.small() != Some(1) {
        return Err(KeyError::Unsupported);
    }
    let scalar = seq.expect(der::OCTET_STRING).ok_or(KeyError::Unsupported)?;
    let named = match seq.optional(der::context(0)) {
        Some(params) => Some(Reader::new(params).oid().and_then(|oid| Curve::from_oid(&oid)).ok_or(KeyError::Unsupported)?),
        None => None,
    };
    let curve = named.or(curve).ok_or(KeyError::Unsupported)?;
    if scalar.len() > curve.field_len() {
        return Err(KeyError::Unsupported);
    }
    let mut padded = vec![0; curve.field_len() - scalar.len()];
    padded.extend_from_slice(scalar);
    let point = curve.public_of(&padded).ok_or(KeyError::Unsupported)?;
    Ok(Asym::Ec { curve, point, scalar: Some(padded) })
}

pub fn read_pkcs8(data: &[u8]) -> KeyResult<Asym> {
    let mut seq = Reader::new(data).sequence().ok_or(KeyError::Unsupported)?;
    let version = seq.small().ok_or(KeyError::Unsupported)?;
    if version > 1 {
        return Err(KeyError::Unsupported);
    }
    let alg = read_algorithm(&mut seq)?;
    let key = seq.expect(der::OCTET_STRING).ok_or(KeyError::Unsupported)?;
    match alg {
        Alg::Rsa(pss) => read_pkcs1(key, pss).and_then(|k| if k.is_private() { Ok(k) } else { Err(KeyError::Unsupported) }),
        Alg::Ec(curve) => read_sec1(key, Some(curve)),
        Alg::Ed25519 | Alg::X25519 => {
            let inner = Reader::new(key).expect(der::OCTET_STRING).ok_or(KeyError::Unsupported)?;
            let secret: [u8; 32] = inner.try_into().map_err(|_| KeyError::Unsupported)?;
            Ok(if matches!(alg, Alg::Ed25519) {
                let public = ed25519_dalek::SigningKey::from_bytes(&secret).verifying_key().to_bytes();
                Asym::Ed25519 { public, seed: Some(secret) }
            } else {
                let public = x25519_dalek::PublicKey::from(&x25519_dalek::StaticSecret::from(secret)).to_bytes();
                Asym::X25519 { public, secret: Some(secret) }
            })
        }
        Alg::Dsa(p, q, g) => {
            let x = Reader::new(key).uint().ok_or(KeyError::Unsupported)?.to_vec();
            let y = dsa_public(&p, &g, &x);
            Ok(Asym::Dsa(DsaKey { p, q, g, y, x: Some(x) }))
        }
        Alg::Pqc(pqc) => PqcKey::read_pkcs8(pqc, key).map(Asym::Pqc),
    }
}

fn dsa_public(p: &[u8], g: &[u8], x: &[u8]) -> Vec<u8> {
    use crypto_bigint::modular::{BoxedMontyForm, BoxedMontyParams};
    use crypto_bigint::{Odd, Resize};
    let p = big(p);
    let Some(p) = Odd::new(p).into_option() else { return Vec::new() };
    let params = BoxedMontyParams::new_vartime(p);
    let precision = params.bits_precision();
    let g = BoxedMontyForm::new(big(g).resize_unchecked(precision), &params);
    be(&g.pow(&big(x)).retrieve())
}

/// OpenSSL's traditional "DSA PRIVATE KEY": version, p, q, g, y, x.
fn read_dsa_traditional(data: &[u8]) -> KeyResult<Asym> {
    let mut seq = Reader::new(data).sequence().ok_or(KeyError::Unsupported)?;
    let mut ints = Vec::new();
    while !seq.is_empty() {
        ints.push(seq.uint().ok_or(KeyError::Unsupported)?.to_vec());
    }
    let [_, p, q, g, y, x] = <[Vec<u8>; 6]>::try_from(ints).map_err(|_| KeyError::Unsupported)?;
    Ok(Asym::Dsa(DsaKey { p, q, g, y, x: Some(x) }))
}

/// The public key of an X.509 certificate.
fn read_certificate(data: &[u8]) -> KeyResult<Asym> {
    let mut cert = Reader::new(data).sequence().ok_or(KeyError::Unsupported)?;
    let mut tbs = cert.sequence().ok_or(KeyError::Unsupported)?;
    tbs.optional(der::context(0));
    for _ in 0..5 {
        tbs.read().ok_or(KeyError::Unsupported)?;
    }
    let spki = tbs.read().ok_or(KeyError::Unsupported)?;
    read_spki(spki.raw)
}

/// Reads an EncryptedPrivateKeyInfo, or None if `data` is not one.
fn decrypt_pkcs8(data: &[u8], passphrase: Option<&[u8]>, pem: bool) -> Option<KeyResult<Vec<u8>>> {
    let mut seq = Reader::new(data).sequence()?;
    let alg = seq.read()?;
    if alg.tag != der::SEQUENCE || Reader::new(alg.body).oid().as_deref() != Some(OID_PBES2) {
        return None;
    }
    let ciphertext = seq.expect(der::OCTET_STRING)?;
    Some((|| {
        let passphrase = passphrase.ok_or(KeyError::NeedPassphrase { pem })?;
        use der_crate::Decode;
        let scheme = pkcs5::EncryptionScheme::from_der(alg.raw).map_err(|_| KeyError::Unsupported)?;
        scheme.decrypt(passphrase, ciphertext).map_err(|_| KeyError::BadDecrypt)
    })())
}

// The `der` crate, under a name that does not clash with our der module.
use ::der as der_crate;

/// OpenSSL's EVP_BytesToKey with MD5 and one round: the key of legacy
/// encrypted PEM, salted with the first 8 bytes of the IV.
fn bytes_to_key(passphrase: &[u8], salt: &[u8], len: usize) -> Vec<u8> {
    let mut key = Vec::new();
    let mut previous: Vec<u8> = Vec::new();
    while key.len() < len {
        let mut hasher = Algorithm::Md5.hasher(None);
        hasher.update(&previous);
        hasher.update(passphrase);
        hasher.update(salt);
        previous = hasher.finalize();
        key.extend_from_slice(&previous);
    }
    key.truncate(len);
    key
}

fn legacy_cipher(name: &str) -> KeyResult<super::cipher::Info> {
    let info = super::cipher::lookup(&name.to_ascii_lowercase()).ok_or(KeyError::UnknownCipher)?;
    if !matches!(info.mode, super::cipher::Mode::Cbc | super::cipher::Mode::Ecb) {
        return Err(KeyError::UnknownCipher);
    }
    Ok(info)
}

fn decrypt_legacy(block: &der::PemBlock, passphrase: Option<&[u8]>) -> KeyResult<Vec<u8>> {
    let Some((_, dek)) = block.headers.iter().find(|(key, _)| key == "DEK-Info") else { return Ok(block.der.clone()) };
    let passphrase = passphrase.ok_or(KeyError::NeedPassphrase { pem: true })?;
    let (name, iv_hex) = dek.split_once(',').ok_or(KeyError::Unsupported)?;
    let info = legacy_cipher(name)?;
    let iv = hex_decode(iv_hex.trim()).ok_or(KeyError::Unsupported)?;
    // ECB has no IV: the header then carries just the salt.
    if iv.len() < 8 || (info.iv_len != 0 && iv.len() != info.iv_len) {
        return Err(KeyError::Unsupported);
    }
    let key = bytes_to_key(passphrase, &iv[..8], info.key_len);
    let iv = if info.iv_len == 0 { Vec::new() } else { iv };
    let mut cipher = super::cipher::Cipher::new(info, &key, &iv, false, 0).ok_or(KeyError::Unsupported)?;
    let mut out = cipher.update(&block.der).map_err(|_| KeyError::BadDecrypt)?;
    out.extend(cipher.finish().map_err(|_| KeyError::BadDecrypt)?);
    Ok(out)
}

fn hex_decode(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len()).step_by(2).map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok()).collect()
}

fn hex_upper(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02X}")).collect()
}

/// Reads a key from PEM: the first block we know, as OpenSSL's decoders
/// try. `want_private`: a private key is required (createPrivateKey).
pub fn read_pem(text: &str, passphrase: Option<&[u8]>, want_private: bool) -> KeyResult<Asym> {
    if passphrase.is_some_and(|p| p.len() > 1024) {
        return Err(KeyError::PassphraseTooLong);
    }
    let mut last = KeyError::Unsupported;
    for block in der::pem_blocks(text) {
        let public_only = matches!(block.label.as_str(), "PUBLIC KEY" | "RSA PUBLIC KEY" | "CERTIFICATE");
        if public_only && want_private {
            continue;
        }
        let result = match block.label.as_str() {
            "PUBLIC KEY" => read_spki(&block.der),
            "RSA PUBLIC KEY" => read_pkcs1_public(&block.der, None),
            "CERTIFICATE" => read_certificate(&block.der),
            "RSA PRIVATE KEY" => decrypt_legacy(&block, passphrase).and_then(|der| read_pkcs1(&der, None).map_err(|_| KeyError::BadDecrypt)),
            "EC PRIVATE KEY" => decrypt_legacy(&block, passphrase).and_then(|der| read_sec1(&der, None).map_err(|_| KeyError::BadDecrypt)),
            "DSA PRIVATE KEY" => decrypt_legacy(&block, passphrase).and_then(|der| read_dsa_traditional(&der).map_err(|_| KeyError::BadDecrypt)),
            "PRIVATE KEY" => read_pkcs8(&block.der),
            "ENCRYPTED PRIVATE KEY" => match decrypt_pkcs8(&block.der, passphrase, true) {
                Some(Ok(plain)) => read_pkcs8(&plain).map_err(|_| KeyError::BadDecrypt),
                Some(Err(error)) => Err(error),
                None => Err(KeyError::Unsupported),
            },
            _ => continue,
        };
        match result {
            Ok(key) => return Ok(key),
            Err(error @ (KeyError::NeedPassphrase { .. } | KeyError::BadDecrypt | KeyError::Other(_))) => return Err(error),
            Err(error) => last = error,
        }
    }
    Err(last)
}

/// Reads a key from DER of the given encoding.
pub fn read_der(data: &[u8], encoding: Encoding, passphrase: Option<&[u8]>, want_private: bool) -> KeyResult<Asym> {
    match encoding {
        Encoding::Pkcs1 => {
            let key = read_pkcs1(data, None)?;
            if want_private && !key.is_private() {
                return Err(KeyError::Unsupported);
            }
            Ok(key)
        }
        Encoding::Spki => read_spki(data),
        Encoding::Sec1 => read_sec1(data, None),
        Encoding::Pkcs8 => match decrypt_pkcs8(data, passphrase, false) {
            Some(Ok(plain)) => read_pkcs8(&plain).map_err(|_| KeyError::BadDecrypt),
            Some(Err(error)) => Err(error),
            None => read_pkcs8(data),
        },
    }
}

// -------------------------------------------------------------------------
// Writing

/// How a key is written out.
pub struct Output<'a> {
    pub pem: bool,
    pub encoding: Encoding,
    pub cipher: Option<&'a str>,
    pub passphrase: Option<&'a [u8]>,
}

/// A key in the encoding asked for: PEM text or DER bytes.
pub enum Exported {
    Pem(String),
    Der(Vec<u8>),
}

pub fn export(key: &Asym, private: bool, out: &Output, rng: &mut HostRng) -> KeyResult<Exported> {
    let (label, der) = match (out.encoding, private) {
        (Encoding::Spki, _) => ("PUBLIC KEY", key.spki()),
        (Encoding::Pkcs1, false) => ("RSA PUBLIC KEY", key.pkcs1(false).ok_or(KeyError::Incompatible)?),
        (Encoding::Pkcs1, true) => ("RSA PRIVATE KEY", key.pkcs1(true).ok_or(KeyError::Incompatible)?),
        (Encoding::Sec1, _) => ("EC PRIVATE KEY", key.sec1().ok_or(KeyError::Incompatible)?),
        (Encoding::Pkcs8, _) => ("PRIVATE KEY", key.pkcs8().ok_or(KeyError::Incompatible)?),
    };
    let Some(cipher) = out.cipher else {
        return Ok(if out.pem { Exported::Pem(der::pem_encode(label, &[], &der)) } else { Exported::Der(der) });
    };
    let passphrase = out.passphrase.unwrap_or_default();
    if out.encoding == Encoding::Pkcs8 {
        let encrypted = encrypt_pkcs8(&der, cipher, passphrase, rng)?;
        return Ok(if out.pem { Exported::Pem(der::pem_encode("ENCRYPTED PRIVATE KEY", &[], &encrypted)) } else { Exported::Der(encrypted) });
    }
    // Legacy PEM encryption (pkcs1/sec1; DER forms were refused in JS).
    let info = legacy_cipher(cipher)?;
    let mut iv = vec![0; info.iv_len.max(8)];
    rng.fill(&mut iv);
    let key_bytes = bytes_to_key(passphrase, &iv[..8], info.key_len);
    let cipher_iv = if info.iv_len == 0 { &[][..] } else { &iv[..] };
    let mut state = super::cipher::Cipher::new(info, &key_bytes, cipher_iv, true, 0).ok_or(KeyError::UnknownCipher)?;
    let mut body = state.update(&der).map_err(|_| KeyError::Other("encryption failed".into()))?;
    body.extend(state.finish().map_err(|_| KeyError::Other("encryption failed".into()))?);
    let headers = [("Proc-Type".to_string(), "4,ENCRYPTED".to_string()), ("DEK-Info".to_string(), format!("{},{}", info.name.to_ascii_uppercase(), hex_upper(&iv)))];
    Ok(Exported::Pem(der::pem_encode(label, &headers, &body)))
}

/// PBES2 (PBKDF2-HMAC-SHA256, 2048 rounds, OpenSSL 3's defaults) around a PrivateKeyInfo.
fn encrypt_pkcs8(plain: &[u8], cipher: &str, passphrase: &[u8], rng: &mut HostRng) -> KeyResult<Vec<u8>> {
    use der_crate::Encode;
    let mut salt = [0u8; 16];
    rng.fill(&mut salt);
    let mut iv = [0u8; 16];
    rng.fill(&mut iv);
    let kdf = pkcs5::pbes2::Pbkdf2Params::hmac_sha256(2048, &salt).map_err(|_| KeyError::UnknownCipher)?;
    let encryption = match cipher.to_ascii_lowercase().as_str() {
        "aes-128-cbc" | "aes128" => pkcs5::pbes2::EncryptionScheme::Aes128Cbc { iv },
        "aes-192-cbc" | "aes192" => pkcs5::pbes2::EncryptionScheme::Aes192Cbc { iv },
        "aes-256-cbc" | "aes256" => pkcs5::pbes2::EncryptionScheme::Aes256Cbc { iv },
        "des-ede3-cbc" | "des3" => {
            let mut iv = [0u8; 8];
            rng.fill(&mut iv);
            pkcs5::pbes2::EncryptionScheme::DesEde3Cbc { iv }
        }
        _ => return Err(KeyError::UnknownCipher),
    };
    let scheme = pkcs5::EncryptionScheme::Pbes2(pkcs5::pbes2::Parameters { kdf: kdf.into(), encryption });
    let ciphertext = scheme.encrypt(passphrase, plain).map_err(|_| KeyError::Other("encryption failed".into()))?;
    let algorithm = scheme.to_der().map_err(|_| KeyError::Other("encryption failed".into()))?;
    Ok(der::sequence(&[&algorithm, &der::octet_string(&ciphertext)]))
}

// -------------------------------------------------------------------------
// JWK input

/// A key from JWK members (base64url already decoded by the caller where
/// noted). `get(name)` answers a member's bytes or None.
pub fn read_jwk(kty: &str, crv: Option<&str>, get: &dyn Fn(&str) -> Option<Vec<u8>>, want_private: bool) -> KeyResult<Asym> {
    match kty {
        "RSA" => {
            let n = get("n").ok_or(KeyError::InvalidJwk)?;
            let e = get("e").ok_or(KeyError::InvalidJwk)?;
            if !want_private {
                return Ok(Asym::Rsa(RsaKey::from_public(&n, &e, None).map_err(|_| KeyError::InvalidJwk)?));
            }
            let mut parts = vec![n, e];
            for name in ["d", "p", "q", "dp", "dq", "qi"] {
                parts.push(get(name).ok_or(KeyError::InvalidJwk)?);
            }
            let refs: Vec<&[u8]> = parts.iter().map(Vec::as_slice).collect();
            Ok(Asym::Rsa(RsaKey::from_private(&refs, None).map_err(|_| KeyError::InvalidJwk)?))
        }
        "EC" => {
            let curve = crv.and_then(Curve::from_name).ok_or(KeyError::Other("curve".into()))?;
            let (x, y) = (get("x").ok_or(KeyError::InvalidJwk)?, get("y").ok_or(KeyError::InvalidJwk)?);
            let len = curve.field_len();
            if x.len() != len || y.len() != len {
                return Err(KeyError::InvalidJwk);
            }
            let mut point = vec![4];
            point.extend(x);
            point.extend(y);
            let point = curve.normalize_point(&point).ok_or(KeyError::InvalidJwk)?;
            if !want_private {
                return Ok(Asym::Ec { curve, point, scalar: None });
            }
            let d = get("d").ok_or(KeyError::InvalidJwk)?;
            if d.len() != len || curve.public_of(&d).as_ref() != Some(&point) {
                return Err(KeyError::InvalidJwk);
            }
            Ok(Asym::Ec { curve, point, scalar: Some(d) })
        }
        "OKP" => {
            let x: [u8; 32] = get("x").and_then(|x| x.try_into().ok()).ok_or(KeyError::InvalidJwk)?;
            let d: Option<[u8; 32]> = if want_private { Some(get("d").and_then(|d| d.try_into().ok()).ok_or(KeyError::InvalidJwk)?) } else { None };
            match crv {
                Some("Ed25519") => {
                    if let Some(d) = d {
                        if ed25519_dalek::SigningKey::from_bytes(&d).verifying_key().to_bytes() != x {
                            return Err(KeyError::InvalidJwk);
                        }
                    }
                    Ok(Asym::Ed25519 { public: x, seed: d })
                }
                Some("X25519") => {
                    if let Some(d) = d {
                        if x25519_dalek::PublicKey::from(&x25519_dalek::StaticSecret::from(d)).to_bytes() != x {
                            return Err(KeyError::InvalidJwk);
                        }
                    }
                    Ok(Asym::X25519 { public: x, secret: d })
                }
                _ => Err(KeyError::Other("curve".into())),
            }
        }
        // ML-DSA (the JWK's `alg` comes as `crv`): `pub`, and the seed as `priv`.
        "AKP" => PqcKey::from_jwk(crv.unwrap_or_default(), get("pub"), get("priv"), want_private).map(Asym::Pqc),
        _ => Err(KeyError::Other("kty".into())),
    }
}

// -------------------------------------------------------------------------
// Generation

pub enum GenerateParams {
    Rsa { bits: usize, exponent: u64, pss: Option<Option<PssParams>> },
    Ec(Curve),
    Ed25519,
    X25519,
    Dsa { bits: usize, divisor: usize },
    Pqc(PqcAlg),
}

pub fn generate(params: &GenerateParams, rng: &mut HostRng) -> KeyResult<Asym> {
    match params {
        GenerateParams::Pqc(alg) => PqcKey::generate(*alg, rng).map(Asym::Pqc),
        GenerateParams::Rsa { bits, exponent, pss } => {
            let private = rsa::PrivateKey::new_with_exp_unchecked(rng, *bits, BoxedUint::from(*exponent))
                .map_err(|error| KeyError::Other(format!("RSA key generation failed: {error}")))?;
            Ok(Asym::Rsa(RsaKey::from_generated(private, pss.clone())?))
        }
        GenerateParams::Ec(curve) => {
            let (scalar, point) = curve.generate(rng);
            Ok(Asym::Ec { curve: *curve, point, scalar: Some(scalar) })
        }
        GenerateParams::Ed25519 => {
            let mut seed = [0u8; 32];
            rng.fill(&mut seed);
            let public = ed25519_dalek::SigningKey::from_bytes(&seed).verifying_key().to_bytes();
            Ok(Asym::Ed25519 { public, seed: Some(seed) })
        }
        GenerateParams::X25519 => {
            let mut secret = [0u8; 32];
            rng.fill(&mut secret);
            let public = x25519_dalek::PublicKey::from(&x25519_dalek::StaticSecret::from(secret)).to_bytes();
            Ok(Asym::X25519 { public, secret: Some(secret) })
        }
        GenerateParams::Dsa { bits, divisor } => {
            let size = match (bits, divisor) {
                #[allow(deprecated)] // Node still makes them.
                (1024, 160) => dsa::KeySize::DSA_1024_160,
                (2048, 224) => dsa::KeySize::DSA_2048_224,
                (2048, 256) => dsa::KeySize::DSA_2048_256,
                (3072, 256) => dsa::KeySize::DSA_3072_256,
                _ => return Err(KeyError::Other("invalid DSA key size".into())),
            };
            let components = dsa::Components::try_generate_from_rng_with_key_size(rng, size)
                .map_err(|_| KeyError::Other("DSA parameter generation failed".into()))?;
            let signing = dsa::SigningKey::try_generate_from_rng_with_components(rng, components)
                .map_err(|_| KeyError::Other("DSA key generation failed".into()))?;
            let verifying = signing.verifying_key();
            let components = verifying.components();
            Ok(Asym::Dsa(DsaKey {
                p: be(components.p()),
                q: be(components.q()),
                g: be(components.g()),
                y: be(verifying.y()),
                x: Some(be(signing.x())),
            }))
        }
    }
}
