//! Finite-field Diffie-Hellman and primes for `crypto`: the RFC 2409/3526
//! groups `getDiffieHellman` knows, safe-prime parameters for
//! `createDiffieHellman(bits)`, OpenSSL's `DH_check` flags (`verifyError`),
//! key agreement, and the prime search and test behind `generatePrime` and
//! `checkPrime`. Integers are num-bigint's; the search (a sieve by small
//! primes, then Miller-Rabin) is written here to follow OpenSSL's
//! `BN_generate_prime_ex2`, whose `add`/`rem` rules Node exposes.
//!
//! Randomness comes from the caller (the host's secure source), so nothing
//! here reads a clock or an OS generator.

use std::sync::OnceLock;

use num_bigint::BigUint;
use num_traits::{One, Zero};

/// Fills a buffer with secure random bytes, or says why it could not.
pub type Random<'a> = dyn FnMut(&mut [u8]) -> Result<(), String> + 'a;

// The primes of the MODP groups (RFC 2409 groups 1 and 2, RFC 3526 groups
// 5 and 14 to 18), all with generator 2.
const MODP1: &str = concat!(
    "ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74020bbea63b139b22514a08798e3404dd",
    "ef9519b3cd3a431b302b0a6df25f14374fe1356d6d51c245e485b576625e7ec6f44c42e9a63a3620ffffffffffffffff",
);
const MODP2: &str = concat!(
    "ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74020bbea63b139b22514a08798e3404dd",
    "ef9519b3cd3a431b302b0a6df25f14374fe1356d6d51c245e485b576625e7ec6f44c42e9a637ed6b0bff5cb6f406b7ed",
    "ee386bfb5a899fa5ae9f24117c4b1fe649286651ece65381ffffffffffffffff",
);
const MODP5: &str = concat!(
    "ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74020bbea63b139b22514a08798e3404dd",
    "ef9519b3cd3a431b302b0a6df25f14374fe1356d6d51c245e485b576625e7ec6f44c42e9a637ed6b0bff5cb6f406b7ed",
    "ee386bfb5a899fa5ae9f24117c4b1fe649286651ece45b3dc2007cb8a163bf0598da48361c55d39a69163fa8fd24cf5f",
    "83655d23dca3ad961c62f356208552bb9ed529077096966d670c354e4abc9804f1746c08ca237327ffffffffffffffff",
);
const MODP14: &str = concat!(
    "ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74020bbea63b139b22514a08798e3404dd",
    "ef9519b3cd3a431b302b0a6df25f14374fe1356d6d51c245e485b576625e7ec6f44c42e9a637ed6b0bff5cb6f406b7ed",
    "ee386bfb5a899fa5ae9f24117c4b1fe649286651ece45b3dc2007cb8a163bf0598da48361c55d39a69163fa8fd24cf5f",
    "83655d23dca3ad961c62f356208552bb9ed529077096966d670c354e4abc9804f1746c08ca18217c32905e462e36ce3b",
    "e39e772c180e86039b2783a2ec07a28fb5c55df06f4c52c9de2bcbf6955817183995497cea956ae515d2261898fa0510",
    "15728e5a8aacaa68ffffffffffffffff",
);
const MODP15: &str = concat!(
    "ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74020bbea63b139b22514a08798e3404dd",
    "ef9519b3cd3a431b302b0a6df25f14374fe1356d6d51c245e485b576625e7ec6f44c42e9a637ed6b0bff5cb6f406b7ed",
    "ee386bfb5a899fa5ae9f24117c4b1fe649286651ece45b3dc2007cb8a163bf0598da48361c55d39a69163fa8fd24cf5f",
    "83655d23dca3ad961c62f356208552bb9ed529077096966d670c354e4abc9804f1746c08ca18217c32905e462e36ce3b",
    "e39e772c180e86039b2783a2ec07a28fb5c55df06f4c52c9de2bcbf6955817183995497cea956ae515d2261898fa0510",
    "15728e5a8aaac42dad33170d04507a33a85521abdf1cba64ecfb850458dbef0a8aea71575d060c7db3970f85a6e1e4c7",
    "abf5ae8cdb0933d71e8c94e04a25619dcee3d2261ad2ee6bf12ffa06d98a0864d87602733ec86a64521f2b18177b200c",
    "bbe117577a615d6c770988c0bad946e208e24fa074e5ab3143db5bfce0fd108e4b82d120a93ad2caffffffffffffffff",
);
const MODP16: &str = concat!(
    "ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74020bbea63b139b22514a08798e3404dd",
    "ef9519b3cd3a431b302b0a6df25f14374fe1356d6d51c245e485b576625e7ec6f44c42e9a637ed6b0bff5cb6f406b7ed",
    "ee386bfb5a899fa5ae9f24117c4b1fe649286651ece45b3dc2007cb8a163bf0598da48361c55d39a69163fa8fd24cf5f",
    "83655d23dca3ad961c62f356208552bb9ed529077096966d670c354e4abc9804f1746c08ca18217c32905e462e36ce3b",
    "e39e772c180e86039b2783a2ec07a28fb5c55df06f4c52c9de2bcbf6955817183995497cea956ae515d2261898fa0510",
    "15728e5a8aaac42dad33170d04507a33a85521abdf1cba64ecfb850458dbef0a8aea71575d060c7db3970f85a6e1e4c7",
    "abf5ae8cdb0933d71e8c94e04a25619dcee3d2261ad2ee6bf12ffa06d98a0864d87602733ec86a64521f2b18177b200c",
    "bbe117577a615d6c770988c0bad946e208e24fa074e5ab3143db5bfce0fd108e4b82d120a92108011a723c12a787e6d7",
    "88719a10bdba5b2699c327186af4e23c1a946834b6150bda2583e9ca2ad44ce8dbbbc2db04de8ef92e8efc141fbecaa6",
    "287c59474e6bc05d99b2964fa090c3a2233ba186515be7ed1f612970cee2d7afb81bdd762170481cd0069127d5b05aa9",
    "93b4ea988d8fddc186ffb7dc90a6c08f4df435c934063199ffffffffffffffff",
);
const MODP17: &str = concat!(
    "ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74020bbea63b139b22514a08798e3404dd",
    "ef9519b3cd3a431b302b0a6df25f14374fe1356d6d51c245e485b576625e7ec6f44c42e9a637ed6b0bff5cb6f406b7ed",
    "ee386bfb5a899fa5ae9f24117c4b1fe649286651ece45b3dc2007cb8a163bf0598da48361c55d39a69163fa8fd24cf5f",
    "83655d23dca3ad961c62f356208552bb9ed529077096966d670c354e4abc9804f1746c08ca18217c32905e462e36ce3b",
    "e39e772c180e86039b2783a2ec07a28fb5c55df06f4c52c9de2bcbf6955817183995497cea956ae515d2261898fa0510",
    "15728e5a8aaac42dad33170d04507a33a85521abdf1cba64ecfb850458dbef0a8aea71575d060c7db3970f85a6e1e4c7",
    "abf5ae8cdb0933d71e8c94e04a25619dcee3d2261ad2ee6bf12ffa06d98a0864d87602733ec86a64521f2b18177b200c",
    "bbe117577a615d6c770988c0bad946e208e24fa074e5ab3143db5bfce0fd108e4b82d120a92108011a723c12a787e6d7",
    "88719a10bdba5b2699c327186af4e23c1a946834b6150bda2583e9ca2ad44ce8dbbbc2db04de8ef92e8efc141fbecaa6",
    "287c59474e6bc05d99b2964fa090c3a2233ba186515be7ed1f612970cee2d7afb81bdd762170481cd0069127d5b05aa9",
    "93b4ea988d8fddc186ffb7dc90a6c08f4df435c93402849236c3fab4d27c7026c1d4dcb2602646dec9751e763dba37bd",
    "f8ff9406ad9e530ee5db382f413001aeb06a53ed9027d831179727b0865a8918da3edbebcf9b14ed44ce6cbaced4bb1b",
    "db7f1447e6cc254b332051512bd7af426fb8f401378cd2bf5983ca01c64b92ecf032ea15d1721d03f482d7ce6e74fef6",
    "d55e702f46980c82b5a84031900b1c9e59e7c97fbec7e8f323a97a7e36cc88be0f1d45b7ff585ac54bd407b22b4154aa",
    "cc8f6d7ebf48e1d814cc5ed20f8037e0a79715eef29be32806a1d58bb7c5da76f550aa3d8a1fbff0eb19ccb1a313d55c",
    "da56c9ec2ef29632387fe8d76e3c0468043e8f663f4860ee12bf2d5b0b7474d6e694f91e6dcc4024ffffffffffffffff",
);
const MODP18: &str = concat!(
    "ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74020bbea63b139b22514a08798e3404dd",
    "ef9519b3cd3a431b302b0a6df25f14374fe1356d6d51c245e485b576625e7ec6f44c42e9a637ed6b0bff5cb6f406b7ed",
    "ee386bfb5a899fa5ae9f24117c4b1fe649286651ece45b3dc2007cb8a163bf0598da48361c55d39a69163fa8fd24cf5f",
    "83655d23dca3ad961c62f356208552bb9ed529077096966d670c354e4abc9804f1746c08ca18217c32905e462e36ce3b",
    "e39e772c180e86039b2783a2ec07a28fb5c55df06f4c52c9de2bcbf6955817183995497cea956ae515d2261898fa0510",
    "15728e5a8aaac42dad33170d04507a33a85521abdf1cba64ecfb850458dbef0a8aea71575d060c7db3970f85a6e1e4c7",
    "abf5ae8cdb0933d71e8c94e04a25619dcee3d2261ad2ee6bf12ffa06d98a0864d87602733ec86a64521f2b18177b200c",
    "bbe117577a615d6c770988c0bad946e208e24fa074e5ab3143db5bfce0fd108e4b82d120a92108011a723c12a787e6d7",
    "88719a10bdba5b2699c327186af4e23c1a946834b6150bda2583e9ca2ad44ce8dbbbc2db04de8ef92e8efc141fbecaa6",
    "287c59474e6bc05d99b2964fa090c3a2233ba186515be7ed1f612970cee2d7afb81bdd762170481cd0069127d5b05aa9",
    "93b4ea988d8fddc186ffb7dc90a6c08f4df435c93402849236c3fab4d27c7026c1d4dcb2602646dec9751e763dba37bd",
    "f8ff9406ad9e530ee5db382f413001aeb06a53ed9027d831179727b0865a8918da3edbebcf9b14ed44ce6cbaced4bb1b",
    "db7f1447e6cc254b332051512bd7af426fb8f401378cd2bf5983ca01c64b92ecf032ea15d1721d03f482d7ce6e74fef6",
    "d55e702f46980c82b5a84031900b1c9e59e7c97fbec7e8f323a97a7e36cc88be0f1d45b7ff585ac54bd407b22b4154aa",
    "cc8f6d7ebf48e1d814cc5ed20f8037e0a79715eef29be32806a1d58bb7c5da76f550aa3d8a1fbff0eb19ccb1a313d55c",
    "da56c9ec2ef29632387fe8d76e3c0468043e8f663f4860ee12bf2d5b0b7474d6e694f91e6dbe115974a3926f12fee5e4",
    "38777cb6a932df8cd8bec4d073b931ba3bc832b68d9dd300741fa7bf8afc47ed2576f6936ba424663aab639c5ae4f568",
    "3423b4742bf1c978238f16cbe39d652de3fdb8befc848ad922222e04a4037c0713eb57a81a23f0c73473fc646cea306b",
    "4bcbc8862f8385ddfa9d4b7fa2c087e879683303ed5bdd3a062b3cf5b3a278a66d2a13f83f44f82ddf310ee074ab6a36",
    "4597e899a0255dc164f31cc50846851df9ab48195ded7ea1b1d510bd7ee74d73faf36bc31ecfa268359046f4eb879f92",
    "4009438b481c6cd7889a002ed5ee382bc9190da6fc026e479558e4475677e9aa9e3050e2765694dfc81f56e880b96e71",
    "60c980dd98edd3dfffffffffffffffff",
);

