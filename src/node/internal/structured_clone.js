'use strict';
// The HTML structured clone algorithm as V8's serializer does it for Node
// 24: the global structuredClone(value, { transfer }) and the messages of
// MessagePort and BroadcastChannel.
//
// Like V8, a value is first serialized (every getter read once, every
// error thrown before anything is transferred), then deserialized into new
// objects. Cloned: primitives but symbols; the wrappers of booleans,
// numbers, strings and bigints; Date; RegExp (source and flags, not
// lastIndex); ArrayBuffer (resizable ones stay resizable) and, in
// `transfer`, moved and detached; typed arrays and DataView over the cloned
// buffer (Buffer comes back a Uint8Array); Map; Set; the native errors by
// name (others become Error) with message, stack and cause; DOMException;
// arrays (holes and extra properties kept); any other ordinary object as a
// plain object of its own enumerable string keys; shared and circular
// references. MessagePorts move when listed in `transfer`. Everything else
// throws a DOMException 'DataCloneError' worded as V8 does.
//
// NODE-DIFF: a SharedArrayBuffer comes back as itself (the same memory, as
// in Node, but not a new object). Blob and File clone as plain objects (their
// contents are not carried over).

const {
  codes: { ERR_MISSING_ARGS },
} = require('internal/errors');
const { isDOMException, serializeDOMException, deserializeDOMException } = require('internal/per_context/domexception');

// --- Brand checks that no user getter can fool ---

function passes(method, value, ...args) {
  try {
    method.call(value, ...args);
    return true;
  } catch {
    return false;
  }
}

function getterOf(prototype, name) {
  return Object.getOwnPropertyDescriptor(prototype, name).get;
}

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTagOf = getterOf(TypedArrayPrototype, Symbol.toStringTag);
const typedArrayBuffer = getterOf(TypedArrayPrototype, 'buffer');
const typedArrayByteOffset = getterOf(TypedArrayPrototype, 'byteOffset');
const typedArrayLength = getterOf(TypedArrayPrototype, 'length');
const dataViewByteOffset = getterOf(DataView.prototype, 'byteOffset');
const dataViewByteLength = getterOf(DataView.prototype, 'byteLength');
const arrayBufferByteLength = getterOf(ArrayBuffer.prototype, 'byteLength');
const sharedArrayBufferByteLength = typeof SharedArrayBuffer === 'function' ?
  getterOf(SharedArrayBuffer.prototype, 'byteLength') : undefined;
const dataViewBuffer = getterOf(DataView.prototype, 'buffer');
const mapSize = getterOf(Map.prototype, 'size');
const setSize = getterOf(Set.prototype, 'size');
const regExpSource = getterOf(RegExp.prototype, 'source');
const regExpFlags = getterOf(RegExp.prototype, 'flags');

const isArrayBuffer = (value) => passes(arrayBufferByteLength, value);
const isSharedArrayBuffer = (value) => sharedArrayBufferByteLength !== undefined &&
  passes(sharedArrayBufferByteLength, value);
const isTypedArray = (value) => typedArrayTagOf.call(value) !== undefined;
const isDataView = (value) => passes(dataViewBuffer, value);
const isMap = (value) => passes(mapSize, value);
const isSet = (value) => passes(setSize, value);
const isDate = (value) => passes(Date.prototype.getTime, value);
const isRegExp = (value) => value !== RegExp.prototype && passes(regExpSource, value);
const isWeakMap = (value) => passes(WeakMap.prototype.has, value, {});
const isWeakSet = (value) => passes(WeakSet.prototype.has, value, {});
const isWeakRef = (value) => passes(WeakRef.prototype.deref, value);
const isFinalizationRegistry = (value) => passes(FinalizationRegistry.prototype.unregister, value, {});

let utilBinding;
function proxyDetails(value) {
  utilBinding ??= internalBinding('util');
  return utilBinding.getProxyDetails(value);
}

function isProxy(value) {
  return proxyDetails(value) !== undefined;
}

function isPromise(value) {
  utilBinding ??= internalBinding('util');
  try {
    utilBinding.getPromiseState(value);
    return true;
  } catch {
    return false;
  }
}

function objectTag(value) {
  try {
    return Object.prototype.toString.call(value);
  } catch {
    return '[object Object]';
  }
}

