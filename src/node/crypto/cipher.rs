//! Block ciphers for `crypto.createCipheriv`/`createDecipheriv`: AES (128,
//! 192 and 256 bits) in ECB, CBC, CTR, OFB, CFB (128, 8 and 1 bit), GCM,
//! CCM, OCB and key wrap (RFC 3394, and RFC 5649 with padding), and
//! two- and three-key triple DES in ECB, CBC, OFB and CFB, streamed exactly
//! as OpenSSL's EVP layer streams them, because callers see the chunk sizes:
//! an update returns only whole blocks in the block modes (and in OCB), and
//! a decryption with padding holds back the last whole block until it
//! knows whether more follows; CCM and key wrap take each update as a whole
//! message, as OpenSSL does. The block functions and GHASH come from
//! RustCrypto (aes, des, ghash); the modes are written here.
//!
//! chacha20-poly1305 is in aead.rs. Not here: other ciphers (single DES,
//! aria, camellia, sm4, chacha20 alone), XTS, the cbc-hmac stitched ciphers
//! and triple-DES key wrap: `lookup` does not know them and the JS side
//! reports Node's "Unknown cipher".

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
    Ofb,
    /// CFB with a whole block fed back.
    Cfb,
    Cfb8,
    Cfb1,
    Gcm,
    Ccm,
    Ocb,
    /// AES key wrap (RFC 3394).
    Wrap,
    /// AES key wrap with padding (RFC 5649).
    WrapPad,
    /// ChaCha20-Poly1305: see aead.rs (the `Cipher` here is block ciphers only).
    ChaCha20Poly1305,
}

impl Mode {
    /// The mode as `getCipherInfo` names it.
    pub fn label(self) -> &'static str {
        match self {
            Mode::Ecb => "ecb",
            Mode::Cbc => "cbc",
            Mode::Ctr => "ctr",
            Mode::Ofb => "ofb",
            Mode::Cfb | Mode::Cfb8 | Mode::Cfb1 => "cfb",
            Mode::Gcm => "gcm",
            Mode::Ccm => "ccm",
            Mode::Ocb => "ocb",
            Mode::Wrap | Mode::WrapPad => "wrap",
            Mode::ChaCha20Poly1305 => "stream",
        }
    }
}

/// The block function a cipher runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Algorithm {
    Aes,
    /// Triple DES, EDE: two keys (16 bytes) or three (24).
    TripleDes,
    ChaCha20,
}

/// What `getCipherInfo` reports, as OpenSSL 3 names and numbers it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Info {
    pub name: &'static str,
    pub nid: u32,
    pub algorithm: Algorithm,
    pub mode: Mode,
    pub key_len: usize,
    pub iv_len: usize,
    pub block_size: usize,
}

const fn aes(name: &'static str, nid: u32, mode: Mode, key_len: usize, iv_len: usize, block_size: usize) -> Info {
    Info { name, nid, algorithm: Algorithm::Aes, mode, key_len, iv_len, block_size }
}

const fn tdes(name: &'static str, nid: u32, mode: Mode, key_len: usize, iv_len: usize, block_size: usize) -> Info {
    Info { name, nid, algorithm: Algorithm::TripleDes, mode, key_len, iv_len, block_size }
}

const CIPHERS: &[Info] = &[
    tdes("des-ede", 32, Mode::Ecb, 16, 0, 8),
    tdes("des-ede3", 33, Mode::Ecb, 24, 0, 8),
    tdes("des-ede-cbc", 43, Mode::Cbc, 16, 8, 8),
    tdes("des-ede3-cbc", 44, Mode::Cbc, 24, 8, 8),
    tdes("des-ede-cfb", 60, Mode::Cfb, 16, 8, 1),
    tdes("des-ede3-cfb", 61, Mode::Cfb, 24, 8, 1),
    tdes("des-ede-ofb", 62, Mode::Ofb, 16, 8, 1),
    tdes("des-ede3-ofb", 63, Mode::Ofb, 24, 8, 1),
    tdes("des-ede3-cfb1", 658, Mode::Cfb1, 24, 8, 1),
    tdes("des-ede3-cfb8", 659, Mode::Cfb8, 24, 8, 1),
    aes("aes-128-ecb", 418, Mode::Ecb, 16, 0, 16),
    aes("aes-128-cbc", 419, Mode::Cbc, 16, 16, 16),
    aes("aes-128-ofb", 420, Mode::Ofb, 16, 16, 1),
    aes("aes-128-cfb", 421, Mode::Cfb, 16, 16, 1),
    aes("aes-192-ecb", 422, Mode::Ecb, 24, 0, 16),
    aes("aes-192-cbc", 423, Mode::Cbc, 24, 16, 16),
    aes("aes-192-ofb", 424, Mode::Ofb, 24, 16, 1),
    aes("aes-192-cfb", 425, Mode::Cfb, 24, 16, 1),
    aes("aes-256-ecb", 426, Mode::Ecb, 32, 0, 16),
    aes("aes-256-cbc", 427, Mode::Cbc, 32, 16, 16),
    aes("aes-256-ofb", 428, Mode::Ofb, 32, 16, 1),
    aes("aes-256-cfb", 429, Mode::Cfb, 32, 16, 1),
    aes("aes-128-cfb1", 650, Mode::Cfb1, 16, 16, 1),
    aes("aes-192-cfb1", 651, Mode::Cfb1, 24, 16, 1),
    aes("aes-256-cfb1", 652, Mode::Cfb1, 32, 16, 1),
    aes("aes-128-cfb8", 653, Mode::Cfb8, 16, 16, 1),
    aes("aes-192-cfb8", 654, Mode::Cfb8, 24, 16, 1),
    aes("aes-256-cfb8", 655, Mode::Cfb8, 32, 16, 1),
    aes("id-aes128-wrap", 788, Mode::Wrap, 16, 8, 8),
    aes("id-aes192-wrap", 789, Mode::Wrap, 24, 8, 8),
    aes("id-aes256-wrap", 790, Mode::Wrap, 32, 8, 8),
    aes("id-aes128-gcm", 895, Mode::Gcm, 16, 12, 1),
    aes("id-aes128-ccm", 896, Mode::Ccm, 16, 12, 1),
    aes("id-aes128-wrap-pad", 897, Mode::WrapPad, 16, 4, 8),
    aes("id-aes192-gcm", 898, Mode::Gcm, 24, 12, 1),
    aes("id-aes192-ccm", 899, Mode::Ccm, 24, 12, 1),
    aes("id-aes192-wrap-pad", 900, Mode::WrapPad, 24, 4, 8),
    aes("id-aes256-gcm", 901, Mode::Gcm, 32, 12, 1),
    aes("id-aes256-ccm", 902, Mode::Ccm, 32, 12, 1),
    aes("id-aes256-wrap-pad", 903, Mode::WrapPad, 32, 4, 8),
    aes("aes-128-ctr", 904, Mode::Ctr, 16, 16, 1),
    aes("aes-192-ctr", 905, Mode::Ctr, 24, 16, 1),
    aes("aes-256-ctr", 906, Mode::Ctr, 32, 16, 1),
    aes("aes-128-ocb", 958, Mode::Ocb, 16, 12, 16),
    aes("aes-192-ocb", 959, Mode::Ocb, 24, 12, 16),
    aes("aes-256-ocb", 960, Mode::Ocb, 32, 12, 16),
    Info {
        name: "chacha20-poly1305",
        nid: 1018,
        algorithm: Algorithm::ChaCha20,
        mode: Mode::ChaCha20Poly1305,
        key_len: 32,
        iv_len: 12,
        block_size: 1,
    },
];

