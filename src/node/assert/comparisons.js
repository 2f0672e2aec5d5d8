'use strict';
// Deep equality, shared by util.isDeepStrictEqual and assert's deepEqual,
// deepStrictEqual, notDeep* and partialDeepStrictEqual: Node 24's rules.
//
// Strict mode compares prototypes (or well-known constructors), [[Class]]
// tags, own enumerable string and symbol keys, Map/Set contents (object keys
// and members matched by deep equality), typed arrays by bytes, boxed
// primitives, Dates by time, RegExps by source, flags and lastIndex, errors by
// name, message, cause and errors, URLs by href. Loose mode uses == for
// primitives, ignores prototypes and symbol keys. Partial mode asks whether
// `expected` is a subset of `actual`.
//
// Node's answers depend on the order in which it matches Set members and Map
// keys (partial and loose comparisons are not equivalence relations), and on
// how it notices cycles: it first compares without any bookkeeping and, the
// first time that throws (a stack overflow on a cycle), switches for good to
// tracking the objects on the current path. Both are followed here so that
// every answer, including those odd corners, is Node's.
//
// Runs under real Node too (src/node/assert/comparisons.test.js), where the
// engine checks come from util/types.js's plain-JS fallbacks.

const types = require('internal/util/types');
const {
  isAnyArrayBuffer, isArrayBufferView, isDate, isMap, isRegExp, isSet, isNativeError,
  isBoxedPrimitive, isNumberObject, isStringObject, isBooleanObject, isBigIntObject,
  isSymbolObject, isFloat16Array, isFloat32Array, isFloat64Array, isKeyObject, isCryptoKey,
  isWeakMap, isWeakSet,
} = types;

const hasOwn = (object, key) => Object.prototype.hasOwnProperty.call(object, key);
const hasEnumerable = (object, key) => Object.prototype.propertyIsEnumerable.call(object, key);
const tagOf = (value) => Object.prototype.toString.call(value);
const typedArrayTagOf = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
const typedArrayByteLength = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), 'byteLength').get;

const isError = (value) => isNativeError(value) || value instanceof Error;
const isURL = (value) => Boolean(value?.href && value.protocol && value.auth === undefined &&
  value.path === undefined);

const kLoose = 0;
const kPartial = 1;
const kStrict = 2;
const kStrictWithoutPrototypes = 3;

// What keyCheck iterates besides the keys.
const kNoIterator = 0;
const kIsArray = 1;
const kIsSet = 2;
const kIsMap = 3;

// Constructors whose instances compare by constructor, not prototype, in
// strict mode. Buffer is the runtime's own (Node's when run under Node).
let wellKnownConstructors;
function getWellKnownConstructors() {
  if (wellKnownConstructors === undefined) {
    const Buffer = typeof internalBinding === 'function' ? require('buffer').Buffer : globalThis.Buffer;
    wellKnownConstructors = new Set([
      Array, ArrayBuffer, BigInt, BigInt64Array, BigUint64Array, Boolean, Buffer, DataView, Date, Error,
      Float32Array, Float64Array, Function, Int16Array, Int32Array, Int8Array, Map, Number, Object,
      Promise, RegExp, Set, String, Symbol, Uint16Array, Uint32Array, Uint8Array, Uint8ClampedArray,
      WeakMap, WeakSet,
    ]);
    if (typeof globalThis.Float16Array === 'function') wellKnownConstructors.add(globalThis.Float16Array);
  }
  return wellKnownConstructors;
}

// Own enumerable keys that are not array indices (strings, then symbols
// unless `withSymbols` is false), as V8's GetOwnPropertyNames with
// SKIP_INDICES gives them.
function isArrayIndex(key) {
  const index = Number(key) >>> 0;
  return index !== 4294967295 && String(index) === key;
}
const nativeOwnNonIndexKeys = typeof internalBinding === 'function' ?
  internalBinding('util').ownNonIndexKeys :
  undefined;
