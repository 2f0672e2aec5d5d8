// DiffieHellman and DiffieHellmanGroup: groups, fixed-key agreement, padding, verifyError, key lengths and errors.
'use strict';
const crypto = require('crypto');

function attempt(label, fn) {
  try {
    const result = fn();
    console.log(label, 'ok', Buffer.isBuffer(result) ? result.toString('hex') : result);
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message), e.library, e.reason);
  }
}
const sha = (buf) => crypto.createHash('sha256').update(buf).digest('hex').slice(0, 16);

// The groups: primes, generators, private key sizes (bounded, since keys are random).
for (const name of ['modp1', 'modp2', 'modp5', 'modp14', 'modp15', 'modp16', 'modp17', 'modp18']) {
  const group = crypto.getDiffieHellman(name);
  group.generateKeys();
  const bits = group.getPrivateKey().length * 8;
  console.log(name, group.verifyError, group.getPrime().length, sha(group.getPrime()), group.getGenerator('hex'),
    bits <= { modp1: 768, modp2: 1024, modp5: 200, modp14: 232, modp15: 280, modp16: 328, modp17: 376, modp18: 400 }[name],
    group.getPublicKey().length <= group.getPrime().length, group instanceof crypto.DiffieHellmanGroup);
}
attempt('unknown group', () => crypto.getDiffieHellman('modp3'));
attempt('group name type', () => crypto.createDiffieHellmanGroup(14));
const group = crypto.createDiffieHellmanGroup('modp1');
console.log(group.setPrivateKey, group.setPublicKey, Object.keys(group));
attempt('group no public key', () => group.getPublicKey());
attempt('group no private key', () => group.getPrivateKey());

// Fixed keys over modp1 (prime from the group): both sides agree.
const prime = crypto.getDiffieHellman('modp1').getPrime();
const alice = crypto.createDiffieHellman(prime);
const bob = crypto.createDiffieHellman(prime, 'buffer', Buffer.from([2]));
alice.setPrivateKey('0123456789abcdef', 'hex');
bob.setPrivateKey(Buffer.from('fedcba9876543210fedcba', 'hex'));
console.log('alice public', alice.generateKeys('base64'));
console.log('bob public', bob.generateKeys('hex'));
const s1 = alice.computeSecret(bob.getPublicKey());
const s2 = bob.computeSecret(alice.getPublicKey('hex'), 'hex', 'hex');
console.log('agree', s1.toString('hex') === s2, s1.length, sha(s1));
console.log(alice.verifyError, Object.keys(alice), Object.getOwnPropertyDescriptor(alice, 'verifyError'));

// generateKeys keeps a private key that was set, and recomputes the public one.
const carol = crypto.createDiffieHellman(prime);
carol.setPrivateKey(Buffer.from([1]));
console.log('g^1', carol.generateKeys('hex'));
carol.setPrivateKey(Buffer.from([0, 0, 3]));
console.log('private', carol.getPrivateKey('hex'), 'stale public', carol.getPublicKey('hex'));
console.log('g^3', carol.generateKeys('hex'));
carol.setPublicKey('05', 'hex');
console.log('set public', carol.getPublicKey('hex'));

// Secrets are padded to the prime's length.
const small = carol.computeSecret(Buffer.from([2]));
console.log('padded', small.length, small.subarray(-2).toString('hex'));
for (const peer of [[], [0], [1], [0, 0, 1]]) attempt(`peer ${JSON.stringify(peer)}`, () => carol.computeSecret(Buffer.from(peer)));
const pMinus1 = Buffer.from(prime);
pMinus1[pMinus1.length - 1]--;
attempt('peer p-1', () => carol.computeSecret(pMinus1));
attempt('peer p', () => carol.computeSecret(prime));
attempt('peer p-2', () => carol.computeSecret(Buffer.from(pMinus1.map((b, i) => i === pMinus1.length - 1 ? b - 1 : b))).length);
attempt('peer type', () => carol.computeSecret(2));
attempt('peer encoding', () => carol.computeSecret('aa', 'nope'));

// A fresh object has no keys; zero keys read as none.
const empty = crypto.createDiffieHellman(prime);
attempt('no public key', () => empty.getPublicKey());
attempt('no private key', () => empty.getPrivateKey());
empty.setPrivateKey(Buffer.alloc(4));
attempt('zero private key', () => empty.getPrivateKey());
empty.setPublicKey(Buffer.from([0]));
attempt('zero public key', () => empty.getPublicKey());