/// A group `getDiffieHellman` knows: its prime, and the bit length of the
/// private keys OpenSSL generates for it (RFC 7919's lengths for the groups
/// OpenSSL names; `None`: one bit less than the prime, as for any prime).
pub struct Group {
    pub prime: BigUint,
    pub key_bits: Option<u64>,
}

const GROUPS: &[(&str, &str, Option<u64>)] = &[
    ("modp1", MODP1, None),
    ("modp2", MODP2, None),
    ("modp5", MODP5, Some(200)),
    ("modp14", MODP14, Some(225)),
    ("modp15", MODP15, Some(275)),
    ("modp16", MODP16, Some(325)),
    ("modp17", MODP17, Some(375)),
    ("modp18", MODP18, Some(400)),
];

fn parse_hex(hex: &str) -> BigUint {
    BigUint::parse_bytes(hex.as_bytes(), 16).unwrap_or_default()
}

pub fn group(name: &str) -> Option<Group> {
    GROUPS.iter().find(|(known, _, _)| *known == name).map(|(_, hex, key_bits)| Group { prime: parse_hex(hex), key_bits: *key_bits })
}

/// Whether (p, g) is one of the safe-prime groups OpenSSL knows by name
/// (modp5, modp14 to modp18 with generator 2): OpenSSL trusts those
/// without checking them, and sizes their private keys from their strength.
pub fn is_named(p: &BigUint, g: &BigUint) -> bool {
    if *g != BigUint::from(2u32) {
        return false;
    }
    GROUPS.iter().any(|(_, hex, key_bits)| key_bits.is_some() && parse_hex(hex) == *p)
}

