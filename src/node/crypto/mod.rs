//! Natives of `crypto`: message digests and HMAC (RustCrypto's md-5, sha1,
//! sha2 and hmac crates), constant-time comparison, and random bytes from the
//! host's secure source ([`crate::host::Host::fill_random`]); ciphers
//! (cipher.rs), key derivation (kdf.rs), Diffie-Hellman and primes (dh.rs)
//! and ECDH (ecdh.rs), whose binding functions are in exchange.rs.
//!
//! Covers md5, sha1, sha224, sha256, sha384, sha512, sha512-224 and
//! sha512-256 under the names OpenSSL knows them by. Not here: signatures,
//! XOF digests (shake), sha3, ripemd: the JS side throws
//! ERR_METHOD_NOT_IMPLEMENTED or "Digest method not supported".

use std::rc::Rc;

use hmac::{Hmac, KeyInit, Mac};
use rquickjs::class::{Class, JsClass, Trace, Tracer, Writable};
use rquickjs::function::Opt;
use rquickjs::{Array, Ctx, Exception, Function, JsLifetime, Object, Result, TypedArray, Value};
use sha2::digest;
use sha2::Digest;

use crate::engine::Shared;
use crate::node::bytes_of;

pub mod aead;
pub mod cipher;
pub mod der;
pub mod dh;
pub mod ecdh;
mod exchange;
pub mod kdf;
pub mod keyobject;
pub mod kem;
pub mod keys;
pub mod pqc;
pub mod sign;
pub mod spkac;

/// A digest algorithm we implement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Algorithm {
    Md5,
    Sha1,
    Sha224,
    Sha256,
    Sha384,
    Sha512,
    Sha512_224,
    Sha512_256,
    Sha3_224,
    Sha3_256,
    Sha3_384,
    Sha3_512,
    Shake128,
    Shake256,
    Ripemd160,
    Blake2b512,
    Blake2s256,
    Sm3,
    Md5Sha1,
}

/// Every name OpenSSL 3 (and so Node) resolves to each algorithm, compared
/// without regard to case, as OpenSSL does.
const NAMES: &[(&str, Algorithm)] = &[
    ("md5", Algorithm::Md5),
    ("rsa-md5", Algorithm::Md5),
    ("ssl3-md5", Algorithm::Md5),
    ("md5withrsaencryption", Algorithm::Md5),
    ("1.2.840.113549.2.5", Algorithm::Md5),
    ("sha1", Algorithm::Sha1),
    ("sha-1", Algorithm::Sha1),
    ("rsa-sha1", Algorithm::Sha1),
    ("rsa-sha1-2", Algorithm::Sha1),
    ("ssl3-sha1", Algorithm::Sha1),
    ("sha1withrsaencryption", Algorithm::Sha1),
    ("1.3.14.3.2.26", Algorithm::Sha1),
    // OpenSSL's legacy name of SHA-1 for DSA signatures, still accepted.
    ("dss1", Algorithm::Sha1),
    ("sha224", Algorithm::Sha224),
    ("sha-224", Algorithm::Sha224),
    ("sha2-224", Algorithm::Sha224),
    ("rsa-sha224", Algorithm::Sha224),
    ("sha224withrsaencryption", Algorithm::Sha224),
    ("2.16.840.1.101.3.4.2.4", Algorithm::Sha224),
    ("sha256", Algorithm::Sha256),
    ("sha-256", Algorithm::Sha256),
    ("sha2-256", Algorithm::Sha256),
    ("rsa-sha256", Algorithm::Sha256),
    ("sha256withrsaencryption", Algorithm::Sha256),
    ("2.16.840.1.101.3.4.2.1", Algorithm::Sha256),
    ("sha384", Algorithm::Sha384),
    ("sha-384", Algorithm::Sha384),
    ("sha2-384", Algorithm::Sha384),
    ("rsa-sha384", Algorithm::Sha384),
    ("sha384withrsaencryption", Algorithm::Sha384),
    ("2.16.840.1.101.3.4.2.2", Algorithm::Sha384),
    ("sha512", Algorithm::Sha512),
    ("sha-512", Algorithm::Sha512),
    ("sha2-512", Algorithm::Sha512),
    ("rsa-sha512", Algorithm::Sha512),
    ("sha512withrsaencryption", Algorithm::Sha512),
    ("2.16.840.1.101.3.4.2.3", Algorithm::Sha512),
    ("sha512-224", Algorithm::Sha512_224),
    ("sha-512/224", Algorithm::Sha512_224),
    ("sha2-512/224", Algorithm::Sha512_224),
    ("rsa-sha512/224", Algorithm::Sha512_224),
    ("sha512-224withrsaencryption", Algorithm::Sha512_224),
    ("2.16.840.1.101.3.4.2.5", Algorithm::Sha512_224),
    ("sha512-256", Algorithm::Sha512_256),
    ("sha-512/256", Algorithm::Sha512_256),
    ("sha2-512/256", Algorithm::Sha512_256),
    ("rsa-sha512/256", Algorithm::Sha512_256),
    ("sha512-256withrsaencryption", Algorithm::Sha512_256),
    ("2.16.840.1.101.3.4.2.6", Algorithm::Sha512_256),
    ("sha3-224", Algorithm::Sha3_224),
    ("rsa-sha3-224", Algorithm::Sha3_224),
    ("id-rsassa-pkcs1-v1_5-with-sha3-224", Algorithm::Sha3_224),
    ("2.16.840.1.101.3.4.2.7", Algorithm::Sha3_224),
    ("sha3-256", Algorithm::Sha3_256),
    ("rsa-sha3-256", Algorithm::Sha3_256),
    ("id-rsassa-pkcs1-v1_5-with-sha3-256", Algorithm::Sha3_256),
    ("2.16.840.1.101.3.4.2.8", Algorithm::Sha3_256),
    ("sha3-384", Algorithm::Sha3_384),
    ("rsa-sha3-384", Algorithm::Sha3_384),
    ("id-rsassa-pkcs1-v1_5-with-sha3-384", Algorithm::Sha3_384),
    ("2.16.840.1.101.3.4.2.9", Algorithm::Sha3_384),
    ("sha3-512", Algorithm::Sha3_512),
    ("rsa-sha3-512", Algorithm::Sha3_512),
    ("id-rsassa-pkcs1-v1_5-with-sha3-512", Algorithm::Sha3_512),
    ("2.16.840.1.101.3.4.2.10", Algorithm::Sha3_512),
    ("shake128", Algorithm::Shake128),
    ("shake-128", Algorithm::Shake128),
    ("2.16.840.1.101.3.4.2.11", Algorithm::Shake128),
    ("shake256", Algorithm::Shake256),
    ("shake-256", Algorithm::Shake256),
    ("2.16.840.1.101.3.4.2.12", Algorithm::Shake256),
    ("ripemd160", Algorithm::Ripemd160),
    ("ripemd", Algorithm::Ripemd160),
    ("rmd160", Algorithm::Ripemd160),
    ("ripemd-160", Algorithm::Ripemd160),
    ("ripemd160withrsa", Algorithm::Ripemd160),
    ("rsa-ripemd160", Algorithm::Ripemd160),
    ("1.3.36.3.2.1", Algorithm::Ripemd160),
    ("blake2b512", Algorithm::Blake2b512),
    ("blake2b-512", Algorithm::Blake2b512),
    ("1.3.6.1.4.1.1722.12.2.1.16", Algorithm::Blake2b512),
    ("blake2s256", Algorithm::Blake2s256),
    ("blake2s-256", Algorithm::Blake2s256),
    ("1.3.6.1.4.1.1722.12.2.2.8", Algorithm::Blake2s256),
    ("sm3", Algorithm::Sm3),
    ("rsa-sm3", Algorithm::Sm3),
    ("sm3withrsaencryption", Algorithm::Sm3),
    ("1.2.156.10197.1.401", Algorithm::Sm3),
    ("md5-sha1", Algorithm::Md5Sha1),
];