const boxedKinds = [
  ['Number', Number.prototype.valueOf],
  ['String', String.prototype.valueOf],
  ['Boolean', Boolean.prototype.valueOf],
  ['BigInt', BigInt.prototype.valueOf],
];

function boxedKind(value) {
  for (const [kind, valueOf] of boxedKinds) {
    if (passes(valueOf, value)) return kind;
  }
  if (passes(Symbol.prototype.valueOf, value)) return 'Symbol';
  return undefined;
}

// Objects that V8 clones as ordinary objects have no internal slots it does
// not know. Arguments objects, promises, weak collections, the built-in
// iterators, generators and the global object are not such objects.
const GeneratorPrototype = Object.getPrototypeOf(function* () {}).prototype;
const AsyncGeneratorPrototype = Object.getPrototypeOf(async function* () {}).prototype;
const builtinIteratorPrototypes = new Set([
  Object.getPrototypeOf([][Symbol.iterator]()),
  Object.getPrototypeOf(new Map().entries()),
  Object.getPrototypeOf(new Set().values()),
  Object.getPrototypeOf(''[Symbol.iterator]()),
  Object.getPrototypeOf('a'.matchAll(/a/g)),
]);

function isUnsupportedObject(value) {
  if (isPromise(value) || isWeakMap(value) || isWeakSet(value) || isWeakRef(value) || isFinalizationRegistry(value)) {
    return true;
  }
  if (value === globalThis || objectTag(value) === '[object Arguments]') return true;
  if (builtinIteratorPrototypes.has(Object.getPrototypeOf(value))) return true;
  const isPrototypeOf = Object.prototype.isPrototypeOf;
  return isPrototypeOf.call(Object.getPrototypeOf(GeneratorPrototype), value) ||
    isPrototypeOf.call(Object.getPrototypeOf(AsyncGeneratorPrototype), value);
}

// --- DataCloneError messages, as V8 words them ---

function dataCloneError(message) {
  return new DOMException(message, 'DataCloneError');
}

// A property read that runs no user code: data properties only, through the
// prototype chain (V8's GetDataProperty).
function dataProperty(object, key) {
  for (let current = object; current !== null; current = Object.getPrototypeOf(current)) {
    const descriptor = Object.getOwnPropertyDescriptor(current, key);
    if (descriptor !== undefined) return 'value' in descriptor ? descriptor.value : undefined;
  }
  return undefined;
}

// V8's Object::NoSideEffectsToString for what it cannot clone.
function describe(value) {
  if (typeof value === 'function') {
    // A proxy of a function shows its target's source.
    for (let details; (details = proxyDetails(value)) !== undefined;) value = details[0];
    return Function.prototype.toString.call(value);
  }
  if (typeof value === 'symbol') return value.toString();
  if (isProxy(value)) return '#<Object>';
  if (dataProperty(value, 'toString') === Object.prototype.toString) {
    const constructor = dataProperty(value, 'constructor');
    if (typeof constructor === 'function') {
      const name = dataProperty(constructor, 'name');
      if (typeof name === 'string' && name.length > 0) return `#<${name}>`;
    }
  }
  const tag = dataProperty(value, Symbol.toStringTag);
  return `[object ${typeof tag === 'string' ? tag : objectTag(value).slice(8, -1)}]`;
}

function cannotClone(value) {
  return dataCloneError(`${describe(value)} could not be cloned.`);
}

// --- Transferables other than ArrayBuffer (MessagePort), registered by
// the modules that define them ---

const transferables = [];

// `kind` is { is(value), isDetached(value), detach(value) -> state,
// attach(state) -> object, name }.
function registerTransferable(kind) {
  transferables.push(kind);
}

function transferableKindOf(value) {
  return transferables.find((kind) => kind.is(value));
}

// Objects structuredClone must refuse (URL, URLSearchParams, what
// worker_threads.markAsUncloneable marked) and ArrayBuffers it must not
// move (markAsUntransferable).
const uncloneable = new WeakSet();
let urlClasses;

function isMarkedUncloneable(value) {
  if (uncloneable.has(value)) return true;
  urlClasses ??= (() => {
    const { URL, URLSearchParams } = require('internal/url');
    return [URL.prototype, URLSearchParams.prototype];
  })();
  return urlClasses.some((prototype) => Object.prototype.isPrototypeOf.call(prototype, value));
}

