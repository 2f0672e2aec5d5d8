//! The natives behind `KeyObject` and the operations that take keys (see
//! keys.rs and sign.rs for what they cover). A key lives in a `KeyHandle`
//! owned by its JS object.
//!
//! Failures come back as an array `[kind, detail]` (successes are never
//! arrays) and keyobject.js turns them into Node's errors:
//! `['unsupported']`, `['passphrase', isPem]`, `['bad-decrypt']`,
//! `['too-long']`, `['incompatible']`, `['unknown-cipher']`, `['jwk']`,
//! `['curve']`, `['kty']`, `['openssl', library, reason]`, `['other', text]`.

use std::rc::Rc;

use rquickjs::class::{Class, JsClass, Trace, Tracer, Writable};
use rquickjs::{Array, Ctx, Function, JsLifetime, Object, Result, TypedArray, Value};

use super::keys::{self, Asym, Encoding, GenerateParams, HostRng, KeyError, PssParams};
use super::sign::{self, CryptOptions, OpError, SignOptions};
use super::Algorithm;
use crate::engine::Shared;
use crate::node::bytes_of;

/// What a KeyObject holds (behind an Rc, so the variants' sizes do not matter).
#[allow(clippy::large_enum_variant)]
pub enum KeyData {
    Secret(Vec<u8>),
    Asym(Asym),
}

pub struct KeyHandle {
    pub data: Rc<KeyData>,
}

impl<'js> Trace<'js> for KeyHandle {
    fn trace<'a>(&self, _tracer: Tracer<'a, 'js>) {}
}

// SAFETY: KeyHandle holds no JS values, so it has no lifetime to change.
unsafe impl<'js> JsLifetime<'js> for KeyHandle {
    type Changed<'to> = KeyHandle;
}

impl<'js> JsClass<'js> for KeyHandle {
    const NAME: &'static str = "KeyObjectHandle";
    type Mutable = Writable;

    fn constructor(_ctx: &Ctx<'js>) -> Result<Option<rquickjs::function::Constructor<'js>>> {
        Ok(None)
    }
}

fn failure<'js>(ctx: &Ctx<'js>, parts: &[Value<'js>]) -> Result<Value<'js>> {
    let array = Array::new(ctx.clone())?;
    for (i, part) in parts.iter().enumerate() {
        array.set(i, part.clone())?;
    }
    Ok(array.into_value())
}

fn text<'js>(ctx: &Ctx<'js>, s: &str) -> Result<Value<'js>> {
    Ok(rquickjs::String::from_str(ctx.clone(), s)?.into_value())
}

fn key_failure<'js>(ctx: &Ctx<'js>, error: KeyError) -> Result<Value<'js>> {
    let parts = match error {
        KeyError::Unsupported => vec![text(ctx, "unsupported")?],
        KeyError::NeedPassphrase { pem } => vec![text(ctx, "passphrase")?, Value::new_bool(ctx.clone(), pem)],
        KeyError::BadDecrypt => vec![text(ctx, "bad-decrypt")?],
        KeyError::PassphraseTooLong => vec![text(ctx, "too-long")?],
        KeyError::Incompatible => vec![text(ctx, "incompatible")?],
        KeyError::UnknownCipher => vec![text(ctx, "unknown-cipher")?],
        KeyError::InvalidJwk => vec![text(ctx, "jwk")?],
        KeyError::InvalidKey => vec![text(ctx, "openssl")?, text(ctx, "Provider routines")?, text(ctx, "invalid key")?],
        KeyError::Random(message) => vec![text(ctx, "other")?, text(ctx, &message)?],
        KeyError::Other(message) if message == "curve" || message == "kty" => vec![text(ctx, &message)?],
        KeyError::Other(message) => vec![text(ctx, "other")?, text(ctx, &message)?],
    };
    failure(ctx, &parts)
}

fn op_failure<'js>(ctx: &Ctx<'js>, error: OpError) -> Result<Value<'js>> {
    let parts = match error {
        OpError::Openssl(library, reason) => vec![text(ctx, "openssl")?, text(ctx, library)?, text(ctx, reason)?],
        OpError::Unsupported => vec![text(ctx, "unsupported")?],
        OpError::Random(message) => vec![text(ctx, "other")?, text(ctx, &message)?],
    };
    failure(ctx, &parts)
}

fn handle_value<'js>(ctx: &Ctx<'js>, data: KeyData) -> Result<Value<'js>> {
    Ok(Class::instance(ctx.clone(), KeyHandle { data: Rc::new(data) })?.into_value())
}