// verifyError: DH_check's flags.
for (const [p, g] of [['abcdef', 2], ['02', 2], ['ff', 2], ['17', 2], ['17', 3], ['0b', 5], ['', 2], ['00ff', 7]]) {
  attempt(`verify ${p} ${g}`, () => crypto.createDiffieHellman(p, 'hex', g).verifyError);
}
attempt('verify modp2 g=5', () => crypto.createDiffieHellman(crypto.getDiffieHellman('modp2').getPrime(), 5).verifyError);
attempt('verify modp2 g=p-1', () => crypto.createDiffieHellman(prime, pMinus1).verifyError);
attempt('verify modp14 explicit', () => crypto.createDiffieHellman(crypto.getDiffieHellman('modp14').getPrime()).verifyError);

// Generators and argument shuffling.
attempt('gen default 0', () => crypto.createDiffieHellman('abcdef', 0).getGenerator('hex'));
attempt('gen string', () => crypto.createDiffieHellman('abcdef', 'hex', '05', 'hex').getGenerator('hex'));
attempt('gen utf8', () => crypto.createDiffieHellman('ab', 'utf8', '3').getGenerator('hex'));
attempt('gen shift', () => crypto.createDiffieHellman('ab', 'zz').getGenerator('hex'));
attempt('gen buffer key', () => crypto.createDiffieHellman('ab', 'buffer', 3).getPrime('hex'));
attempt('gen view', () => crypto.createDiffieHellman(new ArrayBuffer(1), new Uint16Array([3])).getGenerator('hex'));
attempt('gen 1', () => crypto.createDiffieHellman('abcdef', 1));
attempt('gen -1', () => crypto.createDiffieHellman('abcdef', 'hex', -1));
attempt('gen buf 0', () => crypto.createDiffieHellman('abcdef', Buffer.from([0, 0])));
attempt('gen buf 1', () => crypto.createDiffieHellman('abcdef', Buffer.from([0, 1])));
attempt('gen float', () => crypto.createDiffieHellman('abcdef', 1.5));
attempt('gen type', () => crypto.createDiffieHellman('abcdef', 'hex', {}));
attempt('gen bool', () => crypto.createDiffieHellman('', true));
for (const key of [13.37, 2 ** 31, [1], {}, null, undefined]) attempt(`key ${String(key)}`, () => crypto.createDiffieHellman(key));
// (Before the sizes OpenSSL refuses, which leave errors on its queue that
// Node would report for the next failure.)
attempt('bits gen buffer', () => crypto.createDiffieHellman(512, Buffer.from([2])));
attempt('bits gen 1', () => crypto.createDiffieHellman(512, 1));
for (const bits of [-1, 0, 1, 2, 100, 511, 10001]) attempt(`bits ${bits}`, () => crypto.createDiffieHellman(bits));

// Generated parameters: a safe prime of the size, p = 23 mod 24 for g = 2
// (59 mod 60 for 5, 11 mod 12 otherwise), private keys of RFC 7919's length.
for (const [bits, g] of [[512, 2], [512, 5], [520, 3]]) {
  const dh = crypto.createDiffieHellman(bits, g);
  const p = BigInt('0x' + dh.getPrime('hex'));
  dh.generateKeys();
  const other = crypto.createDiffieHellman(dh.getPrime(), dh.getGenerator());
  other.generateKeys();
  const modulus = { 2: 24n, 5: 60n }[g] ?? 12n;
  console.log(bits, g, dh.getPrime().length, dh.getPrime()[0] >= 0x80, p % modulus, dh.verifyError,
    dh.getGenerator('hex'), dh.getPrivateKey().length, other.getPrivateKey().length,
    dh.computeSecret(other.getPublicKey()).equals(other.computeSecret(dh.getPublicKey())));
}

// Shapes.
console.log(crypto.DiffieHellman.length, crypto.DiffieHellmanGroup.length, crypto.createDiffieHellman.length,
  crypto.getDiffieHellman.length, crypto.createDiffieHellmanGroup.length);
console.log(Object.getOwnPropertyNames(crypto.DiffieHellman.prototype).join());
console.log(Object.getOwnPropertyNames(crypto.DiffieHellmanGroup.prototype).join());
console.log(crypto.DiffieHellman('ab') instanceof crypto.DiffieHellman, crypto.DiffieHellmanGroup('modp2') instanceof crypto.DiffieHellmanGroup);
console.log(crypto.DiffieHellman.prototype.generateKeys.name, crypto.DiffieHellman.prototype.setPublicKey.name);