/// What `crypto.getHashes()` lists: the entries of Node's own list that name
/// an algorithm we implement, in Node's order.
pub const HASH_NAMES: &[&str] = &[
    "RSA-MD5",
    "RSA-RIPEMD160",
    "RSA-SHA1",
    "RSA-SHA1-2",
    "RSA-SHA224",
    "RSA-SHA256",
    "RSA-SHA3-224",
    "RSA-SHA3-256",
    "RSA-SHA3-384",
    "RSA-SHA3-512",
    "RSA-SHA384",
    "RSA-SHA512",
    "RSA-SHA512/224",
    "RSA-SHA512/256",
    "RSA-SM3",
    "blake2b512",
    "blake2s256",
    "id-rsassa-pkcs1-v1_5-with-sha3-224",
    "id-rsassa-pkcs1-v1_5-with-sha3-256",
    "id-rsassa-pkcs1-v1_5-with-sha3-384",
    "id-rsassa-pkcs1-v1_5-with-sha3-512",
    "md5",
    "md5-sha1",
    "md5WithRSAEncryption",
    "ripemd",
    "ripemd160",
    "ripemd160WithRSA",
    "rmd160",
    "sha1",
    "sha1WithRSAEncryption",
    "sha224",
    "sha224WithRSAEncryption",
    "sha256",
    "sha256WithRSAEncryption",
    "sha3-224",
    "sha3-256",
    "sha3-384",
    "sha3-512",
    "sha384",
    "sha384WithRSAEncryption",
    "sha512",
    "sha512-224",
    "sha512-224WithRSAEncryption",
    "sha512-256",
    "sha512-256WithRSAEncryption",
    "sha512WithRSAEncryption",
    "shake128",
    "shake256",
    "sm3",
    "sm3WithRSAEncryption",
    "ssl3-md5",
    "ssl3-sha1",
];

impl Algorithm {
    pub fn from_name(name: &str) -> Option<Self> {
        NAMES.iter().find(|(known, _)| known.eq_ignore_ascii_case(name)).map(|(_, algorithm)| *algorithm)
    }

    /// Bytes in a digest (an XOF's default length for shake).
    pub fn output_len(self) -> usize {
        match self {
            Algorithm::Md5 | Algorithm::Shake128 => 16,
            Algorithm::Sha1 | Algorithm::Ripemd160 => 20,
            Algorithm::Sha224 | Algorithm::Sha512_224 | Algorithm::Sha3_224 => 28,
            Algorithm::Sha256 | Algorithm::Sha512_256 | Algorithm::Sha3_256 | Algorithm::Shake256 => 32,
            Algorithm::Blake2s256 | Algorithm::Sm3 => 32,
            Algorithm::Md5Sha1 => 36,
            Algorithm::Sha384 | Algorithm::Sha3_384 => 48,
            Algorithm::Sha512 | Algorithm::Sha3_512 | Algorithm::Blake2b512 => 64,
        }
    }

    /// Whether the output length is the caller's to choose (shake).
    pub fn is_xof(self) -> bool {
        matches!(self, Algorithm::Shake128 | Algorithm::Shake256)
    }

    /// Whether OpenSSL can key it as HMAC (not an XOF) and so derive keys
    /// with it (pbkdf2, hkdf).
    pub fn has_hmac(self) -> bool {
        !self.is_xof()
    }

    /// A fresh digest, or HMAC when `key` is given (HMAC of an XOF, which
    /// OpenSSL refuses and JS never asks for, hashes without the key).
    pub fn hasher(self, key: Option<&[u8]>) -> Box<dyn Hasher> {
        /// Digests whose RustCrypto types have no eager block core, keyed
        /// through the generic HMAC.
        fn simple<D>(key: Option<&[u8]>) -> Box<dyn Hasher>
        where
            D: Digest + digest::block_api::BlockSizeUser + Clone + 'static,
        {
            match key {
                None => Box::new(Plain(D::new())),
                Some(key) => match hmac::SimpleHmac::<D>::new_from_slice(key) {
                    Ok(mac) => Box::new(Keyed(mac)),
                    Err(_) => Box::new(Plain(D::new())),
                },
            }
        }
        fn make<D>(key: Option<&[u8]>) -> Box<dyn Hasher>
        where
            D: Digest + hmac::EagerHash + Clone + 'static,
            Hmac<D>: Clone,
        {
            match key {
                None => Box::new(Plain(D::new())),
                // HMAC takes a key of any length (long ones are hashed first),
                // so this cannot fail; an empty MAC keeps the types whole.
                Some(key) => match Hmac::<D>::new_from_slice(key) {
                    Ok(mac) => Box::new(Keyed(mac)),
                    Err(_) => Box::new(Keyed(Hmac::<D>::new(&Default::default()))),
                },
            }
        }
        match self {
            Algorithm::Md5 => make::<md5::Md5>(key),
            Algorithm::Sha1 => make::<sha1::Sha1>(key),
            Algorithm::Sha224 => make::<sha2::Sha224>(key),
            Algorithm::Sha256 => make::<sha2::Sha256>(key),
            Algorithm::Sha384 => make::<sha2::Sha384>(key),
            Algorithm::Sha512 => make::<sha2::Sha512>(key),
            Algorithm::Sha512_224 => make::<sha2::Sha512_224>(key),
            Algorithm::Sha512_256 => make::<sha2::Sha512_256>(key),
            Algorithm::Sha3_224 => simple::<sha3::Sha3_224>(key),
            Algorithm::Sha3_256 => simple::<sha3::Sha3_256>(key),
            Algorithm::Sha3_384 => simple::<sha3::Sha3_384>(key),
            Algorithm::Sha3_512 => simple::<sha3::Sha3_512>(key),
            Algorithm::Ripemd160 => simple::<ripemd::Ripemd160>(key),
            Algorithm::Blake2b512 => simple::<blake2::Blake2b512>(key),
            Algorithm::Blake2s256 => simple::<blake2::Blake2s256>(key),
            Algorithm::Sm3 => simple::<sm3::Sm3>(key),
            Algorithm::Shake128 => Box::new(Xof(shake::Shake128::default())),
            Algorithm::Shake256 => Box::new(Xof(shake::Shake256::default())),
            Algorithm::Md5Sha1 => {
                let plain = || -> Box<dyn Hasher> { Box::new(Concat(Algorithm::Md5.hasher(None), Algorithm::Sha1.hasher(None))) };
                match key {
                    None => plain(),
                    Some(key) => Box::new(ConcatHmac::new(key, plain)),
                }
            }
        }
    }
}

