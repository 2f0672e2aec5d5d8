//! Post-quantum keys, as OpenSSL 3.5 gives them to Node 24: ML-DSA-44/65/87
//! (FIPS 204 signatures), ML-KEM-512/768/1024 (FIPS 203 key encapsulation)
//! and the twelve SLH-DSA parameter sets (FIPS 205 signatures). The
//! arithmetic is RustCrypto's (ml-dsa, ml-kem, slh-dsa); the key encodings
//! are written here so that output matches OpenSSL's byte for byte:
//!
//! - SPKI: the algorithm OID without parameters and the raw public key.
//! - PKCS#8 for ML-DSA and ML-KEM: the private key octets hold a seed
//!   (`[0] IMPLICIT OCTET STRING`), the expanded key (`OCTET STRING`) or
//!   both (`SEQUENCE { seed, expanded }`). OpenSSL writes both when it knows
//!   the seed, else the expanded key alone, and so do we.
//! - PKCS#8 for SLH-DSA: the raw private key (SK.seed, SK.prf, PK.seed, PK.root).
//! - JWK ("AKP", draft-ietf-cose-dilithium) for ML-DSA only, with the seed as
//!   `priv`: a key without its seed has no JWK form.
//!
//! Signing is randomized (hedged), OpenSSL's default, with an empty context
//! unless one is given. Not here: pre-hash (HashML-DSA, HashSLH-DSA) and
//! external-mu signing, which Node does not expose.

use super::der::{self, Reader};
use super::keys::{HostRng, KeyError, KeyResult};

/// An SLH-DSA parameter set, in the order of their OIDs (…3.4.3.20 to .31).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlhSet {
    Sha2_128s,
    Sha2_128f,
    Sha2_192s,
    Sha2_192f,
    Sha2_256s,
    Sha2_256f,
    Shake128s,
    Shake128f,
    Shake192s,
    Shake192f,
    Shake256s,
    Shake256f,
}

const SLH_SETS: [(SlhSet, &str); 12] = [
    (SlhSet::Sha2_128s, "slh-dsa-sha2-128s"),
    (SlhSet::Sha2_128f, "slh-dsa-sha2-128f"),
    (SlhSet::Sha2_192s, "slh-dsa-sha2-192s"),
    (SlhSet::Sha2_192f, "slh-dsa-sha2-192f"),
    (SlhSet::Sha2_256s, "slh-dsa-sha2-256s"),
    (SlhSet::Sha2_256f, "slh-dsa-sha2-256f"),
    (SlhSet::Shake128s, "slh-dsa-shake-128s"),
    (SlhSet::Shake128f, "slh-dsa-shake-128f"),
    (SlhSet::Shake192s, "slh-dsa-shake-192s"),
    (SlhSet::Shake192f, "slh-dsa-shake-192f"),
    (SlhSet::Shake256s, "slh-dsa-shake-256s"),
    (SlhSet::Shake256f, "slh-dsa-shake-256f"),
];

/// A post-quantum algorithm (and parameter set).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PqcAlg {
    MlDsa44,
    MlDsa65,
    MlDsa87,
    MlKem512,
    MlKem768,
    MlKem1024,
    SlhDsa(SlhSet),
}

const NIST_SIG: &str = "2.16.840.1.101.3.4.3.";
const NIST_KEM: &str = "2.16.840.1.101.3.4.4.";

impl PqcAlg {
    const FIXED: [PqcAlg; 6] = [PqcAlg::MlDsa44, PqcAlg::MlDsa65, PqcAlg::MlDsa87, PqcAlg::MlKem512, PqcAlg::MlKem768, PqcAlg::MlKem1024];

    fn all() -> impl Iterator<Item = PqcAlg> {
        PqcAlg::FIXED.into_iter().chain(SLH_SETS.iter().map(|&(set, _)| PqcAlg::SlhDsa(set)))
    }