/// The security strength in bits of a `bits`-bit modulus, as OpenSSL's
/// `ossl_ifc_ffc_compute_security_bits` answers (SP 800-56B's formula,
/// rounded to a multiple of 8, with the standards' fixed values).
pub fn security_bits(bits: u64) -> u64 {
    match bits {
        2048 => return 112,
        3072 => return 128,
        4096 => return 152,
        6144 => return 176,
        7680 => return 192,
        8192 => return 200,
        15360 => return 256,
        _ => {}
    }
    if bits >= 687_737 {
        return 1200;
    }
    if bits < 8 {
        return 0;
    }
    let cap = if bits <= 7680 {
        192
    } else if bits <= 15360 {
        256
    } else {
        1200
    };
    let x = bits as f64 * std::f64::consts::LN_2;
    let y = (1.923 * (x * x.ln() * x.ln()).cbrt() - 4.69) / std::f64::consts::LN_2;
    let y = ((y as u64) + 4) & !7;
    y.min(cap)
}

/// Bytes of `n`, big-endian, without leading zeros (none for zero), as
/// OpenSSL's BN_bn2bin writes them.
pub fn to_bytes(n: &BigUint) -> Vec<u8> {
    if n.is_zero() {
        Vec::new()
    } else {
        n.to_bytes_be()
    }
}

