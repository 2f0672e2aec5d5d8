// generatePrime(Sync) and checkPrime(Sync): sizes, safe primes, add/rem, bigint results, known primes and errors.
'use strict';
const crypto = require('crypto');
const { checkPrime, checkPrimeSync, generatePrime, generatePrimeSync } = crypto;

function attempt(label, fn) {
  try {
    const result = fn();
    console.log(label, 'ok', typeof result === 'bigint' ? `${result}n` : result);
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}
const big = (buffer) => BigInt('0x' + Buffer.from(buffer).toString('hex'));
const isPrime = (n) => {
  if (n < 2n) return false;
  for (let d = 2n; d * d <= n; d++) if (n % d === 0n) return false;
  return true;
};

for (const bits of [2, 3, 4, 8, 17, 32, 40]) {
  const prime = generatePrimeSync(bits);
  const n = big(prime);
  console.log(bits, prime instanceof ArrayBuffer, n.toString(2).length, isPrime(n), checkPrimeSync(prime));
}
for (const bits of [3, 6, 16, 32]) {
  const p = generatePrimeSync(bits, { safe: true, bigint: true });
  console.log('safe', bits, typeof p, p.toString(2).length, isPrime(p), isPrime((p - 1n) / 2n));
}
const big128 = generatePrimeSync(128, { bigint: true });
console.log('128', big128.toString(2).length, (big128 >> 126n) === 3n, checkPrimeSync(big128), checkPrimeSync(big128 * 3n));
console.log('add', generatePrimeSync(64, { add: 12n, rem: 11n, bigint: true }) % 12n);
console.log('add only', generatePrimeSync(64, { add: 5n, bigint: true }) % 5n);
console.log('add safe', generatePrimeSync(64, { add: 5n, safe: true, bigint: true }) % 5n);
console.log('add buffer', big(generatePrimeSync(40, { add: Buffer.from([1, 0]), rem: new Uint8Array([7]) })) % 256n);
console.log('fixed', generatePrimeSync(3, { bigint: true }), generatePrimeSync(4, { add: 15n, rem: 13n, bigint: true }));

attempt('add too big', () => generatePrimeSync(64, { add: 2n ** 64n }));
attempt('rem >= add', () => generatePrimeSync(64, { add: 7n, rem: 7n }));
attempt('add implies prime', () => generatePrimeSync(3, { add: 8n, rem: 7n }));
attempt('negative add', () => generatePrimeSync(20, { add: -1n }));
attempt('rem type', () => generatePrimeSync(20, { rem: 5 }));
attempt('safe type', () => generatePrimeSync(20, { safe: 1 }));
attempt('bigint type', () => generatePrimeSync(20, { bigint: '' }));
attempt('size 0', () => generatePrimeSync(0));
attempt('size type', () => generatePrimeSync('8'));
attempt('size float', () => generatePrimeSync(8.5));
attempt('bits too small', () => generatePrimeSync(1));
attempt('safe 2 bits', () => generatePrimeSync(2, { safe: true }));
attempt('safe 5 bits', () => generatePrimeSync(5, { safe: true }));
attempt('options type', () => generatePrimeSync(8, 1));
attempt('no callback', () => generatePrime(8));
attempt('callback options', () => generatePrime(8, {}));

for (const n of [0n, 1n, 2n, 3n, 4n, 561n, 7919n, 2n ** 61n - 1n, 2n ** 61n + 1n, 2n ** 127n - 1n, (2n ** 89n - 1n) * (2n ** 61n - 1n)]) {
  console.log('check', n.toString(16), checkPrimeSync(n), checkPrimeSync(n, { checks: 3 }));
}
console.log(checkPrimeSync(Buffer.from([0, 0, 7])), checkPrimeSync(new ArrayBuffer(0)), checkPrimeSync(new DataView(Uint8Array.of(11).buffer)));
attempt('check negative', () => checkPrimeSync(-1n));
attempt('check type', () => checkPrimeSync(7));
attempt('check string', () => checkPrimeSync('7'));
attempt('checks type', () => checkPrimeSync(7n, { checks: 'x' }));
attempt('checks range', () => checkPrimeSync(7n, { checks: -1 }));
attempt('checks big', () => checkPrimeSync(7n, { checks: 2 ** 31 }));
attempt('check options', () => checkPrimeSync(7n, null));
attempt('check no callback', () => checkPrime(7n));

// One callback at a time: Node runs them on its thread pool, where they
// finish in any order.
generatePrime(24, { bigint: true }, (err, prime) => {
  console.log('async', err, typeof prime, isPrime(prime));
  checkPrime(prime, (err2, result) => {
    console.log('async check', err2, result);
    generatePrime(16, (err3, prime16) => {
      console.log('async buffer', err3, prime16 instanceof ArrayBuffer);
      checkPrime(Buffer.from([9]), { checks: 2 }, (err4, result9) => {
        console.log('async nine', err4, result9);
        generatePrime(1, (err5, prime1) => console.log('async error', err5.message, prime1));
      });
    });
  });
});
console.log(generatePrime.length, generatePrimeSync.length, checkPrime.length, checkPrimeSync.length);