/// Other names OpenSSL accepts for these ciphers (compared without case).
const ALIASES: &[(&str, &str)] = &[
    ("aes128", "aes-128-cbc"),
    ("aes192", "aes-192-cbc"),
    ("aes256", "aes-256-cbc"),
    ("aes-128-gcm", "id-aes128-gcm"),
    ("aes-192-gcm", "id-aes192-gcm"),
    ("aes-256-gcm", "id-aes256-gcm"),
    ("aes-128-ccm", "id-aes128-ccm"),
    ("aes-192-ccm", "id-aes192-ccm"),
    ("aes-256-ccm", "id-aes256-ccm"),
    ("aes128-wrap", "id-aes128-wrap"),
    ("aes192-wrap", "id-aes192-wrap"),
    ("aes256-wrap", "id-aes256-wrap"),
    ("aes128-wrap-pad", "id-aes128-wrap-pad"),
    ("aes192-wrap-pad", "id-aes192-wrap-pad"),
    ("aes256-wrap-pad", "id-aes256-wrap-pad"),
    ("des-ede-ecb", "des-ede"),
    ("des-ede3-ecb", "des-ede3"),
    ("des3", "des-ede3-cbc"),
];

/// The names `getCiphers` lists for what we implement, spelt and sorted as
/// Node 24 lists them (OpenSSL's own names, some in capitals).
const LISTED: &[&str] = &[
    "aes-128-cbc", "aes-128-ccm", "aes-128-cfb", "aes-128-cfb1", "aes-128-cfb8", "aes-128-ctr", "aes-128-ecb",
    "aes-128-gcm", "aes-128-ocb", "aes-128-ofb", "aes-192-cbc", "aes-192-ccm", "aes-192-cfb", "aes-192-cfb1",
    "aes-192-cfb8", "aes-192-ctr", "aes-192-ecb", "aes-192-gcm", "aes-192-ocb", "aes-192-ofb", "aes-256-cbc",
    "aes-256-ccm", "aes-256-cfb", "aes-256-cfb1", "aes-256-cfb8", "aes-256-ctr", "aes-256-ecb", "aes-256-gcm",
    "aes-256-ocb", "aes-256-ofb", "aes128", "aes128-wrap", "aes128-wrap-pad", "aes192", "aes192-wrap",
    "aes192-wrap-pad", "aes256", "aes256-wrap", "aes256-wrap-pad", "chacha20-poly1305", "des-ede", "des-ede-cbc",
    "des-ede-cfb", "des-ede-ecb", "des-ede-ofb", "des-ede3", "des-ede3-cbc", "des-ede3-cfb", "des-ede3-cfb1",
    "des-ede3-cfb8", "des-ede3-ecb", "des-ede3-ofb", "des3", "id-aes128-CCM", "id-aes128-GCM", "id-aes128-wrap",
    "id-aes128-wrap-pad", "id-aes192-CCM", "id-aes192-GCM", "id-aes192-wrap", "id-aes192-wrap-pad",
    "id-aes256-CCM", "id-aes256-GCM", "id-aes256-wrap", "id-aes256-wrap-pad",
];

/// The names `getCiphers` lists, sorted as Node lists them.
pub fn names() -> Vec<&'static str> {
    LISTED.to_vec()
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

/// A block function: AES (16-byte blocks) or triple DES (8-byte blocks).
enum BlockFn {
    A128(aes::Aes128),
    A192(aes::Aes192),
    A256(aes::Aes256),
    Ede2(des::TdesEde2),
    Ede3(des::TdesEde3),
}

impl BlockFn {
    fn new(algorithm: Algorithm, key: &[u8]) -> Option<BlockFn> {
        Some(match (algorithm, key.len()) {
            (Algorithm::Aes, 16) => BlockFn::A128(aes::Aes128::new_from_slice(key).ok()?),
            (Algorithm::Aes, 24) => BlockFn::A192(aes::Aes192::new_from_slice(key).ok()?),
            (Algorithm::Aes, 32) => BlockFn::A256(aes::Aes256::new_from_slice(key).ok()?),
            (Algorithm::TripleDes, 16) => BlockFn::Ede2(des::TdesEde2::new_from_slice(key).ok()?),
            (Algorithm::TripleDes, 24) => BlockFn::Ede3(des::TdesEde3::new_from_slice(key).ok()?),
            _ => return None,
        })
    }