/// `DH_check`'s flags, as `verifyError` reports them.
pub const CHECK_P_NOT_PRIME: u32 = 0x01;
pub const CHECK_P_NOT_SAFE_PRIME: u32 = 0x02;
pub const NOT_SUITABLE_GENERATOR: u32 = 0x08;
pub const MODULUS_TOO_SMALL: u32 = 0x80;
pub const MODULUS_TOO_LARGE: u32 = 0x100;

/// OpenSSL 3's `DH_check` of parameters without a subgroup order: named
/// groups pass as they are; otherwise the prime must be odd, prime, of 512
/// to 10000 bits, with (p-1)/2 prime, and 1 < g < p-1.
pub fn check(p: &BigUint, g: &BigUint, random: &mut Random<'_>) -> Result<u32, String> {
    if is_named(p, g) {
        return Ok(0);
    }
    let bits = p.bits();
    // OpenSSL refuses to look at a prime this large at all.
    if bits > 32768 {
        return Ok(MODULUS_TOO_LARGE | CHECK_P_NOT_PRIME);
    }
    let mut flags = 0;
    if !p.bit(0) {
        flags |= CHECK_P_NOT_PRIME;
    }
    if g.is_zero() || g.is_one() || (p >= &BigUint::one() && *g >= p - 1u32) || p.is_zero() {
        flags |= NOT_SUITABLE_GENERATOR;
    }
    if bits < 512 {
        flags |= MODULUS_TOO_SMALL;
    }
    if bits > 10000 {
        flags |= MODULUS_TOO_LARGE;
    }
    if !is_probable_prime(p, 0, random)? {
        flags |= CHECK_P_NOT_PRIME;
    } else if !is_probable_prime(&(p >> 1u32), 0, random)? {
        flags |= CHECK_P_NOT_SAFE_PRIME;
    }
    Ok(flags)
}

/// Why `computeSecret` refused a peer's public key (`DH_check_pub_key`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PublicKeyError {
    TooSmall,
    TooLarge,
}