    /// Node's `asymmetricKeyType`.
    pub fn name(self) -> &'static str {
        match self {
            PqcAlg::MlDsa44 => "ml-dsa-44",
            PqcAlg::MlDsa65 => "ml-dsa-65",
            PqcAlg::MlDsa87 => "ml-dsa-87",
            PqcAlg::MlKem512 => "ml-kem-512",
            PqcAlg::MlKem768 => "ml-kem-768",
            PqcAlg::MlKem1024 => "ml-kem-1024",
            PqcAlg::SlhDsa(set) => SLH_SETS.iter().find(|(s, _)| *s == set).map_or("slh-dsa", |(_, name)| name),
        }
    }

    pub fn from_name(name: &str) -> Option<PqcAlg> {
        PqcAlg::all().find(|alg| alg.name() == name)
    }

    pub fn oid(self) -> String {
        match self {
            PqcAlg::MlDsa44 => format!("{NIST_SIG}17"),
            PqcAlg::MlDsa65 => format!("{NIST_SIG}18"),
            PqcAlg::MlDsa87 => format!("{NIST_SIG}19"),
            PqcAlg::MlKem512 => format!("{NIST_KEM}1"),
            PqcAlg::MlKem768 => format!("{NIST_KEM}2"),
            PqcAlg::MlKem1024 => format!("{NIST_KEM}3"),
            PqcAlg::SlhDsa(set) => format!("{NIST_SIG}{}", 20 + set as usize),
        }
    }

    pub fn from_oid(oid: &str) -> Option<PqcAlg> {
        PqcAlg::all().find(|alg| alg.oid() == oid)
    }

    pub fn is_ml_dsa(self) -> bool {
        matches!(self, PqcAlg::MlDsa44 | PqcAlg::MlDsa65 | PqcAlg::MlDsa87)
    }

    pub fn is_ml_kem(self) -> bool {
        matches!(self, PqcAlg::MlKem512 | PqcAlg::MlKem768 | PqcAlg::MlKem1024)
    }

    /// The JWK `alg` of an ML-DSA key.
    pub fn jwk_name(self) -> Option<&'static str> {
        match self {
            PqcAlg::MlDsa44 => Some("ML-DSA-44"),
            PqcAlg::MlDsa65 => Some("ML-DSA-65"),
            PqcAlg::MlDsa87 => Some("ML-DSA-87"),
            _ => None,
        }
    }

    /// Bytes of a public key.
    pub fn public_len(self) -> usize {
        match self {
            PqcAlg::MlDsa44 => 1312,
            PqcAlg::MlDsa65 => 1952,
            PqcAlg::MlDsa87 => 2592,
            PqcAlg::MlKem512 => 800,
            PqcAlg::MlKem768 => 1184,
            PqcAlg::MlKem1024 => 1568,
            PqcAlg::SlhDsa(set) => 2 * slh_n(set),
        }
    }

    /// Bytes of the seed a private key is made from (ML-DSA ξ; ML-KEM d‖z).
    fn seed_len(self) -> usize {
        if self.is_ml_kem() {
            64
        } else {
            32
        }
    }

    /// Bytes of an expanded private key (SLH-DSA: the raw private key).
    fn private_len(self) -> usize {
        match self {
            PqcAlg::MlDsa44 => 2560,
            PqcAlg::MlDsa65 => 4032,
            PqcAlg::MlDsa87 => 4896,
            PqcAlg::MlKem512 => 1632,
            PqcAlg::MlKem768 => 2400,
            PqcAlg::MlKem1024 => 3168,
            PqcAlg::SlhDsa(set) => 4 * slh_n(set),
        }
    }
}

fn slh_n(set: SlhSet) -> usize {
    match set {
        SlhSet::Sha2_128s | SlhSet::Sha2_128f | SlhSet::Shake128s | SlhSet::Shake128f => 16,
        SlhSet::Sha2_192s | SlhSet::Sha2_192f | SlhSet::Shake192s | SlhSet::Shake192f => 24,
        _ => 32,
    }
}

/// A post-quantum key: always its public key; a private key also has its
/// expanded form (SLH-DSA: its raw private key) and, if known, its seed.
#[derive(Clone)]
pub struct PqcKey {
    pub alg: PqcAlg,
    pub public: Vec<u8>,
    pub private: Option<Vec<u8>>,
    pub seed: Option<Vec<u8>>,
}

/// Runs `$body` with `$p` naming the ml-dsa parameter set of `$alg`.
macro_rules! with_ml_dsa {
    ($alg:expr, $p:ident => $body:expr, $otherwise:expr) => {
        match $alg {
            PqcAlg::MlDsa44 => {
                type $p = ml_dsa::MlDsa44;
                $body
            }
            PqcAlg::MlDsa65 => {
                type $p = ml_dsa::MlDsa65;
                $body
            }
            PqcAlg::MlDsa87 => {
                type $p = ml_dsa::MlDsa87;
                $body
            }
            _ => $otherwise,
        }
    };
}

