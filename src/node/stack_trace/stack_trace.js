'use strict';
// V8's stack trace API (https://v8.dev/docs/stack-trace-api) on QuickJS:
// `err.stack` in V8's text (`Error: message` then `    at fn (file:3:9)`
// lines), formatted when first read as V8 does; `Error.prepareStackTrace`
// (Node's default `ErrorPrepareStackTrace`, replaceable) called with CallSite
// objects at that first read; `Error.captureStackTrace(obj, fn)`;
// `Error.stackTraceLimit`; and the CallSite methods V8 has, with the values
// QuickJS can give.
//
// How: QuickJS calls the function held by its native `prepareStackTrace`
// slot at every capture (construction, engine throws, captureStackTrace)
// with its CallSite objects. `capture` below sits in that slot for good; user
// code sees Node's data property instead. Each captured error gets an own
// `stack` accessor (as in V8) that formats on first read and keeps the text.
// Positions and names are moved to where V8 puts them with the help of the
// source text (binding `stack_trace`, see mod.rs beside this file).
//
// Every frame carries its receiver (our QuickJS patch keeps it), so a method
// call prints as V8's does, `at Type.method [as alias] (...)`, with the type
// V8 derives from the receiver (see typeNameOf) and the property that holds
// the function.
//
// NODE-DIFF: the type comes from the receiver's prototype chain where V8
// reads the constructor kept in the object's map: an object made by `new B`
// whose B.prototype is another constructor's instance and names no
// constructor of its own gives that other name. V8's inferred names for
// functions written inside object and array literals are not all made.
// `getFunction()` guesses strictness from the function alone. Which call a
// frame was making is told by the callee's name; an anonymous callee or one
// called through another name (a callback parameter) may pick a neighbouring
// call's column. Async frames (`at async fn`, `at async Promise.all (index
// n)`) follow the running promise job's outcome as V8's do. At most 64 frames
// are captured (QuickJS's cap), whatever `Error.stackTraceLimit` says.
// `Error.stackTraceLimit` is an accessor (V8: a data property) so that
// QuickJS captures no more frames than asked; after `delete
// Error.stackTraceLimit` a new value reaches QuickJS one capture late. An
// error's own `stack` comes after `message` (V8: before), and
// Error.prototype keeps an accessor `stack` (V8 has none). Code run by `eval`
// or `new Function` is read for V8's positions while the host keeps it (the
// last 64 such codes, 4 MiB at most; older code keeps QuickJS's columns), and
// `new Function` code names where it was called, not where it was made. Frames of a function
// given as an argument report that call's callee as their enclosing position
// (QuickJS records arrows there). A stack overflow's RangeError has no frames:
// there is no stack left to format them with.

const stackBinding = internalBinding('stack_trace');

const OriginalError = Error;
const { defineProperty, getOwnPropertyDescriptor, getPrototypeOf, hasOwn } = Object;
const uncurryThis = (fn) => Function.prototype.call.bind(fn);
const ErrorPrototypeToString = uncurryThis(Error.prototype.toString);
const functionLineNumber = uncurryThis(getOwnPropertyDescriptor(Function.prototype, 'lineNumber').get);
const functionColumnNumber = uncurryThis(getOwnPropertyDescriptor(Function.prototype, 'columnNumber').get);
const callerGetter = uncurryThis(getOwnPropertyDescriptor(Function.prototype, 'caller').get);

// A WeakMap that user code patching WeakMap.prototype cannot break.
class SafeWeakMap extends WeakMap {}
for (const key of ['get', 'set', 'has', 'delete']) {
  defineProperty(SafeWeakMap.prototype, key, { __proto__: null, value: WeakMap.prototype[key] });
}

// Node's marker for its own errors, whose stack header shows the code
// (internal/errors.js, loaded once a stack is first formatted).
let kIsNodeError;

// --- What QuickJS provides, taken before anything can change it ---

// Whether a value is of QuickJS's Error class (made by an Error constructor
// or thrown by the engine), whatever its realm.
const isErrorObject = Error.isError;

// The prototypes of the errors QuickJS's own constructors make, in every
// realm.
const nativeErrorPrototypes = new WeakSet();
const nativeErrorNames = ['Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError',
  'URIError', 'AggregateError', 'SuppressedError', 'InternalError'];

// The global objects of every realm: a frame called on one is a plain call.
const realmGlobals = new WeakSet();

// What QuickJS provides in a realm (the main one, or a vm context's: each
// has its own Error with its own native capture slot and limit), taken
// before anything can change it, and the state of its Error's API.
function makeRealm(global) {
  realmGlobals.add(global);
  const ErrorOfRealm = global.Error;
  const realm = {
    global,
    Error: ErrorOfRealm,
    SyntaxErrorPrototype: global.SyntaxError.prototype,
    nativeSetPrepare: uncurryThis(getOwnPropertyDescriptor(ErrorOfRealm, 'prepareStackTrace').set),
    nativeSetLimit: uncurryThis(getOwnPropertyDescriptor(ErrorOfRealm, 'stackTraceLimit').set),
    nativeCaptureStackTrace: ErrorOfRealm.captureStackTrace,
    nativeStackGetter: uncurryThis(getOwnPropertyDescriptor(ErrorOfRealm.prototype, 'stack').get),
    stackTraceLimit: 10,
    // The user's value the native limit was last set from.
    nativeLimitSetFor: undefined,
    capture: undefined,
    captureStackTrace: undefined,
  };
  for (let i = 0; i < nativeErrorNames.length; i++) {
    const name = nativeErrorNames[i];
    if (typeof global[name] === 'function') nativeErrorPrototypes.add(global[name].prototype);
  }
  realm.nativeSetPrepare(ErrorOfRealm, (error, sites) => sites);
  realm.CallSitePrototype = getPrototypeOf(realm.nativeStackGetter(new ErrorOfRealm())[0]);
  realm.nativeSetPrepare(ErrorOfRealm, undefined);
  return realm;
}