/// A running digest or HMAC, whichever algorithm it is.
pub trait Hasher {
    fn update(&mut self, data: &[u8]);
    fn finalize(self: Box<Self>) -> Vec<u8>;
    /// `len` bytes of output: any length for an XOF; the others have one.
    fn finalize_len(self: Box<Self>, _len: usize) -> Vec<u8> {
        self.finalize()
    }
    fn box_clone(&self) -> Box<dyn Hasher>;
}

/// An extendable-output function (shake), read to the length asked.
struct Xof<X>(X);

impl<X: digest::Update + digest::ExtendableOutput + Clone + 'static> Hasher for Xof<X> {
    fn update(&mut self, data: &[u8]) {
        digest::Update::update(&mut self.0, data);
    }
    fn finalize(self: Box<Self>) -> Vec<u8> {
        // A caller that gives no length gets nothing: every caller of an
        // XOF passes one (the default is OpenSSL's, from output_len).
        self.finalize_len(0)
    }
    fn finalize_len(self: Box<Self>, len: usize) -> Vec<u8> {
        let mut out = vec![0u8; len];
        digest::XofReader::read(&mut self.0.finalize_xof(), &mut out);
        out
    }
    fn box_clone(&self) -> Box<dyn Hasher> {
        Box::new(Xof(self.0.clone()))
    }
}

/// OpenSSL's md5-sha1 (TLS 1.0's handshake hash): both digests, one after
/// the other.
struct Concat(Box<dyn Hasher>, Box<dyn Hasher>);

impl Hasher for Concat {
    fn update(&mut self, data: &[u8]) {
        self.0.update(data);
        self.1.update(data);
    }
    fn finalize(self: Box<Self>) -> Vec<u8> {
        let mut out = self.0.finalize();
        out.extend(self.1.finalize());
        out
    }
    fn box_clone(&self) -> Box<dyn Hasher> {
        Box::new(Concat(self.0.box_clone(), self.1.box_clone()))
    }
}

struct Plain<D>(D);

impl<D: Digest + Clone + 'static> Hasher for Plain<D> {
    fn update(&mut self, data: &[u8]) {
        Digest::update(&mut self.0, data);
    }
    fn finalize(self: Box<Self>) -> Vec<u8> {
        self.0.finalize().to_vec()
    }
    fn box_clone(&self) -> Box<dyn Hasher> {
        Box::new(Plain(self.0.clone()))
    }
}

struct Keyed<M>(M);

impl<M: Mac + Clone + 'static> Hasher for Keyed<M> {
    fn update(&mut self, data: &[u8]) {
        Mac::update(&mut self.0, data);
    }
    fn finalize(self: Box<Self>) -> Vec<u8> {
        self.0.finalize().into_bytes().to_vec()
    }
    fn box_clone(&self) -> Box<dyn Hasher> {
        Box::new(Keyed(self.0.clone()))
    }
}

/// HMAC (RFC 2104, 64-byte blocks) over md5-sha1, which has no RustCrypto
/// type for the generic HMAC to take.
struct ConcatHmac {
    inner: Box<dyn Hasher>,
    outer: Box<dyn Hasher>,
}

impl ConcatHmac {
    fn new(key: &[u8], fresh: impl Fn() -> Box<dyn Hasher>) -> ConcatHmac {
        const BLOCK: usize = 64;
        let mut block = [0u8; BLOCK];
        if key.len() > BLOCK {
            let mut hasher = fresh();
            hasher.update(key);
            let digest = hasher.finalize();
            block[..digest.len()].copy_from_slice(&digest);
        } else {
            block[..key.len()].copy_from_slice(key);
        }
        let (mut inner, mut outer) = (fresh(), fresh());
        inner.update(&block.map(|b| b ^ 0x36));
        outer.update(&block.map(|b| b ^ 0x5c));
        ConcatHmac { inner, outer }
    }
}

impl Hasher for ConcatHmac {
    fn update(&mut self, data: &[u8]) {
        self.inner.update(data);
    }
    fn finalize(self: Box<Self>) -> Vec<u8> {
        let ConcatHmac { inner, mut outer } = *self;
        outer.update(&inner.finalize());
        outer.finalize()
    }
    fn box_clone(&self) -> Box<dyn Hasher> {
        Box::new(ConcatHmac { inner: self.inner.box_clone(), outer: self.outer.box_clone() })
    }
}

/// The native half of a `Hash` or `Hmac` object; `None` once digested. The
/// JS object owns it, so an abandoned hash is freed by the garbage collector.
pub struct HashHandle {
    hasher: Option<Box<dyn Hasher>>,
}

impl<'js> Trace<'js> for HashHandle {
    fn trace<'a>(&self, _tracer: Tracer<'a, 'js>) {}
}

// SAFETY: HashHandle holds no JS values, so it has no lifetime to change.
unsafe impl<'js> JsLifetime<'js> for HashHandle {
    type Changed<'to> = HashHandle;
}

impl<'js> JsClass<'js> for HashHandle {
    const NAME: &'static str = "Hash";
    type Mutable = Writable;

