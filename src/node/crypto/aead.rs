//! ChaCha20-Poly1305 (RFC 8439) for `createCipheriv('chacha20-poly1305')`,
//! streamed as OpenSSL streams it: every update returns its bytes at once
//! (a stream cipher), the MAC absorbs the ciphertext as it passes, and the
//! tag is checked (or made) by `final`. The stream cipher and the MAC come
//! from RustCrypto's chacha20 and poly1305; the construction is written
//! here, because RustCrypto's chacha20poly1305 only works on whole messages.

use chacha20::cipher::{KeyIvInit, StreamCipher, StreamCipherSeek};
use poly1305::universal_hash::{KeyInit, UniversalHash};
use poly1305::Poly1305;

use super::cipher::Failure;

const BLOCK: usize = 16;

pub struct ChaChaPoly {
    cipher: chacha20::ChaCha20,
    mac: Poly1305,
    encrypt: bool,
    aad_len: u64,
    text_len: u64,
    /// Ciphertext not yet a whole MAC block.
    pending: Vec<u8>,
    /// AAD is padded to a block once the text starts.
    text_started: bool,
    tag_len: usize,
    tag: Option<Vec<u8>>,
    finished: bool,
}

impl ChaChaPoly {
    /// A key of 32 bytes and a nonce of 1 to 12 bytes (OpenSSL pads a short
    /// one on the left with zeros); None otherwise.
    pub fn new(key: &[u8], iv: &[u8], encrypt: bool, tag_len: usize) -> Option<ChaChaPoly> {
        if key.len() != 32 || iv.is_empty() || iv.len() > 12 {
            return None;
        }
        let mut nonce = [0u8; 12];
        nonce[12 - iv.len()..].copy_from_slice(iv);
        let mut cipher = chacha20::ChaCha20::new_from_slices(key, &nonce).ok()?;
        // Block 0 gives the MAC key; the text starts at block 1.
        let mut poly_key = [0u8; 64];
        cipher.apply_keystream(&mut poly_key);
        cipher.seek(64u32);
        let mac = Poly1305::new_from_slice(&poly_key[..32]).ok()?;
        Some(ChaChaPoly {
            cipher,
            mac,
            encrypt,
            aad_len: 0,
            text_len: 0,
            pending: Vec::new(),
            text_started: false,
            tag_len,
            tag: None,
            finished: false,
        })
    }

    /// `setAAD`: before any text.
    pub fn set_aad(&mut self, aad: &[u8]) -> bool {
        if self.finished || self.text_started {
            return false;
        }
        self.pending.extend_from_slice(aad);
        self.aad_len += aad.len() as u64;
        self.absorb_whole_blocks();
        true
    }

    /// `setAuthTag` on a decryption, before `final`.
    pub fn set_tag(&mut self, tag: &[u8]) -> bool {
        if self.encrypt || self.finished || tag.is_empty() || tag.len() > BLOCK {
            return false;
        }
        self.tag = Some(tag.to_vec());
        true
    }

    /// `getAuthTag` on a finished encryption.
    pub fn tag(&self) -> Option<Vec<u8>> {
        if self.encrypt && self.finished {
            self.tag.clone()
        } else {
            None
        }
    }

    fn absorb_whole_blocks(&mut self) {
        let whole = self.pending.len() / BLOCK * BLOCK;
        for chunk in self.pending[..whole].chunks_exact(BLOCK) {
            self.mac.update_padded(chunk);
        }
        self.pending.drain(..whole);
    }

    fn start_text(&mut self) {
        if !self.text_started {
            // The AAD's last partial block, zero-padded.
            self.mac.update_padded(&self.pending);
            self.pending.clear();
            self.text_started = true;
        }
    }

    pub fn update(&mut self, data: &[u8]) -> Result<Vec<u8>, Failure> {
        if self.finished {
            return Err(Failure::State);
        }
        self.start_text();
        let mut out = data.to_vec();
        self.cipher.apply_keystream(&mut out);
        let ciphertext = if self.encrypt { &out } else { data };
        self.pending.extend_from_slice(ciphertext);
        self.text_len += data.len() as u64;
        self.absorb_whole_blocks();
        Ok(out)
    }

    pub fn finish(&mut self) -> Result<Vec<u8>, Failure> {
        if self.finished {
            return Err(Failure::State);
        }
        self.finished = true;
        self.start_text();
        let mut mac = self.mac.clone();
        mac.update_padded(&self.pending);
        let mut lengths = [0u8; BLOCK];
        lengths[..8].copy_from_slice(&self.aad_len.to_le_bytes());
        lengths[8..].copy_from_slice(&self.text_len.to_le_bytes());
        mac.update_padded(&lengths);
        let full: [u8; BLOCK] = mac.finalize().into();
        if self.encrypt {
            self.tag = Some(full[..self.tag_len].to_vec());
            return Ok(Vec::new());
        }
        match &self.tag {
            Some(given) if super::constant_time_eq(given, &full[..given.len()]) => Ok(Vec::new()),
            _ => Err(Failure::Authenticate),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::node::crypto::test_hex::{hex, unhex};

    #[test]
    fn rfc_8439_section_2_8_2_in_pieces() {
        let key = unhex("808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f");
        let nonce = unhex("070000004041424344454647");
        let aad = unhex("50515253c0c1c2c3c4c5c6c7");
        let plain = b"Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.";
        let mut sealer = ChaChaPoly::new(&key, &nonce, true, 16).expect("valid");
        assert!(sealer.set_aad(&aad[..5]) && sealer.set_aad(&aad[5..]));
        let mut ct = sealer.update(&plain[..7]).expect("open");
        ct.extend(sealer.update(&plain[7..]).expect("open"));
        sealer.finish().expect("tag");
        assert_eq!(&hex(&ct)[..32], "d31a8d34648e60db7b86afbc53ef7ec2");
        assert_eq!(hex(&sealer.tag().expect("tag")), "1ae10b594f09e26a7e902ecbd0600691");

        let mut opener = ChaChaPoly::new(&key, &nonce, false, 16).expect("valid");
        opener.set_aad(&aad);
        assert_eq!(opener.update(&ct).expect("open"), plain.to_vec());
        assert!(opener.set_tag(&unhex("1ae10b594f09e26a7e902ecbd0600691")));
        assert_eq!(opener.finish(), Ok(Vec::new()));

        let mut tampered = ChaChaPoly::new(&key, &nonce, false, 16).expect("valid");
        tampered.update(&ct).expect("open");
        tampered.set_tag(&[0; 16]);
        assert_eq!(tampered.finish(), Err(Failure::Authenticate));
    }

    #[test]
    fn nonces_of_1_to_12_bytes_and_keys_of_32() {
        assert!(ChaChaPoly::new(&[0; 32], &[], true, 16).is_none());
        assert!(ChaChaPoly::new(&[0; 32], &[0; 13], true, 16).is_none());
        assert!(ChaChaPoly::new(&[0; 16], &[0; 12], true, 16).is_none());
        // A short nonce is the 12-byte one with leading zeros.
        let mut short = ChaChaPoly::new(&[1; 32], &[9], true, 16).expect("valid");
        let mut long = ChaChaPoly::new(&[1; 32], &[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9], true, 16).expect("valid");
        assert_eq!(short.update(b"abc"), long.update(b"abc"));
    }
}
