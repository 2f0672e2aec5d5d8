//! AES for `crypto.createCipheriv`/`createDecipheriv`: ECB, CBC, CTR and
//! GCM with 128-, 192- and 256-bit keys, streamed exactly as OpenSSL's EVP
//! layer streams them, because callers see the chunk sizes: an update
//! returns only whole blocks in the block modes, and a decryption with
//! padding holds back the last whole block until it knows whether more
//! follows. The AES block function and GHASH come from RustCrypto; the
//! modes are written here.
//!
//! chacha20-poly1305 is in aead.rs. Not here: other ciphers (des, aria,
//! ...), CCM, OCB,
//! CFB and OFB: `lookup` does not know them and the JS side reports Node's
//! "Unknown cipher".

use aes::cipher::{BlockCipherDecrypt, BlockCipherEncrypt, KeyInit};
use ghash::universal_hash::UniversalHash;
use ghash::GHash;

const BLOCK: usize = 16;

/// A cipher mode we implement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Ecb,
    Cbc,
    Ctr,
    Gcm,
    /// ChaCha20-Poly1305: see aead.rs (the `Cipher` here is AES only).
    ChaCha20Poly1305,
}

/// What `getCipherInfo` reports, as OpenSSL 3 names and numbers it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Info {
    pub name: &'static str,
    pub nid: u32,
    pub mode: Mode,
    pub key_len: usize,
    pub iv_len: usize,
    pub block_size: usize,
}

const CIPHERS: &[Info] = &[
    Info { name: "aes-128-ecb", nid: 418, mode: Mode::Ecb, key_len: 16, iv_len: 0, block_size: 16 },
    Info { name: "aes-128-cbc", nid: 419, mode: Mode::Cbc, key_len: 16, iv_len: 16, block_size: 16 },
    Info { name: "aes-192-ecb", nid: 422, mode: Mode::Ecb, key_len: 24, iv_len: 0, block_size: 16 },
    Info { name: "aes-192-cbc", nid: 423, mode: Mode::Cbc, key_len: 24, iv_len: 16, block_size: 16 },
    Info { name: "aes-256-ecb", nid: 426, mode: Mode::Ecb, key_len: 32, iv_len: 0, block_size: 16 },
    Info { name: "aes-256-cbc", nid: 427, mode: Mode::Cbc, key_len: 32, iv_len: 16, block_size: 16 },
    Info { name: "id-aes128-gcm", nid: 895, mode: Mode::Gcm, key_len: 16, iv_len: 12, block_size: 1 },
    Info { name: "id-aes192-gcm", nid: 898, mode: Mode::Gcm, key_len: 24, iv_len: 12, block_size: 1 },
    Info { name: "id-aes256-gcm", nid: 901, mode: Mode::Gcm, key_len: 32, iv_len: 12, block_size: 1 },
    Info { name: "aes-128-ctr", nid: 904, mode: Mode::Ctr, key_len: 16, iv_len: 16, block_size: 1 },
    Info { name: "aes-192-ctr", nid: 905, mode: Mode::Ctr, key_len: 24, iv_len: 16, block_size: 1 },
    Info { name: "aes-256-ctr", nid: 906, mode: Mode::Ctr, key_len: 32, iv_len: 16, block_size: 1 },
    Info { name: "chacha20-poly1305", nid: 1018, mode: Mode::ChaCha20Poly1305, key_len: 32, iv_len: 12, block_size: 1 },
];

/// Names OpenSSL also accepts for these ciphers (compared without case).
const ALIASES: &[(&str, &str)] = &[
    ("aes128", "aes-128-cbc"),
    ("aes192", "aes-192-cbc"),
    ("aes256", "aes-256-cbc"),
    ("aes-128-gcm", "id-aes128-gcm"),
    ("aes-192-gcm", "id-aes192-gcm"),
    ("aes-256-gcm", "id-aes256-gcm"),
];

/// The names `getCiphers` lists, sorted as Node lists them.
pub fn names() -> Vec<&'static str> {
    let mut names: Vec<&str> = CIPHERS.iter().map(|c| c.name).chain(ALIASES.iter().map(|(alias, _)| *alias)).collect();
    names.sort_unstable();
    names
}

