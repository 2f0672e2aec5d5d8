//! Elliptic-curve Diffie-Hellman for `crypto.createECDH` and
//! `ECDH.convertKey`, over RustCrypto's curves: prime256v1 (p256),
//! secp384r1 (p384), secp521r1 (p521) and secp256k1 (k256). Points are read
//! and written in SEC1's forms as OpenSSL's EC_POINT_oct2point and
//! point2oct do: compressed (02/03), uncompressed (04), hybrid (06/07, which
//! RustCrypto does not know, so it is mapped to uncompressed here) and the
//! point at infinity (a single 00).
//!
//! Not here: OpenSSL's other curves (brainpool, sect*, secp224r1, ...):
//! `Curve::by_name` does not know them and JS reports Node's "Invalid EC
//! curve name".

use p256::elliptic_curve::group::Group as _;
use p256::elliptic_curve::sec1::{FromSec1Point, ToSec1Point};
use p256::elliptic_curve::{Field as _, PrimeField};

/// A decoded public point: the point at infinity, or a point on the curve
/// in uncompressed form (04 || x || y).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Point {
    Infinity,
    Affine(Vec<u8>),
}

/// Point formats, with Node's POINT_CONVERSION_* numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Compressed = 2,
    Uncompressed = 4,
    Hybrid = 6,
}

impl Format {
    pub fn from_number(number: u32) -> Option<Format> {
        match number {
            2 => Some(Format::Compressed),
            4 => Some(Format::Uncompressed),
            6 => Some(Format::Hybrid),
            _ => None,
        }
    }
}

/// The curve operations ECDH needs, on byte strings.
pub trait Curve {
    /// Bytes in a field element (and in a shared secret).
    fn field_len(&self) -> usize;
    /// The public point of a private key, or None if the key is not in
    /// [1, n-1] (leading zero bytes allowed).
    fn public_key(&self, private: &[u8]) -> Option<Vec<u8>>;
    /// A point from its SEC1 encoding (with hybrid), None if it is not one.
    fn decode(&self, bytes: &[u8]) -> Option<Point>;
    /// A point (uncompressed) in another format.
    fn encode(&self, uncompressed: &[u8], format: Format) -> Option<Vec<u8>>;
    /// The x coordinate of private * public, None if either is invalid or
    /// the product is the point at infinity.
    fn derive(&self, private: &[u8], public: &[u8]) -> Option<Vec<u8>>;
    /// A random private key (minimal big-endian bytes) from `random`.
    fn generate(&self, random: &mut dyn FnMut(&mut [u8]) -> Result<(), String>) -> Result<Vec<u8>, String>;
}

/// The names OpenSSL (and so Node) gives the curves we have, in the order
/// `getCurves()` lists them.
pub const CURVE_NAMES: &[&str] = &["prime256v1", "secp256k1", "secp384r1", "secp521r1"];

pub fn by_name(name: &str) -> Option<&'static dyn Curve> {
    Some(match name {
        "prime256v1" => &P256,
        "secp256k1" => &K256,
        "secp384r1" => &P384,
        "secp521r1" => &P521,
        _ => return None,
    })
}

/// A private key's bytes as the curve's fixed-width big-endian field, or
/// None if it does not fit.
fn fixed_width(bytes: &[u8], len: usize) -> Option<Vec<u8>> {
    let start = bytes.iter().position(|&b| b != 0).unwrap_or(bytes.len());
    let significant = &bytes[start..];
    if significant.len() > len {
        return None;
    }
    let mut fixed = vec![0u8; len - significant.len()];
    fixed.extend_from_slice(significant);
    Some(fixed)
}

fn strip_zeros(bytes: &[u8]) -> Vec<u8> {
    let start = bytes.iter().position(|&b| b != 0).unwrap_or(bytes.len());
    bytes[start..].to_vec()
}

/// Hybrid (06/07 || x || y) as uncompressed, if its tag's parity bit
/// matches y; anything else as it is.
fn unhybrid(bytes: &[u8], field_len: usize) -> Option<Vec<u8>> {
    match bytes.first() {
        Some(6 | 7) => {
            if bytes.len() != 1 + 2 * field_len {
                return None;
            }
            let y_odd = bytes[bytes.len() - 1] & 1;
            if y_odd != bytes[0] & 1 {
                return None;
            }
            let mut uncompressed = bytes.to_vec();
            uncompressed[0] = 4;
            Some(uncompressed)
        }
        // SEC1's compact form is not one OpenSSL reads.
        Some(5) => None,
        _ => Some(bytes.to_vec()),
    }
}

