'use strict';
// `vm` over QuickJS contexts: every vm context is a QuickJS context (realm)
// of the process's runtime with its own ECMAScript built-ins, and what V8
// contexts have in Node (a `console` whose output goes nowhere, as V8's
// goes to an inspector that is not attached). Scripts are compiled once, in
// their parsing context, and run in any context; `timeout` stops them
// through QuickJS's interrupt handler; `compileFunction` puts
// `contextExtensions` in scope with `with`.
//
// The contextified object (the sandbox) stands for the context's global:
// QuickJS cannot make an arbitrary object the global object, so around each
// run the two are synchronised. Before it, the sandbox's own properties are
// copied onto the global with their attributes (accessors keep their
// functions, so they stay live; a value that is the sandbox itself becomes
// the global, as V8 shows the global proxy for it); after it, what the code
// did to the global reaches the sandbox: assignments are assignments to the
// sandbox (its setters and proxy traps run), var and function declarations
// and defineProperty define properties there, deletions delete. The global
// inherits what the sandbox inherits (its class's methods).
//
// NODE-DIFF: between runs the two are not linked: what code of the context
// does to its globals later (a timer callback, a function kept from a run)
// reaches the sandbox at the next run, and a data property changed on the
// sandbox while a script runs (by a function it called) is seen inside from
// the next run on. An assignment that leaves a built-in as it was (`this.Symbol
// = Symbol`) is not seen. The built-ins QuickJS lacks (Intl, WebAssembly) are
// missing in contexts as in the main realm. breakOnSigint is accepted: no
// signal reaches a pod, so nothing can interrupt. microtaskMode
// 'afterEvaluate' drains the runtime's one job queue (so also jobs of the
// main context) after the run, within the timeout, and a context has no
// queue of its own after that. cachedData is a fingerprint of the source
// (the bytecode stays with the runtime; QuickJS must not read bytecode it
// did not write); like V8's it is checked against the source's length.
// Dynamic import() in a script uses the main loader, with or without
// importModuleDynamically (Node rejects it without), and loads modules
// again in each context (QuickJS keeps modules per context).
//
// Not covered: vm.Module, SourceTextModule and SyntheticModule (Node has
// them only with --experimental-vm-modules, which we do not accept);
// importModuleDynamically callbacks (see above).

const binding = internalBinding('contextify');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const {
  validateArray,
  validateBoolean,
  validateBuffer,
  validateInt32,
  validateObject,
  validateOneOf,
  validateString,
  validateUint32,
} = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const stackTrace = require('internal/stack_trace');

const {
  defineProperty, getOwnPropertyDescriptor, getPrototypeOf, setPrototypeOf, hasOwn, freeze,
} = Object;
const ObjectPrototype = Object.prototype;
const { ownKeys, apply } = Reflect;

const kParsingContext = Symbol('script parsing context');
const kTimedOut = {};

const constants = freeze({
  __proto__: null,
  USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
  DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
});

// --- Contexts ---

// Contextified object (or, with DONT_CONTEXTIFY, the global itself) -> the
// context's state (see makeContext).
const contexts = new WeakMap();
// Every context made, for measureMemory's detailed report.
const allContexts = new Set();

// Globals QuickJS puts in every context that V8 contexts do not have.
const quickjsOnlyGlobals = ['InternalError', 'queueMicrotask', 'DOMException', 'btoa', 'atob', 'performance'];
// V8's console methods, which in a vm context print to the inspector only.
const consoleMethods = ['debug', 'error', 'info', 'log', 'warn', 'dir', 'dirxml', 'table', 'trace', 'group',
  'groupCollapsed', 'groupEnd', 'clear', 'count', 'countReset', 'assert', 'profile', 'profileEnd', 'time',
  'timeLog', 'timeEnd', 'timeStamp', 'context', 'createTask'];

// Makes a context's global look like a new V8 context's.
function setUpRealm(global) {
  for (const name of quickjsOnlyGlobals) delete global[name];
  const ObjectOfRealm = global.Object;
  const consoleObject = new ObjectOfRealm();
  for (const name of consoleMethods) {
    defineProperty(consoleObject, name, {
      __proto__: null,
      value: { [name]() {} }[name], writable: true, enumerable: true, configurable: true,
    });
  }
  defineProperty(consoleObject, Symbol.toStringTag, {
    __proto__: null,
    value: 'console', writable: false, enumerable: false, configurable: true,
  });
  // V8's console object has a prototype between it and Object.prototype.
  const consolePrototype = new ObjectOfRealm();
  Object.setPrototypeOf(consoleObject, consolePrototype);
  defineProperty(global, 'console', { __proto__: null, value: consoleObject, writable: true, enumerable: false, configurable: true });
  stackTrace.installRealm(global);
}