/// Runs `$body` with `$m` naming the module of `$alg`'s ML-KEM operations
/// (the crate's parameter trait is private, so no generic function can
/// name it; a module per parameter set is written by `ml_kem_ops!`).
macro_rules! with_ml_kem {
    ($alg:expr, $m:ident => $body:expr, $otherwise:expr) => {
        match $alg {
            PqcAlg::MlKem512 => {
                use ml_kem_512_ops as $m;
                $body
            }
            PqcAlg::MlKem768 => {
                use ml_kem_768_ops as $m;
                $body
            }
            PqcAlg::MlKem1024 => {
                use ml_kem_1024_ops as $m;
                $body
            }
            _ => $otherwise,
        }
    };
}

macro_rules! with_slh_dsa {
    ($alg:expr, $p:ident => $body:expr, $otherwise:expr) => {
        match $alg {
            PqcAlg::SlhDsa(set) => match set {
                SlhSet::Sha2_128s => {
                    type $p = slh_dsa::Sha2_128s;
                    $body
                }
                SlhSet::Sha2_128f => {
                    type $p = slh_dsa::Sha2_128f;
                    $body
                }
                SlhSet::Sha2_192s => {
                    type $p = slh_dsa::Sha2_192s;
                    $body
                }
                SlhSet::Sha2_192f => {
                    type $p = slh_dsa::Sha2_192f;
                    $body
                }
                SlhSet::Sha2_256s => {
                    type $p = slh_dsa::Sha2_256s;
                    $body
                }
                SlhSet::Sha2_256f => {
                    type $p = slh_dsa::Sha2_256f;
                    $body
                }
                SlhSet::Shake128s => {
                    type $p = slh_dsa::Shake128s;
                    $body
                }
                SlhSet::Shake128f => {
                    type $p = slh_dsa::Shake128f;
                    $body
                }
                SlhSet::Shake192s => {
                    type $p = slh_dsa::Shake192s;
                    $body
                }
                SlhSet::Shake192f => {
                    type $p = slh_dsa::Shake192f;
                    $body
                }
                SlhSet::Shake256s => {
                    type $p = slh_dsa::Shake256s;
                    $body
                }
                SlhSet::Shake256f => {
                    type $p = slh_dsa::Shake256f;
                    $body
                }
            },
            _ => $otherwise,
        }
    };
}

// -------------------------------------------------------------------------
// ML-DSA

/// (public key, expanded private key) of an ML-DSA seed.
fn ml_dsa_from_seed<P: ml_dsa::MlDsaParams>(seed: &[u8]) -> Option<(Vec<u8>, Vec<u8>)> {
    let seed = ml_dsa::B32::try_from(seed).ok()?;
    let expanded = ml_dsa::ExpandedSigningKey::<P>::from_seed(&seed);
    #[allow(deprecated)] // The expanded form is what OpenSSL writes beside the seed.
    let private = expanded.to_expanded().to_vec();
    Some((expanded.verifying_key().encode().to_vec(), private))
}

/// The coefficients of s1 and s2 in an expanded ML-DSA key are packed in
/// 3 bits (η = 2) or 4 bits (η = 4) and must not exceed 2η; the crate's
/// decoder assumes they do not.
fn ml_dsa_expanded_valid(alg: PqcAlg, private: &[u8]) -> bool {
    let (k, l, eta) = match alg {
        PqcAlg::MlDsa44 => (4, 4, 2),
        PqcAlg::MlDsa65 => (6, 5, 4),
        PqcAlg::MlDsa87 => (8, 7, 2),
        _ => return false,
    };
    let bits = if eta == 2 { 3 } else { 4 };
    let len = (k + l) * 32 * bits;
    let Some(packed) = private.get(128..128 + len) else { return false };
    (0..(k + l) * 256).all(|i| {
        let bit = i * bits;
        let word = u16::from(packed[bit / 8]) | packed.get(bit / 8 + 1).map_or(0, |&b| u16::from(b) << 8);
        ((word >> (bit % 8)) & ((1 << bits) - 1)) <= 2 * eta
    })
}