const mainRealm = makeRealm(globalThis);
const CallSitePrototype = mainRealm.CallSitePrototype;
const native = {};
for (const name of ['getFunction', 'getFunctionName', 'getFileName', 'getLineNumber', 'getColumnNumber',
  'isNative', 'isConstructor', 'nodelingAsync', 'nodelingPromiseIndex', 'nodelingThis']) {
  native[name] = uncurryThis(CallSitePrototype[name]);
}

// --- Captures ---

// What was captured for an object: { sites, limit, proto, done, value } —
// QuickJS's CallSites, the limit then in force and the object's prototype
// then (new.target's), until `stack` is first read (or set); then `done` and
// the value it reads as. Kept after that: an uncaught
// error's report points at its first frame. Error.captureStackTrace adds
// `filterName` (its function's name), a syntax error `syntax` (where the
// parser stopped: [file, line, column], QuickJS's).
const captures = new SafeWeakMap();
// Errors whose stack already starts with the source line and arrow.
const decorated = new WeakSet();

// QuickJS counts frames V8 does not show (Function.prototype.call, the
// constructors of an error subclass); capture a few more than asked.
const kHiddenFrameAllowance = 4;
const kMaxFrames = 64;

function setNativeLimit(realm, limit) {
  realm.nativeLimitSetFor = limit;
  const frames = typeof limit !== 'number' || !(limit > 0) ? 0 :
    Math.min(kMaxFrames, Math.floor(limit) + kHiddenFrameAllowance);
  realm.nativeSetLimit(realm.Error, frames);
}

let formatting = false;
// Set while Error.captureStackTrace runs QuickJS's.
let capturingFor = null;

// Called by QuickJS at every capture, with `this` = Error. Must not throw:
// QuickJS would drop the exception silently. What it returns QuickJS keeps
// as "the backtrace of the exception in flight" until a catch; anything but
// undefined stops it from capturing again in every frame the exception
// unwinds through, and from handing us thrown values that are not errors
// (V8 gives those no stack).
function capture(realm, error, sites) {
  let syntax;
  if (capturingFor !== error) {
    // A thrown value that is not an error, or an error thrown again after a
    // catch: V8 captures at construction only.
    if (!isErrorObject(error) || captures.has(error)) return true;
    // A syntax error's first site is where the parser stopped (no
    // function); V8 shows it above the stack instead (see sourceLocation).
    if (sites.length !== 0 && getPrototypeOf(error) === realm.SyntaxErrorPrototype &&
        native.getFunction(sites[0]) === null) {
      const where = sites.shift();
      syntax = [native.getFileName(where), native.getLineNumber(where), native.getColumnNumber(where)];
    }
  }
  const limit = realm.Error.stackTraceLimit;
  // A stackTraceLimit redefined as a data property (after `delete`) does not
  // reach QuickJS by our setter: follow it from the next capture on.
  const setFor = realm.nativeLimitSetFor;
  if (limit !== setFor && !(limit !== limit && setFor !== setFor)) {
    setNativeLimit(realm, limit);
  }
  // A limit that is not a number: V8 captures nothing, `stack` reads undefined.
  // `proto` tells new.target (see visibleSites).
  const record = {
    sites, limit, proto: getPrototypeOf(error), done: typeof limit !== 'number', value: undefined, realm,
  };
  if (syntax !== undefined) record.syntax = syntax;
  captures.set(error, record);
  if (capturingFor !== error) defineProperty(error, 'stack', stackDescriptor);
  return true;
}

const stackDescriptor = {
  __proto__: null,
  // V8's accessor functions have no names.
  get: [function () {
    const record = captures.get(this);
    if (record === undefined) return undefined;
    if (record.done) return record.value;
    const value = prepareStack(this, record);
    record.done = true;
    record.value = value;
    return value;
  }][0],
  set: [function (value) {
    let record = captures.get(this);
    if (record === undefined) {
      record = { sites: [], limit: 0, done: true, value };
      captures.set(this, record);
    }
    record.done = true;
    record.value = value;
  }][0],
  enumerable: false,
  configurable: true,
};

// What Node's prepareStackTraceCallback does at the first read: the user's
// Error.prepareStackTrace if it is a function (Node's default is one), our
// formatting otherwise; errors made while a stack is being prepared get the
// default text.
function prepareStack(error, record) {
  const sites = visibleSites(error, record);
  if (formatting) return defaultPrepareStackTrace(error, sites);
  // Node asks the Error of the error's realm, then the main one.
  const globalError = (record.realm ?? mainRealm).global.Error;
  let prepare = globalError?.prepareStackTrace;
  let receiver = globalError;
  if (typeof prepare !== 'function') {
    prepare = OriginalError.prepareStackTrace;
    receiver = OriginalError;
  }
  if (typeof prepare !== 'function' || prepare === ErrorPrepareStackTrace) {
    return defaultPrepareStackTrace(error, sites);
  }
  formatting = true;
  try {
    return prepare.call(receiver, error, sites);
  } finally {
    formatting = false;
  }
}

// Node's default: the error's text, then one line per frame.
function defaultPrepareStackTrace(error, trace) {
  kIsNodeError ??= require('internal/errors').kIsNodeError;
  let text = kIsNodeError in error ?
    `${error.name} [${error.code}]: ${error.message}` :
    ErrorPrototypeToString(error);
  for (let i = 0; i < trace.length; i++) {
    const site = trace[i];
    const frame = site !== null && typeof site === 'object' && site.toString === callSiteToString ?
      frames.get(site) : undefined;
    text += `\n    at ${frame !== undefined ? frameText(frame) : site}`;
  }
  return text;
}

function ErrorPrepareStackTrace(error, trace) {
  return defaultPrepareStackTrace(error, trace);
}

// --- Frames ---

// CallSite -> { sites, index, top, data }: its place in QuickJS's capture
// (the neighbours tell what it was calling, who called eval, which frames
// are strict; `top` is [error, capture] for the first site), and `data`,
// what resolve() made of it.
const frames = new SafeWeakMap();