function ownNonIndexKeys(value, withSymbols) {
  if (nativeOwnNonIndexKeys !== undefined) return nativeOwnNonIndexKeys(value, withSymbols);
  const keys = [];
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key === 'string' ? isArrayIndex(key) : !withSymbols) continue;
    if (hasEnumerable(value, key)) keys.push(key);
  }
  return keys;
}

function bytesOf(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

// In the runtime the bytes are compared natively (internalBinding('util')),
// and so are the keys found above.
const nativeBytesEqual = typeof internalBinding === 'function' ? internalBinding('util').bytesEqual : undefined;

function sameBytes(a, b) {
  if (a.length !== b.length) return false;
  if (nativeBytesEqual !== undefined) return nativeBytesEqual(a, b);
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

// Whether the bytes of `sub` appear in `whole`, in order, not necessarily
// next to each other (partial mode's rule for buffers).
function bytesContainInOrder(whole, sub) {
  if (whole.length < sub.length) return false;
  let at = 0;
  for (let i = 0; i < sub.length; i++) {
    while (!Object.is(whole[at], sub[i])) {
      at++;
      if (at > whole.length - sub.length + i) return false;
    }
    at++;
  }
  return true;
}

// Loose mode compares float arrays by value (so 0 equals -0, NaN never
// equals NaN), one element per byte of length as Node does.
function sameFloatValues(a, b) {
  const length = typedArrayByteLength.call(a);
  if (length !== typedArrayByteLength.call(b)) return false;
  for (let i = 0; i < length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function sameBoxedPrimitive(a, b) {
  if (isNumberObject(a)) return isNumberObject(b) && Object.is(Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
  if (isStringObject(a)) return isStringObject(b) && String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
  if (isBooleanObject(a)) return isBooleanObject(b) && Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
  if (isBigIntObject(a)) return isBigIntObject(b) && BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
  if (isSymbolObject(a)) return isSymbolObject(b) && Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
  throw new Error(`Unknown boxed type ${a}`);
}

// An error's non-enumerable own `message`, `name`, `cause`, `errors` count
// too (enumerable ones are compared with the other keys).
function errorPropertyMatches(a, b, key, mode, memos) {
  return hasEnumerable(b, key) ||
    (mode === kPartial && (b[key] === undefined || (key === 'message' && b[key] === ''))) ||
    innerDeepEqual(a[key], b[key], mode, memos);
}

function innerDeepEqual(a, b, mode, memos) {
  if (a === b) return a !== 0 || Object.is(a, b) || mode === kLoose;
  if (mode !== kLoose) {
    if (typeof a === 'number') return Number.isNaN(a) && Number.isNaN(b);
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  } else {
    if (a === null || typeof a !== 'object') {
      // eslint-disable-next-line eqeqeq
      return (b === null || typeof b !== 'object') && (a == b || (Number.isNaN(a) && Number.isNaN(b)));
    }
    if (b === null || typeof b !== 'object') return false;
  }
  return compareObjects(a, b, mode, memos);
}

function compareObjects(a, b, mode, memos) {
  if (mode === kStrict) {
    if (getWellKnownConstructors().has(a.constructor) ||
        (a.constructor !== undefined && !hasOwn(a, 'constructor'))) {
      if (a.constructor !== b.constructor) return false;
    } else if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) {
      return false;
    }
  }
  const tag = tagOf(a);
  if (tag !== tagOf(b)) return false;

  if (Array.isArray(a)) {
    if (!Array.isArray(b) || (a.length !== b.length && (mode !== kPartial || a.length < b.length))) return false;
    const keysB = ownNonIndexKeys(b, mode !== kLoose);
    if (mode !== kPartial && keysB.length !== ownNonIndexKeys(a, mode !== kLoose).length) return false;
    return keyCheck(a, b, mode, memos, kIsArray, keysB);
  }
  if (tag === '[object Object]') return keyCheck(a, b, mode, memos, kNoIterator);

  if (isDate(a)) {
    if (!isDate(b) || Date.prototype.getTime.call(a) !== Date.prototype.getTime.call(b)) return false;
  } else if (isRegExp(a)) {
    if (!isRegExp(b) || a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex) return false;
  } else if (isArrayBufferView(a)) {
    if (typedArrayTagOf.call(a) !== typedArrayTagOf.call(b)) return false;
    if (mode === kPartial && a.byteLength !== b.byteLength) {
      if (a.byteLength < b.byteLength || !bytesContainInOrder(bytesOf(a), bytesOf(b))) return false;
    } else if (mode === kLoose && (isFloat32Array(a) || isFloat64Array(a) || isFloat16Array(a))) {
      if (!sameFloatValues(a, b)) return false;
    } else if (a.byteLength !== b.byteLength || !sameBytes(bytesOf(a), bytesOf(b))) {
      return false;
    }
    const keysB = ownNonIndexKeys(b, mode !== kLoose);
    if (mode !== kPartial && keysB.length !== ownNonIndexKeys(a, mode !== kLoose).length) return false;
    return keyCheck(a, b, mode, memos, kNoIterator, keysB);
  } else if (isSet(a)) {
    if (!isSet(b) || (a.size !== b.size && (mode !== kPartial || a.size < b.size))) return false;
    return keyCheck(a, b, mode, memos, kIsSet);
  } else if (isMap(a)) {
    if (!isMap(b) || (a.size !== b.size && (mode !== kPartial || a.size < b.size))) return false;
    return keyCheck(a, b, mode, memos, kIsMap);
  } else if (isAnyArrayBuffer(a)) {
    if (!isAnyArrayBuffer(b)) return false;
    if (mode !== kPartial || a.byteLength === b.byteLength) {
      if (a.byteLength !== b.byteLength || !sameBytes(new Uint8Array(a), new Uint8Array(b))) return false;
    } else if (!bytesContainInOrder(new Uint8Array(a), new Uint8Array(b))) {
      return false;
    }
  } else if (isError(a)) {
    // The stack is left out: it differs between otherwise equal errors.
    if (!isError(b) ||
        !errorPropertyMatches(a, b, 'message', mode, memos) ||
        !errorPropertyMatches(a, b, 'name', mode, memos) ||
        !errorPropertyMatches(a, b, 'cause', mode, memos) ||
        !errorPropertyMatches(a, b, 'errors', mode, memos)) {
      return false;
    }
    const bHasCause = hasOwn(b, 'cause');
    if (bHasCause !== hasOwn(a, 'cause') && (mode !== kPartial || bHasCause)) return false;
  } else if (isBoxedPrimitive(a)) {
    if (!sameBoxedPrimitive(a, b)) return false;
  } else if (Array.isArray(b) || isArrayBufferView(b) || isSet(b) || isMap(b) || isDate(b) ||
             isRegExp(b) || isAnyArrayBuffer(b) || isBoxedPrimitive(b) || isNativeError(b) ||
             b instanceof Error) {
    return false;
  } else if (isURL(a)) {
    if (!isURL(b) || a.href !== b.href) return false;
  } else if (isKeyObject(a)) {
    if (!isKeyObject(b) || !a.equals(b)) return false;
  } else if (isCryptoKey(a)) {
    // Same algorithm, extractability, usages and key material.
    const { KeyObject } = require('crypto');
    if (!isCryptoKey(b) || a.extractable !== b.extractable ||
        !innerDeepEqual(a.algorithm, b.algorithm, mode, memos) ||
        !innerDeepEqual(a.usages, b.usages, mode, memos) ||
        !innerDeepEqual(KeyObject.from(a), KeyObject.from(b), mode, memos)) {
      return false;
    }
  } else if (isWeakMap(a) || isWeakSet(a)) {
    return false;
  }
  return keyCheck(a, b, mode, memos, kNoIterator);
}

// Partial mode: every enumerable symbol key of `b` must be one of `a`'s too;
// they are added to `keysB` to be compared.
function addPartialSymbolKeys(a, b, keysB) {
  for (const key of Object.getOwnPropertySymbols(b)) {
    if (hasEnumerable(b, key)) {
      if (!hasEnumerable(a, key)) return false;
      keysB.push(key);
    }
  }
  return true;
}

// Strict modes: the same enumerable symbol keys on both sides; they are
// added to `keysB` to be compared.
function addStrictSymbolKeys(a, b, keysB) {
  const symbolsA = Object.getOwnPropertySymbols(a);
  if (symbolsA.length === 0) {
    const symbolsB = Object.getOwnPropertySymbols(b);
    return symbolsB.length === 0 || symbolsB.every((key) => !hasEnumerable(b, key));
  }
  let count = 0;
  for (const key of symbolsA) {
    if (hasEnumerable(a, key)) {
      if (!hasEnumerable(b, key)) return false;
      keysB.push(key);
      count++;
    } else if (hasEnumerable(b, key)) {
      return false;
    }
  }
  const symbolsB = Object.getOwnPropertySymbols(b);
  return symbolsA.length === symbolsB.length ||
    symbolsB.filter((key) => hasEnumerable(b, key)).length === count;
}

// `keysB` is given for arrays and typed arrays (their non-index keys);
// otherwise both sides' Object.keys are compared here.
function keyCheck(a, b, mode, memos, iterationType, keysB) {
  const arrayLike = keysB !== undefined;
  let keysA;
  if (!arrayLike) {
    keysB = Object.keys(b);
    if (mode === kPartial) {
      if (!addPartialSymbolKeys(a, b, keysB)) return false;
    } else if (keysB.length !== (keysA = Object.keys(a)).length) {
      return false;
    } else if (mode === kStrict || mode === kStrictWithoutPrototypes) {
      if (!addStrictSymbolKeys(a, b, keysB)) return false;
    }
  }
  if (keysB.length === 0 &&
      (iterationType === kNoIterator || (iterationType === kIsArray && b.length === 0) || b.size === 0)) {
    return true;
  }
  if (memos === null) return compareEntries(a, b, mode, keysA, keysB, memos, iterationType);
  return compareTrackingCycles(a, b, mode, keysA, keysB, memos, iterationType);
}

// Cycle tracking: the first pair (and the first nested pair) are kept in
// fields; from the third level on, a set of the objects on the current path
// (both sides mixed, as Node keeps them). A pair met again on the path is
// equal if both members were seen, unequal if only one was.
function compareTrackingCycles(a, b, mode, keysA, keysB, memos, iterationType) {
  if (memos === undefined) {
    memos = { set: undefined, a, b, c: undefined, d: undefined, deep: false };
    return compareEntries(a, b, mode, keysA, keysB, memos, iterationType);
  }
  if (memos.set === undefined) {
    if (!memos.deep) {
      if (memos.a === a) return memos.b === b;
      if (memos.b === b) return false;
      memos.c = a;
      memos.d = b;
      memos.deep = true;
      const equal = compareEntries(a, b, mode, keysA, keysB, memos, iterationType);
      memos.deep = false;
      return equal;
    }
    memos.set = new Set([memos.a, memos.b, memos.c, memos.d]);
  }
  const { set } = memos;
  const sizeBefore = set.size;
  set.add(a);
  set.add(b);
  if (set.size !== sizeBefore + 2) return set.size === sizeBefore;
  const equal = compareEntries(a, b, mode, keysA, keysB, memos, iterationType);
  set.delete(a);
  set.delete(b);
  return equal;
}

// Loose mode: the primitive a Set/Map member `value` could equal loosely
// without being identical. Returns true/false when that is already known
// (true: there may be one, look further), or the single candidate (null for
// undefined, undefined for null) to look up.
function looseCandidate(value) {
  switch (typeof value) {
    case 'undefined':
      return null;
    case 'object': // only null gets here
      return undefined;
    case 'symbol':
      return false;
    case 'string':
      value = +value;
      // falls through
    case 'number':
      if (Number.isNaN(value)) return false;
  }
  return true;
}

function setMayHaveLooseMatch(a, b, value) {
  const candidate = looseCandidate(value);
  if (candidate != null) return candidate;
  return !b.has(candidate) && a.has(candidate);
}

function mapMayHaveLooseMatch(a, b, key, itemB, memos) {
  const candidate = looseCandidate(key);
  if (candidate != null) return candidate;
  const itemA = a.get(candidate);
  if ((itemA === undefined && !a.has(candidate)) || !innerDeepEqual(itemA, itemB, kLoose, memos)) return false;
  return !b.has(candidate) && innerDeepEqual(itemA, itemB, kLoose, memos);
}

// Removes from `candidates[from..to)` (searching backwards) the first one
// `matches` accepts; whether one did.
function takeMatching(candidates, from, to, matches) {
  for (let i = to - 1; i >= from; i--) {
    if (matches(candidates[i])) {
      candidates.splice(i, 1);
      return true;
    }
  }
  return false;
}

// Matches the members of `a` missing from `b` with the unmatched members of
// `b` (`unmatched`), trying the front, then the back, then the rest.
function matchSetMembers(unmatched, a, b, mode, memos) {
  let forward = true;
  let start = 0;
  let end = unmatched.length - 1;
  const compare = mode !== kLoose ? compareObjects : innerDeepEqual;
  const skipKnown = mode === kLoose || unmatched.length !== a.size;
  for (const member of a) {
    if (skipKnown) {
      if (typeof member === 'object') {
        if (b.has(member)) continue;
      } else if (mode !== kLoose || b.has(member)) {
        continue;
      }
    }
    let from = start;
    if (forward) {
      if (compare(member, unmatched[start], mode, memos)) {
        start += 1;
        continue;
      }
      if (start === end) return false;
      forward = false;
      from += 1;
    }
    if (!compare(member, unmatched[end], mode, memos)) {
      forward = true;
      if (!takeMatching(unmatched, from, end, (candidate) => compare(member, candidate, mode, memos))) return false;
    }
    end -= 1;
  }
  return true;
}

// Partial mode: whether every unmatched member of `b` finds a distinct
// deep-equal member of `a`.
function matchPartialSetMembers(unmatched, a, b, mode, memos) {
  let seen = 0;
  let forward = true;
  let start = 0;
  let end = unmatched.length - 1;
  for (const member of a) {
    seen++;
    if (!b.has(member)) {
      let from = start;
      if (forward) {
        if (innerDeepEqual(member, unmatched[start], mode, memos)) {
          if (start === end) return true;
          start += 1;
          continue;
        }
        if (start === end) continue;
        forward = false;
        from += 1;
      }
      let matched = true;
      if (!innerDeepEqual(member, unmatched[end], mode, memos)) {
        forward = true;
        matched = takeMatching(unmatched, from, end, (candidate) => innerDeepEqual(member, candidate, mode, memos));
      }
      if (matched) {
        if (start === end) return true;
        end -= 1;
      }
    }
    if (a.size - seen <= end - start) return false;
  }
  return false;
}

// Sets of at most two members, compared without building a list.
function compareSmallSets(a, b, value, restOfB, mode, memos) {
  const membersA = a.values();
  const firstA = membersA.next().value;
  if (innerDeepEqual(firstA, value, mode, memos)) {
    if (b.size === 1) return true;
    const secondA = membersA.next().value;
    return b.has(secondA) || innerDeepEqual(secondA, restOfB.next().value, mode, memos);
  }
  return a.size !== 1 && innerDeepEqual(membersA.next().value, value, mode, memos) &&
    (b.size === 1 || b.has(firstA) || innerDeepEqual(firstA, restOfB.next().value, mode, memos));
}

function setEquiv(a, b, mode, memos) {
  let unmatched;
  const membersB = b.values();
  for (const value of membersB) {
    if (a.has(value)) continue;
    if ((typeof value !== 'object' || value === null) &&
        (mode !== kLoose || !setMayHaveLooseMatch(a, b, value))) {
      return false;
    }
    if (unmatched === undefined) {
      if (a.size < 3) return compareSmallSets(a, b, value, membersB, mode, memos);
      unmatched = [];
    }
    unmatched.push(value);
  }
  if (unmatched === undefined) return true;
  if (mode === kPartial) return matchPartialSetMembers(unmatched, a, b, mode, memos);
  return matchSetMembers(unmatched, a, b, mode, memos);
}

function mapEntryMatches(keyA, itemA, keyB, b, compare, mode, memos) {
  return compare(keyA, keyB, mode, memos) && innerDeepEqual(itemA, b.get(keyB), mode, memos);
}

function matchMapEntries(unmatched, a, b, mode, memos) {
  let forward = true;
  let start = 0;
  let end = unmatched.length - 1;
  const compare = mode !== kLoose ? compareObjects : innerDeepEqual;
  const skipKnown = mode === kLoose || unmatched.length !== a.size;
  for (const entry of a) {
    const keyA = entry[0];
    const itemA = entry[1];
    if (skipKnown && (typeof keyA !== 'object' || keyA === null) &&
        (mode !== kLoose || (b.has(keyA) && innerDeepEqual(itemA, b.get(keyA), mode, memos)))) {
      continue;
    }
    let from = start;
    if (forward) {
      if (mapEntryMatches(keyA, itemA, unmatched[start], b, compare, mode, memos)) {
        start += 1;
        continue;
      }
      if (start === end) return false;
      forward = false;
      from += 1;
    }
    if (!mapEntryMatches(keyA, itemA, unmatched[end], b, compare, mode, memos)) {
      forward = true;
      const found = takeMatching(unmatched, from, end,
                                 (keyB) => mapEntryMatches(keyA, itemA, keyB, b, compare, mode, memos));
      if (!found) return false;
    }
    end -= 1;
  }
  return true;
}

function matchPartialMapEntries(unmatched, a, b, mode, memos) {
  let seen = 0;
  let forward = true;
  let start = 0;
  let end = unmatched.length - 1;
  for (const entry of a) {
    const keyA = entry[0];
    const itemA = entry[1];
    seen++;
    if (typeof keyA === 'object' && keyA !== null) {
      let from = start;
      if (forward) {
        if (mapEntryMatches(keyA, itemA, unmatched[start], b, compareObjects, mode, memos)) {
          if (start === end) return true;
          start += 1;
          continue;
        }
        if (start === end) continue;
        forward = false;
        from += 1;
      }
      let matched = true;
      if (!mapEntryMatches(keyA, itemA, unmatched[end], b, compareObjects, mode, memos)) {
        forward = true;
        matched = takeMatching(unmatched, from, end,
                               (keyB) => mapEntryMatches(keyA, itemA, keyB, b, compareObjects, mode, memos));
      }
      if (matched) {
        if (start === end) return true;
        end -= 1;
      }
    }
    if (a.size - seen <= end - start) return false;
  }
  return false;
}

function mapEquiv(a, b, mode, memos) {
  let unmatched;
  for (const entry of b) {
    const keyB = entry[0];
    const itemB = entry[1];
    if (typeof keyB === 'object' && keyB !== null) {
      if (unmatched === undefined) {
        if (a.size === 1) {
          const first = a.entries().next().value;
          return innerDeepEqual(first[0], keyB, mode, memos) && innerDeepEqual(first[1], itemB, mode, memos);
        }
        unmatched = [];
      }
      unmatched.push(keyB);
      continue;
    }
    const itemA = a.get(keyB);
    if ((itemA === undefined && !a.has(keyB)) || !innerDeepEqual(itemA, itemB, mode, memos)) {
      if (mode !== kLoose || !mapMayHaveLooseMatch(a, b, keyB, itemB, memos)) return false;
      if (unmatched === undefined) unmatched = [];
      unmatched.push(keyB);
    }
  }
  if (unmatched === undefined) return true;
  if (mode === kPartial) return matchPartialMapEntries(unmatched, a, b, mode, memos);
  return matchMapEntries(unmatched, a, b, mode, memos);
}

// Partial mode, from the first hole on: `b`'s remaining entries must appear
// in `a`'s remaining entries, in order.
function partialSparseArrayEquiv(a, b, mode, memos, startA, startB) {
  const keysA = Object.keys(a).slice(startA);
  const keysB = Object.keys(b).slice(startB);
  if (keysA.length < keysB.length) return false;
  let at = 0;
  for (let i = 0; i < keysB.length; i++) {
    while (!innerDeepEqual(a[keysA[at]], b[keysB[i]], mode, memos)) {
      at++;
      if (at > keysA.length - keysB.length + i) return false;
    }
    at++;
  }
  return true;
}

// Partial mode: `b`'s elements appear in `a` in order (a subsequence).
function partialArrayEquiv(a, b, mode, memos) {
  let at = 0;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === undefined && !hasOwn(b, i)) return partialSparseArrayEquiv(a, b, mode, memos, at, i);
    let holeInA;
    while (!(holeInA = a[at] === undefined && !hasOwn(a, at)) && !innerDeepEqual(a[at], b[i], mode, memos)) {
      at++;
      if (at > a.length - b.length + i) return false;
    }
    if (holeInA) return partialSparseArrayEquiv(a, b, mode, memos, at, i);
    at++;
  }
  return true;
}

// From the first hole in `b` on, both arrays must have the same keys with
// equal values.
function sparseArrayEquiv(a, b, mode, memos, from) {
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  for (let i = from; i < keysB.length; i++) {
    const key = keysB[i];
    if ((a[key] === undefined && !hasOwn(a, key)) || !innerDeepEqual(a[key], b[key], mode, memos)) return false;
  }
  return true;
}

function compareEntries(a, b, mode, keysA, keysB, memos, iterationType) {
  if (keysB.length > 0) {
    let i = 0;
    // While both sides list their keys in the same order.
    if (keysA !== undefined) {
      for (; i < keysB.length; i++) {
        const key = keysB[i];
        if (keysA[i] !== key) break;
        if (!innerDeepEqual(a[key], b[key], mode, memos)) return false;
      }
    }
    for (; i < keysB.length; i++) {
      const key = keysB[i];
      const descriptor = Object.getOwnPropertyDescriptor(a, key);
      if (!descriptor?.enumerable ||
          !innerDeepEqual(descriptor.value !== undefined ? descriptor.value : a[key], b[key], mode, memos)) {
        return false;
      }
    }
  }
  if (iterationType === kIsArray) {
    if (mode === kPartial) return partialArrayEquiv(a, b, mode, memos);
    for (let i = 0; i < a.length; i++) {
      if (b[i] === undefined) {
        if (!hasOwn(b, i)) return sparseArrayEquiv(a, b, mode, memos, i);
        if (a[i] !== undefined || !hasOwn(a, i)) return false;
      } else if (a[i] === undefined || !innerDeepEqual(a[i], b[i], mode, memos)) {
        return false;
      }
    }
  } else if (iterationType === kIsSet) {
    if (!setEquiv(a, b, mode, memos)) return false;
  } else if (iterationType === kIsMap) {
    if (!mapEquiv(a, b, mode, memos)) return false;
  }
  return true;
}

// No cycle bookkeeping until a comparison throws (a cycle overflows the
// stack); from then on, always.
let compare = function compareWithoutCycleChecks(a, b, mode) {
  try {
    return innerDeepEqual(a, b, mode, null);
  } catch {
    compare = innerDeepEqual;
    return innerDeepEqual(a, b, mode, undefined);
  }
};

module.exports = {
  isDeepEqual(a, b) {
    return compare(a, b, kLoose);
  },
  isDeepStrictEqual(a, b, skipPrototype) {
    return compare(a, b, skipPrototype ? kStrictWithoutPrototypes : kStrict);
  },
  isPartialStrictEqual(a, b) {
    return compare(a, b, kPartial);
  },
};