/// The cipher a name (any case, or an alias) or OpenSSL nid stands for.
pub fn lookup(name: &str) -> Option<Info> {
    let lower = name.to_ascii_lowercase();
    let canonical = ALIASES.iter().find(|(alias, _)| *alias == lower).map_or(lower.as_str(), |(_, target)| target);
    CIPHERS.iter().find(|c| c.name == canonical).copied()
}

pub fn lookup_nid(nid: u32) -> Option<Info> {
    CIPHERS.iter().find(|c| c.nid == nid).copied()
}

enum Aes {
    A128(aes::Aes128),
    A192(aes::Aes192),
    A256(aes::Aes256),
}

impl Aes {
    fn new(key: &[u8]) -> Option<Aes> {
        Some(match key.len() {
            16 => Aes::A128(aes::Aes128::new_from_slice(key).ok()?),
            24 => Aes::A192(aes::Aes192::new_from_slice(key).ok()?),
            32 => Aes::A256(aes::Aes256::new_from_slice(key).ok()?),
            _ => return None,
        })
    }

    fn encrypt(&self, block: &mut [u8; BLOCK]) {
        let b = <&mut aes::Block>::from(block);
        match self {
            Aes::A128(c) => c.encrypt_block(b),
            Aes::A192(c) => c.encrypt_block(b),
            Aes::A256(c) => c.encrypt_block(b),
        }
    }

    fn decrypt(&self, block: &mut [u8; BLOCK]) {
        let b = <&mut aes::Block>::from(block);
        match self {
            Aes::A128(c) => c.decrypt_block(b),
            Aes::A192(c) => c.decrypt_block(b),
            Aes::A256(c) => c.decrypt_block(b),
        }
    }
}

/// Why a call failed, in the words Node uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// Data after `final` ("Trying to add data in unsupported state").
    State,
    /// Padding off and data not a whole number of blocks, or a
    /// decryption that does not end on a block (OpenSSL's
    /// "wrong final block length").
    WrongFinalBlockLength,
    /// Padding that does not check out ("bad decrypt").
    BadDecrypt,
    /// GCM tag missing or wrong ("Unsupported state or unable to
    /// authenticate data").
    Authenticate,
}

/// GCM's state beside the counter: the hash key's GHASH, the bytes of AAD
/// and text seen, a partial block of text waiting to be hashed, the tag.
struct Gcm {
    ghash: GHash,
    aad_len: u64,
    text_len: u64,
    pending: Vec<u8>,
    /// E(K, J0), the tag's mask.
    mask: [u8; BLOCK],
    tag_len: usize,
    /// The tag: computed by an encryption's final, given to a decryption.
    tag: Option<Vec<u8>>,
}

/// One `Cipheriv` or `Decipheriv` in progress.
pub struct Cipher {
    info: Info,
    aes: Aes,
    encrypt: bool,
    padding: bool,
    /// CBC's chaining value, or the counter block for CTR and GCM.
    iv: [u8; BLOCK],
    /// Bytes not yet a whole block (block modes), or unused key stream
    /// (counter modes: `stream_used` bytes of `stream` are spent).
    buffered: Vec<u8>,
    stream: [u8; BLOCK],
    stream_used: usize,
    /// A decryption's last whole block, kept until `final` or more data.
    held: Option<[u8; BLOCK]>,
    gcm: Option<Gcm>,
    finished: bool,
}