    fn size(&self) -> usize {
        match self {
            BlockFn::Ede2(_) | BlockFn::Ede3(_) => 8,
            _ => BLOCK,
        }
    }

    /// Enciphers `block` (exactly `size()` bytes) in place.
    fn encrypt(&self, block: &mut [u8]) {
        self.apply(block, true);
    }

    fn decrypt(&self, block: &mut [u8]) {
        self.apply(block, false);
    }

    fn apply(&self, block: &mut [u8], encrypt: bool) {
        match self {
            BlockFn::A128(_) | BlockFn::A192(_) | BlockFn::A256(_) => {
                let mut b = [0u8; BLOCK];
                b.copy_from_slice(block);
                let array = <&mut aes::Block>::from(&mut b);
                match (self, encrypt) {
                    (BlockFn::A128(c), true) => c.encrypt_block(array),
                    (BlockFn::A128(c), false) => c.decrypt_block(array),
                    (BlockFn::A192(c), true) => c.encrypt_block(array),
                    (BlockFn::A192(c), false) => c.decrypt_block(array),
                    (BlockFn::A256(c), true) => c.encrypt_block(array),
                    (BlockFn::A256(c), false) => c.decrypt_block(array),
                    _ => {}
                }
                block.copy_from_slice(&b);
            }
            BlockFn::Ede2(_) | BlockFn::Ede3(_) => {
                let mut b = [0u8; 8];
                b.copy_from_slice(block);
                let array = <&mut des::cipher::Block<des::TdesEde3>>::from(&mut b);
                match (self, encrypt) {
                    (BlockFn::Ede2(c), true) => c.encrypt_block(array),
                    (BlockFn::Ede2(c), false) => c.decrypt_block(array),
                    (BlockFn::Ede3(c), true) => c.encrypt_block(array),
                    (BlockFn::Ede3(c), false) => c.decrypt_block(array),
                    _ => {}
                }
                block.copy_from_slice(&b);
            }
        }
    }

    /// E(K, block) for a 16-byte block (the AES-only modes).
    fn encrypt16(&self, block: [u8; BLOCK]) -> [u8; BLOCK] {
        let mut out = block;
        self.encrypt(&mut out);
        out
    }
}

/// Why a call failed, in the words Node uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// Data after `final`, or input the mode cannot take ("Trying to add
    /// data in unsupported state").
    State,
    /// Padding off and data not a whole number of blocks, or a
    /// decryption that does not end on a block (OpenSSL's
    /// "wrong final block length").
    WrongFinalBlockLength,
    /// Padding that does not check out ("bad decrypt").
    BadDecrypt,
    /// Tag missing or wrong ("Unsupported state or unable to
    /// authenticate data").
    Authenticate,
    /// A CCM encryption finished before any text (OpenSSL's "tag not set").
    TagNotSet,
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

/// CCM (RFC 3610) as OpenSSL runs it: the text comes in one update, whose
/// length is fixed in advance by `setAAD`'s plaintextLength or else by the
/// update itself.
struct Ccm {
    nonce: Vec<u8>,
    tag_len: usize,
    /// The AAD: only the last `setAAD` counts, as in OpenSSL.
    aad: Option<Vec<u8>>,
    text_len: Option<usize>,
    text_done: bool,
    /// An encryption's tag, or the tag a decryption checks.
    tag: Option<Vec<u8>>,
    auth_failed: bool,
}

/// OCB (RFC 7253): the offsets and checksum of the text, and the same for
/// the AAD, which OpenSSL takes at any time.
struct Ocb {
    l_star: [u8; BLOCK],
    l_dollar: [u8; BLOCK],
    /// L_0, L_1, ...: grown as block numbers need them.
    l: Vec<[u8; BLOCK]>,
    offset: [u8; BLOCK],
    checksum: [u8; BLOCK],
    blocks: u64,
    aad_offset: [u8; BLOCK],
    aad_sum: [u8; BLOCK],
    aad_blocks: u64,
    aad_pending: Vec<u8>,
    tag_len: usize,
    tag: Option<Vec<u8>>,
}

/// One `Cipheriv` or `Decipheriv` in progress.
pub struct Cipher {
    info: Info,
    block: BlockFn,
    /// The block function's block size (16 or 8).
    bs: usize,
    encrypt: bool,
    padding: bool,
    /// CBC's chaining value, the counter block (CTR, GCM), the feedback
    /// register (OFB, CFB), or the key wrap's initial value; `bs` bytes.
    iv: [u8; BLOCK],
    /// Bytes not yet a whole block (block modes, OCB), or unused key
    /// stream (stream modes: `stream_used` bytes of `stream` are spent).
    buffered: Vec<u8>,
    stream: [u8; BLOCK],
    stream_used: usize,
    /// A decryption's last whole block, kept until `final` or more data.
    held: Option<Vec<u8>>,
    gcm: Option<Gcm>,
    ccm: Option<Ccm>,
    ocb: Option<Ocb>,
    wrap_iv: Vec<u8>,
    finished: bool,
}

fn xor_into(target: &mut [u8], other: &[u8]) {
    for (t, o) in target.iter_mut().zip(other) {
        *t ^= o;
    }
}

/// OCB's doubling in GF(2^128).
fn double(block: &[u8; BLOCK]) -> [u8; BLOCK] {
    let value = u128::from_be_bytes(*block);
    let carry = if value >> 127 == 1 { 0x87 } else { 0 };
    ((value << 1) ^ carry).to_be_bytes()
}