function makeContext(sandbox, name, contextify, microtaskMode) {
  const handle = binding.makeContext();
  const global = binding.contextGlobal(handle);
  setUpRealm(global);
  const state = {
    handle,
    global,
    Error: global.Error,
    sandbox: contextify ? sandbox : global,
    name,
    contextify,
    afterEvaluate: microtaskMode === 'afterEvaluate',
    // key -> the global's descriptor of it after the last sync, for the keys
    // the sandbox and the global share.
    mirrored: new Map(),
    // The global's own properties as QuickJS made them: key -> descriptor.
    builtins: new Map(),
  };
  for (const key of ownKeys(global)) state.builtins.set(key, getOwnPropertyDescriptor(global, key));
  contexts.set(state.sandbox, state);
  allContexts.add(new WeakRef(state.sandbox));
  if (contextify) {
    // What the sandbox inherits (its class's methods) is found from the
    // global too.
    const proto = getPrototypeOf(sandbox);
    if (proto !== null && proto !== ObjectPrototype) setPrototypeOf(global, proto);
    syncIn(state);
  }
  return state;
}

function sameDescriptor(a, b) {
  return a !== undefined && b !== undefined && a.value === b.value && a.get === b.get && a.set === b.set &&
    a.writable === b.writable && a.enumerable === b.enumerable && a.configurable === b.configurable;
}

// A descriptor with the sandbox standing for the global (V8 gives the
// global proxy where the sandbox object itself would be seen), or the
// reverse.
function substituted(descriptor, from, to) {
  if (descriptor !== undefined && hasOwn(descriptor, 'value') && descriptor.value === from) {
    return { ...descriptor, value: to };
  }
  return descriptor;
}

function descriptorOf(object, key) {
  try {
    return getOwnPropertyDescriptor(object, key);
  } catch {
    // A proxy sandbox whose trap throws: V8 would not have asked.
    return undefined;
  }
}

// Before a run: the sandbox's own properties become the global's, with
// their attributes (accessors keep their functions).
function syncIn(state) {
  const { sandbox, global, mirrored, builtins } = state;
  let keys;
  try {
    keys = ownKeys(sandbox);
  } catch {
    keys = [];
  }
  const present = new Set(keys);
  for (const key of keys) {
    const wanted = substituted(descriptorOf(sandbox, key), sandbox, global);
    if (wanted === undefined) continue;
    const own = getOwnPropertyDescriptor(global, key);
    if (sameDescriptor(own, wanted)) {
      mirrored.set(key, own);
      continue;
    }
    try {
      if (own !== undefined && !own.configurable) {
        // A var declaration or a built-in such as `undefined`: only its
        // value can follow.
        if (!own.writable || !hasOwn(wanted, 'value')) continue;
        defineProperty(global, key, { __proto__: null, value: wanted.value });
      } else {
        defineProperty(global, key, wanted);
      }
    } catch {
      continue;
    }
    mirrored.set(key, getOwnPropertyDescriptor(global, key));
  }
  for (const [key, last] of mirrored) {
    if (present.has(key)) continue;
    // Deleted from the sandbox: unless the code changed it since, the
    // global loses it too (or gets its built-in back).
    mirrored.delete(key);
    const own = getOwnPropertyDescriptor(global, key);
    if (!sameDescriptor(own, last) || !own.configurable) continue;
    delete global[key];
    const builtin = builtins.get(key);
    if (builtin !== undefined) defineProperty(global, key, builtin);
  }
}

const kNeverCopied = new Set(['undefined', 'NaN', 'Infinity', 'globalThis']);

// After a run: what the code did to the global reaches the sandbox.
// Assignments are assignments to the sandbox (its setters and proxy traps
// run); declarations (non-configurable on the global) define properties, as
// V8's definer interceptor does.
function syncOut(state) {
  const { sandbox, global, mirrored, builtins } = state;
  for (const key of ownKeys(global)) {
    const own = getOwnPropertyDescriptor(global, key);
    const last = mirrored.get(key);
    if (last !== undefined) {
      if (sameDescriptor(own, last)) continue;
    } else if (sameDescriptor(own, builtins.get(key)) || kNeverCopied.has(key)) {
      continue;
    }
    const copy = substituted(own, global, sandbox);
    const isData = hasOwn(copy, 'value');
    if (isData && copy.writable && copy.enumerable && (copy.configurable || hasOwn(sandbox, key))) {
      // An assignment (or a declaration of a name the sandbox has).
      sandbox[key] = copy.value;
    } else if (isData && copy.writable && copy.enumerable) {
      // A var or function declaration: V8 defines it on the sandbox as an
      // ordinary property.
      defineProperty(sandbox, key, { __proto__: null, value: copy.value, writable: true, enumerable: true, configurable: true });
    } else {
      // Object.defineProperty(globalThis, ...): the same attributes.
      defineProperty(sandbox, key, copy);
    }
    mirrored.set(key, own);
  }
  for (const key of mirrored.keys()) {
    if (hasOwn(global, key)) continue;
    // Deleted by the code.
    mirrored.delete(key);
    delete sandbox[key];
  }
}

