'use strict';
// Keys made once with Node 24 (generateKeyPairSync), so the output is fixed.
const fixtures = {
  "rsa": "-----BEGIN RSA PRIVATE KEY-----\nMIICXAIBAAKBgQDE9wB2Y1+dEh0rVEkgBG71gQ9bTr+K5/zmwvvrQCx9qUFXeAHL\npPO+IrGkuSSdXZA68d5sKuv0cMl0XWwRYWxEMrb36xrWMneb8xm1TXNymbrmfTEe\neq8ixVqZWp+18apqPoswLpRqDFMslcsK7W/jqnQ1gNvTKtDle6vcuQgouwIDAQAB\nAoGAG3wAE4UQXYGekmJDhfU4aoek1e/qKH7wul6w+oXM74gDtynmzjzpSjnbIgo3\nwsHAk4kWqW9f1485fURgBRjcG3VAL32jIxaKlI661tu8CXzGdpbe/EoC05qMuyGn\n5eO2XF8fPIyi11gZ+H4EXE88B2KNaRn5qn/4OQtgTUYa1tECQQDyyUtq6yxFGotD\nC9wRDswxnqmrcmoDq5joX2YXpA7N+3Fn+NByEwzIZbjyC1rsmuEXQdYka317zvmy\nth3Cj2+pAkEAz69IoAZv5+LX0wjnv5nxfYbTjfwXDtGqPbea4e3PEaYRWM7nrRHs\nSRHMb2e5FZ8pTTgJcDyW6yUqFOV91rIjwwJAPtr8an7eJDneCgqc+9GP7dy84oUp\niy+205o3LTGtH4jUcG2LUa065vrm6cskzBLA6auCzEUD5LTOEoVxqPhHmQJAAs0m\neaIcmFAjASG5nogBDeRnrh6cYQLK/RIg8LM4e9B1o3EHBvqa6VFoJIiNopEHCZeb\n6PuoPXu+2ZFO5Tp56QJBAIO1Dk2lytqvFexVhhPyacb5QrKvp3FK6Z0Vt1B5jDBx\nxdoAoRXxW5tVepNJaZyPlpq9aVLwG3hOOZ0wXLxm09g=\n-----END RSA PRIVATE KEY-----\n",
  "ec": "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIH9yK24VABRz2gvLNq0yBiUGfe3TyDaOjvTUjqNh+hEloAoGCCqGSM49\nAwEHoUQDQgAEX4QvcbfWfix0Tzfn1HnsbhJ6CA6m4HRN/ANkWR6KVsgy6+jP6yN3\nnEvdlhQELx3cBo5tR0GJdRxiYaaE+Ggisg==\n-----END EC PRIVATE KEY-----\n",
  "ed": "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEINzDr3hMZEDhwfDRIkV+HZgUz1zoY/1WpOE+Yt97v/54\n-----END PRIVATE KEY-----\n",
  "x1": "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VuBCIEIBizUsLg2Kzm2NSQsAoERJQqEjyX01VL9OqaEJAijD5b\n-----END PRIVATE KEY-----\n",
  "x2": "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VuBCIEINCBHvOBoH/8oM4kgk0XT2+YyL06WA8bab3Kl0Ph9+ps\n-----END PRIVATE KEY-----\n",
  "dsa": "-----BEGIN PRIVATE KEY-----\nMIIBSgIBADCCASsGByqGSM44BAEwggEeAoGBANSelvWXKaiqDCVL1f0U5LV3bZ+d\nY1zLFHp5EL0SbjoVfZtI0wGFIzjc4eZ/ur0ibL5MuAj5xjDqKol69UAtYcsmaam6\niwMKRh59kD/qumWDg6LUPmK8SDOrtrjQ4+mk4z6QJWbgxs2LDSAsHbnYkIadtmnM\noVUscH5AfpylY0HjAhUA/6JrQoWqvZdFAssumfl+5C/5IY0CgYB8xfJUE31boyWE\nj6aTn8395X7Xjzlmu3ACZVIKYeXThEfoPotIWvQ0jwBNuBllAtXkqKkEkpz6Tswz\noQnUnytIPsTUUhmYFFD54tryq6eZ4sHDijsvG1usAQj4MqeWU9ijfhtcyYBPSkpY\ndzJx4z4tUALuQFSKFrS959d6lcAtwwQWAhQnbffDmDFQYfvuL3EXRDX/WY1w7A==\n-----END PRIVATE KEY-----\n",
  "pss": "-----BEGIN PRIVATE KEY-----\nMIICpgIBADA8BgkqhkiG9w0BAQowL6APMA0GCWCGSAFlAwQCAQUAoRwwGgYJKoZI\nhvcNAQEIMA0GCWCGSAFlAwQCAQUABIICYTCCAl0CAQACgYEA0oe+jN64IR8PSf+9\nVL6HwaQjnz2vNUAmaGhzjp6wiolGUPiMz0OzDJ1olxqSGFKMPYMDL1YloBDqkK1g\na+LPS2LDzDYV87i4FSvH0j/lkB4t4BWd6ETe18DcFmt69RKA73oLl4b/29jQ10O2\ndyu3vmrPhzoBxCSABVRpL2YwoBUCAwEAAQKBgCJySXA9JL1umo7OBElwX0AEvjtY\n2WkKFP6yUG3+cv5H1bR75nYnKo2e17UZiNvn7cBGxmehXcih2+9OHt+oHah42QHF\nVKVCzc855Y2WdlRJ1SCbHilkV+Xk3GmjavDKeuxFtf8rCYQQSOBWQuZhchYh73+D\nV6YC/T7aknBFgvPBAkEA+Q+XmOuXn+yYZ3Q+aMGT9VA+6BMmFTscd2mFJcoNqhIv\no9VOdpxv5pQWFDh5bIuWJZvFRhAZfPdQzCHxtGj2hQJBANhlVdCCIUjgEOM/m3rM\nWYzvbdfXGFve+yGqkFJCPkyH5P5KORdwT6kQsUIhzHZ3G4uFCaBPUMcc8S0rHwqi\nIFECQBZkNHjnFWanWrxSUxoP7UFsyXsL3ayi99g0gGf5Vmkn4WiVUMyRG+5a+fEv\ncpszoXgYHRBDekcl5Pm1Q4m4thECQQCXkQq1O6AymfZaJUAyl5UVmNIX/ulp19mQ\nMBZb91gJZJmo3rX0S88P/MgbKO87/psFcw5WAZfzjrsCRxS77uixAkEA8yTf/mqH\nY0KF8xUitkWXc//7ztSYO+hHnK9TOD3z/lUZhGNZT4vDPv0Vgek88MrCtPbKLIkd\nof33OCfpFMuQLA==\n-----END PRIVATE KEY-----\n",
  "encpkcs8": "-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIH0MF8GCSqGSIb3DQEFDTBSMDEGCSqGSIb3DQEFDDAkBBDNQ92QD2tQ8zEfko19\ndqnVAgIIADAMBggqhkiG9w0CCQUAMB0GCWCGSAFlAwQBKgQQBrsBxMkpzD7C6aEJ\nxW8ZUQSBkAfBMBxbktnKP3t0jIZaOgmZTY7c9/vTYjqY51ZKrr67q9twUIjAPoyf\neX/jza9efO/+4Y/CwR60aZaCMvF7CJLxibBFiun2+ETXUAtJt1IxJZyHnnGvsgF3\nZHb/HeNLwbzYRbthEHg+EZ5YIrZoBxMV4GJf8Mj0r74nmx6k+rCopPCjSKNBxDUb\nJdi8jB6hHg==\n-----END ENCRYPTED PRIVATE KEY-----\n",
  "encpkcs1": "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,AD7011B9F474CCCB63DAC57954BBC3D4\n\ngMXub4my1aY9do0mWdbVrxFVz6aJPwrrWx8ymAOxtQkOl+ZLSq5msr/6sZOconLr\n1KL6csJdFqDnhtOeptCAFyERzA8UvgB6areCuQmWS8/U2YQhW4IEVeyCDnOwzlbY\nZgoIZShlG7htc6ylejhwMCLB3suGR9N2WmTi1deXynVyhBrXWTWBbdHra5RpSXVZ\nTWaOHFf0klkPvEHB5W4+Uy19h43xEzYrpatJMJ0r77liNRKCWhEtocyWbACagXC5\n7LcXe06Qf+v4ewpPy28Va+HkbWBdOZe6fHA2hB6qPIJrkrKOtlVcxpnG1CyStIcD\nbRi4o48s71Xzz3MaaMsgkIZXaxn6FeqYkTGtJUL+hijl7sZ1ddl9/LH4MkJw3n2s\ng5DikJObyew6O+UBObPAe2mZ7nGJn0vC8ZsBxq4p7iSfJLyi7bVzHFzxqKle1Ngd\nHeO/g+C3rMgTsZBgPrbovsH99GifR532C/Kjv4uYRwyouQ7LSS0/81Yxy+F9/Pfn\nC0EZomCwtY7toc8IdFQVNeBl/ONpUE1MTjWx+Iwln7LgJ9D/7RHbEarsnE5335QT\nmcUNrD+BvWF/BkS9/+iZAhV+osac8ggqcNmwd3zJdmbnMtUhaHP90RMFE1+3BF5Y\n6bfLy/8LjwIC/oZKyKPbuy2q7k7Ro/+5vqFT5d181TwKwvKqgYKLvvSojFi883IJ\nYMk9dpGh8/uQ/ZLWdS4ZluOmcpvWlcZ3Y7W7FXan3E5BvK/e+2HUKc7KSUfTH3VJ\nYA3ugy7aIRYpkJIMka0o3Mx5IYI90mGLYrJYgduxwqMXO6tLo/je21It6bwSLwg1\n-----END RSA PRIVATE KEY-----\n",
  "ecSig": "MEYCIQCnurWYHRp3NX5p/WucQgTUdFjkIhjfeY+cjAO4D3zZLgIhAIYjlkakdTaQWr2J4Rw+9z2ahKyfKPk3ZD5niNURDufu",
  "ecSigP1363": "MZRQjgccxqck4zjd9GvGsUJXaascegmz2EXSuqq7NcJyRFFuk1/nKYAftwAuajVlZH5CZNrfUzFPXuJEV7fOVw==",
  "pssSig": "hl251Ja9KoaDTdKKkEmhyjakvmgq8AUErhSLKuoaXi2FVodiaiJzbR1ERlr3oI+uKnkYgQLFFwu/EacAPikSFZy9a0v4hFY7/+fcu1yXRROJPGr1EHMgMDffr/yJxMFrTKjMdBRwbMYcWGZtdHx9qVpuoL4jlsSunATGOf3JUBw=",
  "dsaSig": "MC4CFQC0cBtk+hRMBx0XA3lrUYy6p0+RcQIVAKO4ipV6+d0HvAV0iPg/pY1JWXQ1",
  "oaep": "ILZXLlATiQNf/89uYRkoAZzwBcoQl5Lerw8gh6lXAM0fOyl+e9IRnD4o9N/2F1GY3fkWSFYtrZI6bbZBQn0oHqBNI7gANy4noFikU44l0j4XLnte04lbHhzINF6ijnqtMUsrxNtMAIBJhxW+U77djQZWvh3yEpps7GFIagQjPG4=",
  "pkcs1enc": "HHFAwu5vZPmoCAxv51cCRDbvkOIjaw1hkzmsV6unNha5A2UBD3u3NcV8u3MFOcxIbKTuTR62vuPs6kuAWh1ydIB2W2yCvegFt8F3J/12iKV5vJFEke+/gwm1InyjTnWoFPcBr6nK8/LV0sA5tAofw70jL+GxszgU8WAmrgaAgjY="
};