impl Cipher {
    /// `None` if the key or IV length is wrong for the cipher (the caller
    /// has checked which, for Node's two messages).
    pub fn new(info: Info, key: &[u8], iv: &[u8], encrypt: bool, tag_len: usize) -> Option<Cipher> {
        let aes = Aes::new(key)?;
        let mut cipher = Cipher {
            info,
            aes,
            encrypt,
            padding: true,
            iv: [0; BLOCK],
            buffered: Vec::new(),
            stream: [0; BLOCK],
            stream_used: BLOCK,
            held: None,
            gcm: None,
            finished: false,
        };
        match info.mode {
            Mode::Ecb => {}
            Mode::ChaCha20Poly1305 => return None,
            Mode::Cbc | Mode::Ctr => cipher.iv.copy_from_slice(iv.get(..BLOCK)?),
            Mode::Gcm => {
                if iv.is_empty() {
                    return None;
                }
                let mut h = [0u8; BLOCK];
                cipher.aes.encrypt(&mut h);
                let hash_key = ghash::Key::from(h);
                // J0: the IV and a counter of 1 when it is 96 bits, else
                // GHASH of the padded IV and its length in bits.
                let j0: [u8; BLOCK] = if iv.len() == 12 {
                    let mut j0 = [0u8; BLOCK];
                    j0[..12].copy_from_slice(iv);
                    j0[15] = 1;
                    j0
                } else {
                    let mut hash = GHash::new(&hash_key);
                    hash.update_padded(iv);
                    let mut lengths = [0u8; BLOCK];
                    lengths[8..].copy_from_slice(&((iv.len() as u64) * 8).to_be_bytes());
                    hash.update(&[ghash::Block::from(lengths)]);
                    hash.finalize().into()
                };
                let mut mask = j0;
                cipher.aes.encrypt(&mut mask);
                cipher.iv = j0;
                increment32(&mut cipher.iv);
                cipher.gcm = Some(Gcm { ghash: GHash::new(&hash_key), aad_len: 0, text_len: 0, pending: Vec::new(), mask, tag_len, tag: None });
            }
        }
        Some(cipher)
    }

    pub fn info(&self) -> Info {
        self.info
    }

    /// `setAutoPadding`: false once finished (Node's invalid state).
    pub fn set_padding(&mut self, padding: bool) -> bool {
        if self.finished {
            return false;
        }
        self.padding = padding;
        true
    }

    /// `setAAD`: GCM only, before any text.
    pub fn set_aad(&mut self, aad: &[u8]) -> bool {
        match &mut self.gcm {
            Some(gcm) if !self.finished && gcm.text_len == 0 && gcm.pending.is_empty() => {
                gcm.ghash.update_padded(aad);
                gcm.aad_len += aad.len() as u64;
                true
            }
            _ => false,
        }
    }

    /// `setAuthTag` on a GCM decryption, before `final`: 4, 8 or 12 to 16
    /// bytes, as OpenSSL allows.
    pub fn set_tag(&mut self, tag: &[u8]) -> bool {
        let valid = matches!(tag.len(), 4 | 8 | 12..=16);
        match &mut self.gcm {
            Some(gcm) if !self.encrypt && !self.finished && valid => {
                gcm.tag = Some(tag.to_vec());
                true
            }
            _ => false,
        }
    }

    /// `getAuthTag` on a finished GCM encryption.
    pub fn tag(&self) -> Option<Vec<u8>> {
        match &self.gcm {
            Some(gcm) if self.encrypt && self.finished => gcm.tag.clone(),
            _ => None,
        }
    }

    pub fn update(&mut self, data: &[u8]) -> Result<Vec<u8>, Failure> {
        if self.finished {
            return Err(Failure::State);
        }
        Ok(match self.info.mode {
            Mode::Ctr | Mode::Gcm | Mode::ChaCha20Poly1305 => self.stream_xor(data),
            Mode::Ecb | Mode::Cbc => self.blocks(data),
        })
    }

    pub fn finish(&mut self) -> Result<Vec<u8>, Failure> {
        if self.finished {
            return Err(Failure::State);
        }
        self.finished = true;
        match self.info.mode {
            Mode::Ctr | Mode::ChaCha20Poly1305 => Ok(Vec::new()),
            Mode::Gcm => self.gcm_finish().map(|()| Vec::new()),
            Mode::Ecb | Mode::Cbc => self.blocks_finish(),
        }
    }