macro_rules! curve {
    ($name:ident, $krate:ident, $len:expr, $top_mask:expr) => {
        struct $name;

        impl $name {
            fn scalar(private: &[u8]) -> Option<$krate::Scalar> {
                let fixed = fixed_width(private, $len)?;
                let repr = $krate::FieldBytes::try_from(fixed.as_slice()).ok()?;
                let scalar: Option<$krate::Scalar> = $krate::Scalar::from_repr(repr).into_option();
                scalar.filter(|s| !bool::from(s.is_zero()))
            }

            fn affine(uncompressed: &[u8]) -> Option<$krate::AffinePoint> {
                $krate::AffinePoint::from_sec1_bytes(uncompressed).ok()
            }
        }

        impl Curve for $name {
            fn field_len(&self) -> usize {
                $len
            }

            fn public_key(&self, private: &[u8]) -> Option<Vec<u8>> {
                let scalar = Self::scalar(private)?;
                let point = ($krate::ProjectivePoint::generator() * scalar).to_affine();
                Some(point.to_sec1_point(false).as_bytes().to_vec())
            }

            fn decode(&self, bytes: &[u8]) -> Option<Point> {
                if bytes == [0] {
                    return Some(Point::Infinity);
                }
                let bytes = unhybrid(bytes, $len)?;
                let point = $krate::AffinePoint::from_sec1_bytes(&bytes).ok()?;
                let encoded = point.to_sec1_point(false);
                if encoded.as_bytes() == [0] {
                    return Some(Point::Infinity);
                }
                Some(Point::Affine(encoded.as_bytes().to_vec()))
            }

            fn encode(&self, uncompressed: &[u8], format: Format) -> Option<Vec<u8>> {
                let point = Self::affine(uncompressed)?;
                let mut bytes = point.to_sec1_point(format == Format::Compressed).as_bytes().to_vec();
                if format == Format::Hybrid && bytes.len() == 1 + 2 * $len {
                    bytes[0] = 6 | (bytes[bytes.len() - 1] & 1);
                }
                Some(bytes)
            }

            fn derive(&self, private: &[u8], public: &[u8]) -> Option<Vec<u8>> {
                let scalar = Self::scalar(private)?;
                let point = Self::affine(public)?;
                let shared = ($krate::ProjectivePoint::from(point) * scalar).to_affine();
                let encoded = shared.to_sec1_point(false);
                encoded.as_bytes().get(1..1 + $len).map(<[u8]>::to_vec)
            }

            fn generate(&self, random: &mut dyn FnMut(&mut [u8]) -> Result<(), String>) -> Result<Vec<u8>, String> {
                // Rejection sampling below the order, with the bits above
                // the order's length masked off so few draws are wasted.
                let mut bytes = [0u8; $len];
                loop {
                    random(&mut bytes)?;
                    bytes[0] &= $top_mask;
                    if Self::scalar(&bytes).is_some() {
                        return Ok(strip_zeros(&bytes));
                    }
                }
            }
        }
    };
}

curve!(P256, p256, 32, 0xff);
curve!(K256, k256, 32, 0xff);
curve!(P384, p384, 48, 0xff);
curve!(P521, p521, 66, 0x01);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::node::crypto::test_hex::{hex, unhex};

    #[test]
    fn secp256k1_matches_node_vectors() {
        // test-crypto-dh-curves.js: private key cafebabe..., peer deadbeef...
        let curve = by_name("secp256k1").expect("curve");
        let private = unhex(&"cafebabe".repeat(8));
        let public = curve.public_key(&private).expect("valid key");
        assert_eq!(
            hex(&public),
            "04672a31bfc59d3f04548ec9b7daeeba2f61814e8ccc40448045007f5479f693a32e02c7f93d13dc2732b760ca377a5897b9dd41a1c1b29dc0442fdce6d0a04d1d"
        );
        assert_eq!(hex(&curve.encode(&public, Format::Compressed).expect("point")), "03672a31bfc59d3f04548ec9b7daeeba2f61814e8ccc40448045007f5479f693a3");
        assert_eq!(curve.encode(&public, Format::Hybrid).expect("point")[0], 7);
        let peer = curve.decode(&unhex("02c6b754b20826eb925e052ee2c25285b162b51fdca732bcf67e39d647fb6830ae")).expect("point");
        let Point::Affine(peer) = peer else { panic!("finite point expected") };
        assert_eq!(hex(&curve.derive(&private, &peer).expect("secret")), "1da220b5329bbe8bfd19ceef5a5898593f411a6f12ea40f2a8eead9a5cf59970");
    }

    #[test]
    fn private_keys_outside_the_order_are_refused() {
        let curve = by_name("secp256k1").expect("curve");
        assert!(curve.public_key(&[0; 32]).is_none());
        assert!(curve.public_key(&unhex("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")).is_none());
        assert!(curve.public_key(&[0xff; 32]).is_none());
        assert!(curve.public_key(&[]).is_none());
        // Leading zeros are fine.
        assert_eq!(curve.public_key(&[0, 0, 1]), curve.public_key(&[1]));
    }

    #[test]
    fn hybrid_points_need_the_right_parity_and_infinity_is_one_zero() {
        let curve = by_name("prime256v1").expect("curve");
        let public = curve.public_key(&[1]).expect("generator");
        let hybrid = curve.encode(&public, Format::Hybrid).expect("point");
        assert_eq!(curve.decode(&hybrid), Some(Point::Affine(public.clone())));
        let mut wrong = hybrid.clone();
        wrong[0] ^= 1;
        assert_eq!(curve.decode(&wrong), None);
        assert_eq!(curve.decode(&[0]), Some(Point::Infinity));
        assert_eq!(curve.decode(&[]), None);
        assert_eq!(curve.decode(&[4, 1, 2]), None);
    }

    #[test]
    fn both_sides_agree_on_every_curve() {
        for name in CURVE_NAMES {
            let curve = by_name(name).expect("curve");
            let mut counter = 7u8;
            let mut random = |buf: &mut [u8]| {
                for byte in buf.iter_mut() {
                    counter = counter.wrapping_mul(31).wrapping_add(17);
                    *byte = counter;
                }
                Ok(())
            };
            let a = curve.generate(&mut random).expect("key");
            let b = curve.generate(&mut random).expect("key");
            let (pa, pb) = (curve.public_key(&a).expect("key"), curve.public_key(&b).expect("key"));
            let secret = curve.derive(&a, &pb).expect("secret");
            assert_eq!(secret.len(), curve.field_len());
            assert_eq!(Some(secret), curve.derive(&b, &pa), "{name}");
        }
    }
}