/// The public key of an expanded ML-DSA private key.
fn ml_dsa_public_of<P: ml_dsa::MlDsaParams>(private: &[u8]) -> Option<Vec<u8>> {
    let bytes = ml_dsa::ExpandedSigningKeyBytes::<P>::try_from(private).ok()?;
    #[allow(deprecated)] // Keys without their seed come in this form.
    let key = ml_dsa::ExpandedSigningKey::<P>::from_expanded(&bytes);
    Some(key.verifying_key().encode().to_vec())
}

fn ml_dsa_sign<P: ml_dsa::MlDsaParams>(private: &[u8], data: &[u8], context: &[u8], rng: &mut HostRng) -> Option<Vec<u8>> {
    let bytes = ml_dsa::ExpandedSigningKeyBytes::<P>::try_from(private).ok()?;
    #[allow(deprecated)] // Validated when the key was read.
    let key = ml_dsa::ExpandedSigningKey::<P>::from_expanded(&bytes);
    key.sign_randomized(data, context, rng).ok().map(|signature| signature.encode().to_vec())
}

fn ml_dsa_verify<P: ml_dsa::MlDsaParams>(public: &[u8], data: &[u8], context: &[u8], signature: &[u8]) -> bool {
    let (Ok(public), Ok(signature)) = (ml_dsa::EncodedVerifyingKey::<P>::try_from(public), ml_dsa::EncodedSignature::<P>::try_from(signature)) else {
        return false;
    };
    let Some(signature) = ml_dsa::Signature::<P>::decode(&signature) else { return false };
    ml_dsa::VerifyingKey::<P>::decode(&public).verify_with_context(data, context, &signature)
}

// -------------------------------------------------------------------------
// ML-KEM

macro_rules! ml_kem_ops {
    ($m:ident, $p:ty) => {
        mod $m {
            use super::HostRng;
            // The expanded form is deprecated in the crate but is what OpenSSL reads and writes.
            #[allow(deprecated)]
            use ml_kem::{Decapsulate as _, ExpandedKeyEncoding as _, KeyExport as _};

            type Dk = ml_kem::DecapsulationKey<$p>;
            type Ek = ml_kem::EncapsulationKey<$p>;

            /// (public key, expanded private key) of a seed d‖z.
            pub fn from_seed(seed: &[u8]) -> Option<(Vec<u8>, Vec<u8>)> {
                let key = Dk::from_seed(ml_kem::Seed::try_from(seed).ok()?);
                #[allow(deprecated)] // The expanded form is what OpenSSL writes beside the seed.
                let private = key.to_expanded_bytes().to_vec();
                Some((key.encapsulation_key().to_bytes().to_vec(), private))
            }

            #[allow(deprecated)] // Keys without their seed come in this form; the crate checks H(ek).
            fn expanded(private: &[u8]) -> Option<Dk> {
                Dk::from_expanded(&ml_kem::ExpandedDecapsulationKey::<$p>::try_from(private).ok()?).ok()
            }

            pub fn public_of(private: &[u8]) -> Option<Vec<u8>> {
                Some(expanded(private)?.encapsulation_key().to_bytes().to_vec())
            }

            fn public(public: &[u8]) -> Option<Ek> {
                Ek::new(&ml_kem::Key::<Ek>::try_from(public).ok()?).ok()
            }

            /// Whether the encoded coefficients are reduced, as FIPS 203 checks.
            pub fn public_valid(bytes: &[u8]) -> bool {
                public(bytes).is_some()
            }

            /// (shared secret, ciphertext).
            pub fn encapsulate(bytes: &[u8], rng: &mut HostRng) -> Option<(Vec<u8>, Vec<u8>)> {
                let key = public(bytes)?;
                let mut m = ml_kem::B32::default();
                rng.fill(&mut m);
                let (ciphertext, shared) = key.encapsulate_deterministic(&m);
                Some((shared.to_vec(), ciphertext.to_vec()))
            }

            pub fn decapsulate(private: &[u8], ciphertext: &[u8]) -> Option<Vec<u8>> {
                let ciphertext = ml_kem::Ciphertext::<$p>::try_from(ciphertext).ok()?;
                Some(expanded(private)?.decapsulate(&ciphertext).to_vec())
            }
        }
    };
}