/// The shared secret `peer^private mod p`, left-padded with zeros to the
/// prime's length as Node pads it. The peer's key must lie in [2, p-2].
pub fn compute_secret(p: &BigUint, private: &BigUint, peer: &BigUint) -> Result<Vec<u8>, PublicKeyError> {
    if *peer <= BigUint::one() {
        return Err(PublicKeyError::TooSmall);
    }
    if p.is_zero() || *peer >= p - 1u32 {
        return Err(PublicKeyError::TooLarge);
    }
    let secret = to_bytes(&peer.modpow(private, p));
    let size = p.bits().div_ceil(8) as usize;
    let mut padded = vec![0u8; size.saturating_sub(secret.len())];
    padded.extend_from_slice(&secret);
    Ok(padded)
}

/// A uniformly random integer of at most `bits` bits; with `top`, the top
/// bit is set (exactly `bits` bits); with `odd`, the lowest bit is set.
pub fn random_bits(bits: u64, top: bool, odd: bool, random: &mut Random<'_>) -> Result<BigUint, String> {
    if bits == 0 {
        return Ok(BigUint::zero());
    }
    let mut bytes = vec![0u8; bits.div_ceil(8) as usize];
    random(&mut bytes)?;
    let spare = (bytes.len() as u64 * 8 - bits) as u32;
    bytes[0] &= 0xff >> spare;
    if top {
        bytes[0] |= 0x80 >> spare;
    }
    if odd {
        if let Some(last) = bytes.last_mut() {
            *last |= 1;
        }
    }
    Ok(BigUint::from_bytes_be(&bytes))
}

/// A uniformly random integer in [0, bound), `bound` > 0.
fn random_below(bound: &BigUint, random: &mut Random<'_>) -> Result<BigUint, String> {
    loop {
        let candidate = random_bits(bound.bits(), false, false, random)?;
        if candidate < *bound {
            return Ok(candidate);
        }
    }
}

/// The odd primes below 17 864 (the first 2048 primes but 2), for sieving.
fn small_primes() -> &'static [u32] {
    static PRIMES: OnceLock<Vec<u32>> = OnceLock::new();
    PRIMES.get_or_init(|| odd_primes_below(17_864))
}

fn mod_small(n: &BigUint, m: u32) -> u32 {
    mod_u32(n, m) as u32
}

/// Miller-Rabin rounds OpenSSL 3 runs when asked for its default (`checks`
/// 0): 64, or 128 from 2048 bits, which bounds the error by 2^-128.
fn default_rounds(bits: u64) -> u32 {
    if bits >= 2048 {
        128
    } else {
        64
    }
}

/// Whether `n` is (probably) prime: trial division by the small primes,
/// then `rounds` Miller-Rabin rounds with random bases (0: OpenSSL's
/// default count). Primes always pass; a composite passes with
/// probability below 4^-rounds.
pub fn is_probable_prime(n: &BigUint, rounds: u32, random: &mut Random<'_>) -> Result<bool, String> {
    if *n < BigUint::from(2u32) {
        return Ok(false);
    }
    if !n.bit(0) {
        return Ok(*n == BigUint::from(2u32));
    }
    for &prime in small_primes() {
        if mod_small(n, prime) == 0 {
            return Ok(*n == BigUint::from(prime));
        }
    }
    if *n < BigUint::from(17_864u32 * 17_864u32) {
        return Ok(true);
    }
    let rounds = if rounds == 0 { default_rounds(n.bits()) } else { rounds };
    miller_rabin(n, rounds, random)
}

