'use strict';
// The global structuredClone(value, { transfer }): the HTML structured clone
// algorithm over what a pod has. Primitives (not symbols), the wrapper
// objects of booleans, numbers, strings and bigints, Date, RegExp,
// ArrayBuffer (copied, or moved and detached when listed in `transfer`),
// typed arrays and DataView (sharing their cloned buffer), Map, Set, Error
// (name, message, stack, cause), arrays (holes and extra properties kept)
// and other objects (own enumerable string keys, as plain objects), with
// shared and circular references preserved. Anything else (functions,
// symbols, promises, weak collections, proxies of functions) throws a
// DOMException 'DataCloneError' worded as V8 does.
//
// Not covered: Blob, File, MessagePort and other host objects (no pod has
// them to transfer yet).

const { codes: { ERR_MISSING_ARGS, ERR_INVALID_ARG_TYPE } } = require('internal/errors');

const errorNames = new Set(['Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError']);
const typedArrays = {
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, BigInt64Array, BigUint64Array,
  ...(typeof Float16Array === 'function' ? { Float16Array } : {}),
};
const TypedArray = Object.getPrototypeOf(Uint8Array);
const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArray.prototype, Symbol.toStringTag).get;

function dataCloneError(value) {
  let shown;
  if (typeof value === 'function') shown = Function.prototype.toString.call(value);
  else if (typeof value === 'symbol') shown = value.toString();
  else shown = `#<${Object.getPrototypeOf(value)?.constructor?.name ?? 'Object'}>`;
  return new DOMException(`${shown} could not be cloned.`, 'DataCloneError');
}

function tagOf(value) {
  return Object.prototype.toString.call(value).slice(8, -1);
}

function structuredClone(value, options = undefined) {
  // Node 24 passes a whole sentence as the argument's name, so its message
  // reads 'The "The value argument must be specified" argument must be specified'.
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('The value argument must be specified');
  let transfer = [];
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    if (options.transfer !== undefined) {
      if (options.transfer === null || typeof options.transfer[Symbol.iterator] !== 'function') {
        throw new TypeError("Failed to execute 'structuredClone': The 'transfer' option is not iterable.");
      }
      transfer = [...options.transfer];
    }
  }
  for (const item of transfer) {
    if (!(item instanceof ArrayBuffer)) throw new DOMException('Value not transferable', 'DataCloneError');
    if (item.detached) throw new DOMException('An ArrayBuffer is detached and could not be cloned.', 'DataCloneError');
  }
  const transferred = new Map();
  const memory = new Map();
  // Transferred buffers move first, so views of them see the moved memory.
  for (const buffer of transfer) {
    if (!transferred.has(buffer)) transferred.set(buffer, buffer.transfer());
  }
  for (const [original, moved] of transferred) memory.set(original, moved);
  return clone(value, memory);
}

function clone(value, memory) {
  if (typeof value === 'symbol' || typeof value === 'function') throw dataCloneError(value);
  if (value === null || typeof value !== 'object') return value;
  const seen = memory.get(value);
  if (seen !== undefined) return seen;

  if (value instanceof ArrayBuffer || tagOf(value) === 'ArrayBuffer') {
    if (value.detached) throw new DOMException('An ArrayBuffer is detached and could not be cloned.', 'DataCloneError');
    const copy = value.slice(0);
    memory.set(value, copy);
    return copy;
  }
  if (ArrayBuffer.isView(value)) {
    const buffer = clone(value.buffer, memory);
    let copy;
    if (value instanceof DataView) {
      copy = new DataView(buffer, value.byteOffset, value.byteLength);
    } else {
      // Buffer and other subclasses come back as their base typed array.
      const Ctor = typedArrays[typedArrayTag.call(value)];
      copy = new Ctor(buffer, value.byteOffset, value.length);
    }
    memory.set(value, copy);
    return copy;
  }

  let copy;
  switch (tagOf(value)) {
    case 'Boolean': copy = Object(Boolean.prototype.valueOf.call(value)); break;
    case 'Number': copy = Object(Number.prototype.valueOf.call(value)); break;
    case 'String': copy = Object(String.prototype.valueOf.call(value)); break;
    case 'BigInt': copy = Object(BigInt.prototype.valueOf.call(value)); break;
    case 'Date': copy = new Date(Date.prototype.getTime.call(value)); break;
    case 'RegExp': copy = new RegExp(value.source, value.flags); break;
    case 'Map': {
      copy = new Map();
      memory.set(value, copy);
      const entries = [...Map.prototype.entries.call(value)];
      for (const [key, item] of entries) copy.set(clone(key, memory), clone(item, memory));
      return copy;
    }
    case 'Set': {
      copy = new Set();
      memory.set(value, copy);
      for (const item of [...Set.prototype.values.call(value)]) copy.add(clone(item, memory));
      return copy;
    }
    case 'Error': return cloneError(value, memory);
    case 'Array': {
      copy = new Array(value.length);
      memory.set(value, copy);
      for (const key of Object.keys(value)) copy[key] = clone(value[key], memory);
      return copy;
    }
    case 'Object':
    case 'Arguments':
      if (value instanceof Error) return cloneError(value, memory);
      if (value instanceof Promise || value instanceof WeakMap || value instanceof WeakSet ||
          value instanceof WeakRef) {
        throw dataCloneError(value);
      }
      copy = {};
      memory.set(value, copy);
      for (const key of Object.keys(value)) copy[key] = clone(value[key], memory);
      return copy;
    default:
      if (value instanceof Error) return cloneError(value, memory);
      if (value instanceof Promise || value instanceof WeakMap || value instanceof WeakSet ||
          value instanceof WeakRef || value instanceof FinalizationRegistry) {
        throw dataCloneError(value);
      }
      // Other objects (class instances with their own toStringTag, DOM-like
      // objects of this runtime) serialise as ordinary objects, as V8 does.
      copy = {};
      memory.set(value, copy);
      for (const key of Object.keys(value)) copy[key] = clone(value[key], memory);
      return copy;
  }
  memory.set(value, copy);
  return copy;
}

function cloneError(value, memory) {
  const name = errorNames.has(value.name) ? value.name : 'Error';
  const Ctor = globalThis[name];
  const copy = Object.create(Ctor.prototype);
  memory.set(value, copy);
  const message = Object.getOwnPropertyDescriptor(value, 'message');
  if (message && 'value' in message) {
    Object.defineProperty(copy, 'message', { value: String(message.value), writable: true, configurable: true, enumerable: false });
  }
  const stack = value.stack;
  if (typeof stack === 'string') {
    Object.defineProperty(copy, 'stack', { value: stack, writable: true, configurable: true, enumerable: false });
  }
  if (Object.prototype.hasOwnProperty.call(value, 'cause')) {
    Object.defineProperty(copy, 'cause', { value: clone(value.cause, memory), writable: true, configurable: true, enumerable: false });
  }
  return copy;
}

module.exports = { structuredClone };