impl Cipher {
    /// `None` if the key or IV length is wrong for the cipher (the caller
    /// has checked which, for Node's messages).
    pub fn new(info: Info, key: &[u8], iv: &[u8], encrypt: bool, tag_len: usize) -> Option<Cipher> {
        if key.len() != info.key_len {
            return None;
        }
        let block = BlockFn::new(info.algorithm, key)?;
        let bs = block.size();
        let mut cipher = Cipher {
            info,
            block,
            bs,
            encrypt,
            padding: true,
            iv: [0; BLOCK],
            buffered: Vec::new(),
            stream: [0; BLOCK],
            stream_used: bs,
            held: None,
            gcm: None,
            ccm: None,
            ocb: None,
            wrap_iv: Vec::new(),
            finished: false,
        };
        match info.mode {
            Mode::Ecb => {}
            Mode::ChaCha20Poly1305 => return None,
            Mode::Cbc | Mode::Ctr | Mode::Ofb | Mode::Cfb | Mode::Cfb8 | Mode::Cfb1 => {
                cipher.iv[..bs].copy_from_slice(iv.get(..bs).filter(|_| iv.len() == bs)?)
            }
            Mode::Wrap | Mode::WrapPad => {
                if iv.len() != info.iv_len {
                    return None;
                }
                cipher.wrap_iv = iv.to_vec();
            }
            Mode::Ccm => {
                if !(7..=13).contains(&iv.len()) || !matches!(tag_len, 4 | 6 | 8 | 10 | 12 | 14 | 16) {
                    return None;
                }
                cipher.ccm = Some(Ccm {
                    nonce: iv.to_vec(),
                    tag_len,
                    aad: None,
                    text_len: None,
                    text_done: false,
                    tag: None,
                    auth_failed: false,
                });
            }
            Mode::Ocb => {
                if !(1..=15).contains(&iv.len()) || tag_len > BLOCK {
                    return None;
                }
                cipher.ocb = Some(cipher.ocb_init(iv, tag_len));
            }
            Mode::Gcm => {
                if iv.is_empty() {
                    return None;
                }
                let h = cipher.block.encrypt16([0u8; BLOCK]);
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
                let mask = cipher.block.encrypt16(j0);
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

    /// `setAAD`: GCM before any text; OCB at any time; CCM, which also
    /// takes the text's length (checked against Node's limits by the
    /// caller), before the text.
    pub fn set_aad(&mut self, aad: &[u8], text_len: Option<usize>) -> bool {
        if self.finished {
            return false;
        }
        if let Some(ccm) = &mut self.ccm {
            // OpenSSL takes a late AAD but it changes nothing.
            if !ccm.text_done {
                ccm.text_len = text_len;
                ccm.aad = Some(aad.to_vec());
            }
            return true;
        }
        if self.ocb.is_some() {
            self.ocb_aad(aad);
            return true;
        }
        match &mut self.gcm {
            Some(gcm) if gcm.text_len == 0 && gcm.pending.is_empty() => {
                gcm.ghash.update_padded(aad);
                gcm.aad_len += aad.len() as u64;
                true
            }
            _ => false,
        }
    }

    /// `setAuthTag` on a decryption, before `final`: for GCM 4, 8 or 12 to
    /// 16 bytes, as OpenSSL allows; for CCM and OCB the length the cipher
    /// was made with (checked by the caller).
    pub fn set_tag(&mut self, tag: &[u8]) -> bool {
        if self.encrypt || self.finished {
            return false;
        }
        if let Some(ccm) = &mut self.ccm {
            ccm.tag = Some(tag.to_vec());
            return true;
        }
        if let Some(ocb) = &mut self.ocb {
            ocb.tag = Some(tag.to_vec());
            return true;
        }
        let valid = matches!(tag.len(), 4 | 8 | 12..=16);
        match &mut self.gcm {
            Some(gcm) if valid => {
                gcm.tag = Some(tag.to_vec());
                true
            }
            _ => false,
        }
    }

    /// `getAuthTag` on a finished encryption.
    pub fn tag(&self) -> Option<Vec<u8>> {
        if !self.encrypt || !self.finished {
            return None;
        }
        if let Some(ccm) = &self.ccm {
            return ccm.tag.clone();
        }
        if let Some(ocb) = &self.ocb {
            return ocb.tag.clone();
        }
        self.gcm.as_ref().and_then(|gcm| gcm.tag.clone())
    }

    pub fn update(&mut self, data: &[u8]) -> Result<Vec<u8>, Failure> {
        if self.finished {
            return Err(Failure::State);
        }
        match self.info.mode {
            Mode::Ctr | Mode::Gcm | Mode::Ofb => Ok(self.stream_xor(data)),
            Mode::Cfb => Ok(self.cfb(data)),
            Mode::Cfb8 => Ok(self.cfb8(data)),
            Mode::Cfb1 => Ok(self.cfb1(data)),
            Mode::Ecb | Mode::Cbc => Ok(self.blocks(data)),
            Mode::Ccm => self.ccm_update(data),
            Mode::Ocb => Ok(self.ocb_update(data)),
            Mode::Wrap => self.wrap(data),
            Mode::WrapPad => self.wrap_pad(data),
            Mode::ChaCha20Poly1305 => Err(Failure::State),
        }
    }

    pub fn finish(&mut self) -> Result<Vec<u8>, Failure> {
        if self.finished {
            return Err(Failure::State);
        }
        self.finished = true;
        match self.info.mode {
            Mode::Ctr | Mode::Ofb | Mode::Cfb | Mode::Cfb8 | Mode::Cfb1 | Mode::Wrap | Mode::WrapPad => Ok(Vec::new()),
            Mode::ChaCha20Poly1305 => Ok(Vec::new()),
            Mode::Gcm => self.gcm_finish().map(|()| Vec::new()),
            Mode::Ccm => self.ccm_finish().map(|()| Vec::new()),
            Mode::Ocb => self.ocb_finish(),
            Mode::Ecb | Mode::Cbc => self.blocks_finish(),
        }
    }

    /// The next block of key stream: CTR and GCM count, OFB feeds back.
    fn next_stream(&mut self) {
        let bs = self.bs;
        match self.info.mode {
            Mode::Ofb => {
                self.block.encrypt(&mut self.iv[..bs]);
                self.stream = self.iv;
            }
            Mode::Gcm => {
                self.stream = self.block.encrypt16(self.iv);
                increment32(&mut self.iv);
            }
            _ => {
                self.stream = self.block.encrypt16(self.iv);
                increment128(&mut self.iv);
            }
        }
        self.stream_used = 0;
    }

    /// CTR, OFB and GCM: XOR with the key stream; GCM hashes the ciphertext.
    fn stream_xor(&mut self, data: &[u8]) -> Vec<u8> {
        let mut out = Vec::with_capacity(data.len());
        for &byte in data {
            if self.stream_used == self.bs {
                self.next_stream();
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

    /// CFB with whole-block feedback: the register fills with ciphertext
    /// as the key stream is spent.
    fn cfb(&mut self, data: &[u8]) -> Vec<u8> {
        let bs = self.bs;
        let mut out = Vec::with_capacity(data.len());
        for &byte in data {
            if self.stream_used == bs {
                self.stream[..bs].copy_from_slice(&self.iv[..bs]);
                self.block.encrypt(&mut self.stream[..bs]);
                self.stream_used = 0;
            }
            let result = byte ^ self.stream[self.stream_used];
            self.iv[self.stream_used] = if self.encrypt { result } else { byte };
            self.stream_used += 1;
            out.push(result);
        }
        out
    }

    /// CFB-8: one block operation per byte, the register shifting a byte.
    fn cfb8(&mut self, data: &[u8]) -> Vec<u8> {
        let bs = self.bs;
        let mut out = Vec::with_capacity(data.len());
        for &byte in data {
            let mut pad = self.iv;
            self.block.encrypt(&mut pad[..bs]);
            let result = byte ^ pad[0];
            self.iv.copy_within(1..bs, 0);
            self.iv[bs - 1] = if self.encrypt { result } else { byte };
            out.push(result);
        }
        out
    }

    /// CFB-1: one block operation per bit, most significant first.
    fn cfb1(&mut self, data: &[u8]) -> Vec<u8> {
        let bs = self.bs;
        let mut out = Vec::with_capacity(data.len());
        for &byte in data {
            let mut result = 0u8;
            for bit in (0..8).rev() {
                let mut pad = self.iv;
                self.block.encrypt(&mut pad[..bs]);
                let input = (byte >> bit) & 1;
                let output = input ^ (pad[0] >> 7);
                result |= output << bit;
                let feedback = if self.encrypt { output } else { input };
                // Shift the register left a bit, the feedback bit last.
                for i in 0..bs {
                    let next = if i + 1 < bs { self.iv[i + 1] >> 7 } else { feedback };
                    self.iv[i] = (self.iv[i] << 1) | next;
                }
            }
            out.push(result);
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
        xor_into(&mut full, &gcm.mask);
        if encrypt {
            gcm.tag = Some(full[..gcm.tag_len].to_vec());
            return Ok(());
        }
        match &gcm.tag {
            Some(given) if crate::node::crypto::constant_time_eq(given, &full[..given.len()]) => Ok(()),
            _ => Err(Failure::Authenticate),
        }
    }

    /// CCM's CBC-MAC over B0, the AAD and the plaintext, and its counter
    /// blocks: (MAC, A0 for the tag's mask).
    fn ccm_mac(&self, ccm: &Ccm, plain: &[u8]) -> [u8; BLOCK] {
        let l = 15 - ccm.nonce.len();
        let aad = ccm.aad.as_deref().unwrap_or(&[]);
        let mut b0 = [0u8; BLOCK];
        b0[0] = (if aad.is_empty() { 0 } else { 0x40 }) | (((ccm.tag_len as u8 - 2) / 2) << 3) | (l as u8 - 1);
        b0[1..1 + ccm.nonce.len()].copy_from_slice(&ccm.nonce);
        let length = (plain.len() as u64).to_be_bytes();
        b0[16 - l.min(8)..].copy_from_slice(&length[8 - l.min(8)..]);
        let mut mac = self.block.encrypt16(b0);
        let absorb = |mac: &mut [u8; BLOCK], bytes: &[u8]| {
            for chunk in bytes.chunks(BLOCK) {
                xor_into(mac, chunk);
                *mac = self.block.encrypt16(*mac);
            }
        };
        if !aad.is_empty() {
            let mut encoded = Vec::with_capacity(aad.len() + 10);
            if aad.len() < 0xFF00 {
                encoded.extend_from_slice(&(aad.len() as u16).to_be_bytes());
            } else if aad.len() as u64 <= u32::MAX as u64 {
                encoded.extend_from_slice(&[0xFF, 0xFE]);
                encoded.extend_from_slice(&(aad.len() as u32).to_be_bytes());
            } else {
                encoded.extend_from_slice(&[0xFF, 0xFF]);
                encoded.extend_from_slice(&(aad.len() as u64).to_be_bytes());
            }
            encoded.extend_from_slice(aad);
            absorb(&mut mac, &encoded);
        }
        absorb(&mut mac, plain);
        mac
    }

    /// CCM's counter block A_i.
    fn ccm_counter(nonce: &[u8], i: u64) -> [u8; BLOCK] {
        let l = 15 - nonce.len();
        let mut a = [0u8; BLOCK];
        a[0] = l as u8 - 1;
        a[1..1 + nonce.len()].copy_from_slice(nonce);
        let count = i.to_be_bytes();
        a[16 - l.min(8)..].copy_from_slice(&count[8 - l.min(8)..]);
        a
    }

    fn ccm_update(&mut self, data: &[u8]) -> Result<Vec<u8>, Failure> {
        let Some(mut ccm) = self.ccm.take() else { return Err(Failure::State) };
        let result = (|| {
            if ccm.text_done || ccm.text_len.is_some_and(|n| n != data.len()) {
                return Err(Failure::State);
            }
            ccm.text_done = true;
            let mut out = data.to_vec();
            for (i, chunk) in out.chunks_mut(BLOCK).enumerate() {
                let pad = self.block.encrypt16(Self::ccm_counter(&ccm.nonce, i as u64 + 1));
                xor_into(chunk, &pad);
            }
            let plain = if self.encrypt { data } else { &out[..] };
            let mut tag = self.ccm_mac(&ccm, plain);
            xor_into(&mut tag, &self.block.encrypt16(Self::ccm_counter(&ccm.nonce, 0)));
            let tag = &tag[..ccm.tag_len];
            if self.encrypt {
                ccm.tag = Some(tag.to_vec());
                return Ok(out);
            }
            match &ccm.tag {
                Some(given) if crate::node::crypto::constant_time_eq(given, tag) => Ok(out),
                // Node remembers the failure for final and returns nothing.
                _ => {
                    ccm.auth_failed = true;
                    Ok(Vec::new())
                }
            }
        })();
        self.ccm = Some(ccm);
        result
    }

    fn ccm_finish(&mut self) -> Result<(), Failure> {
        let Some(ccm) = &self.ccm else { return Ok(()) };
        if self.encrypt {
            return if ccm.tag.is_some() { Ok(()) } else { Err(Failure::TagNotSet) };
        }
        if ccm.auth_failed {
            Err(Failure::Authenticate)
        } else {
            Ok(())
        }
    }

    fn ocb_init(&self, nonce: &[u8], tag_len: usize) -> Ocb {
        let l_star = self.block.encrypt16([0u8; BLOCK]);
        let l_dollar = double(&l_star);
        let l0 = double(&l_dollar);
        // Nonce = num2str(TAGLEN mod 128, 7) || zeros || 1 || N.
        let mut n = [0u8; BLOCK];
        n[0] = (((tag_len * 8) % 128) as u8) << 1;
        n[BLOCK - nonce.len()..].copy_from_slice(nonce);
        n[BLOCK - nonce.len() - 1] |= 1;
        let bottom = (n[BLOCK - 1] & 0x3f) as usize;
        n[BLOCK - 1] &= 0xc0;
        let ktop = self.block.encrypt16(n);
        let mut stretch = [0u8; 24];
        stretch[..BLOCK].copy_from_slice(&ktop);
        for i in 0..8 {
            stretch[BLOCK + i] = ktop[i] ^ ktop[i + 1];
        }
        let (bytes, bits) = (bottom / 8, bottom % 8);
        let mut offset = [0u8; BLOCK];
        for (i, o) in offset.iter_mut().enumerate() {
            *o = if bits == 0 { stretch[i + bytes] } else { (stretch[i + bytes] << bits) | (stretch[i + bytes + 1] >> (8 - bits)) };
        }
        Ocb {
            l_star,
            l_dollar,
            l: vec![l0],
            offset,
            checksum: [0; BLOCK],
            blocks: 0,
            aad_offset: [0; BLOCK],
            aad_sum: [0; BLOCK],
            aad_blocks: 0,
            aad_pending: Vec::new(),
            tag_len,
            tag: None,
        }
    }

    /// L_{ntz(i)} for block number i (from 1).
    fn ocb_l(ocb: &mut Ocb, i: u64) -> [u8; BLOCK] {
        let ntz = i.trailing_zeros() as usize;
        while ocb.l.len() <= ntz {
            let next = double(&ocb.l[ocb.l.len() - 1]);
            ocb.l.push(next);
        }
        ocb.l[ntz]
    }

    fn ocb_aad(&mut self, aad: &[u8]) {
        let Some(mut ocb) = self.ocb.take() else { return };
        ocb.aad_pending.extend_from_slice(aad);
        let whole = ocb.aad_pending.len() / BLOCK * BLOCK;
        let blocks: Vec<u8> = ocb.aad_pending.drain(..whole).collect();
        for chunk in blocks.chunks_exact(BLOCK) {
            ocb.aad_blocks += 1;
            let number = ocb.aad_blocks;
            let l = Self::ocb_l(&mut ocb, number);
            xor_into(&mut ocb.aad_offset, &l);
            let mut input = ocb.aad_offset;
            xor_into(&mut input, chunk);
            let enciphered = self.block.encrypt16(input);
            xor_into(&mut ocb.aad_sum, &enciphered);
        }
        self.ocb = Some(ocb);
    }

    /// OCB's whole blocks: out as they fill, the rest kept for `final`.
    fn ocb_update(&mut self, data: &[u8]) -> Vec<u8> {
        let Some(mut ocb) = self.ocb.take() else { return Vec::new() };
        self.buffered.extend_from_slice(data);
        let whole = self.buffered.len() / BLOCK * BLOCK;
        let input: Vec<u8> = self.buffered.drain(..whole).collect();
        let mut out = Vec::with_capacity(whole);
        for chunk in input.chunks_exact(BLOCK) {
            ocb.blocks += 1;
            let number = ocb.blocks;
            let l = Self::ocb_l(&mut ocb, number);
            xor_into(&mut ocb.offset, &l);
            let mut block = [0u8; BLOCK];
            block.copy_from_slice(chunk);
            if self.encrypt {
                xor_into(&mut ocb.checksum, &block);
            }
            xor_into(&mut block, &ocb.offset);
            self.block.apply(&mut block, self.encrypt);
            xor_into(&mut block, &ocb.offset);
            if !self.encrypt {
                xor_into(&mut ocb.checksum, &block);
            }
            out.extend_from_slice(&block);
        }
        self.ocb = Some(ocb);
        out
    }

    fn ocb_finish(&mut self) -> Result<Vec<u8>, Failure> {
        let Some(mut ocb) = self.ocb.take() else { return Err(Failure::State) };
        // The AAD's last partial block.
        let mut hash = ocb.aad_sum;
        if !ocb.aad_pending.is_empty() {
            let mut offset = ocb.aad_offset;
            xor_into(&mut offset, &ocb.l_star);
            let mut input = [0u8; BLOCK];
            input[..ocb.aad_pending.len()].copy_from_slice(&ocb.aad_pending);
            input[ocb.aad_pending.len()] = 0x80;
            xor_into(&mut input, &offset);
            xor_into(&mut hash, &self.block.encrypt16(input));
        }
        // The text's last partial block.
        let rest = std::mem::take(&mut self.buffered);
        let mut out = rest.clone();
        if !rest.is_empty() {
            xor_into(&mut ocb.offset, &ocb.l_star);
            let pad = self.block.encrypt16(ocb.offset);
            xor_into(&mut out, &pad);
            let plain = if self.encrypt { &rest } else { &out };
            let mut padded = [0u8; BLOCK];
            padded[..plain.len()].copy_from_slice(plain);
            padded[plain.len()] = 0x80;
            xor_into(&mut ocb.checksum, &padded);
        }
        let mut input = ocb.checksum;
        xor_into(&mut input, &ocb.offset);
        xor_into(&mut input, &ocb.l_dollar);
        let mut tag = self.block.encrypt16(input);
        xor_into(&mut tag, &hash);
        let tag = &tag[..ocb.tag_len];
        let result = if self.encrypt {
            ocb.tag = Some(tag.to_vec());
            Ok(out)
        } else {
            match &ocb.tag {
                Some(given) if crate::node::crypto::constant_time_eq(given, tag) => Ok(out),
                _ => Err(Failure::Authenticate),
            }
        };
        self.ocb = Some(ocb);
        result
    }

    /// RFC 3394 over whole 64-bit blocks, from the initial value `a`.
    fn wrap_blocks(&self, a: [u8; 8], plain: &[u8]) -> Vec<u8> {
        let n = plain.len() / 8;
        let mut a = a;
        let mut r: Vec<[u8; 8]> = plain.chunks_exact(8).map(|c| c.try_into().unwrap_or([0; 8])).collect();
        for j in 0..6u64 {
            for (i, ri) in r.iter_mut().enumerate() {
                let mut b = [0u8; BLOCK];
                b[..8].copy_from_slice(&a);
                b[8..].copy_from_slice(ri);
                let b = self.block.encrypt16(b);
                let t = (n as u64) * j + i as u64 + 1;
                a.copy_from_slice(&b[..8]);
                xor_into(&mut a, &t.to_be_bytes());
                ri.copy_from_slice(&b[8..]);
            }
        }
        let mut out = a.to_vec();
        for ri in r {
            out.extend_from_slice(&ri);
        }
        out
    }

    /// The inverse of `wrap_blocks`: (initial value, plaintext).
    fn unwrap_blocks(&self, wrapped: &[u8]) -> ([u8; 8], Vec<u8>) {
        let n = wrapped.len() / 8 - 1;
        let mut a = [0u8; 8];
        a.copy_from_slice(&wrapped[..8]);
        let mut r: Vec<[u8; 8]> = wrapped[8..].chunks_exact(8).map(|c| c.try_into().unwrap_or([0; 8])).collect();
        for j in (0..6u64).rev() {
            for i in (0..n).rev() {
                let t = (n as u64) * j + i as u64 + 1;
                let mut b = [0u8; BLOCK];
                b[..8].copy_from_slice(&a);
                xor_into(&mut b[..8], &t.to_be_bytes());
                b[8..].copy_from_slice(&r[i]);
                self.block.decrypt(&mut b);
                a.copy_from_slice(&b[..8]);
                r[i].copy_from_slice(&b[8..]);
            }
        }
        (a, r.concat())
    }

    /// Key wrap: each update a whole message, as OpenSSL takes it.
    fn wrap(&mut self, data: &[u8]) -> Result<Vec<u8>, Failure> {
        if data.is_empty() {
            return Ok(Vec::new());
        }
        let min = if self.encrypt { 16 } else { 24 };
        if data.len() < min || !data.len().is_multiple_of(8) {
            return Err(Failure::State);
        }
        let mut iv = [0u8; 8];
        iv.copy_from_slice(&self.wrap_iv);
        if self.encrypt {
            return Ok(self.wrap_blocks(iv, data));
        }
        let (a, plain) = self.unwrap_blocks(data);
        if crate::node::crypto::constant_time_eq(&a, &iv) {
            Ok(plain)
        } else {
            Err(Failure::State)
        }
    }

    /// Key wrap with padding (RFC 5649).
    fn wrap_pad(&mut self, data: &[u8]) -> Result<Vec<u8>, Failure> {
        if data.is_empty() {
            return Ok(Vec::new());
        }
        if self.encrypt {
            let Ok(length) = u32::try_from(data.len()) else { return Err(Failure::State) };
            let mut aiv = [0u8; 8];
            aiv[..4].copy_from_slice(&self.wrap_iv);
            aiv[4..].copy_from_slice(&length.to_be_bytes());
            let mut padded = data.to_vec();
            padded.resize(data.len().div_ceil(8) * 8, 0);
            if padded.len() == 8 {
                let mut b = [0u8; BLOCK];
                b[..8].copy_from_slice(&aiv);
                b[8..].copy_from_slice(&padded);
                return Ok(self.block.encrypt16(b).to_vec());
            }
            return Ok(self.wrap_blocks(aiv, &padded));
        }
        if data.len() < 16 || !data.len().is_multiple_of(8) {
            return Err(Failure::State);
        }
        let (a, plain) = if data.len() == 16 {
            let mut b = [0u8; BLOCK];
            b.copy_from_slice(data);
            self.block.decrypt(&mut b);
            let mut a = [0u8; 8];
            a.copy_from_slice(&b[..8]);
            (a, b[8..].to_vec())
        } else {
            self.unwrap_blocks(data)
        };
        let length = u32::from_be_bytes([a[4], a[5], a[6], a[7]]) as usize;
        let valid = crate::node::crypto::constant_time_eq(&a[..4], &self.wrap_iv)
            && length <= plain.len()
            && length + 8 > plain.len()
            && plain[length..].iter().all(|&b| b == 0);
        if valid {
            Ok(plain[..length].to_vec())
        } else {
            Err(Failure::State)
        }
    }

    fn crypt_block(&mut self, block: &mut [u8]) {
        let bs = self.bs;
        match (self.info.mode, self.encrypt) {
            (Mode::Cbc, true) => {
                xor_into(block, &self.iv[..bs]);
                self.block.encrypt(block);
                self.iv[..bs].copy_from_slice(block);
            }
            (Mode::Cbc, false) => {
                let mut next = [0u8; BLOCK];
                next[..bs].copy_from_slice(block);
                self.block.decrypt(block);
                xor_into(block, &self.iv[..bs]);
                self.iv = next;
            }
            (_, true) => self.block.encrypt(block),
            (_, false) => self.block.decrypt(block),
        }
    }

    /// ECB and CBC updates, as EVP_EncryptUpdate/EVP_DecryptUpdate: whole
    /// blocks out, the rest kept; a padded decryption that ends on a block
    /// boundary keeps that last block back, and hands it out first when
    /// more data comes.
    fn blocks(&mut self, data: &[u8]) -> Vec<u8> {
        let bs = self.bs;
        let mut out = Vec::with_capacity(self.buffered.len() + data.len() + bs);
        if let Some(held) = self.held.take() {
            out.extend_from_slice(&held);
        }
        self.buffered.extend_from_slice(data);
        let whole = self.buffered.len() / bs * bs;
        let input: Vec<u8> = self.buffered.drain(..whole).collect();
        for chunk in input.chunks_exact(bs) {
            let mut block = chunk.to_vec();
            self.crypt_block(&mut block);
            out.extend_from_slice(&block);
        }
        if !self.encrypt && self.padding && whole > 0 && self.buffered.is_empty() {
            let start = out.len() - bs;
            self.held = Some(out[start..].to_vec());
            out.truncate(start);
        }
        out
    }

    fn blocks_finish(&mut self) -> Result<Vec<u8>, Failure> {
        let bs = self.bs;
        if self.encrypt {
            if !self.padding {
                return if self.buffered.is_empty() { Ok(Vec::new()) } else { Err(Failure::WrongFinalBlockLength) };
            }
            let pad = bs - self.buffered.len();
            let mut block = vec![pad as u8; bs];
            block[..self.buffered.len()].copy_from_slice(&self.buffered);
            self.buffered.clear();
            self.crypt_block(&mut block);
            return Ok(block);
        }
        if !self.buffered.is_empty() {
            return Err(Failure::WrongFinalBlockLength);
        }
        if !self.padding {
            return Ok(Vec::new());
        }
        let Some(last) = self.held.take() else { return Err(Failure::WrongFinalBlockLength) };
        let pad = last[bs - 1] as usize;
        if pad == 0 || pad > bs || last[bs - pad..].iter().any(|&b| b as usize != pad) {
            return Err(Failure::BadDecrypt);
        }
        Ok(last[..bs - pad].to_vec())
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
    use crate::node::crypto::test_hex::{hex, unhex};

    #[test]
    fn gcm_matches_nist_test_case_4() {
        let info = lookup("aes-128-gcm").expect("known");
        let key = unhex("feffe9928665731c6d6a8f9467308308");
        let iv = unhex("cafebabefacedbaddecaf888");
        let plain = unhex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
        let mut cipher = Cipher::new(info, &key, &iv, true, 16).expect("valid");
        assert!(cipher.set_aad(&unhex("feedfacedeadbeeffeedfacedeadbeefabaddad2"), None));
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

    #[test]
    fn every_listed_name_is_known() {
        for name in names() {
            assert!(lookup(name).is_some(), "{name}");
        }
    }

    #[test]
    fn ocb_matches_rfc_7253_appendix_a() {
        let info = lookup("aes-128-ocb").expect("known");
        let key = unhex("000102030405060708090a0b0c0d0e0f");
        let data: Vec<u8> = (0..24).collect();
        let mut cipher = Cipher::new(info, &key, &unhex("bbaa99887766554433221107"), true, 16).expect("valid");
        assert!(cipher.set_aad(&data, None));
        let mut sealed = cipher.update(&data[..7]).expect("update");
        sealed.extend(cipher.update(&data[7..]).expect("update"));
        sealed.extend(cipher.finish().expect("final"));
        assert_eq!(hex(&sealed), "1ca2207308c87c010756104d8840ce1952f09673a448a122");
        assert_eq!(hex(&cipher.tag().expect("tag")), "c92c62241051f57356d7f3c90bb0e07f");
    }

    #[test]
    fn ccm_matches_rfc_3610_packet_1() {
        let info = lookup("aes-128-ccm").expect("known");
        let key = unhex("c0c1c2c3c4c5c6c7c8c9cacbcccdcecf");
        let nonce = unhex("00000003020100a0a1a2a3a4a5");
        let packet = unhex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e");
        let mut cipher = Cipher::new(info, &key, &nonce, true, 8).expect("valid");
        assert!(cipher.set_aad(&packet[..8], Some(23)));
        let sealed = cipher.update(&packet[8..]).expect("update");
        cipher.finish().expect("final");
        assert_eq!(hex(&sealed), "588c979a61c663d2f066d0c2c0f989806d5f6b61dac384");
        assert_eq!(hex(&cipher.tag().expect("tag")), "17e8d12cfdf926e0");
    }

    #[test]
    fn key_wrap_matches_rfc_3394() {
        let info = lookup("id-aes128-wrap").expect("known");
        let kek = unhex("000102030405060708090a0b0c0d0e0f");
        let mut wrap = Cipher::new(info, &kek, &[0xa6; 8], true, 16).expect("valid");
        let wrapped = wrap.update(&unhex("00112233445566778899aabbccddeeff")).expect("wrap");
        assert_eq!(hex(&wrapped), "1fa68b0a8112b447aef34bd8fb5a7b829d3e862371d2cfe5");
        let mut unwrap = Cipher::new(info, &kek, &[0xa6; 8], false, 16).expect("valid");
        assert_eq!(hex(&unwrap.update(&wrapped).expect("unwrap")), "00112233445566778899aabbccddeeff");
        let mut tampered = Cipher::new(info, &kek, &[0xa6; 8], false, 16).expect("valid");
        assert_eq!(tampered.update(&[0; 24]), Err(Failure::State));
    }
}