fn asym_of(handle: &Class<'_, KeyHandle>) -> Result<Rc<KeyData>> {
    Ok(handle.try_borrow()?.data.clone())
}

fn optional_bytes(value: &Value<'_>) -> Result<Option<Vec<u8>>> {
    if value.is_undefined() || value.is_null() {
        Ok(None)
    } else {
        bytes_of(value).map(Some)
    }
}

fn optional_string(value: &Value<'_>) -> Result<Option<String>> {
    match value.as_string() {
        Some(s) => Ok(Some(s.to_string()?)),
        None => Ok(None),
    }
}

fn bytes_value<'js>(ctx: &Ctx<'js>, bytes: Vec<u8>) -> Result<Value<'js>> {
    Ok(TypedArray::new(ctx.clone(), bytes)?.into_value())
}

/// Finishes an operation that drew random bytes: its value, or the host's failure.
fn with_rng<'js>(ctx: &Ctx<'js>, rng: HostRng, value: Result<Value<'js>>) -> Result<Value<'js>> {
    match rng.finish() {
        Ok(()) => value,
        Err(message) => failure(ctx, &[text(ctx, "other")?, text(ctx, &message)?]),
    }
}

fn sign_options(options: &Object<'_>, digest: Option<Algorithm>) -> Result<SignOptions> {
    Ok(SignOptions {
        digest,
        padding: options.get::<_, Option<i32>>("padding")?,
        salt_len: options.get::<_, Option<f64>>("saltLength")?.map(|s| s as i64),
        p1363: options.get::<_, Option<bool>>("p1363")?.unwrap_or(false),
        context: optional_bytes(&options.get::<_, Value>("context")?)?.unwrap_or_default(),
    })
}

