//! The `crypto` binding's functions for Diffie-Hellman, ECDH and primes
//! (see dh.rs and ecdh.rs). Integers cross as big-endian bytes without
//! leading zeros; the JS side (diffiehellman.js, prime.js) keeps the keys.

use std::rc::Rc;

use num_bigint::BigUint;
use rquickjs::{Array, Ctx, Exception, Function, Object, Result, TypedArray, Value};

use super::dh;
use super::ecdh;
use crate::engine::Shared;
use crate::node::bytes_of;

fn uint(value: &Value<'_>) -> Result<BigUint> {
    Ok(BigUint::from_bytes_be(&bytes_of(value)?))
}

fn bytes<'js>(ctx: &Ctx<'js>, data: Vec<u8>) -> Result<Value<'js>> {
    Ok(TypedArray::new(ctx.clone(), data)?.into_value())
}

fn text<'js>(ctx: &Ctx<'js>, text: &str) -> Result<Value<'js>> {
    Ok(rquickjs::String::from_str(ctx.clone(), text)?.into_value())
}

fn random_failed(ctx: &Ctx<'_>, message: &str) -> rquickjs::Error {
    Exception::throw_internal(ctx, &format!("secure random source failed: {message}"))
}

pub fn register<'js>(ctx: &Ctx<'js>, binding: &Object<'js>, shared: &Rc<Shared>) -> Result<()> {
    // dhGroup(name): [prime, privateKeyBits (0: the prime's bits - 1)], or
    // undefined for a name Node does not know.
    binding.set(
        "dhGroup",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, name: String| -> Result<Value<'js>> {
            let Some(group) = dh::group(&name) else { return Ok(Value::new_undefined(ctx)) };
            let fields = Array::new(ctx.clone())?;
            fields.set(0, bytes(&ctx, dh::to_bytes(&group.prime))?)?;
            fields.set(1, group.key_bits.unwrap_or(0))?;
            Ok(fields.into_value())
        })?,
    )?;
    // dhGenerateParameters(bits, generator): [safe prime, privateKeyBits].
    let s = shared.clone();
    binding.set(
        "dhGenerateParameters",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>, bits: u32, generator: u32| -> Result<Value<'js>> {
            let mut random = |buf: &mut [u8]| s.host.fill_random(buf);
            let (prime, key_bits) = match dh::generate_parameters(bits.into(), generator, &mut random) {
                Ok(found) => found,
                Err(dh::PrimeError::Random(message)) => return Err(random_failed(&ctx, &message)),
                Err(dh::PrimeError::BitsTooSmall) => return Ok(Value::new_undefined(ctx)),
            };
            let fields = Array::new(ctx.clone())?;
            fields.set(0, bytes(&ctx, dh::to_bytes(&prime))?)?;
            fields.set(1, key_bits)?;
            Ok(fields.into_value())
        })?,
    )?;
    // dhCheck(prime, generator): DH_check's flags (verifyError).
    let s = shared.clone();
    binding.set(
        "dhCheck",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>, p: Value<'js>, g: Value<'js>| -> Result<u32> {
            let mut random = |buf: &mut [u8]| s.host.fill_random(buf);
            dh::check(&uint(&p)?, &uint(&g)?, &mut random).map_err(|message| random_failed(&ctx, &message))
        })?,
    )?;
    // dhNamedKeyBits(prime, generator): the private key bits OpenSSL uses
    // for a group it knows by name (twice its strength), 0 for others.
    binding.set(
        "dhNamedKeyBits",
        Function::new(ctx.clone(), |p: Value<'js>, g: Value<'js>| -> Result<u64> {
            let p = uint(&p)?;
            Ok(if dh::is_named(&p, &uint(&g)?) { 2 * dh::security_bits(p.bits()) } else { 0 })
        })?,
    )?;
    // dhRandomKey(bits, exact): a random private key of `bits` bits (the top
    // one set when `exact`), never zero.
    let s = shared.clone();
    binding.set(
        "dhRandomKey",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>, bits: u32, exact: bool| -> Result<Value<'js>> {
            let mut random = |buf: &mut [u8]| s.host.fill_random(buf);
            loop {
                let key = dh::random_bits(bits.into(), exact, false, &mut random).map_err(|message| random_failed(&ctx, &message))?;
                if key.bits() > 0 || bits == 0 {
                    return bytes(&ctx, dh::to_bytes(&key));
                }
            }
        })?,
    )?;
    // dhModPow(base, exponent, modulus): base^exponent mod modulus.
    binding.set(
        "dhModPow",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, base: Value<'js>, exponent: Value<'js>, modulus: Value<'js>| -> Result<Value<'js>> {
            let modulus = uint(&modulus)?;
            if modulus.bits() == 0 {
                return bytes(&ctx, Vec::new());
            }
            bytes(&ctx, dh::to_bytes(&uint(&base)?.modpow(&uint(&exponent)?, &modulus)))
        })?,
    )?;
    // dhComputeSecret(prime, private, peer): the padded secret, or 'small' /
    // 'large' for a peer key outside [2, p-2].
    binding.set(
        "dhComputeSecret",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, p: Value<'js>, private: Value<'js>, peer: Value<'js>| -> Result<Value<'js>> {
            match dh::compute_secret(&uint(&p)?, &uint(&private)?, &uint(&peer)?) {
                Ok(secret) => bytes(&ctx, secret),
                Err(dh::PublicKeyError::TooSmall) => text(&ctx, "small"),
                Err(dh::PublicKeyError::TooLarge) => text(&ctx, "large"),
            }
        })?,
    )?;

    let curves = Array::new(ctx.clone())?;
    for (i, name) in ecdh::CURVE_NAMES.iter().enumerate() {
        curves.set(i, *name)?;
    }
    binding.set("curves", curves)?;
    // ecPublicKey(curve, private): the uncompressed public point, or
    // undefined if the private key is not in [1, n-1].
    binding.set(
        "ecPublicKey",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, curve: String, private: Value<'js>| -> Result<Value<'js>> {
            let Some(curve) = ecdh::by_name(&curve) else { return Ok(Value::new_undefined(ctx)) };
            match curve.public_key(&bytes_of(&private)?) {
                Some(public) => bytes(&ctx, public),
                None => Ok(Value::new_undefined(ctx)),
            }
        })?,
    )?;
    // ecDecode(curve, point): the point uncompressed (a single 0 for the
    // point at infinity), or undefined if it is no point of the curve.
    binding.set(
        "ecDecode",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, curve: String, point: Value<'js>| -> Result<Value<'js>> {
            let Some(curve) = ecdh::by_name(&curve) else { return Ok(Value::new_undefined(ctx)) };
            match curve.decode(&bytes_of(&point)?) {
                Some(ecdh::Point::Affine(point)) => bytes(&ctx, point),
                Some(ecdh::Point::Infinity) => bytes(&ctx, vec![0]),
                None => Ok(Value::new_undefined(ctx)),
            }
        })?,
    )?;
    // ecEncode(curve, uncompressedPoint, format): the point in Node's
    // POINT_CONVERSION_* format; infinity stays a single 0.
    binding.set(
        "ecEncode",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, curve: String, point: Value<'js>, format: u32| -> Result<Value<'js>> {
            let point = bytes_of(&point)?;
            if point == [0] {
                return bytes(&ctx, point);
            }
            let encoded = ecdh::by_name(&curve).zip(ecdh::Format::from_number(format)).and_then(|(curve, format)| curve.encode(&point, format));
            match encoded {
                Some(encoded) => bytes(&ctx, encoded),
                None => Ok(Value::new_undefined(ctx)),
            }
        })?,
    )?;
    // ecDerive(curve, private, uncompressedPeer): the shared x coordinate,
    // undefined if it is the point at infinity.
    binding.set(
        "ecDerive",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, curve: String, private: Value<'js>, peer: Value<'js>| -> Result<Value<'js>> {
            let secret = ecdh::by_name(&curve).and_then(|curve| curve.derive(&bytes_of(&private).ok()?, &bytes_of(&peer).ok()?));
            match secret {
                Some(secret) => bytes(&ctx, secret),
                None => Ok(Value::new_undefined(ctx)),
            }
        })?,
    )?;
    // ecGenerate(curve): a random private key.
    let s = shared.clone();
    binding.set(
        "ecGenerate",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>, curve: String| -> Result<Value<'js>> {
            let Some(curve) = ecdh::by_name(&curve) else { return Ok(Value::new_undefined(ctx)) };
            let mut random = |buf: &mut [u8]| s.host.fill_random(buf);
            let key = curve.generate(&mut random).map_err(|message| random_failed(&ctx, &message))?;
            bytes(&ctx, key)
        })?,
    )?;

    // generatePrime(bits, safe, add, rem): a prime (bytes), or undefined if
    // `bits` is too small for the request. add/rem: bytes or undefined.
    let s = shared.clone();
    binding.set(
        "generatePrime",
        Function::new(
            ctx.clone(),
            move |ctx: Ctx<'js>, bits: u32, safe: bool, add: Value<'js>, rem: Value<'js>| -> Result<Value<'js>> {
                let add = if add.is_undefined() { None } else { Some(uint(&add)?) };
                let rem = if rem.is_undefined() { None } else { Some(uint(&rem)?) };
                let mut random = |buf: &mut [u8]| s.host.fill_random(buf);
                match dh::generate_prime(bits.into(), safe, add.as_ref(), rem.as_ref(), &mut random) {
                    Ok(prime) => bytes(&ctx, dh::to_bytes(&prime)),
                    Err(dh::PrimeError::BitsTooSmall) => Ok(Value::new_undefined(ctx)),
                    Err(dh::PrimeError::Random(message)) => Err(random_failed(&ctx, &message)),
                }
            },
        )?,
    )?;
    // checkPrime(candidate, checks): whether it is (probably) prime; checks
    // 0 is OpenSSL's default number of Miller-Rabin rounds.
    let s = shared.clone();
    binding.set(
        "checkPrime",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>, candidate: Value<'js>, checks: u32| -> Result<bool> {
            let mut random = |buf: &mut [u8]| s.host.fill_random(buf);
            dh::is_probable_prime(&uint(&candidate)?, checks, &mut random).map_err(|message| random_failed(&ctx, &message))
        })?,
    )?;
    Ok(())
}