// function -> Map(key -> data): frames resolved before, by everything the
// result depends on, so that errors from the same code paths are formatted
// from a lookup.
const resolvedFrames = new SafeWeakMap();

// What V8 would say of a CallSite: { fileName, line, column, position,
// functionName, typeName, methodName, toplevel, construct, eval, evalOrigin,
// builtin } (see resolve).
function frameOf(site) {
  let frame = frames.get(site);
  if (frame === undefined) {
    // Not from one of our captures (a CallSite kept from an earlier
    // prepareStackTrace is): no neighbours to go by.
    frame = { sites: [site], index: 0, top: undefined, data: undefined };
    frames.set(site, frame);
  }
  return frame.data ??= resolve(frame);
}

// The frames V8 would have captured: without the constructors of the error
// being made (V8 skips frames up to `new.target`), without the native frames
// V8 does not show, at most `limit` of them.
function visibleSites(error, record) {
  const { sites, limit, proto } = record;
  let start = 0;
  // V8 drops the frames up to new.target's; QuickJS already left out the
  // built-in Error constructors. An error made for a class whose constructor
  // is not on the stack (Reflect.construct) gets no frames at all.
  if (!hasOwn(record, 'filterName') && !nativeErrorPrototypes.has(proto)) {
    let seen = false;
    for (let i = 0; i < sites.length; i++) {
      const fn = native.getFunction(sites[i]);
      if (typeof fn === 'function' && native.isConstructor(sites[i]) && hasOwn(fn, 'prototype') && fn.prototype === proto) {
        start = i + 1;
        seen = true;
        break;
      }
    }
    if (!seen && isBytecodeConstructorOf(proto)) start = sites.length;
  }
  const max = limit > 0 ? Math.floor(limit) : 0;
  const out = [];
  for (let i = start; i < sites.length && out.length < max; i++) {
    const site = sites[i];
    if (native.isNative(site) && builtinName(native.getFunction(site)) === undefined) continue;
    if (hiddenFunctions.has(native.getFunction(site))) continue;
    if (!frames.has(site)) {
      frames.set(site, { sites, index: i, top: i === 0 ? [error, record] : undefined, data: undefined });
    }
    out.push(site);
  }
  return out;
}

// Our functions whose frames Node has no counterpart for: the loop's
// JavaScript around what is C++ in Node (running the microtask queue after
// a callback), which would otherwise show under every promise job.
const hiddenFunctions = new SafeWeakMap();

function hideFromStackTraces(fn) {
  hiddenFunctions.set(fn, true);
}

// `get x` / `set x` (class and object literal accessors), or a function named
// as a getter or setter (depd's deprecate.property wraps with `getter`).
const accessorProperty = /^(?:[gs]et (.+)|[gs]etter|[gs]et)$/;

// Whether `proto` belongs to a class written in JavaScript.
function isBytecodeConstructorOf(proto) {
  try {
    const ctor = proto?.constructor;
    return typeof ctor === 'function' && ctor.prototype === proto && typeof functionLineNumber(ctor) === 'number';
  } catch {
    return false;
  }
}

// What the frame was calling: [name, constructing, failed property], as
// `stack_trace.callPosition` takes it.
function calleeOf(frame) {
  const { sites, index, top } = frame;
  if (index > 0) {
    const previous = sites[index - 1];
    const name = native.getFunctionName(previous) ?? '';
    // An accessor runs for a property read or write, not a call: V8 points
    // at the property (`*`: the last one of the chain, when the accessor's
    // name does not tell which).
    const accessor = accessorProperty.exec(name);
    return [name, native.isConstructor(previous), accessor === null ? undefined : accessor[1] ?? '*'];
  }
  if (top === undefined) return ['', false, undefined];
  const error = top[0];
  const record = top[1];
  // Error.captureStackTrace(obj, fn): fn may have been called with `new`.
  if (hasOwn(record, 'filterName')) return [record.filterName, undefined, undefined];
  // The top frame of an error being constructed (`new TypeError(...)`) or
  // thrown by the engine (`null.x`).
  let name = '';
  let property;
  try {
    const ctor = getPrototypeOf(error)?.constructor;
    if (typeof ctor === 'function' && typeof ctor.name === 'string') name = ctor.name;
    const message = error.message;
    if (typeof message === 'string') {
      property = (/(?:read|set) propert(?:y|ies) (?:of \w+ )?\(?(?:reading |setting )?'([^']*)'/.exec(message) ??
        /^'([^']*)' is read-only$/.exec(message))?.[1];
    }
  } catch {
    // A hostile prototype or message getter: no hint.
  }
  return [name, true, property];
}

// A CommonJS module's function: compiled with the wrapper on lines -1 and 0.
function isModuleWrapper(fn, file) {
  return typeof fn === 'function' && functionLineNumber(fn) === -1 && !file.startsWith('node:');
}

function resolve(frame) {
  const site = frame.sites[frame.index];
  const asyncKind = native.nodelingAsync(site);
  if (asyncKind > 1) return combinatorFrame(site, asyncKind);
  let data = resolveSync(frame, site, asyncKind === 1);
  if (asyncKind === 1) data = { ...data, async: true };
  return withReceiver(data, site);
}

// --- The receiver: `Type.method [as alias]` ---