pub fn register<'js>(binding: &Object<'js>, ctx: &Ctx<'js>, shared: &Rc<Shared>) -> Result<()> {
    // keyCreateSecret(bytes): a handle.
    binding.set(
        "keyCreateSecret",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, data: Value<'js>| -> Result<Value<'js>> {
            handle_value(&ctx, KeyData::Secret(bytes_of(&data)?))
        })?,
    )?;
    // keyParse(data, 'pem'|'der', type, passphrase, wantPrivate): a handle
    // (private if the input held a private key) or a failure.
    binding.set(
        "keyParse",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, data: Value<'js>, format: String, kind: Value<'js>, passphrase: Value<'js>, want_private: bool| -> Result<Value<'js>> {
                let bytes = bytes_of(&data)?;
                let passphrase = optional_bytes(&passphrase)?;
                let result = if format == "pem" {
                    keys::read_pem(&String::from_utf8_lossy(&bytes), passphrase.as_deref(), want_private)
                } else {
                    match optional_string(&kind)?.as_deref().and_then(Encoding::from_name) {
                        Some(encoding) => keys::read_der(&bytes, encoding, passphrase.as_deref(), want_private),
                        None => Err(KeyError::Unsupported),
                    }
                };
                match result {
                    Ok(key) => handle_value(&ctx, KeyData::Asym(key)),
                    Err(error) => key_failure(&ctx, error),
                }
            },
        )?,
    )?;
    // keyFromJwk(jwk, wantPrivate): members are base64url strings.
    binding.set(
        "keyFromJwk",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, jwk: Object<'js>, want_private: bool| -> Result<Value<'js>> {
            use base64ct::{Base64UrlUnpadded, Encoding as _};
            let kty: String = jwk.get::<_, Option<String>>("kty")?.unwrap_or_default();
            let crv: Option<String> = jwk.get::<_, Option<String>>("crv")?;
            let mut members = std::collections::HashMap::new();
            // ML-DSA's AKP keys name their parameter set in `alg` and carry `pub` and `priv`.
            let crv = if kty == "AKP" { jwk.get::<_, Option<String>>("alg")? } else { crv };
            for name in ["n", "e", "d", "p", "q", "dp", "dq", "qi", "x", "y", "pub", "priv"] {
                if let Some(value) = jwk.get::<_, Option<String>>(name)? {
                    // Node accepts padded base64url too.
                    members.insert(name, Base64UrlUnpadded::decode_vec(value.trim_end_matches('=')).ok());
                }
            }
            let get = |name: &str| members.get(name).cloned().flatten();
            match keys::read_jwk(&kty, crv.as_deref(), &get, want_private) {
                Ok(key) => handle_value(&ctx, KeyData::Asym(key)),
                Err(error) => key_failure(&ctx, error),
            }
        })?,
    )?;
    // keyToPublic(handle): a handle of its public half.
    binding.set(
        "keyToPublic",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, handle: Class<'js, KeyHandle>| -> Result<Value<'js>> {
            match &*asym_of(&handle)? {
                KeyData::Asym(key) => handle_value(&ctx, KeyData::Asym(key.to_public())),
                KeyData::Secret(_) => Ok(Value::new_undefined(ctx)),
            }
        })?,
    )?;
    // keyInfo(handle): ['secret', size] or [asymmetricKeyType, isPrivate].
    binding.set(
        "keyInfo",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, handle: Class<'js, KeyHandle>| -> Result<Value<'js>> {
            let data = asym_of(&handle)?;
            let (kind, extra) = match &*data {
                KeyData::Secret(bytes) => ("secret", Value::new_number(ctx.clone(), bytes.len() as f64)),
                KeyData::Asym(key) => (key.type_name(), Value::new_bool(ctx.clone(), key.is_private())),
            };
            failure(&ctx, &[text(&ctx, kind)?, extra])
        })?,
    )?;
    // keyExportSecret(handle): the bytes of a secret key.
    binding.set(
        "keyExportSecret",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, handle: Class<'js, KeyHandle>| -> Result<Value<'js>> {
            match &*asym_of(&handle)? {
                KeyData::Secret(bytes) => bytes_value(&ctx, bytes.clone()),
                KeyData::Asym(_) => Ok(Value::new_undefined(ctx)),
            }
        })?,
    )?;
    // keyExport(handle, asPrivate, 'pem'|'der', type, cipher, passphrase):
    // PEM text, DER bytes or a failure.
    let s = shared.clone();
    binding.set(
        "keyExport",
        Function::new(
            ctx.clone(),
            move |ctx: Ctx<'js>, handle: Class<'js, KeyHandle>, private: bool, format: String, kind: String, cipher: Value<'js>, passphrase: Value<'js>| -> Result<Value<'js>> {
                let data = asym_of(&handle)?;
                let KeyData::Asym(key) = &*data else { return key_failure(&ctx, KeyError::Incompatible) };
                let Some(encoding) = Encoding::from_name(&kind) else { return key_failure(&ctx, KeyError::Incompatible) };
                let cipher = optional_string(&cipher)?;
                let passphrase = optional_bytes(&passphrase)?;
                let out = keys::Output { pem: format == "pem", encoding, cipher: cipher.as_deref(), passphrase: passphrase.as_deref() };
                let mut rng = HostRng::new(&s);
                let value = match keys::export(key, private, &out, &mut rng) {
                    Ok(keys::Exported::Pem(text)) => Ok(rquickjs::String::from_str(ctx.clone(), &text)?.into_value()),
                    Ok(keys::Exported::Der(bytes)) => bytes_value(&ctx, bytes),
                    Err(error) => key_failure(&ctx, error),
                };
                with_rng(&ctx, rng, value)
            },
        )?,
    )?;
    // keyJwk(handle): [name, value, ...] in Node's order, or undefined.
    binding.set(
        "keyJwk",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, handle: Class<'js, KeyHandle>| -> Result<Value<'js>> {
            let data = asym_of(&handle)?;
            let KeyData::Asym(key) = &*data else { return Ok(Value::new_undefined(ctx)) };
            let Some(members) = key.jwk() else { return Ok(Value::new_undefined(ctx)) };
            let array = Array::new(ctx.clone())?;
            for (i, (name, value)) in members.into_iter().enumerate() {
                array.set(2 * i, name)?;
                array.set(2 * i + 1, value)?;
            }
            Ok(array.into_value())
        })?,
    )?;
    // keyDetails(handle): asymmetricKeyDetails (publicExponent as bytes).
    binding.set(
        "keyDetails",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, handle: Class<'js, KeyHandle>| -> Result<Value<'js>> {
            let data = asym_of(&handle)?;
            let details = Object::new(ctx.clone())?;
            if let KeyData::Asym(key) = &*data {
                for (name, value) in key.details() {
                    match value {
                        keys::Detail::Number(n) => details.set(name, n)?,
                        keys::Detail::Text(t) => details.set(name, t)?,
                        keys::Detail::Bytes(b) => details.set(name, TypedArray::new(ctx.clone(), b)?)?,
                    }
                }
            }
            Ok(details.into_value())
        })?,
    )?;
    // keyEquals(a, b).
    binding.set(
        "keyEquals",
        Function::new(ctx.clone(), |a: Class<'js, KeyHandle>, b: Class<'js, KeyHandle>| -> Result<bool> {
            Ok(match (&*asym_of(&a)?, &*asym_of(&b)?) {
                (KeyData::Secret(x), KeyData::Secret(y)) => super::constant_time_eq(x, y),
                (KeyData::Asym(x), KeyData::Asym(y)) => x.equals(y),
                _ => false,
            })
        })?,
    )?;
    // keyGenerate(type, modulusLength, publicExponent, hash, mgf1Hash,
    // saltLength, namedCurve, divisorLength): [public, private] handles.
    let s = shared.clone();
    binding.set(
        "keyGenerate",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>, kind: String, options: Object<'js>| -> Result<Value<'js>> {
            let number = |name: &str| -> Result<Option<f64>> { options.get::<_, Option<f64>>(name) };
            let hash = |name: &str| -> Result<Option<Algorithm>> {
                Ok(options.get::<_, Option<String>>(name)?.and_then(|n| Algorithm::from_name(&n)))
            };
            let params = match kind.as_str() {
                "rsa" | "rsa-pss" => {
                    let pss = if kind == "rsa-pss" {
                        let params = PssParams { hash: hash("hashAlgorithm")?, mgf1: hash("mgf1HashAlgorithm")?, salt: number("saltLength")?.map(|s| s as u64) };
                        Some(if params == PssParams::default() { None } else { Some(params) })
                    } else {
                        None
                    };
                    GenerateParams::Rsa { bits: number("modulusLength")?.unwrap_or(0.0) as usize, exponent: number("publicExponent")?.unwrap_or(65537.0) as u64, pss }
                }
                "ec" => {
                    let name: String = options.get::<_, Option<String>>("namedCurve")?.unwrap_or_default();
                    match keys::Curve::from_name(&name) {
                        Some(curve) => GenerateParams::Ec(curve),
                        None => return key_failure(&ctx, KeyError::Other("curve".into())),
                    }
                }
                "ed25519" => GenerateParams::Ed25519,
                "x25519" => GenerateParams::X25519,
                "dsa" => GenerateParams::Dsa { bits: number("modulusLength")?.unwrap_or(0.0) as usize, divisor: number("divisorLength")?.unwrap_or(0.0) as usize },
                other => match super::pqc::PqcAlg::from_name(other) {
                    Some(alg) => GenerateParams::Pqc(alg),
                    None => return key_failure(&ctx, KeyError::Unsupported),
                },
            };
            let mut rng = HostRng::new(&s);
            let value = match keys::generate(&params, &mut rng) {
                Ok(private) => {
                    let public = private.to_public();
                    failure(&ctx, &[handle_value(&ctx, KeyData::Asym(public))?, handle_value(&ctx, KeyData::Asym(private))?])
                }
                Err(error) => key_failure(&ctx, error),
            };
            with_rng(&ctx, rng, value)
        })?,
    )?;
    // sign(handle, digest|null, data, {padding, saltLength, p1363}).
    let s = shared.clone();
    binding.set(
        "sign",
        Function::new(
            ctx.clone(),
            move |ctx: Ctx<'js>, handle: Class<'js, KeyHandle>, digest: Value<'js>, data: Value<'js>, options: Object<'js>| -> Result<Value<'js>> {
                let data_key = asym_of(&handle)?;
                let KeyData::Asym(key) = &*data_key else { return op_failure(&ctx, OpError::Unsupported) };
                let digest = optional_string(&digest)?.and_then(|n| Algorithm::from_name(&n));
                let options = sign_options(&options, digest)?;
                let mut rng = HostRng::new(&s);
                let value = match sign::sign(key, &bytes_of(&data)?, &options, &mut rng) {
                    Ok(signature) => bytes_value(&ctx, signature),
                    Err(error) => op_failure(&ctx, error),
                };
                with_rng(&ctx, rng, value)
            },
        )?,
    )?;
    // verify(handle, digest|null, data, signature, {padding, saltLength, p1363}): a boolean.
    binding.set(
        "verify",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, handle: Class<'js, KeyHandle>, digest: Value<'js>, data: Value<'js>, signature: Value<'js>, options: Object<'js>| -> Result<Value<'js>> {
                let data_key = asym_of(&handle)?;
                let KeyData::Asym(key) = &*data_key else { return op_failure(&ctx, OpError::Unsupported) };
                let digest = optional_string(&digest)?.and_then(|n| Algorithm::from_name(&n));
                let options = sign_options(&options, digest)?;
                match sign::verify(key, &bytes_of(&data)?, &bytes_of(&signature)?, &options) {
                    Ok(ok) => Ok(Value::new_bool(ctx, ok)),
                    Err(error) => op_failure(&ctx, error),
                }
            },
        )?,
    )?;
    // rsaCrypt(handle, mode, data, padding, oaepHash, oaepLabel); mode: 1
    // publicEncrypt, 2 privateEncrypt, 3 privateDecrypt, 4 publicDecrypt.
    let s = shared.clone();
    binding.set(
        "rsaCrypt",
        Function::new(
            ctx.clone(),
            move |ctx: Ctx<'js>, handle: Class<'js, KeyHandle>, mode: i32, data: Value<'js>, padding: i32, hash: String, label: Value<'js>| -> Result<Value<'js>> {
                let (encrypt, with_private) = (mode <= 2, mode == 2 || mode == 3);
                let data_key = asym_of(&handle)?;
                let KeyData::Asym(key) = &*data_key else { return op_failure(&ctx, OpError::Unsupported) };
                let Some(oaep_hash) = Algorithm::from_name(&hash) else { return op_failure(&ctx, OpError::Openssl("digital envelope routines", "invalid digest")) };
                let label = optional_bytes(&label)?.unwrap_or_default();
                let options = CryptOptions { padding, oaep_hash, oaep_label: &label };
                let input = bytes_of(&data)?;
                let mut rng = HostRng::new(&s);
                let result = if encrypt {
                    sign::encrypt(key, with_private, &input, &options, &mut rng)
                } else {
                    sign::decrypt(key, with_private, &input, &options, &mut rng)
                };
                let value = match result {
                    Ok(bytes) => bytes_value(&ctx, bytes),
                    Err(error) => op_failure(&ctx, error),
                };
                with_rng(&ctx, rng, value)
            },
        )?,
    )?;
    // kemEncapsulate(handle): [sharedKey, ciphertext], or undefined if the
    // key has no KEM or the operation failed.
    let s = shared.clone();
    binding.set(
        "kemEncapsulate",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>, handle: Class<'js, KeyHandle>| -> Result<Value<'js>> {
            let data = asym_of(&handle)?;
            let KeyData::Asym(key) = &*data else { return Ok(Value::new_undefined(ctx)) };
            let mut rng = HostRng::new(&s);
            let value = match super::kem::encapsulate(key, &mut rng) {
                Ok((shared_key, ciphertext)) => failure(&ctx, &[bytes_value(&ctx, shared_key)?, bytes_value(&ctx, ciphertext)?]),
                Err(_) => Ok(Value::new_undefined(ctx.clone())),
            };
            with_rng(&ctx, rng, value)
        })?,
    )?;
    // kemDecapsulate(privateHandle, ciphertext): the shared key, or undefined.
    let s = shared.clone();
    binding.set(
        "kemDecapsulate",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>, handle: Class<'js, KeyHandle>, ciphertext: Value<'js>| -> Result<Value<'js>> {
            let data = asym_of(&handle)?;
            let KeyData::Asym(key) = &*data else { return Ok(Value::new_undefined(ctx)) };
            let mut rng = HostRng::new(&s);
            let value = match super::kem::decapsulate(key, &bytes_of(&ciphertext)?, &mut rng) {
                Ok(shared_key) => bytes_value(&ctx, shared_key),
                Err(_) => Ok(Value::new_undefined(ctx.clone())),
            };
            with_rng(&ctx, rng, value)
        })?,
    )?;
    // diffieHellman(privateHandle, publicHandle): the shared secret.
    binding.set(
        "diffieHellman",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, private: Class<'js, KeyHandle>, public: Class<'js, KeyHandle>| -> Result<Value<'js>> {
            let (a, b) = (asym_of(&private)?, asym_of(&public)?);
            let (KeyData::Asym(a), KeyData::Asym(b)) = (&*a, &*b) else { return op_failure(&ctx, OpError::Unsupported) };
            match sign::diffie_hellman(a, b) {
                Ok(bytes) => bytes_value(&ctx, bytes),
                Err(error) => op_failure(&ctx, error),
            }
        })?,
    )?;
    Ok(())
}
