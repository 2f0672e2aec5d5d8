'use strict';
// The work bench/encoding.mjs times, run the same way by node 24, the native
// nodeling and a wasm pod: Buffer encode and decode of 1 MB in base64, hex
// and UTF-8 (mostly-ASCII text with accents and emoji, as JSON bodies are,
// and pure ASCII), and a few small strings as a request's path meets them.
// Each case is warmed up, then timed `rounds` times; the median is printed
// as JSON (milliseconds per call for 1 MB, microseconds per call for small).
//
//   node bench/encoding-work.js [rounds]

const rounds = Number(process.argv[2] ?? 11);
const MB = 1 << 20;

// Deterministic data: a linear congruential generator's high bytes.
const bytes = Buffer.alloc(MB);
let seed = 0x2545f491;
for (let i = 0; i < MB; i++) {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  bytes[i] = seed >>> 24;
}
const base64 = bytes.toString('base64');
const hex = bytes.toString('hex');
const words = ['the', 'quick', 'brown', 'fox', 'jumps', 'over', 'lazy', 'dog', 'café', 'naïve', 'Zürich', '東京', '😀',
  '"key":', '{', '}', '[1,2,3]', 'null', 'true'];
let text = '';
for (let i = 0, size = 0; size < MB; i++) {
  const word = `${words[(i * 7 + (i >> 3)) % words.length]} `;
  text += word;
  size += Buffer.byteLength(word);
}
const textBytes = Buffer.from(text);
const ascii = 'x'.repeat(MB);
const asciiBytes = Buffer.from(ascii);

const large = {
  'base64 encode': () => bytes.toString('base64'),
  'base64 decode': () => Buffer.from(base64, 'base64'),
  'hex encode': () => bytes.toString('hex'),
  'hex decode': () => Buffer.from(hex, 'hex'),
  'utf8 encode (text)': () => Buffer.from(text, 'utf8'),
  'utf8 decode (text)': () => textBytes.toString('utf8'),
  'utf8 encode (ascii)': () => Buffer.from(ascii, 'utf8'),
  'utf8 decode (ascii)': () => asciiBytes.toString('utf8'),
};

const greeting = 'Hello World! Node.js is running.\n';
const greetingBytes = Buffer.from(greeting);
const token = bytes.subarray(0, 32);
const tokenBase64 = token.toString('base64');
const header = 'text/html; charset=utf-8';
const small = {
  'Buffer.from(greeting)': () => Buffer.from(greeting),
  'greeting bytes toString()': () => greetingBytes.toString(),
  'Buffer.byteLength(header)': () => Buffer.byteLength(header),
  'base64 of 32-byte token': () => token.toString('base64'),
  'Buffer.from(token, base64)': () => Buffer.from(tokenBase64, 'base64'),
  'hex of 16-byte id': () => token.toString('hex', 0, 16),
};

// 10 MB to hash, and an object as a debug log might print: 2,000 records
// of nested objects, arrays, strings, numbers, dates and a Map, inspected
// whole (depth Infinity) and at console.log's default depth.
const crypto = require('crypto');
const util = require('util');
const tenMB = Buffer.concat(Array.from({ length: 10 }, () => bytes));
const records = [];
for (let i = 0; i < 2000; i++) {
  records.push({
    id: i,
    name: `user-${i}`,
    email: `user${i}@example.com`,
    active: i % 3 !== 0,
    score: i * 1.25,
    tags: ['a', 'b', `t${i % 17}`],
    created: new Date(Date.UTC(2024, 0, 1 + (i % 365))),
    address: { street: `${i} Main St`, city: words[i % words.length], zip: String(10000 + i) },
  });
}
const bigObject = { records, index: new Map(records.slice(0, 200).map((r) => [r.name, r.id])), total: records.length };
const heavy = {
  'sha256 of 10 MB': () => crypto.createHash('sha256').update(tenMB).digest('hex'),
  'inspect, depth Infinity': () => util.inspect(bigObject, { depth: Infinity, maxArrayLength: Infinity }),
  'inspect, default depth': () => util.inspect(bigObject),
};

const now = () => Number(process.hrtime.bigint()) / 1e6;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function measure(fn, calls) {
  for (let i = 0; i < Math.max(2, calls / 10); i++) fn();
  const samples = [];
  for (let round = 0; round < rounds; round++) {
    const start = now();
    for (let i = 0; i < calls; i++) fn();
    samples.push((now() - start) / calls);
  }
  return median(samples);
}

const result = { large: {}, small: {}, heavy: {} };
for (const [name, fn] of Object.entries(large)) result.large[name] = measure(fn, 1);
for (const [name, fn] of Object.entries(heavy)) result.heavy[name] = measure(fn, 1);
for (const [name, fn] of Object.entries(small)) result.small[name] = measure(fn, 2000) * 1000;
console.log(JSON.stringify(result));