// V8 calls a frame a method call unless its receiver is undefined, null or
// a global object (a plain call: sloppy functions get the global), or it
// runs a constructor. A method call is named from the receiver's type and
// the property that holds the function. Returns `data` (shared by every
// capture at that position) or a copy with the receiver's part.
function withReceiver(data, site) {
  if (data.construct) return data;
  const receiver = native.nodelingThis(site);
  if (receiver === undefined || receiver === null || realmGlobals.has(receiver)) return data;
  if (data.builtin !== null) {
    // A built-in method is named by its receiver too (`Uint8Array.map`,
    // `String.forEach` for Array.prototype.forEach called on a string).
    if (data.typeName === null) return data;
    const typeName = typeNameOf(receiver);
    if (typeName === data.typeName) return data;
    return { ...data, text: undefined, typeName, builtin: [typeName, data.builtin[1]] };
  }
  // Worked out when first asked: most readers of a CallSite want its file
  // and position only.
  const fn = native.getFunction(site);
  let typeName;
  let methodName;
  return {
    ...data,
    text: undefined,
    toplevel: false,
    get typeName() {
      return typeName ??= typeNameOf(receiver);
    },
    get methodName() {
      if (methodName === undefined) methodName = methodNameOf(receiver, fn, data.inferredName);
      return methodName;
    },
  };
}

const { isProxy, isArgumentsObject } = internalBinding('types');
const ObjectPrototype = Object.prototype;
const SymbolToStringTag = Symbol.toStringTag;
const ownKeys = Reflect.ownKeys;

// V8's GetTypeName: a primitive's wrapper, `Proxy`, a function's own name
// (V8's class-constructor rule, and what it reports for other functions),
// else JSReceiver::GetConstructorName.
function typeNameOf(receiver) {
  switch (typeof receiver) {
    case 'string': return 'String';
    case 'number': return 'Number';
    case 'boolean': return 'Boolean';
    case 'symbol': return 'Symbol';
    case 'bigint': return 'BigInt';
  }
  if (isProxy(receiver)) return 'Proxy';
  if (typeof receiver === 'function') {
    const name = debugName(receiver);
    return name === '' || name.startsWith('bound ') ? 'Function' : name;
  }
  return constructorNameOf(receiver);
}

// The function's own name, as V8's SharedFunctionInfo keeps it, or ''.
function debugName(fn) {
  const desc = getOwnPropertyDescriptor(fn, 'name');
  return desc !== undefined && typeof desc.value === 'string' ? desc.value : '';
}

// JSReceiver::GetConstructorName, without running user code (no getters,
// no proxy traps): the constructor that made the object (V8 keeps it in the
// object's map; here, the prototype's own `constructor` when that
// constructor's prototype is it, or the name recorded when the chain was
// cut), unless that is Object or nameless; then the first own data
// Symbol.toStringTag up the chain, or the first `constructor` of a
// prototype (never the object's own); else the kind of object.
let recordedConstructorName;
function constructorNameOf(object) {
  recordedConstructorName ??= require('internal/constructor_names').recordedConstructorName;
  const recorded = recordedConstructorName(object);
  if (recorded !== undefined) return recorded;
  const proto = getPrototypeOf(object);
  if (proto !== null && !isPrototypeObject(object)) {
    const made = ownDataValue(proto, 'constructor');
    if (typeof made === 'function' && ownDataValue(made, 'prototype') === proto) {
      const name = debugName(made);
      if (name !== '' && name !== 'Object') return name;
    }
  }
  let current = object;
  for (let depth = 0; current !== null && depth < 10000; depth++) {
    if (isProxy(current)) break;
    const tag = ownDataValue(current, SymbolToStringTag);
    if (typeof tag === 'string') return tag;
    if (current !== object) {
      const constructor = ownDataValue(current, 'constructor');
      if (typeof constructor === 'function') {
        const name = debugName(constructor);
        if (name !== '' && name !== 'Object') return name;
      }
    }
    current = getPrototypeOf(current);
  }
  if (Array.isArray(object)) return 'Array';
  if (isArgumentsObject(object)) return 'Arguments';
  return 'Object';
}

// V8 keeps no constructor for objects used as prototypes: what a
// constructor's `prototype` is.
function isPrototypeObject(object) {
  if (object === ObjectPrototype) return true;
  const constructor = ownDataValue(object, 'constructor');
  return typeof constructor === 'function' && ownDataValue(constructor, 'prototype') === object;
}

function ownDataValue(object, key) {
  if (isProxy(object)) return undefined;
  const desc = getOwnPropertyDescriptor(object, key);
  return desc === undefined ? undefined : desc.value;
}

// V8's GetMethodName: the function's name (without `get `/`set `; for a
// nameless function, the last part of the name V8 infers, `o.foo` gives
// foo) if the receiver's chain holds the function there; else the one
// enumerable string-keyed property up the chain that holds it, or null when
// none or several do.
function methodNameOf(receiver, fn, inferredName) {
  if (typeof fn !== 'function' || receiver === undefined || receiver === null) return null;
  const object = Object(receiver);
  let name = debugName(fn);
  if (name.startsWith('get ') || name.startsWith('set ')) {
    name = name.slice(4);
  } else if (name === '' && typeof inferredName === 'string') {
    name = inferredName.slice(inferredName.lastIndexOf('.') + 1);
  }
  if (name !== '' && holdsAt(object, name, fn)) return name;
  let found;
  for (let current = object, depth = 0; current !== null && depth < 10000; depth++) {
    if (isProxy(current)) break;
    const keys = ownKeys(current);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (typeof key !== 'string' || isArrayIndex(key)) continue;
      const desc = getOwnPropertyDescriptor(current, key);
      if (desc === undefined || !desc.enumerable || !holds(desc, fn)) continue;
      if (found === undefined) found = key;
      else if (found !== key) return null;
    }
    current = getPrototypeOf(current);
  }
  return found ?? null;
}

// Whether the first property `key` up the chain holds `fn`.
function holdsAt(object, key, fn) {
  for (let current = object, depth = 0; current !== null && depth < 10000; depth++) {
    if (isProxy(current)) return false;
    const desc = getOwnPropertyDescriptor(current, key);
    if (desc !== undefined) return holds(desc, fn);
    current = getPrototypeOf(current);
  }
  return false;
}

function holds(desc, fn) {
  return desc.value === fn || desc.get === fn || desc.set === fn;
}

function isArrayIndex(key) {
  const n = Number(key);
  return n >>> 0 === n && n !== 4294967295 && String(n) === key;
}

