// Errors Node raises from C++ carry their code as an own property and no
// `[CODE]` in the stack's first line, unlike the JS NodeErrors.
const crypto = require('crypto');
for (const [label, fn] of [
  ['ec key with an unknown curve', () => crypto.generateKeyPairSync('ec', { namedCurve: 'x' })],
  ['jwk with an unknown curve', () => crypto.createPublicKey({ key: { kty: 'EC', crv: 'P-999', x: 'AA', y: 'AA' }, format: 'jwk' })],
  ['ecdh with an unknown curve', () => crypto.createECDH('nope')],
]) {
  try {
    fn();
    console.log(label, 'did not throw');
  } catch (error) {
    console.log(label, '|', error.stack.split('\n')[0], '|', error.code, '|', Object.keys(error), '|', error.name);
  }
}