function isContext(object) {
  if (typeof object !== 'object' || object === null) {
    throw new ERR_INVALID_ARG_TYPE('object', 'Object', object);
  }
  return contexts.has(object);
}

function validateContext(contextifiedObject) {
  if (!isContext(contextifiedObject)) {
    throw new ERR_INVALID_ARG_TYPE('contextifiedObject', 'vm.Context', contextifiedObject);
  }
}

let defaultContextNameIndex = 1;
function createContext(contextObject = {}, options = {}) {
  if (contextObject !== constants.DONT_CONTEXTIFY && isContext(contextObject)) {
    return contextObject;
  }
  validateObject(options, 'options');
  const {
    name = `VM Context ${defaultContextNameIndex++}`,
    origin,
    codeGeneration,
    microtaskMode,
  } = options;
  validateString(name, 'options.name');
  if (origin !== undefined) validateString(origin, 'options.origin');
  if (codeGeneration !== undefined) validateObject(codeGeneration, 'options.codeGeneration');
  if (codeGeneration !== undefined) {
    const { strings = true, wasm = true } = codeGeneration;
    validateBoolean(strings, 'options.codeGeneration.strings');
    validateBoolean(wasm, 'options.codeGeneration.wasm');
  }
  if (microtaskMode !== undefined) {
    validateOneOf(microtaskMode, 'options.microtaskMode', ['afterEvaluate', undefined]);
  }
  if (contextObject === constants.DONT_CONTEXTIFY) {
    return makeContext(undefined, name, false, microtaskMode).global;
  }
  makeContext(contextObject, name, true, microtaskMode);
  return contextObject;
}

// --- Scripts ---

// Script -> { compiled, filename, source, cachedData }.
const scripts = new WeakMap();

function scriptOf(script) {
  const record = scripts.get(script);
  if (record === undefined) throw new ERR_INVALID_ARG_TYPE('this', 'vm.Script', script);
  return record;
}

// What createCachedData gives: V8's cached data is checked against the
// length of the source (and the engine's version and flags), so data made
// for another source of the same length is accepted; ours says as much.
function fingerprint(source) {
  const { Buffer } = require('buffer');
  const data = Buffer.alloc(12);
  data.write('QJSC', 0, 'latin1');
  data.writeUInt32LE(source.length >>> 0, 4);
  data.writeUInt32LE(1, 8);
  return data;
}

function sameBytes(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  for (let i = 0; i < x.length; i++) if (x[i] !== b[i]) return false;
  return true;
}

// Node's ContextifyScript: the native half of vm.Script.
class ContextifyScript {
  constructor(code, filename, lineOffset, columnOffset, cachedData, produceCachedData, parsingContext) {
    const state = parsingContext === undefined ? undefined : contexts.get(parsingContext);
    stackTrace.registerVmSource(filename, code, lineOffset, columnOffset);
    let compiled;
    try {
      compiled = binding.compileScript(state?.handle, code, filename, lineOffset, columnOffset);
    } catch (error) {
      decorate(error, filename, code, lineOffset, columnOffset);
      throw error;
    }
    scripts.set(this, { compiled, filename, source: code, lineOffset, columnOffset });
    if (cachedData !== undefined) {
      this.cachedDataRejected = !sameBytes(cachedData, fingerprint(code));
    } else if (produceCachedData) {
      this.cachedData = fingerprint(code);
      this.cachedDataProduced = true;
    }
    this.sourceURL = undefined;
    this.sourceMapURL = sourceMapURL(code);
  }

  createCachedData() {
    return fingerprint(scriptOf(this).source);
  }

  runInContext(contextifiedObject, timeout, displayErrors, breakOnSigint, breakOnFirstLine) {
    const record = scriptOf(this);
    const state = contextifiedObject === null ? undefined : contexts.get(contextifiedObject);
    return run(record, state, timeout, displayErrors);
  }
}