    fn constructor(_ctx: &Ctx<'js>) -> Result<Option<rquickjs::function::Constructor<'js>>> {
        Ok(None)
    }
}

/// The native half of a `Cipheriv`/`Decipheriv`, owned by the JS object.
pub struct CipherHandle {
    state: CipherState,
}

/// A block cipher mode (cipher.rs) or ChaCha20-Poly1305 (aead.rs), which
/// answer the same calls.
pub enum CipherState {
    Block(Box<cipher::Cipher>),
    ChaCha(Box<aead::ChaChaPoly>),
}

impl CipherState {
    fn update(&mut self, data: &[u8]) -> std::result::Result<Vec<u8>, cipher::Failure> {
        match self {
            CipherState::Block(c) => c.update(data),
            CipherState::ChaCha(c) => c.update(data),
        }
    }
    fn finish(&mut self) -> std::result::Result<Vec<u8>, cipher::Failure> {
        match self {
            CipherState::Block(c) => c.finish(),
            CipherState::ChaCha(c) => c.finish(),
        }
    }
    fn set_padding(&mut self, padding: bool) -> bool {
        match self {
            CipherState::Block(c) => c.set_padding(padding),
            // A stream cipher has no padding; OpenSSL accepts the call.
            CipherState::ChaCha(_) => true,
        }
    }
    fn set_aad(&mut self, aad: &[u8], text_len: Option<usize>) -> bool {
        match self {
            CipherState::Block(c) => c.set_aad(aad, text_len),
            CipherState::ChaCha(c) => c.set_aad(aad),
        }
    }
    fn set_tag(&mut self, tag: &[u8]) -> bool {
        match self {
            CipherState::Block(c) => c.set_tag(tag),
            CipherState::ChaCha(c) => c.set_tag(tag),
        }
    }
    fn tag(&self) -> Option<Vec<u8>> {
        match self {
            CipherState::Block(c) => c.tag(),
            CipherState::ChaCha(c) => c.tag(),
        }
    }
}

impl<'js> Trace<'js> for CipherHandle {
    fn trace<'a>(&self, _tracer: Tracer<'a, 'js>) {}
}

// SAFETY: CipherHandle holds no JS values, so it has no lifetime to change.
unsafe impl<'js> JsLifetime<'js> for CipherHandle {
    type Changed<'to> = CipherHandle;
}

impl<'js> JsClass<'js> for CipherHandle {
    const NAME: &'static str = "Cipher";
    type Mutable = Writable;

    fn constructor(_ctx: &Ctx<'js>) -> Result<Option<rquickjs::function::Constructor<'js>>> {
        Ok(None)
    }
}

fn cipher_result<'js>(ctx: &Ctx<'js>, result: std::result::Result<Vec<u8>, cipher::Failure>) -> Result<Value<'js>> {
    let why = match result {
        Ok(bytes) => return Ok(TypedArray::new(ctx.clone(), bytes)?.into_value()),
        Err(cipher::Failure::State) => "state",
        Err(cipher::Failure::WrongFinalBlockLength) => "length",
        Err(cipher::Failure::BadDecrypt) => "decrypt",
        Err(cipher::Failure::Authenticate) => "auth",
        Err(cipher::Failure::TagNotSet) => "tagnotset",
    };
    Ok(rquickjs::String::from_str(ctx.clone(), why)?.into_value())
}

/// Compares in time that depends only on the length, never on where the
/// bytes first differ.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |diff, (x, y)| diff | (x ^ y)) == 0
}

/// The bytes a string or byte view stands for: strings as UTF-8, a lone
/// surrogate as U+FFFD (see `utf8_of`), as Node's UTF-8 encoder does.
fn with_bytes<R>(value: &Value<'_>, f: impl FnOnce(&[u8]) -> R) -> Result<R> {
    if let Some(text) = value.as_string() {
        return Ok(f(crate::node::utf8_of(text)?.as_bytes()));
    }
    if let Some(array) = value.as_object().and_then(|o| o.as_typed_array::<u8>()) {
        // SAFETY: the slice is used at once, and `f` runs no JavaScript that
        // could detach or resize the buffer.
        let bytes = unsafe { array.as_bytes() }.unwrap_or_default();
        return Ok(f(bytes));
    }
    Err(rquickjs::Error::new_from_js(value.type_name(), "Uint8Array"))
}

fn handle_mut<'js, R>(ctx: &Ctx<'js>, handle: &Class<'js, HashHandle>, f: impl FnOnce(&mut HashHandle) -> R) -> Result<R> {
    let mut cell = handle.try_borrow_mut()?;
    if cell.hasher.is_none() {
        return Err(Exception::throw_internal(ctx, "hash used after digest"));
    }
    Ok(f(&mut cell))
}