    /// CTR and GCM: XOR with the key stream; GCM hashes the ciphertext.
    fn stream_xor(&mut self, data: &[u8]) -> Vec<u8> {
        let mut out = Vec::with_capacity(data.len());
        let gcm_mode = self.info.mode == Mode::Gcm;
        for &byte in data {
            if self.stream_used == BLOCK {
                self.stream = self.iv;
                self.aes.encrypt(&mut self.stream);
                if gcm_mode {
                    increment32(&mut self.iv);
                } else {
                    increment128(&mut self.iv);
                }
                self.stream_used = 0;
            }
            out.push(byte ^ self.stream[self.stream_used]);
            self.stream_used += 1;
        }
        if let Some(gcm) = &mut self.gcm {
            let ciphertext = if self.encrypt { &out[..] } else { data };
            gcm.text_len += ciphertext.len() as u64;
            gcm.pending.extend_from_slice(ciphertext);
            let whole = gcm.pending.len() / BLOCK * BLOCK;
            if whole > 0 {
                let blocks: Vec<ghash::Block> = gcm.pending[..whole]
                    .chunks_exact(BLOCK)
                    .map(|chunk| {
                        let mut block = [0u8; BLOCK];
                        block.copy_from_slice(chunk);
                        ghash::Block::from(block)
                    })
                    .collect();
                gcm.ghash.update(&blocks);
                gcm.pending.drain(..whole);
            }
        }
        out
    }

    fn gcm_finish(&mut self) -> Result<(), Failure> {
        let encrypt = self.encrypt;
        let Some(gcm) = &mut self.gcm else { return Ok(()) };
        let mut hash = gcm.ghash.clone();
        hash.update_padded(&gcm.pending);
        let mut lengths = [0u8; BLOCK];
        lengths[..8].copy_from_slice(&(gcm.aad_len * 8).to_be_bytes());
        lengths[8..].copy_from_slice(&(gcm.text_len * 8).to_be_bytes());
        hash.update(&[ghash::Block::from(lengths)]);
        let mut full: [u8; BLOCK] = hash.finalize().into();
        for (t, m) in full.iter_mut().zip(&gcm.mask) {
            *t ^= m;
        }
        if encrypt {
            gcm.tag = Some(full[..gcm.tag_len].to_vec());
            return Ok(());
        }
        match &gcm.tag {
            Some(given) if crate::node::crypto::constant_time_eq(given, &full[..given.len()]) => Ok(()),
            _ => Err(Failure::Authenticate),
        }
    }

    fn crypt_block(&mut self, block: &mut [u8; BLOCK]) {
        match (self.info.mode, self.encrypt) {
            (Mode::Cbc, true) => {
                for (b, c) in block.iter_mut().zip(&self.iv) {
                    *b ^= c;
                }
                self.aes.encrypt(block);
                self.iv = *block;
            }
            (Mode::Cbc, false) => {
                let next = *block;
                self.aes.decrypt(block);
                for (b, c) in block.iter_mut().zip(&self.iv) {
                    *b ^= c;
                }
                self.iv = next;
            }
            (_, true) => self.aes.encrypt(block),
            (_, false) => self.aes.decrypt(block),
        }
    }

    /// ECB and CBC updates, as EVP_EncryptUpdate/EVP_DecryptUpdate: whole
    /// blocks out, the rest kept; a padded decryption that ends on a block
    /// boundary keeps that last block back, and hands it out first when
    /// more data comes.
    fn blocks(&mut self, data: &[u8]) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.buffered.len() + data.len() + BLOCK);
        if let Some(held) = self.held.take() {
            out.extend_from_slice(&held);
        }
        self.buffered.extend_from_slice(data);
        let whole = self.buffered.len() / BLOCK * BLOCK;
        let input: Vec<u8> = self.buffered.drain(..whole).collect();
        for chunk in input.chunks_exact(BLOCK) {
            let mut block = [0u8; BLOCK];
            block.copy_from_slice(chunk);
            self.crypt_block(&mut block);
            out.extend_from_slice(&block);
        }
        if !self.encrypt && self.padding && whole > 0 && self.buffered.is_empty() {
            let start = out.len() - BLOCK;
            let mut held = [0u8; BLOCK];
            held.copy_from_slice(&out[start..]);
            out.truncate(start);
            self.held = Some(held);
        }
        out
    }

    fn blocks_finish(&mut self) -> Result<Vec<u8>, Failure> {
        if self.encrypt {
            if !self.padding {
                return if self.buffered.is_empty() { Ok(Vec::new()) } else { Err(Failure::WrongFinalBlockLength) };
            }
            let pad = BLOCK - self.buffered.len();
            let mut block = [pad as u8; BLOCK];
            block[..self.buffered.len()].copy_from_slice(&self.buffered);
            self.buffered.clear();
            self.crypt_block(&mut block);
            return Ok(block.to_vec());
        }
        if !self.buffered.is_empty() {
            return Err(Failure::WrongFinalBlockLength);
        }
        if !self.padding {
            return Ok(Vec::new());
        }
        let Some(last) = self.held.take() else { return Err(Failure::WrongFinalBlockLength) };
        let pad = last[BLOCK - 1] as usize;
        if pad == 0 || pad > BLOCK || last[BLOCK - pad..].iter().any(|&b| b as usize != pad) {
            return Err(Failure::BadDecrypt);
        }
        Ok(last[..BLOCK - pad].to_vec())
    }
}