function markAsUncloneable(value) {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return;
  // Node's mark lives on objects that have a transfer mode; for arrays and
  // functions it has no effect.
  if (Array.isArray(value) || typeof value === 'function') return;
  uncloneable.add(value);
}

const { markAsUntransferable, isMarkedAsUntransferable } = require('internal/buffer');

// --- Serializing ---

const P = 0; // primitive
const OBJECT = 1;
const ARRAY = 2;
const DATE = 3;
const REGEXP = 4;
const BOXED = 5;
const MAP = 6;
const SET = 7;
const BUFFER = 8;
const MOVED_BUFFER = 9;
const VIEW = 10;
const ERROR = 11;
const DOM_EXCEPTION = 12;
const SHARED = 13;
const MOVED = 14;

const errorNames = new Set(['Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError',
  'URIError']);

// Validates the transfer list and returns what it moves; nothing is moved
// yet.
function prepareTransfer(transferList, sourcePort) {
  const buffers = [];
  const others = [];
  for (const item of transferList) {
    if (isArrayBuffer(item)) {
      if (isMarkedAsUntransferable(item) || item.detached) throw dataCloneError('Cannot transfer object of unsupported type.');
      if (buffers.includes(item)) throw dataCloneError('Transfer list contains duplicate ArrayBuffer');
      buffers.push(item);
      continue;
    }
    const kind = item !== null && typeof item === 'object' ? transferableKindOf(item) : undefined;
    if (kind === undefined || isMarkedAsUntransferable(item)) throw dataCloneError('Found invalid value in transferList.');
    if (item === sourcePort) throw dataCloneError('Transfer list contains source port');
    if (others.some((entry) => entry.value === item)) {
      throw dataCloneError(`Transfer list contains duplicate ${kind.name}`);
    }
    if (kind.isDetached(item)) throw dataCloneError(`${kind.name} in transfer list is already detached`);
    others.push({ value: item, kind });
  }
  return { buffers, others };
}

class Serializer {
  constructor(transfer) {
    this.transfer = transfer;
    this.memory = new Map();
  }

  write(value) {
    if (typeof value === 'symbol' || typeof value === 'function') throw cannotClone(value);
    if (value === null || typeof value !== 'object') return { t: P, v: value };
    const seen = this.memory.get(value);
    if (seen !== undefined) return seen;
    return this.writeObject(value);
  }

  remember(value, record) {
    this.memory.set(value, record);
    return record;
  }