fn miller_rabin(n: &BigUint, rounds: u32, random: &mut Random<'_>) -> Result<bool, String> {
    let one = BigUint::one();
    let n_minus_1 = n - 1u32;
    let shift = n_minus_1.trailing_zeros().unwrap_or(0);
    let d = &n_minus_1 >> shift;
    // Bases from [2, n-2].
    let span = n - 3u32;
    for _ in 0..rounds {
        let base = random_below(&span, random)? + 2u32;
        let mut x = base.modpow(&d, n);
        if x == one || x == n_minus_1 {
            continue;
        }
        let mut witness = true;
        for _ in 1..shift {
            x = (&x * &x) % n;
            if x == n_minus_1 {
                witness = false;
                break;
            }
            if x == one {
                break;
            }
        }
        if witness {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Why `generate_prime` refused, in OpenSSL's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrimeError {
    /// `bits` too small for the request (BN_R_BITS_TOO_SMALL).
    BitsTooSmall,
    /// The random source failed.
    Random(String),
}

impl From<String> for PrimeError {
    fn from(message: String) -> Self {
        PrimeError::Random(message)
    }
}

/// A random prime of exactly `bits` bits, as OpenSSL's
/// `BN_generate_prime_ex2`: with `add`, one with p % add == rem (rem
/// defaulting to 1, or 3 for a safe prime); with `safe`, (p-1)/2 is prime
/// too. Candidates step by 2 (4 for a safe prime, or `add`) from a random
/// start; a sieve over a window of them strikes out those with a small
/// factor (in p, or in (p-1)/2 for a safe prime) before any modular
/// exponentiation, which is where the time goes.
pub fn generate_prime(bits: u64, safe: bool, add: Option<&BigUint>, rem: Option<&BigUint>, random: &mut Random<'_>) -> Result<BigUint, PrimeError> {
    if bits < 2 || (bits == 2 && safe) {
        return Err(PrimeError::BitsTooSmall);
    }
    // The safe primes under 6 bits other than 7 (11, 23) do not have their
    // top two bits set, so OpenSSL refuses those sizes rather than search
    // forever.
    if add.is_none() && safe && bits < 6 && bits != 3 {
        return Err(PrimeError::BitsTooSmall);
    }
    let default_rem = BigUint::from(if safe { 3u32 } else { 1u32 });
    let rem = rem.unwrap_or(&default_rem);
    loop {
        let (start, step) = match add {
            None => {
                // Top two bits set (so products of two such primes have
                // twice the bits), odd; p = 3 mod 4 for a safe prime.
                let mut start = random_bits(bits, true, true, random)?;
                if bits >= 2 {
                    start.set_bit(bits - 2, true);
                }
                if safe {
                    start.set_bit(1, true);
                }
                (start, BigUint::from(if safe { 4u32 } else { 2u32 }))
            }
            Some(add) => {
                let start = random_bits(bits, true, true, random)?;
                let mut start = &start - (&start % add) + rem;
                let floor = if safe { 5u32 } else { 3u32 };
                if start.bits() < bits || start < BigUint::from(floor) {
                    start += add;
                }
                (start, add.clone())
            }
        };
        if let Some(prime) = search_window(&start, &step, bits, safe, random)? {
            return Ok(prime);
        }
    }
}

/// Candidates per sieve window.
const WINDOW: usize = 1 << 15;

/// The first prime among start + i * step (i < WINDOW) that keeps `bits`
/// bits, if any.
fn search_window(start: &BigUint, step: &BigUint, bits: u64, safe: bool, random: &mut Random<'_>) -> Result<Option<BigUint>, String> {
    // Small candidates: sieving would strike out the small primes
    // themselves, and there are few enough to test one by one.
    if bits <= 32 {
        let mut candidate = start.clone();
        for _ in 0..WINDOW {
            if candidate.bits() > bits {
                return Ok(None);
            }
            let half = &candidate >> 1u32;
            if is_probable_prime(&candidate, 0, random)? && (!safe || is_probable_prime(&half, 0, random)?) {
                return Ok(Some(candidate));
            }
            candidate += step;
        }
        return Ok(None);
    }
    let mut struck = vec![false; WINDOW];
    for &prime in sieve_primes(bits) {
        let r = u64::from(prime);
        let s = mod_u32(step, prime);
        let b = mod_u32(start, prime);
        if s == 0 {
            // Every candidate has the same residue.
            if b == 0 || (safe && b == 1) {
                return Ok(None);
            }
            continue;
        }
        let inverse = inverse_mod(s, r);
        // Indices where start + i * step = 0 (mod r), and = 1 for a safe
        // prime, whose (p-1)/2 r then divides.
        let mut firsts = vec![(r - b) % r * inverse % r];
        if safe {
            firsts.push((r + 1 - b) % r * inverse % r);
        }
        for first in firsts {
            let mut i = first as usize;
            while i < WINDOW {
                struck[i] = true;
                i += prime as usize;
            }
        }
    }
    for (i, _) in struck.iter().enumerate().filter(|(_, struck)| !**struck) {
        let candidate = start + step * BigUint::from(i);
        if candidate.bits() > bits {
            return Ok(None);
        }
        if prime_candidate(&candidate, safe, random)? {
            return Ok(Some(candidate));
        }
    }
    Ok(None)
}

/// n mod m, a word at a time.
fn mod_u32(n: &BigUint, m: u32) -> u64 {
    let m = u128::from(m);
    n.iter_u64_digits().rev().fold(0u128, |r, d| ((r << 64) | u128::from(d)) % m) as u64
}

/// a^-1 mod m for a prime m not dividing a (Fermat: a^(m-2)).
fn inverse_mod(a: u64, m: u64) -> u64 {
    let (mut result, mut base, mut exponent) = (1u64, a % m, m - 2);
    while exponent > 0 {
        if exponent & 1 == 1 {
            result = result * base % m;
        }
        base = base * base % m;
        exponent >>= 1;
    }
    result
}

/// Odd primes for the sieve: more for larger candidates, where each
/// exponentiation avoided saves more (up to 2^20 from 256 bits).
fn sieve_primes(bits: u64) -> &'static [u32] {
    static PRIMES: OnceLock<Vec<u32>> = OnceLock::new();
    let all = PRIMES.get_or_init(|| odd_primes_below(1 << 20));
    let limit = if bits >= 256 { 1 << 20 } else { 1 << 14 };
    let end = all.partition_point(|&p| p < limit);
    &all[..end]
}

fn odd_primes_below(limit: usize) -> Vec<u32> {
    let mut composite = vec![false; limit];
    let mut primes = Vec::new();
    for n in (3..limit).step_by(2) {
        if composite[n] {
            continue;
        }
        primes.push(n as u32);
        let mut multiple = n * n;
        while multiple < limit {
            composite[multiple] = true;
            multiple += 2 * n;
        }
    }
    primes
}

/// The full test of a sieved candidate: a Fermat test to base 2 first (most
/// composites fail it for one exponentiation), then Miller-Rabin, on p and,
/// for a safe prime, on (p-1)/2.
fn prime_candidate(candidate: &BigUint, safe: bool, random: &mut Random<'_>) -> Result<bool, String> {
    let two = BigUint::from(2u32);
    let fermat = |n: &BigUint| n.bits() < 3 || two.modpow(&(n - 1u32), n).is_one();
    if !fermat(candidate) {
        return Ok(false);
    }
    if safe {
        let half = candidate >> 1u32;
        if !fermat(&half) {
            return Ok(false);
        }
        return Ok(is_probable_prime(&half, 0, random)? && is_probable_prime(candidate, 0, random)?);
    }
    is_probable_prime(candidate, 0, random)
}

/// Parameters for `createDiffieHellman(bits, generator)`, as OpenSSL's
/// `DH_generate_parameters_ex`: a safe prime with p = 23 mod 24 for
/// generator 2, 59 mod 60 for 5, else 11 mod 12; and the private key length
/// it then uses, RFC 7919's for the strength (2s rounded up to 25 bits).
pub fn generate_parameters(bits: u64, generator: u32, random: &mut Random<'_>) -> Result<(BigUint, u64), PrimeError> {
    let (add, rem) = match generator {
        2 => (24u32, 23u32),
        5 => (60, 59),
        _ => (12, 11),
    };
    let prime = generate_prime(bits, true, Some(&BigUint::from(add)), Some(&BigUint::from(rem)), random)?;
    let key_bits = (2 * security_bits(bits)).div_ceil(25) * 25;
    Ok((prime, key_bits))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A deterministic "random" source for tests (xorshift).
    fn source() -> impl FnMut(&mut [u8]) -> Result<(), String> {
        let mut state = 0x2545_f491_4f6c_dd1du64;
        move |buf: &mut [u8]| {
            for byte in buf {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                *byte = state as u8;
            }
            Ok(())
        }
    }

    #[test]
    fn groups_are_safe_primes_of_their_size() {
        let mut random = source();
        for (name, bits) in [("modp1", 768), ("modp2", 1024), ("modp5", 1536)] {
            let group = group(name).expect("known group");
            assert_eq!(group.prime.bits(), bits);
            assert!(is_probable_prime(&group.prime, 4, &mut random).expect("random"));
            assert!(is_probable_prime(&(&group.prime >> 1u32), 4, &mut random).expect("random"));
        }
        assert_eq!(group("modp18").map(|g| g.prime.bits()), Some(8192));
        assert!(group("modp3").is_none());
    }

    #[test]
    fn check_reports_openssl_flags() {
        let mut random = source();
        let two = BigUint::from(2u32);
        // Values Node 24 reports for these (prime, generator) pairs.
        assert_eq!(check(&BigUint::from(0xabcdefu32), &two, &mut random), Ok(0x81));
        assert_eq!(check(&BigUint::from(2u32), &two, &mut random), Ok(0x8b));
        assert_eq!(check(&BigUint::from(23u32), &two, &mut random), Ok(0x80));
        assert_eq!(check(&BigUint::from(255u32), &two, &mut random), Ok(0x81));
        assert_eq!(check(&BigUint::zero(), &two, &mut random), Ok(0x89));
        let modp2 = group("modp2").expect("known group").prime;
        assert_eq!(check(&modp2, &two, &mut random), Ok(0));
        assert_eq!(check(&modp2, &BigUint::one(), &mut random), Ok(NOT_SUITABLE_GENERATOR));
    }

    #[test]
    fn primes_are_found_with_the_asked_properties() {
        let mut random = source();
        for bits in [3u64, 8, 17, 64, 130] {
            let p = generate_prime(bits, false, None, None, &mut random).expect("prime");
            assert_eq!(p.bits(), bits);
            assert!(is_probable_prime(&p, 20, &mut random).expect("random"));
        }
        let p = generate_prime(64, true, None, None, &mut random).expect("safe prime");
        assert!(is_probable_prime(&(&p >> 1u32), 20, &mut random).expect("random"));
        let add = BigUint::from(1000u32);
        let rem = BigUint::from(7u32);
        let p = generate_prime(40, false, Some(&add), Some(&rem), &mut random).expect("prime");
        assert_eq!(&p % &add, rem);
        assert_eq!(generate_prime(1, false, None, None, &mut random), Err(PrimeError::BitsTooSmall));
        assert_eq!(generate_prime(2, true, None, None, &mut random), Err(PrimeError::BitsTooSmall));
        assert_eq!(generate_prime(5, true, None, None, &mut random), Err(PrimeError::BitsTooSmall));
        assert_eq!(generate_prime(3, true, None, None, &mut random), Ok(BigUint::from(7u32)));
    }

    #[test]
    fn miller_rabin_rejects_carmichael_numbers() {
        let mut random = source();
        for n in [561u64, 1105, 1729, 2465, 2821, 6601, 8911] {
            assert!(!is_probable_prime(&BigUint::from(n), 10, &mut random).expect("random"));
        }
        // 3825123056546413051 is a strong pseudoprime to bases 2..=23.
        assert!(!is_probable_prime(&BigUint::from(3_825_123_056_546_413_051u64), 10, &mut random).expect("random"));
        assert!(is_probable_prime(&BigUint::from(18_446_744_073_709_551_557u64), 10, &mut random).expect("random"));
    }

    #[test]
    fn secrets_agree_and_are_padded() {
        let p = group("modp1").expect("known group").prime;
        let g = BigUint::from(2u32);
        let (a, b) = (BigUint::from(12345u32), BigUint::from(67890u32));
        let (pa, pb) = (g.modpow(&a, &p), g.modpow(&b, &p));
        assert_eq!(compute_secret(&p, &a, &pb), compute_secret(&p, &b, &pa));
        // 2^1 mod p = 2, padded to 96 bytes.
        let secret = compute_secret(&p, &BigUint::one(), &g).expect("valid key");
        assert_eq!(secret.len(), 96);
        assert_eq!(secret[95], 2);
        assert_eq!(compute_secret(&p, &a, &BigUint::one()), Err(PublicKeyError::TooSmall));
        assert_eq!(compute_secret(&p, &a, &(&p - 1u32)), Err(PublicKeyError::TooLarge));
    }

    #[test]
    fn security_bits_match_openssl() {
        assert_eq!(security_bits(2048), 112);
        assert_eq!(security_bits(1024), 80);
        // Private key lengths Node 24 reports: 512 bits -> 125, 1024 -> 175.
        assert_eq!((2 * security_bits(512)).div_ceil(25) * 25, 125);
        assert_eq!((2 * security_bits(1024)).div_ceil(25) * 25, 175);
        assert_eq!((2 * security_bits(768)).div_ceil(25) * 25, 150);
    }
}