ml_kem_ops!(ml_kem_512_ops, ml_kem::MlKem512);
ml_kem_ops!(ml_kem_768_ops, ml_kem::MlKem768);
ml_kem_ops!(ml_kem_1024_ops, ml_kem::MlKem1024);

// -------------------------------------------------------------------------
// SLH-DSA

fn slh_generate<P: slh_dsa::ParameterSet>(n: usize, rng: &mut HostRng) -> (Vec<u8>, Vec<u8>) {
    let mut seeds = vec![0u8; 3 * n];
    rng.fill(&mut seeds);
    let key = slh_dsa::SigningKey::<P>::slh_keygen_internal(&seeds[..n], &seeds[n..2 * n], &seeds[2 * n..]);
    let private = key.to_bytes().to_vec();
    (private[2 * n..].to_vec(), private)
}

fn slh_sign<P: slh_dsa::ParameterSet>(private: &[u8], data: &[u8], context: &[u8], rng: &mut HostRng) -> Option<Vec<u8>> {
    let key = slh_dsa::SigningKey::<P>::try_from(private).ok()?;
    let mut randomizer = vec![0u8; private.len() / 4];
    rng.fill(&mut randomizer);
    key.try_sign_with_context(data, context, Some(&randomizer)).ok().map(|signature| signature.to_vec())
}

fn slh_verify<P: slh_dsa::ParameterSet>(public: &[u8], data: &[u8], context: &[u8], signature: &[u8]) -> bool {
    let (Ok(key), Ok(signature)) = (slh_dsa::VerifyingKey::<P>::try_from(public), slh_dsa::Signature::<P>::try_from(signature)) else {
        return false;
    };
    key.try_verify_with_context(data, context, &signature).is_ok()
}

// -------------------------------------------------------------------------
// Keys

/// Why a post-quantum operation failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PqcError {
    /// Not an operation of this key type (or not with this half of it).
    Unsupported,
    /// The operation itself failed (a malformed input, a wrong key).
    Failed,
}

impl PqcKey {
    /// A key from the seed of its private key.
    pub fn from_seed(alg: PqcAlg, seed: &[u8]) -> KeyResult<PqcKey> {
        if seed.len() != alg.seed_len() {
            return Err(KeyError::Unsupported);
        }
        let pair = with_ml_dsa!(alg, P => ml_dsa_from_seed::<P>(seed), with_ml_kem!(alg, m => m::from_seed(seed), None));
        let (public, private) = pair.ok_or(KeyError::Unsupported)?;
        Ok(PqcKey { alg, public, private: Some(private), seed: Some(seed.to_vec()) })
    }

    /// A key from its expanded private key (SLH-DSA: its raw private key).
    pub fn from_private(alg: PqcAlg, private: &[u8]) -> KeyResult<PqcKey> {
        if private.len() != alg.private_len() {
            return Err(KeyError::Unsupported);
        }
        let public = match alg {
            PqcAlg::SlhDsa(_) => Some(private[alg.private_len() / 2..].to_vec()),
            _ if alg.is_ml_dsa() => {
                if !ml_dsa_expanded_valid(alg, private) {
                    return Err(KeyError::InvalidKey);
                }
                with_ml_dsa!(alg, P => ml_dsa_public_of::<P>(private), None)
            }
            _ => with_ml_kem!(alg, m => m::public_of(private), None),
        };
        let public = public.ok_or(KeyError::Unsupported)?;
        Ok(PqcKey { alg, public, private: Some(private.to_vec()), seed: None })
    }

    pub fn from_public(alg: PqcAlg, public: &[u8]) -> KeyResult<PqcKey> {
        if public.len() != alg.public_len() || (alg.is_ml_kem() && !with_ml_kem!(alg, m => m::public_valid(public), false)) {
            return Err(KeyError::Unsupported);
        }
        Ok(PqcKey { alg, public: public.to_vec(), private: None, seed: None })
    }

    pub fn generate(alg: PqcAlg, rng: &mut HostRng) -> KeyResult<PqcKey> {
        if let PqcAlg::SlhDsa(_) = alg {
            let (public, private) = with_slh_dsa!(alg, P => slh_generate::<P>(alg.private_len() / 4, rng), (Vec::new(), Vec::new()));
            return Ok(PqcKey { alg, public, private: Some(private), seed: None });
        }
        let mut seed = vec![0u8; alg.seed_len()];
        rng.fill(&mut seed);
        PqcKey::from_seed(alg, &seed)
    }