// `async Promise.all (index 1)`: an element of a combined promise that an
// async function waits on.
function combinatorFrame(site, kind) {
  const index = native.nodelingPromiseIndex(site);
  return {
    fileName: null, line: null, column: null, position: index ?? 0, functionName: native.getFunctionName(site),
    typeName: 'Promise', methodName: null, toplevel: false, construct: false, eval: false, evalOrigin: undefined,
    builtin: null, async: true, promiseAll: kind === 2, promiseIndex: index,
  };
}

function resolveSync(frame, site, awaiting) {
  const fn = native.getFunction(site);
  const construct = native.isConstructor(site);
  if (native.isNative(site)) {
    const builtin = builtinName(fn) ?? [null, native.getFunctionName(site) ?? ''];
    const typeName = builtin[0];
    const name = builtin[1];
    return {
      fileName: null, line: null, column: null, position: 0, functionName: name, typeName,
      methodName: typeName === null ? null : name, toplevel: typeName === null, construct, eval: false,
      evalOrigin: undefined, builtin,
    };
  }
  const line = native.getLineNumber(site);
  const column = native.getColumnNumber(site);
  // A frame waiting at an await is calling nothing.
  const callee = awaiting ? ['', false, undefined] : calleeOf(frame);
  const key = `${line}:${column}:${construct}:${awaiting}:${callee[0]}:${callee[1]}:${callee[2]}`;
  let known = typeof fn === 'function' ? resolvedFrames.get(fn) : undefined;
  const found = known?.get(key);
  if (found !== undefined) return found;
  const data = {
    fileName: undefined, line, column, position: 0, functionName: null, typeName: null, methodName: null,
    toplevel: !construct, construct, eval: false, evalOrigin: undefined, builtin: null, moduleWrapper: false,
    inferredName: null,
  };
  const file = native.getFileName(site);
  let name = native.getFunctionName(site);
  if (isEvalFile(file)) {
    // eval and new Function: V8 names the frame `eval` and says where the
    // code came from (which depends on the neighbours: not kept). Its
    // positions are read against the code, while the host keeps it.
    data.eval = true;
    data.functionName = name === '<eval>' || name === 'anonymous' ? 'eval' : name;
    data.evalOrigin = evalOrigin(frame);
    if (line !== null) moveToV8Position(data, file, awaiting, callee);
    data.evalFile = file;
    return data;
  }
  if (typeof file === 'string') {
    data.fileName = file;
    // The top level of a script (`node -e` code, a vm script): V8 shows its
    // frames without a name.
    if (name === '<eval>') name = '';
    if (isModuleWrapper(fn, file)) {
      // V8's `Object.<anonymous>`: a nameless function called on
      // module.exports (its receiver names the type).
      data.moduleWrapper = true;
    } else if (name !== '') {
      data.functionName = name;
    }
    if (!file.startsWith('node:') && line !== null) {
      moveToV8Position(data, file, awaiting, callee);
      if (data.functionName === null && !construct && !data.moduleWrapper && typeof fn === 'function') {
        data.inferredName = stackBinding.inferredName(file, functionLineNumber(fn), functionColumnNumber(fn)) ?? null;
        data.functionName = data.inferredName;
      }
    }
  }
  if (typeof fn === 'function') {
    if (known === undefined) {
      known = new Map();
      resolvedFrames.set(fn, known);
    }
    known.set(key, data);
  }
  return data;
}

// Moves a frame from QuickJS's position (what runs after the call, or the
// await) to V8's, read in the source of `file`.
function moveToV8Position(data, file, awaiting, callee) {
  const { line, column } = data;
  const moved = awaiting ?
    stackBinding.awaitPosition(file, line, column) :
    stackBinding.callPosition(file, line, column, callee[0], callee[1], callee[2]);
  if (moved !== undefined) {
    data.line = moved[0];
    data.column = moved[1];
    data.position = moved[2];
  }
}

// [line, column] of the frame's function, V8's getEnclosing*Number.
function enclosingOf(data, site) {
  if (data.enclosing === undefined) {
    data.enclosing = [null, null];
    const fn = native.getFunction(site);
    const file = data.fileName;
    if (data.moduleWrapper) {
      data.enclosing = [1, 1];
    } else if (typeof fn === 'function' && typeof file === 'string' && !file.startsWith('node:')) {
      const start = stackBinding.position(file, functionLineNumber(fn), functionColumnNumber(fn));
      if (start !== undefined) data.enclosing = [start[0], start[1]];
    }
  }
  return data.enclosing;
}

// `eval at <function> (file:line:col)`: the function that ran the eval, and
// where (QuickJS only knows the caller, which is where `new Function` code
// was made only when it is called at once).
function evalOrigin(frame) {
  const { sites, index } = frame;
  for (let i = index + 1; i < sites.length; i++) {
    const caller = sites[i];
    const file = native.getFileName(caller);
    if (native.isNative(caller) || isEvalFile(file)) continue;
    if (!frames.has(caller)) frames.set(caller, { sites, index: i, top: undefined, data: undefined });
    const callerFrame = frameOf(caller);
    let location = fileLocation(callerFrame);
    const line = native.getLineNumber(caller);
    if (typeof file === 'string' && line !== null) {
      // Where `eval(` or `new Function(` is, not the call in progress.
      const made = native.getFunctionName(sites[index]) === 'anonymous';
      const at = stackBinding.callPosition(file, line, native.getColumnNumber(caller), made ? 'Function' : 'eval',
        made, undefined);
      if (at !== undefined) location = `${file}:${at[0]}:${at[1]}`;
    }
    return `eval at ${callerFrame.functionName || '<anonymous>'} (${location})`;
  }
  return 'eval at <anonymous>';
}

// V8 hides the receiver and function of a frame once it has seen a strict
// one, from the top of the stack down.
function strictFrom(sites, index) {
  for (let i = 0; i <= index; i++) {
    if (isStrict(sites[i])) return true;
  }
  return false;
}