const crypto = require('crypto');
const { constants } = crypto;

function show(label, fn) {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, 'throws', error.name, error.code, error.message);
  }
}

const data = Buffer.from('the message');
const b64 = (s) => Buffer.from(s, 'base64');
const rsa = crypto.createPrivateKey(fixtures.rsa);
const rsaPublic = crypto.createPublicKey(rsa);

// Deterministic schemes print their signatures.
show('rsa pkcs1 sha256', () => crypto.sign('sha256', data, rsa).toString('base64'));
show('rsa pkcs1 sha1 stream', () => crypto.createSign('RSA-SHA1').update('the ').update('message').sign(fixtures.rsa, 'hex'));
show('ed25519', () => crypto.sign(null, data, fixtures.ed).toString('hex'));
show('ed25519 with digest', () => crypto.sign('sha256', data, fixtures.ed));

// Randomized ones: lengths and verification, and Node's own signatures verify.
const pss = crypto.sign('sha256', data, { key: rsa, padding: constants.RSA_PKCS1_PSS_PADDING });
show('pss length', () => pss.length);
show('pss verify auto salt', () => crypto.verify('sha256', data, { key: rsaPublic, padding: constants.RSA_PKCS1_PSS_PADDING }, pss));
show('pss verify digest salt', () => crypto.verify('sha256', data, { key: rsaPublic, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_DIGEST }, pss));
show('node pss verify', () => crypto.verify('sha256', data, { key: fixtures.rsa, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, b64(fixtures.pssSig)));
show('node pss wrong salt', () => crypto.verify('sha256', data, { key: fixtures.rsa, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 20 }, b64(fixtures.pssSig)));
show('node ecdsa der', () => crypto.verify('sha256', data, crypto.createPublicKey(fixtures.ec), b64(fixtures.ecSig)));
show('node ecdsa p1363', () => crypto.verify('sha384', data, { key: fixtures.ec, dsaEncoding: 'ieee-p1363' }, b64(fixtures.ecSigP1363)));
show('node ecdsa p1363 as der', () => crypto.verify('sha384', data, fixtures.ec, b64(fixtures.ecSigP1363)));
show('node dsa', () => crypto.verify('sha256', data, fixtures.dsa, b64(fixtures.dsaSig)));
show('tampered', () => crypto.verify('sha256', Buffer.from('the messagf'), fixtures.ec, b64(fixtures.ecSig)));
for (const [name, options] of [['ec', {}], ['ec', { dsaEncoding: 'ieee-p1363' }], ['dsa', {}], ['dsa', { dsaEncoding: 'ieee-p1363' }], ['pss', {}]]) {
  const key = crypto.createPrivateKey(fixtures[name]);
  const signature = crypto.sign('sha256', data, { key, ...options });
  const verifier = crypto.createVerify('sha256');
  verifier.write(data);
  verifier.end();
  console.log(name, options, options.dsaEncoding ? signature.length : '-',
    crypto.verify('sha256', data, { key: crypto.createPublicKey(key), ...options }, signature),
    verifier.verify({ key, ...options }, signature));
}
show('pss key with other digest', () => crypto.sign('sha512', data, fixtures.pss));
show('bad dsaEncoding', () => crypto.sign('sha256', data, { key: fixtures.ec, dsaEncoding: 'foo' }));
show('bad digest', () => crypto.sign('nope', data, rsa));
show('no key', () => crypto.createSign('sha256').update('x').sign());
show('x25519 sign', () => crypto.sign(null, data, fixtures.x1));

// Callbacks come later, with (error, result).
crypto.sign('sha256', data, rsa, (error, signature) => {
  console.log('async sign', error, signature.toString('base64') === crypto.sign('sha256', data, rsa).toString('base64'));
  crypto.verify('sha256', data, rsaPublic, signature, (error, ok) => console.log('async verify', error, ok));
});
console.log('before callbacks');

// RSA encryption.
show('node oaep', () => crypto.privateDecrypt({ key: rsa, oaepHash: 'sha256', oaepLabel: Buffer.from('label') }, b64(fixtures.oaep)).toString());
show('node oaep wrong label', () => crypto.privateDecrypt({ key: rsa, oaepHash: 'sha256' }, b64(fixtures.oaep)));
show('node pkcs1', () => crypto.privateDecrypt({ key: rsa, padding: constants.RSA_PKCS1_PADDING }, b64(fixtures.pkcs1enc)).toString());
for (const [label, options] of [['oaep', {}], ['oaep sha384', { oaepHash: 'sha384' }], ['oaep sha512 too long', { oaepHash: 'sha512' }], ['pkcs1', { padding: constants.RSA_PKCS1_PADDING }]]) {
  show(label, () => {
    const encrypted = crypto.publicEncrypt({ key: rsaPublic, ...options }, data);
    return [encrypted.length, crypto.privateDecrypt({ key: rsa, ...options }, encrypted).toString()];
  });
}
const raw = Buffer.alloc(128, 1);
show('no padding', () => crypto.privateDecrypt({ key: rsa, padding: constants.RSA_NO_PADDING },
  crypto.publicEncrypt({ key: rsaPublic, padding: constants.RSA_NO_PADDING }, raw)).equals(raw));
show('privateEncrypt', () => crypto.privateEncrypt(rsa, data).toString('base64'));
show('publicDecrypt', () => crypto.publicDecrypt(rsaPublic, crypto.privateEncrypt(rsa, data)).toString());
show('too long', () => crypto.publicEncrypt(rsaPublic, Buffer.alloc(200)));
show('bad oaep digest', () => crypto.publicEncrypt({ key: rsaPublic, oaepHash: 'nope' }, data));
show('ec encrypt', () => crypto.publicEncrypt(fixtures.ec, data));
show('pss encrypt', () => crypto.publicEncrypt(fixtures.pss, data));

// Key agreement.
const x1 = crypto.createPrivateKey(fixtures.x1);
const x2 = crypto.createPrivateKey(fixtures.x2);
show('x25519', () => crypto.diffieHellman({ privateKey: x1, publicKey: crypto.createPublicKey(x2) }).equals(
  crypto.diffieHellman({ privateKey: x2, publicKey: crypto.createPublicKey(x1) })));
show('x25519 secret', () => crypto.diffieHellman({ privateKey: x1, publicKey: crypto.createPublicKey(x2) }).toString('hex'));
show('ec with itself', () => crypto.diffieHellman({ privateKey: crypto.createPrivateKey(fixtures.ec), publicKey: crypto.createPublicKey(fixtures.ec) }).toString('hex'));
show('mixed types', () => crypto.diffieHellman({ privateKey: x1, publicKey: crypto.createPublicKey(fixtures.ec) }));
show('not key objects', () => crypto.diffieHellman({ privateKey: fixtures.x1, publicKey: x2 }));