/// GCM's inc32: the low 32 bits count, wrapping.
fn increment32(block: &mut [u8; BLOCK]) {
    let mut low = [0u8; 4];
    low.copy_from_slice(&block[12..]);
    block[12..].copy_from_slice(&u32::from_be_bytes(low).wrapping_add(1).to_be_bytes());
}

/// OpenSSL's CTR: the whole block is a big-endian counter.
fn increment128(block: &mut [u8; BLOCK]) {
    *block = u128::from_be_bytes(*block).wrapping_add(1).to_be_bytes();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    fn unhex(text: &str) -> Vec<u8> {
        (0..text.len()).step_by(2).map(|i| u8::from_str_radix(&text[i..i + 2], 16).expect("hex")).collect()
    }

    #[test]
    fn gcm_matches_nist_test_case_4() {
        let info = lookup("aes-128-gcm").expect("known");
        let key = unhex("feffe9928665731c6d6a8f9467308308");
        let iv = unhex("cafebabefacedbaddecaf888");
        let plain = unhex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
        let mut cipher = Cipher::new(info, &key, &iv, true, 16).expect("valid");
        assert!(cipher.set_aad(&unhex("feedfacedeadbeeffeedfacedeadbeefabaddad2")));
        let mut sealed = cipher.update(&plain[..7]).expect("update");
        sealed.extend(cipher.update(&plain[7..]).expect("update"));
        cipher.finish().expect("final");
        assert_eq!(hex(&sealed), "42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091");
        assert_eq!(hex(&cipher.tag().expect("tag")), "5bc94fbc3221a5db94fae95ae7121a47");
    }

    #[test]
    fn cbc_decryption_holds_back_a_block_as_openssl_does() {
        let info = lookup("aes-128-cbc").expect("known");
        let key = [1u8; 16];
        let iv = [2u8; 16];
        let mut encrypt = Cipher::new(info, &key, &iv, true, 16).expect("valid");
        let mut sealed = encrypt.update(&[7u8; 40]).expect("update");
        sealed.extend(encrypt.finish().expect("final"));
        assert_eq!(sealed.len(), 48);
        let mut decrypt = Cipher::new(info, &key, &iv, false, 16).expect("valid");
        assert_eq!(decrypt.update(&sealed[..32]).expect("update").len(), 16, "the second block is held");
        assert_eq!(decrypt.update(&sealed[32..40]).expect("update").len(), 16, "the held block comes out");
        assert_eq!(decrypt.update(&sealed[40..]).expect("update").len(), 0);
        assert_eq!(decrypt.finish().expect("final"), vec![7u8; 8]);
    }

    #[test]
    fn bad_padding_and_short_input_fail_as_openssl() {
        let info = lookup("AES-128-CBC").expect("any case");
        let mut decrypt = Cipher::new(info, &[0; 16], &[0; 16], false, 16).expect("valid");
        decrypt.update(&[1u8; 16]).expect("update");
        assert_eq!(decrypt.finish(), Err(Failure::BadDecrypt));
        let mut short = Cipher::new(info, &[0; 16], &[0; 16], false, 16).expect("valid");
        short.update(&[1u8; 10]).expect("update");
        assert_eq!(short.finish(), Err(Failure::WrongFinalBlockLength));
        assert_eq!(short.update(b"x"), Err(Failure::State));
    }
}