function isStrict(site) {
  // Built-ins are strict, but V8 has no frame for those we hide.
  if (native.isNative(site)) return builtinName(native.getFunction(site)) !== undefined;
  const fn = native.getFunction(site);
  if (typeof fn !== 'function' || !hasOwn(fn, 'prototype')) return false;
  try {
    callerGetter(fn);
    return false;
  } catch {
    return true;
  }
}

// V8's text for a frame (CallSite.prototype.toString).
function frameText(frame) {
  const data = frame.data ??= resolve(frame);
  return data.text ??= serializeFrame(data);
}

function serializeFrame(frame) {
  if (frame.async) {
    if (frame.promiseIndex !== undefined) return `async Promise.${frame.functionName} (index ${frame.promiseIndex})`;
    return `async ${serializeSyncFrame(frame)}`;
  }
  return serializeSyncFrame(frame);
}

function serializeSyncFrame(frame) {
  if (frame.builtin !== null) {
    const typeName = frame.builtin[0];
    const name = frame.builtin[1];
    const prefix = frame.construct ? 'new ' : '';
    return `${prefix}${typeName === null ? name : `${typeName}.${name}`} (<anonymous>)`;
  }
  const name = frame.functionName;
  let text;
  if (!frame.toplevel && !frame.construct) {
    text = methodCall(frame);
  } else if (frame.construct) {
    text = `new ${name || '<anonymous>'}`;
  } else if (name) {
    text = name;
  } else {
    return fileLocation(frame);
  }
  return `${text} (${fileLocation(frame)})`;
}

function methodCall(frame) {
  const { typeName, methodName, functionName } = frame;
  if (functionName) {
    let text = functionName;
    if (typeName && functionName !== typeName && /^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*$/u.test(functionName)) {
      text = `${typeName}.${functionName}`;
    }
    if (methodName && methodName !== functionName && !functionName.endsWith(`.${methodName}`) &&
        !functionName.endsWith(` ${methodName}`)) {
      text += ` [as ${methodName}]`;
    }
    return text;
  }
  return `${typeName ? `${typeName}.` : ''}${methodName || '<anonymous>'}`;
}

function fileLocation(frame) {
  let text = frame.eval ? `${frame.evalOrigin ?? 'eval at <anonymous>'}, ` : '';
  text += frame.fileName || '<anonymous>';
  if (frame.line !== null) {
    text += `:${frame.line}`;
    if (frame.column !== null) text += `:${frame.column}`;
  }
  return text;
}

// --- Built-in functions V8 shows as frames ---

// function -> [typeName, functionName] for the built-ins whose frames V8
// shows (`at Array.map (<anonymous>)`); undefined for native functions it
// does not show (Function.prototype.call, Reflect.apply, our bindings).
let builtins;
function builtinName(fn) {
  if (builtins === undefined) builtins = collectBuiltins();
  return builtins.get(fn);
}

// Indexed loops, no destructuring: user code may have replaced
// %ArrayIteratorPrototype%.next, and the stack API must still work.
function collectBuiltins() {
  const map = new Map();
  // QuickJS builds template literals with String.prototype.concat.
  const hidden = new Set();
  hidden.add(Function.prototype.call).add(Function.prototype.apply).add(Function.prototype.bind)
    .add(Reflect.apply).add(Reflect.construct).add(String.prototype.concat);
  const add = (owner, typeName) => {
    const keys = Reflect.ownKeys(owner);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (typeof key !== 'string' || key === 'constructor') continue;
      const desc = getOwnPropertyDescriptor(owner, key);
      const fns = [desc.value, desc.get, desc.set];
      for (let j = 0; j < fns.length; j++) {
        const fn = fns[j];
        if (typeof fn === 'function' && !hidden.has(fn) && !map.has(fn)) {
          map.set(fn, [typeName, fn === desc.value ? key : fn.name]);
        }
      }
    }
  };
  const TypedArray = getPrototypeOf(Uint8Array);
  const classes = [Array, Object, String, Number, Boolean, Symbol, BigInt, Function, Promise, Map, Set, WeakMap,
    WeakSet, Date, RegExp, Error, ArrayBuffer, DataView, TypedArray, Proxy, WeakRef, FinalizationRegistry];
  for (let i = 0; i < classes.length; i++) {
    const C = classes[i];
    map.set(C, [null, C.name]);
    if (C.prototype) add(C.prototype, C === TypedArray ? 'TypedArray' : C.name);
    add(C, C.name);
  }
  const namespaces = ['JSON', 'Math', 'Atomics', 'Intl'];
  for (let i = 0; i < namespaces.length; i++) {
    const namespace = namespaces[i];
    if (globalThis[namespace] !== undefined) add(globalThis[namespace], namespace);
  }
  const functions = ['parseInt', 'parseFloat', 'isNaN', 'isFinite', 'eval', 'encodeURI', 'decodeURI',
    'encodeURIComponent', 'decodeURIComponent'];
  for (let i = 0; i < functions.length; i++) {
    const name = functions[i];
    map.set(globalThis[name], [null, name]);
  }
  add(getPrototypeOf(getPrototypeOf([][Symbol.iterator]())), 'Iterator');
  return map;
}

// --- CallSite.prototype, in V8's order ---

function CallSite() {
  throw new TypeError('Illegal constructor');
}