    pub fn to_public(&self) -> PqcKey {
        PqcKey { alg: self.alg, public: self.public.clone(), private: None, seed: None }
    }

    fn algorithm(&self) -> Vec<u8> {
        der::sequence(&[&der::encode_oid(&self.alg.oid())])
    }

    pub fn spki(&self) -> Vec<u8> {
        der::sequence(&[&self.algorithm(), &der::bit_string(&self.public)])
    }

    /// PKCS#8 PrivateKeyInfo as OpenSSL 3.5 writes it; None for a public key.
    pub fn pkcs8(&self) -> Option<Vec<u8>> {
        let private = self.private.as_ref()?;
        let inner = match (&self.alg, &self.seed) {
            (PqcAlg::SlhDsa(_), _) => private.clone(),
            (_, Some(seed)) => der::sequence(&[&der::octet_string(seed), &der::octet_string(private)]),
            (_, None) => der::octet_string(private),
        };
        Some(der::sequence(&[&der::small(0), &self.algorithm(), &der::octet_string(&inner)]))
    }

    /// Reads the privateKey octets of a PKCS#8 PrivateKeyInfo.
    pub fn read_pkcs8(alg: PqcAlg, octets: &[u8]) -> KeyResult<PqcKey> {
        if let PqcAlg::SlhDsa(_) = alg {
            return PqcKey::from_private(alg, octets);
        }
        let mut reader = Reader::new(octets);
        let tlv = reader.read().ok_or(KeyError::Unsupported)?;
        if !reader.is_empty() {
            return Err(KeyError::Unsupported);
        }
        match tlv.tag {
            // seed [0] IMPLICIT OCTET STRING
            0x80 => PqcKey::from_seed(alg, tlv.body),
            der::OCTET_STRING => PqcKey::from_private(alg, tlv.body),
            der::SEQUENCE => {
                let mut both = Reader::new(tlv.body);
                let seed = both.expect(der::OCTET_STRING).ok_or(KeyError::Unsupported)?;
                let private = both.expect(der::OCTET_STRING).ok_or(KeyError::Unsupported)?;
                let key = PqcKey::from_seed(alg, seed)?;
                // OpenSSL refuses a seed and an expanded key that disagree.
                if key.private.as_deref() != Some(private) {
                    return Err(KeyError::InvalidKey);
                }
                Ok(key)
            }
            _ => Err(KeyError::Unsupported),
        }
    }

    /// Equal when the public keys are, and the private keys if both have one.
    pub fn equals(&self, other: &PqcKey) -> bool {
        self.alg == other.alg
            && self.public == other.public
            && match (&self.private, &other.private) {
                (Some(a), Some(b)) => super::constant_time_eq(a, b),
                _ => true,
            }
    }

    /// JWK members in Node's order: ML-DSA only, and a private key only
    /// with its seed (Err(true) when it has none, Err(false) for other types).
    pub fn jwk(&self) -> Result<Vec<(&'static str, String)>, bool> {
        use base64ct::{Base64UrlUnpadded, Encoding as _};
        let alg = self.alg.jwk_name().ok_or(false)?;
        let mut out = Vec::new();
        if self.private.is_some() {
            let seed = self.seed.as_ref().ok_or(true)?;
            out.push(("priv", Base64UrlUnpadded::encode_string(seed)));
        }
        out.push(("kty", "AKP".to_string()));
        out.push(("alg", alg.to_string()));
        out.push(("pub", Base64UrlUnpadded::encode_string(&self.public)));
        Ok(out)
    }

    /// A key from an AKP JWK's `alg` and `pub`, or for a private key `priv`.
    pub fn from_jwk(alg: &str, public: Option<Vec<u8>>, seed: Option<Vec<u8>>, want_private: bool) -> KeyResult<PqcKey> {
        let alg = PqcAlg::all().find(|a| a.jwk_name() == Some(alg)).ok_or(KeyError::InvalidJwk)?;
        if !want_private {
            return PqcKey::from_public(alg, &public.ok_or(KeyError::InvalidJwk)?).map_err(|_| KeyError::InvalidJwk);
        }
        // As OpenSSL, a private key is its seed: `pub` is not compared.
        PqcKey::from_seed(alg, &seed.ok_or(KeyError::InvalidJwk)?).map_err(|_| KeyError::InvalidJwk)
    }