  writeObject(value) {
    if (isProxy(value)) throw cannotClone(value);
    const bufferIndex = this.transfer.buffers.indexOf(value);
    if (bufferIndex !== -1) return this.remember(value, { t: MOVED_BUFFER, index: bufferIndex });
    const movedIndex = this.transfer.others.findIndex((entry) => entry.value === value);
    if (movedIndex !== -1) return this.remember(value, { t: MOVED, index: movedIndex });
    if (transferableKindOf(value) !== undefined) {
      throw dataCloneError('Object that needs transfer was found in message but not listed in transferList');
    }
    if (isArrayBuffer(value)) {
      if (value.detached) throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
      let copy;
      if (value.resizable) {
        copy = new ArrayBuffer(value.byteLength, { maxByteLength: value.maxByteLength });
        new Uint8Array(copy).set(new Uint8Array(value));
      } else {
        copy = ArrayBuffer.prototype.slice.call(value, 0);
      }
      return this.remember(value, { t: BUFFER, v: copy });
    }
    if (isSharedArrayBuffer(value)) return this.remember(value, { t: SHARED, v: value });
    if (isTypedArray(value) || isDataView(value)) {
      const isView = isDataView(value);
      const record = this.remember(value, {
        t: VIEW,
        name: isView ? 'DataView' : typedArrayTagOf.call(value),
        offset: isView ? dataViewByteOffset.call(value) : typedArrayByteOffset.call(value),
        length: isView ? dataViewByteLength.call(value) : typedArrayLength.call(value),
        buffer: undefined,
      });
      record.buffer = this.write(isView ? dataViewBuffer.call(value) : typedArrayBuffer.call(value));
      return record;
    }
    if (isDate(value)) return this.remember(value, { t: DATE, v: Date.prototype.getTime.call(value) });
    if (isRegExp(value)) {
      return this.remember(value, { t: REGEXP, source: regExpSource.call(value), flags: regExpFlags.call(value) });
    }
    const kind = boxedKind(value);
    if (kind === 'Symbol') throw dataCloneError(`${objectTag(value)} could not be cloned.`);
    if (kind !== undefined) return this.remember(value, { t: BOXED, kind, v: boxedKinds.find(([k]) => k === kind)[1].call(value) });
    if (isMap(value)) {
      const record = this.remember(value, { t: MAP, entries: [] });
      const entries = [...Map.prototype.entries.call(value)];
      for (const [key, item] of entries) record.entries.push(this.write(key), this.write(item));
      return record;
    }
    if (isSet(value)) {
      const record = this.remember(value, { t: SET, values: [] });
      const values = [...Set.prototype.values.call(value)];
      for (const item of values) record.values.push(this.write(item));
      return record;
    }
    if (isDOMException(value)) return this.remember(value, { t: DOM_EXCEPTION, v: serializeDOMException(value) });
    // An error by its engine class (Object.prototype.toString's builtin
    // tag), not its prototype: an object made from Error.prototype is an
    // ordinary object, as in V8.
    if (objectTag(value) === '[object Error]') return this.writeError(value);
    if (isMarkedUncloneable(value)) throw dataCloneError('Cannot clone object of unsupported type.');
    if (Array.isArray(value)) {
      const record = this.remember(value, { t: ARRAY, length: value.length, keys: [], values: [] });
      this.writeProperties(value, record);
      return record;
    }
    if (isUnsupportedObject(value)) throw cannotClone(value);
    const record = this.remember(value, { t: OBJECT, keys: [], values: [] });
    this.writeProperties(value, record);
    return record;
  }

  // Own enumerable string keys (indices first), each read with [[Get]];
  // one deleted meanwhile by a getter is skipped.
  writeProperties(value, record) {
    for (const key of Object.keys(value)) {
      if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
      const item = value[key];
      record.keys.push(key);
      record.values.push(this.write(item));
    }
  }

  writeError(value) {
    const record = this.remember(value, { t: ERROR, name: 'Error', message: undefined, stack: undefined, cause: undefined });
    const name = value.name;
    record.name = errorNames.has(name) ? name : 'Error';
    const message = Object.getOwnPropertyDescriptor(value, 'message');
    if (message !== undefined && 'value' in message) record.message = String(message.value);
    const stack = value.stack;
    if (typeof stack === 'string') record.stack = stack;
    if (Object.prototype.hasOwnProperty.call(value, 'cause')) record.cause = this.write(value.cause);
    return record;
  }
}

// Serializes `value` for a later deserialize(); moves what `transferList`
// lists only once the whole value serialized.
function serialize(value, transferList = [], sourcePort = undefined) {
  const transfer = prepareTransfer(transferList, sourcePort);
  const record = new Serializer(transfer).write(value);
  const buffers = transfer.buffers.map((buffer) => ArrayBuffer.prototype.transfer.call(buffer));
  const moved = transfer.others.map(({ value: item, kind }) => ({ kind, state: kind.detach(item) }));
  return { record, buffers, moved };
}

// --- Deserializing ---

const viewConstructors = {
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, BigInt64Array, BigUint64Array, DataView,
  ...(typeof Float16Array === 'function' ? { Float16Array } : {}),
};

function defineHidden(object, key, value) {
  Object.defineProperty(object, key, { __proto__: null, value, writable: true, configurable: true, enumerable: false });
}

class Deserializer {
  constructor(message) {
    this.message = message;
    this.made = new Map();
    // The moved objects, by their place in the transfer list.
    this.attached = new Array(message.moved.length);
  }

  read(record) {
    if (record.t === P) return record.v;
    const made = this.made.get(record);
    if (made !== undefined) return made;
    return this.readObject(record);
  }

  keep(record, value) {
    this.made.set(record, value);
    return value;
  }