// The URL of a `//# sourceMappingURL=` comment at the end of the source.
function sourceMapURL(source) {
  const match = /\/[*/][#@]\s*sourceMappingURL=(\S+)\s*(?:\*\/\s*)?$/.exec(source);
  return match === null ? undefined : match[1];
}

// Node's decorateErrorStack with displayErrors: the source line and an
// arrow above the stack of an error thrown out of the script.
function decorate(error, filename, source, lineOffset, columnOffset) {
  if (error === null || typeof error !== 'object') return;
  try {
    stackTrace.decorateVmError(error, filename, source, lineOffset, columnOffset);
  } catch {
    // A stack that cannot be read or written stays as it is.
  }
}

function run(record, state, timeout, displayErrors) {
  if (state !== undefined && state.contextify) syncIn(state);
  let result;
  try {
    result = binding.runScript(record.compiled, state?.handle, timeout, state?.afterEvaluate ?? false, kTimedOut);
  } catch (error) {
    if (displayErrors) decorate(error, record.filename, record.source, record.lineOffset, record.columnOffset);
    throw error;
  } finally {
    if (state !== undefined && state.contextify) syncOut(state);
  }
  if (result === kTimedOut) throw timeoutError(state, timeout);
  return result;
}

// Node's C++ makes this error in the context the script ran in: a plain
// Error of that realm with a `code`.
function timeoutError(state, timeout) {
  const ErrorOfRealm = state === undefined ? Error : state.Error;
  const error = new ErrorOfRealm(`Script execution timed out after ${timeout}ms`);
  error.code = 'ERR_SCRIPT_EXECUTION_TIMEOUT';
  return error;
}

function getRunInContextArgs(options = {}) {
  validateObject(options, 'options');
  let timeout = options.timeout;
  if (timeout === undefined) {
    timeout = -1;
  } else {
    validateUint32(timeout, 'options.timeout', true);
  }
  const { displayErrors = true, breakOnSigint = false } = options;
  validateBoolean(displayErrors, 'options.displayErrors');
  validateBoolean(breakOnSigint, 'options.breakOnSigint');
  return { breakOnSigint, args: [timeout, displayErrors, breakOnSigint, false] };
}

function getContextOptions(options) {
  if (!options) return {};
  const contextOptions = {
    name: options.contextName,
    origin: options.contextOrigin,
    codeGeneration: undefined,
    microtaskMode: options.microtaskMode,
  };
  if (contextOptions.name !== undefined) validateString(contextOptions.name, 'options.contextName');
  if (contextOptions.origin !== undefined) validateString(contextOptions.origin, 'options.contextOrigin');
  if (options.contextCodeGeneration !== undefined) {
    validateObject(options.contextCodeGeneration, 'options.contextCodeGeneration');
    const { strings, wasm } = options.contextCodeGeneration;
    if (strings !== undefined) validateBoolean(strings, 'options.contextCodeGeneration.strings');
    if (wasm !== undefined) validateBoolean(wasm, 'options.contextCodeGeneration.wasm');
    contextOptions.codeGeneration = { strings, wasm };
  }
  if (options.microtaskMode !== undefined) validateString(options.microtaskMode, 'options.microtaskMode');
  return contextOptions;
}

class Script extends ContextifyScript {
  constructor(code, options = {}) {
    code = `${code}`;
    if (typeof options === 'string') {
      options = { filename: options };
    } else {
      validateObject(options, 'options');
    }
    const {
      filename = 'evalmachine.<anonymous>',
      lineOffset = 0,
      columnOffset = 0,
      cachedData,
      produceCachedData = false,
      importModuleDynamically,
      [kParsingContext]: parsingContext,
    } = options;
    validateString(filename, 'options.filename');
    validateInt32(lineOffset, 'options.lineOffset');
    validateInt32(columnOffset, 'options.columnOffset');
    if (cachedData !== undefined && !isArrayBufferView(cachedData)) {
      throw new ERR_INVALID_ARG_TYPE('options.cachedData', ['Buffer', 'TypedArray', 'DataView'], cachedData);
    }
    validateBoolean(produceCachedData, 'options.produceCachedData');
    if (importModuleDynamically !== undefined && typeof importModuleDynamically !== 'function' &&
        importModuleDynamically !== constants.USE_MAIN_CONTEXT_DEFAULT_LOADER) {
      throw new ERR_INVALID_ARG_TYPE('options.importModuleDynamically', 'function', importModuleDynamically);
    }
    super(code, filename, lineOffset, columnOffset, cachedData, produceCachedData, parsingContext);
  }

  runInThisContext(options) {
    const { args } = getRunInContextArgs(options);
    return apply(super.runInContext, this, [null, ...args]);
  }

  runInContext(contextifiedObject, options) {
    validateContext(contextifiedObject);
    const { args } = getRunInContextArgs(options);
    return apply(super.runInContext, this, [contextifiedObject, ...args]);
  }

  runInNewContext(contextObject, options) {
    const context = createContext(contextObject, getContextOptions(options));
    return this.runInContext(context, options);
  }
}

function createScript(code, options) {
  return new Script(code, options);
}

function runInContext(code, contextifiedObject, options) {
  validateContext(contextifiedObject);
  if (typeof options === 'string') {
    options = { filename: options, [kParsingContext]: contextifiedObject };
  } else {
    options = { ...options, [kParsingContext]: contextifiedObject };
  }
  return createScript(code, options).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  if (typeof options === 'string') {
    options = { filename: options };
  }
  contextObject = createContext(contextObject, getContextOptions(options));
  options = { ...options, [kParsingContext]: contextObject };
  return createScript(code, options).runInNewContext(contextObject, options);
}

function runInThisContext(code, options) {
  if (typeof options === 'string') {
    options = { filename: options };
  }
  return createScript(code, options).runInThisContext(options);
}

// --- Functions ---

function compileFunction(code, params, options = {}) {
  validateString(code, 'code');
  validateObject(options, 'options');
  if (params !== undefined) {
    validateArray(params, 'params');
    params.forEach((param, i) => validateString(param, `params[${i}]`));
  }
  const {
    filename = '',
    columnOffset = 0,
    lineOffset = 0,
    cachedData = undefined,
    produceCachedData = false,
    parsingContext = undefined,
    contextExtensions = [],
  } = options;
  validateString(filename, 'options.filename');
  validateInt32(columnOffset, 'options.columnOffset');
  validateInt32(lineOffset, 'options.lineOffset');
  if (cachedData !== undefined) validateBuffer(cachedData, 'options.cachedData');
  validateBoolean(produceCachedData, 'options.produceCachedData');
  if (parsingContext !== undefined) {
    if (typeof parsingContext !== 'object' || parsingContext === null || !isContext(parsingContext)) {
      throw new ERR_INVALID_ARG_TYPE('options.parsingContext', 'Context', parsingContext);
    }
  }
  validateArray(contextExtensions, 'options.contextExtensions');
  contextExtensions.forEach((extension, i) => {
    validateObject(extension, `options.contextExtensions[${i}]`, { nullable: true });
  });
  const state = parsingContext === undefined ? undefined : contexts.get(parsingContext);
  if (state !== undefined && state.contextify) syncIn(state);
  stackTrace.registerVmSource(filename, code, lineOffset, columnOffset);
  let fn;
  try {
    fn = binding.compileFunction(state?.handle, code, filename, [lineOffset, columnOffset], params ?? [],
      contextExtensions.map((extension) => extension ?? {}));
  } catch (error) {
    decorate(error, filename, code, lineOffset, columnOffset);
    throw error;
  }
  if (produceCachedData) {
    fn.cachedDataProduced = true;
    fn.cachedData = fingerprint(code);
  }
  return fn;
}

// --- Memory ---

let measureMemoryWarned = false;
function measureMemory(options = {}) {
  if (!measureMemoryWarned) {
    measureMemoryWarned = true;
    process.emitWarning('vm.measureMemory is an experimental feature and might change at any time',
      'ExperimentalWarning');
  }
  validateObject(options, 'options');
  const { mode = 'summary', execution = 'default' } = options;
  validateOneOf(mode, 'options.mode', ['summary', 'detailed']);
  validateOneOf(execution, 'options.execution', ['default', 'eager']);
  // NODE-DIFF: QuickJS counts the memory of the whole runtime; contexts
  // are not told apart, so each other context is reported with an estimate
  // of 0 and a range up to the whole.
  const used = binding.memoryUsed();
  const total = { jsMemoryEstimate: used, jsMemoryRange: [used, used] };
  // V8 reports its WebAssembly memory too; there is none here.
  const WebAssembly = { code: 0, metadata: 0 };
  if (mode === 'summary') return Promise.resolve({ total, WebAssembly });
  const other = [];
  for (const ref of allContexts) {
    if (ref.deref() === undefined) allContexts.delete(ref);
    else other.push({ jsMemoryEstimate: 0, jsMemoryRange: [0, used] });
  }
  return Promise.resolve({
    total, WebAssembly, current: { jsMemoryEstimate: used, jsMemoryRange: [used, used] }, other,
  });
}

module.exports = {
  Script,
  createContext,
  createScript,
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory,
  constants,
};