pub fn binding<'js>(ctx: &Ctx<'js>, shared: &Rc<Shared>) -> Result<Object<'js>> {
    let binding = Object::new(ctx.clone())?;

    let names = Array::new(ctx.clone())?;
    for (i, name) in HASH_NAMES.iter().enumerate() {
        names.set(i, *name)?;
    }
    binding.set("hashes", names)?;

    // hashNew(algorithm): a handle, or undefined for an unknown algorithm.
    binding.set(
        "hashNew",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, name: String| -> Result<Option<Class<'js, HashHandle>>> {
            let Some(algorithm) = Algorithm::from_name(&name) else { return Ok(None) };
            Class::instance(ctx, HashHandle { hasher: Some(algorithm.hasher(None)) }).map(Some)
        })?,
    )?;
    // hmacNew(algorithm, key bytes): as hashNew, keyed; null for an XOF,
    // which HMAC cannot use.
    binding.set(
        "hmacNew",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, name: String, key: Value<'js>| -> Result<Value<'js>> {
            let Some(algorithm) = Algorithm::from_name(&name) else { return Ok(Value::new_undefined(ctx)) };
            if !algorithm.has_hmac() {
                return Ok(Value::new_null(ctx));
            }
            let hasher = with_bytes(&key, |key| algorithm.hasher(Some(key)))?;
            Ok(Class::instance(ctx, HashHandle { hasher: Some(hasher) })?.into_value())
        })?,
    )?;
    // isXof(algorithm): whether its output length is the caller's choice.
    binding.set(
        "isXof",
        Function::new(ctx.clone(), |name: String| -> bool { Algorithm::from_name(&name).is_some_and(Algorithm::is_xof) })?,
    )?;
    // digestSize(algorithm): bytes in its digest, 0 if unknown.
    binding.set(
        "digestSize",
        Function::new(ctx.clone(), |name: String| -> usize { Algorithm::from_name(&name).map_or(0, Algorithm::output_len) })?,
    )?;
    // hashUpdate(handle, data): data is a string (UTF-8) or a Uint8Array;
    // false once the handle is digested (ERR_CRYPTO_HASH_UPDATE_FAILED).
    binding.set(
        "hashUpdate",
        Function::new(ctx.clone(), |handle: Class<'js, HashHandle>, data: Value<'js>| -> Result<bool> {
            let mut handle = handle.try_borrow_mut()?;
            let Some(hasher) = handle.hasher.as_mut() else { return Ok(false) };
            with_bytes(&data, |bytes| hasher.update(bytes))?;
            Ok(true)
        })?,
    )?;
    // hashDigest(handle, length): the digest (`length` bytes of an XOF,
    // which has no length of its own: give one); the handle cannot be used
    // again.
    binding.set(
        "hashDigest",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, handle: Class<'js, HashHandle>, length: Opt<usize>| -> Result<TypedArray<'js, u8>> {
            let digest = handle_mut(&ctx, &handle, |handle| {
                handle.hasher.take().map(|h| match length.0 {
                    Some(length) => h.finalize_len(length),
                    None => h.finalize(),
                })
            })?;
            TypedArray::new(ctx, digest.unwrap_or_default())
        })?,
    )?;
    // hashCopy(handle): a new handle in the same state.
    binding.set(
        "hashCopy",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, handle: Class<'js, HashHandle>| -> Result<Class<'js, HashHandle>> {
            let hasher = handle_mut(&ctx, &handle, |handle| handle.hasher.as_ref().map(|h| h.box_clone()))?;
            Class::instance(ctx, HashHandle { hasher })
        })?,
    )?;
    // hashOnce(algorithm, data, length): the digest of data (`length` bytes
    // of an XOF, its default length if omitted), undefined if the algorithm
    // is unknown.
    binding.set(
        "hashOnce",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, name: String, data: Value<'js>, length: Opt<usize>| -> Result<Option<TypedArray<'js, u8>>> {
            let Some(algorithm) = Algorithm::from_name(&name) else { return Ok(None) };
            let digest = with_bytes(&data, |bytes| {
                let mut hasher = algorithm.hasher(None);
                hasher.update(bytes);
                hasher.finalize_len(length.0.unwrap_or(algorithm.output_len()))
            })?;
            TypedArray::new(ctx, digest).map(Some)
        })?,
    )?;
    // timingSafeEqual(a, b): two Uint8Arrays of the same length.
    binding.set(
        "timingSafeEqual",
        Function::new(ctx.clone(), |a: TypedArray<'js, u8>, b: TypedArray<'js, u8>| -> bool {
            // SAFETY: both slices are read at once with no JavaScript running.
            let (a, b) = unsafe { (a.as_bytes().unwrap_or_default(), b.as_bytes().unwrap_or_default()) };
            constant_time_eq(a, b)
        })?,
    )?;
    // pbkdf2(digest, password, salt, iterations, keylen): the derived key,
    // undefined for an unknown digest. Inputs are Uint8Arrays.
    binding.set(
        "pbkdf2",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, name: String, password: Value<'js>, salt: Value<'js>, iterations: u32, keylen: usize| -> Result<Option<TypedArray<'js, u8>>> {
                let Some(algorithm) = Algorithm::from_name(&name).filter(|a| a.has_hmac()) else { return Ok(None) };
                let key = kdf::pbkdf2(algorithm, &bytes_of(&password)?, &bytes_of(&salt)?, iterations.max(1), keylen);
                TypedArray::new(ctx, key).map(Some)
            },
        )?,
    )?;
    // hkdf(digest, ikm, salt, info, length): the derived key; undefined for
    // an unknown digest, null when length is over 255 digest blocks.
    binding.set(
        "hkdf",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, name: String, ikm: Value<'js>, salt: Value<'js>, info: Value<'js>, length: usize| -> Result<Value<'js>> {
                let Some(algorithm) = Algorithm::from_name(&name).filter(|a| a.has_hmac()) else { return Ok(Value::new_undefined(ctx)) };
                match kdf::hkdf(algorithm, &bytes_of(&ikm)?, &bytes_of(&salt)?, &bytes_of(&info)?, length) {
                    Some(key) => Ok(TypedArray::new(ctx, key)?.into_value()),
                    None => Ok(Value::new_null(ctx)),
                }
            },
        )?,
    )?;
    // scrypt(password, salt, [N, r, p, maxmem], keylen): the derived key, or
    // 'params' / 'memory' naming why OpenSSL would refuse the parameters.
    binding.set(
        "scrypt",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, password: Value<'js>, salt: Value<'js>, params: Vec<f64>, keylen: usize| -> Result<Value<'js>> {
                let [n, r, p, maxmem] = <[f64; 4]>::try_from(params).map_err(|_| rquickjs::Error::new_from_js("array", "scrypt parameters"))?;
                match kdf::scrypt(&bytes_of(&password)?, &bytes_of(&salt)?, n as u64, r as u64, p as u64, maxmem as u64, keylen) {
                    Ok(key) => Ok(TypedArray::new(ctx, key)?.into_value()),
                    Err(kdf::ScryptError::Params) => Ok(rquickjs::String::from_str(ctx, "params")?.into_value()),
                    Err(kdf::ScryptError::Memory) => Ok(rquickjs::String::from_str(ctx, "memory")?.into_value()),
                }
            },
        )?,
    )?;
    exchange::register(ctx, &binding, shared)?;
    // argon2(algorithm, message, nonce, secret, associatedData,
    // [parallelism, tagLength, memory, passes]): the tag, or null where
    // OpenSSL refuses the parameters.
    binding.set(
        "argon2",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, name: String, message: Value<'js>, nonce: Value<'js>, secret: Value<'js>, ad: Value<'js>, params: Vec<f64>| -> Result<Value<'js>> {
                let [parallelism, tag_length, memory, passes] =
                    <[f64; 4]>::try_from(params).map_err(|_| rquickjs::Error::new_from_js("array", "argon2 parameters"))?;
                let Some(variant) = kdf::Argon2Variant::from_name(&name) else { return Ok(Value::new_null(ctx)) };
                let (message, nonce, secret, ad) = (bytes_of(&message)?, bytes_of(&nonce)?, bytes_of(&secret)?, bytes_of(&ad)?);
                let input = kdf::Argon2Input {
                    message: &message,
                    nonce: &nonce,
                    secret: &secret,
                    associated_data: &ad,
                    parallelism: parallelism as u32,
                    tag_length: tag_length as usize,
                    memory: memory as u32,
                    passes: passes as u32,
                };
                match kdf::argon2(variant, &input) {
                    Some(tag) => Ok(TypedArray::new(ctx, tag)?.into_value()),
                    None => Ok(Value::new_null(ctx)),
                }
            },
        )?,
    )?;
    // Certificate (SPKAC): spkacVerify(bytes) → boolean; spkacPublicKey(bytes)
    // → PEM or undefined; spkacChallenge(bytes) → bytes or undefined.
    binding.set(
        "spkacVerify",
        Function::new(ctx.clone(), |data: Value<'js>| -> Result<bool> { Ok(spkac::verify(&bytes_of(&data)?)) })?,
    )?;
    binding.set(
        "spkacPublicKey",
        Function::new(ctx.clone(), |data: Value<'js>| -> Result<Option<String>> { Ok(spkac::public_key(&bytes_of(&data)?)) })?,
    )?;
    binding.set(
        "spkacChallenge",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, data: Value<'js>| -> Result<Value<'js>> {
            match spkac::challenge(&bytes_of(&data)?) {
                Some(bytes) => Ok(TypedArray::new(ctx, bytes)?.into_value()),
                None => Ok(Value::new_undefined(ctx)),
            }
        })?,
    )?;
    binding.set("ciphers", cipher::names())?;
    // cipherInfo(nameOrNid): [name, nid, mode, keyLength, ivLength,
    // blockSize], undefined if unknown.
    binding.set(
        "cipherInfo",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, which: Value<'js>| -> Result<Value<'js>> {
            let info = match which.as_number() {
                Some(nid) => cipher::lookup_nid(nid as u32),
                None => which.as_string().map(|s| s.to_string()).transpose()?.and_then(|name| cipher::lookup(&name)),
            };
            let Some(info) = info else { return Ok(Value::new_undefined(ctx)) };
            let mode = info.mode.label();
            let fields = Array::new(ctx.clone())?;
            fields.set(0, info.name)?;
            fields.set(1, info.nid)?;
            fields.set(2, mode)?;
            fields.set(3, info.key_len)?;
            fields.set(4, info.iv_len)?;
            fields.set(5, info.block_size)?;
            Ok(fields.into_value())
        })?,
    )?;
    // cipherNew(name, key, iv, encrypt, authTagLength): a handle, or the
    // string 'cipher' (unknown), 'key' or 'iv' (wrong length).
    binding.set(
        "cipherNew",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, name: String, key: Value<'js>, iv: Value<'js>, encrypt: bool, tag_len: usize| -> Result<Value<'js>> {
                let refuse = |why: &str| -> Result<Value<'js>> { Ok(rquickjs::String::from_str(ctx.clone(), why)?.into_value()) };
                let Some(info) = cipher::lookup(&name) else { return refuse("cipher") };
                let key = bytes_of(&key)?;
                let iv = if iv.is_null() || iv.is_undefined() { Vec::new() } else { bytes_of(&iv)? };
                // Node checks the IV before the key.
                let iv_ok = match info.mode {
                    cipher::Mode::Gcm => !iv.is_empty(),
                    cipher::Mode::Ccm => (7..=13).contains(&iv.len()),
                    cipher::Mode::Ocb => (1..=15).contains(&iv.len()),
                    // Node takes only 96-bit nonces (OpenSSL would pad shorter ones).
                    cipher::Mode::ChaCha20Poly1305 => iv.len() == 12,
                    _ => iv.len() == info.iv_len,
                };
                if !iv_ok {
                    return refuse("iv");
                }
                if key.len() != info.key_len {
                    return refuse("key");
                }
                let state = match info.mode {
                    cipher::Mode::ChaCha20Poly1305 => aead::ChaChaPoly::new(&key, &iv, encrypt, tag_len).map(|c| CipherState::ChaCha(Box::new(c))),
                    _ => cipher::Cipher::new(info, &key, &iv, encrypt, tag_len).map(|c| CipherState::Block(Box::new(c))),
                };
                match state {
                    Some(state) => Ok(Class::instance(ctx.clone(), CipherHandle { state })?.into_value()),
                    None => refuse("key"),
                }
            },
        )?,
    )?;
    // cipherUpdate(handle, data) / cipherFinal(handle): the output bytes, or
    // a string naming the failure ('state', 'length', 'decrypt', 'auth').
    binding.set(
        "cipherUpdate",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, handle: Class<'js, CipherHandle>, data: Value<'js>| -> Result<Value<'js>> {
            let data = bytes_of(&data)?;
            let result = handle.try_borrow_mut()?.state.update(&data);
            cipher_result(&ctx, result)
        })?,
    )?;
    binding.set(
        "cipherFinal",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, handle: Class<'js, CipherHandle>| -> Result<Value<'js>> {
            let result = handle.try_borrow_mut()?.state.finish();
            cipher_result(&ctx, result)
        })?,
    )?;
    binding.set(
        "cipherSetPadding",
        Function::new(ctx.clone(), |handle: Class<'js, CipherHandle>, padding: bool| -> Result<bool> {
            Ok(handle.try_borrow_mut()?.state.set_padding(padding))
        })?,
    )?;
    binding.set(
        "cipherSetAAD",
        Function::new(ctx.clone(), |handle: Class<'js, CipherHandle>, aad: Value<'js>, text_len: Option<f64>| -> Result<bool> {
            let aad = bytes_of(&aad)?;
            let text_len = text_len.filter(|n| *n >= 0.0).map(|n| n as usize);
            Ok(handle.try_borrow_mut()?.state.set_aad(&aad, text_len))
        })?,
    )?;
    binding.set(
        "cipherSetTag",
        Function::new(ctx.clone(), |handle: Class<'js, CipherHandle>, tag: Value<'js>| -> Result<bool> {
            let tag = bytes_of(&tag)?;
            Ok(handle.try_borrow_mut()?.state.set_tag(&tag))
        })?,
    )?;
    binding.set(
        "cipherTag",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, handle: Class<'js, CipherHandle>| -> Result<Option<TypedArray<'js, u8>>> {
            let tag = handle.try_borrow()?.state.tag();
            tag.map(|tag| TypedArray::new(ctx, tag)).transpose()
        })?,
    )?;
    keyobject::register(&binding, ctx, shared)?;
    // randomFill(view): fills a Uint8Array from the host's secure source.
    let s = shared.clone();
    binding.set(
        "randomFill",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>, view: TypedArray<'js, u8>| -> Result<()> {
            let Some(raw) = view.as_raw() else { return Ok(()) };
            // SAFETY: the pointer covers the view's bytes inside a live
            // buffer (`view` keeps it alive); nothing else reads or writes it
            // until the host returns, since no JavaScript runs meanwhile.
            let bytes = unsafe { &mut *raw.as_ptr() };
            s.host.fill_random(bytes).map_err(|message| Exception::throw_internal(&ctx, &format!("secure random source failed: {message}")))
        })?,
    )?;
    Ok(binding)
}