  readObject(record) {
    switch (record.t) {
      case OBJECT: {
        const object = this.keep(record, {});
        for (let i = 0; i < record.keys.length; i++) object[record.keys[i]] = this.read(record.values[i]);
        return object;
      }
      case ARRAY: {
        const array = this.keep(record, new Array(record.length));
        for (let i = 0; i < record.keys.length; i++) array[record.keys[i]] = this.read(record.values[i]);
        return array;
      }
      case DATE:
        return this.keep(record, new Date(record.v));
      case REGEXP:
        return this.keep(record, new RegExp(record.source, record.flags));
      case BOXED:
        return this.keep(record, Object(record.v));
      case MAP: {
        const map = this.keep(record, new Map());
        for (let i = 0; i < record.entries.length; i += 2) {
          map.set(this.read(record.entries[i]), this.read(record.entries[i + 1]));
        }
        return map;
      }
      case SET: {
        const set = this.keep(record, new Set());
        for (const item of record.values) set.add(this.read(item));
        return set;
      }
      case BUFFER:
        return this.keep(record, record.v);
      case MOVED_BUFFER:
        return this.keep(record, this.message.buffers[record.index]);
      case SHARED:
        return this.keep(record, record.v);
      case VIEW: {
        const buffer = this.read(record.buffer);
        const Constructor = viewConstructors[record.name];
        return this.keep(record, new Constructor(buffer, record.offset, record.length));
      }
      case ERROR: {
        const error = this.keep(record, Object.create(globalThis[record.name].prototype));
        if (record.stack !== undefined) defineHidden(error, 'stack', record.stack);
        if (record.message !== undefined) defineHidden(error, 'message', record.message);
        if (record.cause !== undefined) defineHidden(error, 'cause', this.read(record.cause));
        return error;
      }
      case DOM_EXCEPTION:
        return this.keep(record, deserializeDOMException(record.v));
      case MOVED: {
        return this.keep(record, this.attach(record.index));
      }
      default:
        throw new Error(`unknown structured clone record ${record.t}`);
    }
  }

  attach(index) {
    if (this.attached[index] === undefined) {
      const { kind, state } = this.message.moved[index];
      this.attached[index] = kind.attach(state);
    }
    return this.attached[index];
  }
}

// Returns [value, the transferred objects that arrived (ports)].
function deserialize(message) {
  const deserializer = new Deserializer(message);
  const value = deserializer.read(message.record);
  // A moved object no part of the value reaches still arrives.
  for (let i = 0; i < message.moved.length; i++) deserializer.attach(i);
  return [value, deserializer.attached];
}

// --- structuredClone ---

// WebIDL's sequence conversion, every misstep of the iterator protocol
// reported with `what` (Node's wording for its caller).
function toTransferList(transfer, what) {
  const fail = () => {
    const error = new TypeError(what);
    error.code = 'ERR_INVALID_ARG_TYPE';
    return error;
  };
  if (transfer === null || (typeof transfer !== 'object' && typeof transfer !== 'function') ||
      typeof transfer[Symbol.iterator] !== 'function') {
    throw fail();
  }
  const iterator = transfer[Symbol.iterator]();
  if (iterator === null || typeof iterator !== 'object' || typeof iterator.next !== 'function') throw fail();
  const list = [];
  for (;;) {
    const result = iterator.next();
    if (result === null || typeof result !== 'object') throw fail();
    if (result.done) return list;
    list.push(result.value);
  }
}

function structuredClone(value, options) {
  // Node 24 passes a whole sentence as the argument's name, so its message
  // reads 'The "The value argument must be specified" argument must be specified'.
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('The value argument must be specified');
  let transferList = [];
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object' && typeof options !== 'function') {
      const error = new TypeError("Failed to execute 'structuredClone': Options cannot be converted to a dictionary");
      error.code = 'ERR_INVALID_ARG_TYPE';
      throw error;
    }
    if (options.transfer !== undefined) {
      transferList = toTransferList(options.transfer,
        "Failed to execute 'structuredClone': transfer in Options can not be converted to sequence.");
    }
  }
  return deserialize(serialize(value, transferList))[0];
}

module.exports = {
  structuredClone,
  serialize,
  deserialize,
  toTransferList,
  registerTransferable,
  markAsUncloneable,
  markAsUntransferable,
  isMarkedAsUntransferable,
};