const callSiteMethods = {
  getColumnNumber() {
    return frameOf(this).column;
  },
  getEnclosingColumnNumber() {
    return enclosingOf(frameOf(this), this)[1];
  },
  getEnclosingLineNumber() {
    return enclosingOf(frameOf(this), this)[0];
  },
  getEvalOrigin() {
    return frameOf(this).evalOrigin;
  },
  getFileName() {
    return frameOf(this).fileName;
  },
  getFunction() {
    const data = frameOf(this);
    const { sites, index } = frames.get(this);
    return data.builtin !== null || strictFrom(sites, index) ? undefined : native.getFunction(this);
  },
  getFunctionName() {
    return frameOf(this).functionName;
  },
  getLineNumber() {
    return frameOf(this).line;
  },
  getMethodName() {
    return frameOf(this).methodName;
  },
  getPosition() {
    return frameOf(this).position;
  },
  getPromiseIndex() {
    return frameOf(this).promiseIndex ?? null;
  },
  getScriptNameOrSourceURL() {
    const frame = frameOf(this);
    return frame.eval ? undefined : frame.fileName;
  },
  getScriptHash() {
    const { fileName } = frameOf(this);
    return typeof fileName === 'string' && !fileName.startsWith('node:') ? stackBinding.scriptHash(fileName) : '';
  },
  getThis() {
    const data = frameOf(this);
    const { sites, index } = frames.get(this);
    if (data.builtin !== null || strictFrom(sites, index)) return undefined;
    const receiver = native.nodelingThis(this);
    // A sloppy function called plainly runs with the global object.
    return receiver === undefined || receiver === null ? mainRealm.global : receiver;
  },
  getTypeName() {
    return frameOf(this).typeName;
  },
  isAsync() {
    return frameOf(this).async === true;
  },
  isConstructor() {
    return frameOf(this).construct;
  },
  isEval() {
    return frameOf(this).eval;
  },
  isNative() {
    return false;
  },
  isPromiseAll() {
    return frameOf(this).promiseAll === true;
  },
  isToplevel() {
    return frameOf(this).toplevel;
  },
  toString() {
    frameOf(this);
    return frameText(frames.get(this));
  },
};
const callSiteToString = callSiteMethods.toString;

// V8's CallSite.prototype has no Symbol.toStringTag.
function setUpCallSitePrototype(prototype) {
  const own = Reflect.ownKeys(prototype);
  for (let i = 0; i < own.length; i++) delete prototype[own[i]];
  defineProperty(prototype, 'constructor', { __proto__: null, value: CallSite, writable: true, enumerable: false, configurable: true });
  const methods = Object.keys(callSiteMethods);
  for (let i = 0; i < methods.length; i++) {
    const key = methods[i];
    defineProperty(prototype, key, {
      __proto__: null,
      value: callSiteMethods[key], writable: true, enumerable: false, configurable: true,
    });
  }
}
setUpCallSitePrototype(CallSitePrototype);
defineProperty(CallSite, 'prototype', { __proto__: null, value: CallSitePrototype, writable: false });

// --- Error's own properties, as Node 24 has them ---

function makeCaptureStackTrace(realm) {
  const captureStackTrace = function captureStackTrace(error, constructorOpt) {
    if (error === null || (typeof error !== 'object' && typeof error !== 'function')) {
      throw new TypeError('invalid_argument');
    }
    const filter = typeof constructorOpt === 'function' ? constructorOpt : captureStackTrace;
    capturingFor = error;
    try {
      realm.nativeCaptureStackTrace(error, filter);
    } finally {
      capturingFor = null;
    }
    const record = captures.get(error);
    if (record !== undefined) {
      let name = '';
      try {
        if (typeof filter.name === 'string') name = filter.name;
      } catch {
        // A throwing name getter: no name.
      }
      record.filterName = name;
      // QuickJS keeps the frames from the top when `fn` is not on the stack;
      // V8 keeps none, or those after `fn` when it waits in an async frame.
      if (filter !== captureStackTrace && record.sites.length > 0 &&
          native.getFunction(record.sites[0]) === captureStackTrace) {
        const { sites } = record;
        let kept = [];
        for (let i = 0; i < sites.length; i++) {
          if (native.nodelingAsync(sites[i]) === 1 && native.getFunction(sites[i]) === filter) {
            kept = sites.slice(i + 1);
            break;
          }
        }
        record.sites = kept;
      }
    }
    try {
      defineProperty(error, 'stack', stackDescriptor);
    } catch {
      throw new TypeError('Cannot define property stack, object is not extensible');
    }
  };
  return captureStackTrace;
}

// Puts V8's Error API on a realm's Error; the main realm also gets Node's
// Error.prepareStackTrace (a vm context's has none, as in Node).
function install(realm, isMain) {
  const ErrorOfRealm = realm.Error;
  realm.capture = (error, sites) => capture(realm, error, sites);
  realm.captureStackTrace = makeCaptureStackTrace(realm);
  realm.nativeSetPrepare(ErrorOfRealm, realm.capture);
  setNativeLimit(realm, realm.stackTraceLimit);
  defineProperty(ErrorOfRealm, 'stackTraceLimit', {
    __proto__: null,
    get() {
      return realm.stackTraceLimit;
    },
    set(value) {
      realm.stackTraceLimit = value;
      setNativeLimit(realm, value);
    },
    enumerable: true,
    configurable: true,
  });
  if (isMain) {
    defineProperty(ErrorOfRealm, 'prepareStackTrace', {
      __proto__: null,
      value: ErrorPrepareStackTrace, writable: true, enumerable: false, configurable: true,
    });
  } else {
    delete ErrorOfRealm.prepareStackTrace;
  }
  defineProperty(ErrorOfRealm, 'captureStackTrace', {
    __proto__: null,
    value: realm.captureStackTrace, writable: true, enumerable: false, configurable: true,
  });
  // Errors QuickJS could not hand to `capture` (a stack overflow leaves no
  // room to call it) read QuickJS's own value, or their header when it has
  // none.
  const nativeStackGetter = realm.nativeStackGetter;
  defineProperty(ErrorOfRealm.prototype, 'stack', {
    __proto__: null,
    get() {
      const value = nativeStackGetter(this);
      if (value === null) return ErrorPrototypeToString(this);
      return value;
    },
    set(value) {
      defineProperty(this, 'stack', { __proto__: null, value, writable: true, enumerable: true, configurable: true });
    },
    enumerable: false,
    configurable: true,
  });
}

install(mainRealm, true);

