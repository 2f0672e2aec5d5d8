// isDeepStrictEqual, deepEqual, partialDeepStrictEqual and skipPrototype on 1500 seeded random value pairs.
'use strict';

const assert = require('assert');
const util = require('util');

// mulberry32: the same pairs on every run and under every runtime.
let seed = 0x5EED;
function random() {
  seed = (seed + 0x6D2B79F5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];
const chance = (p) => random() < p;

class P {
  constructor(x) {
    this.x = x;
  }
}
class Q {
  constructor(x) {
    this.x = x;
  }
}
const symbols = [Symbol('a'), Symbol.for('b')];
const shared = { shared: true };
const primitives = [0, -0, 1, 1.5, NaN, '', '1', 'a', true, false, null, undefined, 1n, ...symbols];
const keys = ['a', 'b', '0', 'name', 'message'];

function args(...values) {
  return (function() { return arguments; })(...values);
}

function value(depth) {
  if (depth > 2 || chance(0.35)) return pick(primitives);
  const child = () => value(depth + 1);
  const n = Math.floor(random() * 4);
  switch (Math.floor(random() * 16)) {
    case 0: case 1: {
      const o = {};
      for (let i = 0; i < n; i++) o[pick(keys)] = child();
      if (chance(0.15)) o[pick(symbols)] = child();
      if (chance(0.1)) Object.defineProperty(o, 'hidden', { value: child() });
      return o;
    }
    case 2: case 3: {
      const a = Array.from({ length: n }, child);
      if (chance(0.2)) a.length += 1;
      return a;
    }
    case 4: return new Map(Array.from({ length: n }, () => [chance(0.4) ? child() : pick(primitives), child()]));
    case 5: return new Set(Array.from({ length: n + 1 }, () => (chance(0.5) ? child() : pick(primitives))));
    case 6: return new Date(pick([0, 1, NaN]));
    case 7: {
      const re = new RegExp(pick(['a', 'b']), pick(['g', 'i']));
      re.lastIndex = pick([0, 1]);
      return re;
    }
    case 8: return Object(pick([0, -0, 'a', true, 1n, symbols[0]]));
    case 9: return new (pick([Uint8Array, Float64Array, Int16Array]))(Array.from({ length: n }, () => pick([0, -0, 1, NaN])));
    case 10: return Buffer.from(pick(['', 'a', 'ab']));
    case 11: {
      const e = new (pick([Error, TypeError]))(pick(['', 'x']), chance(0.3) ? { cause: child() } : undefined);
      if (chance(0.2)) e.code = 'E';
      return e;
    }
    case 12: return new (pick([P, Q]))(child());
    case 13: return args(child(), child());
    case 14: return pick([shared, new Uint8Array([1, 2]).buffer, new DataView(new ArrayBuffer(2)), Object.create(null)]);
    default: return new URL(pick(['http://a/', 'http://b/']));
  }
}

function copy(v) {
  if (v === null || typeof v !== 'object' || v === shared) return v;
  if (Array.isArray(v)) {
    const a = new Array(v.length);
    for (const k of Object.keys(v)) a[k] = copy(v[k]);
    return a;
  }
  if (v instanceof Map) return new Map(Array.from(v, ([k, x]) => [copy(k), copy(x)]));
  if (v instanceof Set) return new Set(Array.from(v, copy));
  if (v instanceof P || v instanceof Q) return new v.constructor(copy(v.x));
  if (Object.prototype.toString.call(v) === '[object Arguments]') return args(...Array.from(v, copy));
  if (Object.getPrototypeOf(v) === Object.prototype) {
    const o = {};
    for (const k of Reflect.ownKeys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, k);
      Object.defineProperty(o, k, { ...d, value: copy(d.value) });
    }
    return o;
  }
  return v;
}

function tweak(v) {
  const c = copy(v);
  if (c !== null && typeof c === 'object' && c !== shared) {
    if (Array.isArray(c) && c.length > 0) c[Math.floor(random() * c.length)] = pick(primitives);
    else if (c instanceof Map) c.set(pick(primitives), value(2));
    else if (c instanceof Set) c.add(value(2));
    else if (Object.getPrototypeOf(c) === Object.prototype) c[pick(keys)] = pick(primitives);
    else if (chance(0.5)) Object.setPrototypeOf(c, null);
    if (chance(0.15)) c.loop = c;
  }
  return c;
}

const verdict = (fn) => {
  try {
    return fn() === false ? '-' : '+';
  } catch (err) {
    return err.code === 'ERR_ASSERTION' ? '-' : 'T';
  }
};

let line = '';
for (let i = 1; i <= 1500; i++) {
  const a = value(0);
  const how = random();
  const b = how < 0.3 ? copy(a) : how < 0.8 ? tweak(a) : value(0);
  line += verdict(() => util.isDeepStrictEqual(a, b)) +
    verdict(() => util.isDeepStrictEqual(a, b, true)) +
    verdict(() => assert.deepEqual(a, b)) +
    verdict(() => assert.partialDeepStrictEqual(a, b)) +
    verdict(() => assert.partialDeepStrictEqual(b, a)) + ' ';
  if (i % 12 === 0) {
    console.log(line.trimEnd());
    line = '';
  }
}
console.log(line.trimEnd());