/// Hex for the test vectors of every crypto module's tests, through the
/// Buffer codec.
#[cfg(test)]
pub(crate) mod test_hex {
    use crate::node::buffer::codec;

    pub fn hex(bytes: &[u8]) -> String {
        String::from_utf8(codec::hex_encode(bytes)).expect("hex digits are ASCII")
    }

    pub fn unhex(text: &str) -> Vec<u8> {
        let mut bytes = vec![0; text.len() / 2];
        let count = codec::hex_decode_into(text.as_bytes(), &mut bytes);
        assert_eq!(count * 2, text.len(), "not hex: {text}");
        bytes
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::node::crypto::test_hex::hex;

    fn digest(name: &str, data: &[u8]) -> String {
        let mut hasher = Algorithm::from_name(name).expect("known algorithm").hasher(None);
        hasher.update(data);
        hex(&hasher.finalize())
    }

    fn hmac(name: &str, key: &[u8], data: &[u8]) -> String {
        let mut hasher = Algorithm::from_name(name).expect("known algorithm").hasher(Some(key));
        hasher.update(data);
        hex(&hasher.finalize())
    }

    #[test]
    fn digests_match_published_vectors() {
        // FIPS 180 / RFC 1321 examples for "abc".
        assert_eq!(digest("md5", b"abc"), "900150983cd24fb0d6963f7d28e17f72");
        assert_eq!(digest("sha1", b"abc"), "a9993e364706816aba3e25717850c26c9cd0d89d");
        assert_eq!(digest("sha224", b"abc"), "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7");
        assert_eq!(digest("sha256", b"abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assert_eq!(
            digest("sha384", b"abc"),
            "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7"
        );
        assert_eq!(
            digest("sha512", b"abc"),
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"
        );
        assert_eq!(digest("sha512-224", b"abc"), "4634270f707b6a54daae7530460842e20e37ed265ceee9a43e8924aa");
        assert_eq!(digest("sha512-256", b"abc"), "53048e2681941ef99b2e29b76b4c7dabe4c2d0c634fc6d46e0e2f13107e7af23");
    }

    #[test]
    fn hmac_matches_rfc_4231_and_2202() {
        // RFC 4231 test case 2 and RFC 2202 test case 2.
        assert_eq!(
            hmac("sha256", b"Jefe", b"what do ya want for nothing?"),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
        assert_eq!(hmac("md5", b"Jefe", b"what do ya want for nothing?"), "750c783e6ab0b503eaa86e310a5db738");
        assert_eq!(hmac("sha1", b"Jefe", b"what do ya want for nothing?"), "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79");
        // RFC 4231 test case 6: a key longer than the block is hashed first.
        assert_eq!(
            hmac("sha512", &[0xaa; 131], b"Test Using Larger Than Block-Size Key - Hash Key First"),
            "80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f3526b56d037e05f2598bd0fd2215d6a1e5295e64f73f63f0aec8b915a985d786598"
        );
    }

    #[test]
    fn names_are_case_insensitive_and_include_openssl_aliases() {
        assert_eq!(Algorithm::from_name("SHA256"), Some(Algorithm::Sha256));
        assert_eq!(Algorithm::from_name("RSA-SHA512/224"), Some(Algorithm::Sha512_224));
        assert_eq!(Algorithm::from_name("sha-1"), Some(Algorithm::Sha1));
        assert_eq!(Algorithm::from_name("sha512/224"), None);
        assert_eq!(Algorithm::from_name("sha3_256"), None);
        for name in HASH_NAMES {
            assert!(Algorithm::from_name(name).is_some(), "{name} is listed but unknown");
        }
    }

    #[test]
    fn updates_in_pieces_equal_one_update_and_copies_fork() {
        let mut whole = Algorithm::Sha256.hasher(None);
        whole.update(b"hello world");
        let mut pieces = Algorithm::Sha256.hasher(None);
        pieces.update(b"hello ");
        let mut fork = pieces.box_clone();
        pieces.update(b"world");
        fork.update(b"there");
        let whole = whole.finalize();
        assert_eq!(pieces.finalize(), whole);
        assert_ne!(fork.finalize(), whole);
    }

    #[test]
    fn output_len_matches_digest() {
        for (_, algorithm) in NAMES {
            assert_eq!(algorithm.hasher(None).finalize_len(algorithm.output_len()).len(), algorithm.output_len());
            if algorithm.has_hmac() {
                assert_eq!(algorithm.hasher(Some(b"k")).finalize().len(), algorithm.output_len());
            }
        }
    }

    #[test]
    fn sha3_shake_and_others_match_published_vectors() {
        // FIPS 202 examples for "abc" and the empty string (shake: the
        // first bytes of the output, as long as asked).
        assert_eq!(digest("sha3-256", b"abc"), "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532");
        assert_eq!(digest("sha3-224", b""), "6b4e03423667dbb73b6e15454f0eb1abd4597f9a1b078e3f5b5a6bc7");
        let shake = |name: &str, len: usize| {
            let hasher = Algorithm::from_name(name).expect("known algorithm").hasher(None);
            hex(&hasher.finalize_len(len))
        };
        assert_eq!(shake("shake128", 16), "7f9c2ba4e88f827d616045507605853e");
        assert_eq!(shake("shake256", 8), "46b9dd2b0ba88d13");
        assert_eq!(shake("shake128", 0), "");
        // RIPEMD-160 and BLAKE2s-256 of "abc" (their papers / RFC 7693).
        assert_eq!(digest("ripemd160", b"abc"), "8eb208f7e05d987a9b044a8e98c6b087f15a0bfc");
        assert_eq!(digest("blake2s256", b"abc"), "508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982");
        // SM3 of "abc" (GB/T 32905-2016 example 1); md5-sha1 is both.
        assert_eq!(digest("sm3", b"abc"), "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
        assert_eq!(digest("md5-sha1", b"abc"), "900150983cd24fb0d6963f7d28e17f72a9993e364706816aba3e25717850c26c9cd0d89d");
    }

    /// A host whose "secure" source counts up from 0 (or fails), so tests
    /// can see exactly which bytes crypto hands out.
    struct CountingHost {
        stdout: std::cell::RefCell<Vec<u8>>,
        stderr: std::cell::RefCell<Vec<u8>>,
        next: std::cell::Cell<u8>,
        fail: bool,
    }

    impl crate::host::Host for CountingHost {
        fn write_stdout(&self, data: &[u8]) {
            self.stdout.borrow_mut().extend_from_slice(data);
        }
        fn write_stderr(&self, data: &[u8]) {
            self.stderr.borrow_mut().extend_from_slice(data);
        }
        fn listen(&self, _port: u16, _hostname: &str) -> std::result::Result<u16, crate::host::ListenError> {
            Err(crate::host::ListenError::AccessDenied)
        }
        fn unlisten(&self, _port: u16) {}
        fn response_head(&self, _request: u64, _head: crate::host::ResponseHead) {}
        fn response_body(&self, _request: u64, _chunk: &[u8]) {}
        fn response_end(&self, _request: u64) {}
        fn process_exited(&self, _code: i32, _reason: Option<&str>) {}
        fn fill_random(&self, buf: &mut [u8]) -> std::result::Result<(), String> {
            if self.fail {
                return Err("no entropy today".into());
            }
            for byte in buf {
                *byte = self.next.get();
                self.next.set(self.next.get().wrapping_add(1));
            }
            Ok(())
        }
    }

    /// Runs `script` as /main.js on `host`; returns (stdout, stderr, exit code).
    fn run_script(script: &str, fail: bool) -> (String, String, Option<i32>) {
        let host = Rc::new(CountingHost {
            stdout: Default::default(),
            stderr: Default::default(),
            next: std::cell::Cell::new(0),
            fail,
        });
        let fs = Rc::new(crate::vfs::MemoryFs::new(Rc::new(crate::vfs::Timespec::now)));
        fs.put_file("/main.js", script).expect("put_file");
        let options = crate::ProcessOptions {
            argv: vec!["/usr/local/bin/node".into(), "/main.js".into()],
            ..crate::ProcessOptions::default()
        };
        let clock = Rc::new(crate::ManualClock::new(1000.0));
        let mut process = crate::Process::new(options, host.clone(), fs, clock.clone()).expect("process starts");
        process.run_main();
        let code = loop {
            match process.run() {
                crate::Step::Exit(code) => break Some(code),
                crate::Step::Wait { deadline: Some(deadline) } => clock.set(deadline),
                crate::Step::Wait { deadline: None } => break None,
            }
        };
        drop(process);
        let text = |bytes: &std::cell::RefCell<Vec<u8>>| String::from_utf8_lossy(&bytes.borrow()).into_owned();
        (text(&host.stdout), text(&host.stderr), code)
    }

    /// Runs big scripts on a thread with the stack JavaScript may use.
    fn on_big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
        std::thread::Builder::new().stack_size(16 << 20).spawn(f).expect("thread starts").join().expect("no panic")
    }

    #[test]
    fn random_bytes_come_from_the_host_in_order() {
        let script = r#"
            const crypto = require('crypto');
            console.log(crypto.randomBytes(4).toString('hex'));
            const target = Buffer.alloc(6);
            crypto.randomFillSync(target, 1, 3);
            console.log(target.toString('hex'));
            console.log(crypto.randomUUID());
            console.log(Array.from(globalThis.crypto.getRandomValues(new Uint8Array(2))).join(','));
            console.log(crypto.randomInt(1000));
            crypto.randomBytes(2, (err, buf) => console.log('async', err, buf.toString('hex')));
        "#;
        let (stdout, stderr, code) = on_big_stack(move || run_script(script, false));
        assert_eq!(code, Some(0), "{stderr}");
        // 00..03; then 04..06 at offset 1; UUID from 07..16 with the version
        // nibble (byte 6 = 0x0d -> 0x4d) and variant bits (byte 8 = 0x0f ->
        // 0x8f) set; 17, 18; randomInt reads 19..1e (0x191a1b1c1d1e % 1000);
        // the callback's bytes come next.
        let int = 0x191a_1b1c_1d1e_u64 % 1000;
        let expected = ["00010203", "000405060000", "0708090a-0b0c-4d0e-8f10-111213141516", "23,24", &int.to_string(), "async null 1f20"];
        assert_eq!(stdout, expected.map(|line| format!("{line}\n")).concat());
    }

    #[test]
    fn a_failing_random_source_throws_instead_of_falling_back() {
        let script = r#"
            const crypto = require('crypto');
            try { crypto.randomBytes(8); console.log('no error'); } catch (e) { console.log(e.message); }
            try { crypto.randomUUID(); console.log('no error'); } catch (e) { console.log(e.message); }
            // Nothing asked, nothing read: empty requests still succeed.
            console.log(crypto.randomBytes(0).length);
        "#;
        let (stdout, stderr, code) = on_big_stack(move || run_script(script, true));
        assert_eq!(code, Some(0), "{stderr}");
        assert_eq!(stdout, "secure random source failed: no entropy today\nsecure random source failed: no entropy today\n0\n");
    }

    #[test]
    fn unimplemented_exports_throw_method_not_implemented() {
        let script = r#"
            const crypto = require('crypto');
            const skip = new Set(['createHash', 'createHmac', 'getCiphers', 'getCipherInfo', 'getCurves', 'getHashes',
              'randomBytes', 'randomFill', 'randomFillSync', 'randomInt', 'randomUUID', 'timingSafeEqual', 'getFips',
              'hash', 'Hash', 'Hmac', 'constants', 'webcrypto', 'subtle', 'getRandomValues',
              'pbkdf2', 'pbkdf2Sync', 'hkdf', 'hkdfSync', 'scrypt', 'scryptSync',
              'createCipheriv', 'createDecipheriv', 'Cipheriv', 'Decipheriv',
              'createPrivateKey', 'createPublicKey', 'createSecretKey', 'createSign', 'createVerify', 'diffieHellman',
              'generateKeyPair', 'generateKeyPairSync', 'generateKey', 'generateKeySync', 'privateDecrypt',
              'privateEncrypt', 'publicDecrypt', 'publicEncrypt', 'sign', 'verify', 'KeyObject', 'Sign', 'Verify',
              'createDiffieHellman', 'createDiffieHellmanGroup', 'getDiffieHellman', 'createECDH', 'DiffieHellman',
              'DiffieHellmanGroup', 'ECDH', 'checkPrime', 'checkPrimeSync', 'generatePrime', 'generatePrimeSync',
              'argon2', 'argon2Sync', 'encapsulate', 'decapsulate', 'Certificate']);
            let checked = 0;
            for (const name of Object.keys(crypto)) {
              if (skip.has(name)) continue;
              const calls = [() => crypto[name]()];
              if (/^[A-Z]/.test(name)) calls.push(() => new crypto[name]());
              for (const call of calls) {
                try { call(); console.log(name, 'did not throw'); } catch (e) {
                  if (e.code !== 'ERR_METHOD_NOT_IMPLEMENTED') console.log(name, e.code, e.message);
                }
              }
              checked++;
            }
            for (const [name, method] of []) {
              try { crypto[name][method](); console.log(name, method, 'did not throw'); } catch (e) { console.log(e.message); }
            }
            console.log(checked, crypto.getFips());
            globalThis.crypto.subtle.getPublicKey(null, [])
              .catch((e) => console.log('subtle', e.code, e.message));
        "#;
        let (stdout, stderr, code) = on_big_stack(move || run_script(script, false));
        assert_eq!(code, Some(0), "{stderr}");
        let expected = [
            "4 0",
            "subtle ERR_METHOD_NOT_IMPLEMENTED The SubtleCrypto.getPublicKey method is not implemented",
        ];
        assert_eq!(stdout, expected.map(|line| format!("{line}\n")).concat());
    }

    #[test]
    fn constant_time_eq_compares_length_and_bytes() {
        assert!(constant_time_eq(b"", b""));
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"ab"));
    }
}