// A vm context's realm (its global object): its errors get V8's stacks.
function installRealm(global) {
  const realm = makeRealm(global);
  const sitePrototype = realm.CallSitePrototype;
  if (sitePrototype !== CallSitePrototype) setUpCallSitePrototype(sitePrototype);
  install(realm, false);
}

// --- For the uncaught-error report and the module loader ---

// Where V8 would point for `error` above an uncaught error's stack:
// { file, line, column, length } (length: how many characters to underline),
// or undefined. A syntax error names where parsing stopped; other errors
// their first frame that runs in a file, or for an error `thrown` where it
// was made by `throw new X()`, that `throw`.
// NODE-DIFF: an error thrown again elsewhere (`throw err`) is shown where it
// was made; V8 shows the last throw.
function sourceLocation(error, thrown = false, accept = isSourceFile) {
  const record = captures.get(error);
  if (record === undefined) return undefined;
  // JSON.parse reports `<input>`: the report points at the caller instead.
  if (hasOwn(record, 'syntax') && accept(record.syntax[0]) && record.syntax[1] !== null) {
    const file = record.syntax[0];
    const line = record.syntax[1];
    const column = record.syntax[2];
    const moved = stackBinding.position(file, line, column);
    if (moved === undefined) return { file, line, column, length: 1 };
    const length = stackBinding.tokenLength(file, line, column) ?? 1;
    return { file, line: moved[0], column: moved[1], length: Math.max(1, length) };
  }
  const sites = visibleSites(error, record);
  for (let i = 0; i < sites.length; i++) {
    const data = frameOf(sites[i]);
    if (!accept(data.fileName) || data.line === null || data.eval) continue;
    if (thrown && i === 0) {
      const site = sites[i];
      const callee = calleeOf(frames.get(site));
      const at = stackBinding.throwPosition(data.fileName, native.getLineNumber(site), native.getColumnNumber(site),
        callee[0], callee[1], callee[2]);
      if (at !== undefined) return { file: data.fileName, line: at[0], column: at[1], length: 1 };
    }
    return { file: data.fileName, line: data.line, column: data.column, length: 1 };
  }
  return undefined;
}

// The first frame V8 would show for an object given to captureStackTrace,
// as [file, line, column, source of code in no file] in V8's positions, or
// undefined: what assert needs to quote its caller's source, without
// formatting `stack` or changing Error.prepareStackTrace (which user code
// may have frozen), as Node's internal override does.
function capturedFrame(holder) {
  const record = captures.get(holder);
  if (record === undefined) return undefined;
  const site = visibleSites(holder, record)[0];
  if (site === undefined) return undefined;
  const data = frameOf(site);
  // Code run by eval or made by `new Function` is in no file: its source is
  // the code the host kept, or failing that the function's text (V8 counts
  // lines and columns in both as it does in a script).
  let source;
  if (data.eval && data.fileName === undefined) {
    source = data.evalFile === undefined ? undefined : stackBinding.evalSource(data.evalFile);
    const fn = native.getFunction(site);
    if (source === undefined && typeof fn === 'function') source = Function.prototype.toString.call(fn);
  }
  return [data.fileName, data.line, data.column, source];
}

// QuickJS's file name for code compiled by eval or new Function: `<input>`,
// or `<input>#n` while the host keeps the code.
function isEvalFile(file) {
  return typeof file === 'string' && file.startsWith('<input>');
}

// A file name Node can show a source line of: a path, a file URL, `-e` code.
function isSourceFile(file) {
  return typeof file === 'string' && (file.startsWith('/') || file.startsWith('file://') || file === '[eval]');
}

// Node's decorateErrorStack: the source line and arrow in front of a syntax
// error's stack, once.
function decorateErrorStack(error, readSource) {
  const record = captures.get(error);
  if (decorated.has(error) || record === undefined || !hasOwn(record, 'syntax')) return;
  const location = sourceLocation(error);
  if (location === undefined) return;
  const source = readSource(location.file);
  if (typeof source !== 'string') return;
  const line = source.split(/\r\n|\r|\n/)[location.line - 1] ?? '';
  const arrow = `${location.file}:${location.line}\n${line}\n${' '.repeat(location.column - 1)}${'^'.repeat(location.length)}\n\n`;
  error.stack = arrow + error.stack;
  decorated.add(error);
}

// The same for an error thrown out of a vm script (displayErrors): where in
// `source` (run as `filename` with the offsets given) it was thrown.
function decorateVmError(error, filename, source, lineOffset, columnOffset) {
  if (decorated.has(error) || !captures.has(error)) return;
  const location = sourceLocation(error, true, (file) => file === filename);
  if (location === undefined) return;
  const line = location.line - lineOffset;
  const text = source.split(/\r\n|\r|\n/)[line - 1];
  if (text === undefined) return;
  const column = Math.max(1, line === 1 ? location.column - columnOffset : location.column);
  const length = hasOwn(captures.get(error), 'syntax') ? location.length : 1;
  error.stack = `${filename}:${location.line}\n${text}\n${' '.repeat(column - 1)}${'^'.repeat(length)}\n\n${error.stack}`;
  decorated.add(error);
}

// What vm scripts run as: frames in `filename` are read against `source`,
// whose first line is line 1 + lineOffset and starts columnOffset columns in.
function registerVmSource(filename, source, lineOffset, columnOffset) {
  if (lineOffset < 0) return;
  const padding = source.startsWith('#!') ? '' : ' '.repeat(Math.max(0, columnOffset));
  stackBinding.registerSource(filename, '\n'.repeat(lineOffset) + padding + source);
}

function isDecorated(error) {
  return decorated.has(error);
}

module.exports = {
  hideFromStackTraces,
  installRealm,
  decorateVmError,
  registerVmSource,
  capturedFrame,
  defaultPrepareStackTrace,
  ErrorPrepareStackTrace,
  sourceLocation,
  decorateErrorStack,
  isDecorated,
};