    // ---------------------------------------------------------------------
    // Operations

    pub fn sign(&self, data: &[u8], context: &[u8], rng: &mut HostRng) -> Result<Vec<u8>, PqcError> {
        let private = self.private.as_ref().ok_or(PqcError::Unsupported)?;
        let signature = match self.alg {
            PqcAlg::SlhDsa(_) => with_slh_dsa!(self.alg, P => slh_sign::<P>(private, data, context, rng), None),
            alg if alg.is_ml_dsa() => with_ml_dsa!(alg, P => ml_dsa_sign::<P>(private, data, context, rng), None),
            _ => return Err(PqcError::Unsupported),
        };
        signature.ok_or(PqcError::Failed)
    }

    pub fn verify(&self, data: &[u8], context: &[u8], signature: &[u8]) -> Result<bool, PqcError> {
        match self.alg {
            PqcAlg::SlhDsa(_) => Ok(with_slh_dsa!(self.alg, P => slh_verify::<P>(&self.public, data, context, signature), false)),
            alg if alg.is_ml_dsa() => Ok(with_ml_dsa!(alg, P => ml_dsa_verify::<P>(&self.public, data, context, signature), false)),
            _ => Err(PqcError::Unsupported),
        }
    }

    /// ML-KEM: (shared secret, ciphertext).
    pub fn encapsulate(&self, rng: &mut HostRng) -> Result<(Vec<u8>, Vec<u8>), PqcError> {
        if !self.alg.is_ml_kem() {
            return Err(PqcError::Unsupported);
        }
        with_ml_kem!(self.alg, m => m::encapsulate(&self.public, rng), None).ok_or(PqcError::Failed)
    }

    /// ML-KEM: the shared secret of a ciphertext.
    pub fn decapsulate(&self, ciphertext: &[u8]) -> Result<Vec<u8>, PqcError> {
        let private = self.private.as_ref().ok_or(PqcError::Unsupported)?;
        if !self.alg.is_ml_kem() {
            return Err(PqcError::Unsupported);
        }
        with_ml_kem!(self.alg, m => m::decapsulate(private, ciphertext), None).ok_or(PqcError::Failed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_oids_round_trip() {
        assert_eq!(PqcAlg::all().count(), 18);
        for alg in PqcAlg::all() {
            assert_eq!(PqcAlg::from_name(alg.name()), Some(alg));
            assert_eq!(PqcAlg::from_oid(&alg.oid()), Some(alg));
        }
        assert_eq!(PqcAlg::SlhDsa(SlhSet::Sha2_128f).oid(), "2.16.840.1.101.3.4.3.21");
        assert_eq!(PqcAlg::SlhDsa(SlhSet::Shake256f).name(), "slh-dsa-shake-256f");
    }

    #[test]
    fn seeds_expand_and_private_keys_give_their_public_keys() {
        for alg in [PqcAlg::MlDsa44, PqcAlg::MlDsa65, PqcAlg::MlDsa87, PqcAlg::MlKem512, PqcAlg::MlKem768, PqcAlg::MlKem1024] {
            let seed = vec![7u8; alg.seed_len()];
            let key = PqcKey::from_seed(alg, &seed).expect("seed");
            assert_eq!(key.public.len(), alg.public_len());
            let private = key.private.clone().expect("private");
            assert_eq!(private.len(), alg.private_len());
            let again = PqcKey::from_private(alg, &private).expect("expanded");
            assert_eq!(again.public, key.public, "{}", alg.name());
            let pkcs8 = key.pkcs8().expect("pkcs8");
            let mut reader = Reader::new(&pkcs8);
            let mut seq = reader.sequence().expect("sequence");
            seq.small();
            seq.sequence();
            let octets = seq.expect(der::OCTET_STRING).expect("octets");
            assert!(PqcKey::read_pkcs8(alg, octets).expect("read").equals(&key));
        }
        let mut bad = PqcKey::from_seed(PqcAlg::MlDsa44, &[1; 32]).expect("seed").private.expect("private");
        bad[128] = 0xff;
        assert!(PqcKey::from_private(PqcAlg::MlDsa44, &bad).is_err(), "s1 coefficients out of range");
    }
}
