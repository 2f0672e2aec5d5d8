'use strict';

// util.inspect, util.format and util.formatWithOptions, producing the same
// text as Node.js.
//
// The runtime evaluates this file as a function body with
// `(exports, require, module, internals)` in scope. `internals` is optional;
// when present it may offer engine hooks that plain JavaScript cannot express:
//   getPromiseState(promise) -> { state: 'pending'|'fulfilled'|'rejected', result }
//   getProxyDetails(value)   -> [target, handler] | undefined
//   previewEntries(value)    -> { entries, isKeyValue } for Map/Set iterators
//                               and WeakMap/WeakSet (key/value pairs flattened)
// Without them promises, iterators and weak collections print their contents
// as unknown, and proxies are inspected like ordinary objects.

// Inside the runtime the hooks are internalBinding('util'); the standalone
// checker passes them as `internals`.
const hooks =
  typeof internalBinding === 'function'
    ? internalBinding('util')
    : typeof internals === 'object' && internals !== null
      ? internals
      : {};

// Constructor names recorded before a prototype change (the runtime's only;
// under the standalone checker there are none).
const recordedConstructorName = typeof internalBinding === 'function'
  ? require('internal/constructor_names').recordedConstructorName
  : () => undefined;

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const inspectDefaultOptions = Object.seal({
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
});

// How the entries of an object are laid out by reduceToSingleString.
const kObjectType = 0;
const kArrayType = 1;
const kArrayExtrasType = 2;

// Strings longer than this are split on their line breaks when they do not fit.
const kMinLineLength = 16;
// How many bytes of a Buffer are shown: buffer.INSPECT_MAX_BYTES, which the
// buffer module sets through setBufferMaxBytes.
let kBufferMaxBytes = 50;

const identifierRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
const arrayIndexRegExp = /^(0|[1-9][0-9]*)$/;
const colorCodeRegExp = /\u001b\[\d\d?m/g;
const coreStackFrameRegExp = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;
const classHeadRegExp = /^(\s+[^(]*?)\s*{/;
const sourceCommentsRegExp = /(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g;

// Characters that need escaping inside quoted strings: C0 and C1 controls, the
// backslash, lone surrogates and (only when the string is single quoted) `'`.
const loneSurrogate = '[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]';
const escapeWithQuoteRegExp = new RegExp(`[\\x00-\\x1f\\x27\\x5c\\x7f-\\x9f]|${loneSurrogate}`, 'g');
const escapeRegExp = new RegExp(`[\\x00-\\x1f\\x5c\\x7f-\\x9f]|${loneSurrogate}`, 'g');

// ANSI/VT escape sequences (CSI and OSC), after chalk's ansi-regex (MIT).
const oscChar = '[-a-zA-Z\\d\\/\\#&.:=?%@~_]';
const ansiRegExp = new RegExp(
  '[\\u001B\\u009B][[\\]()#;?]*(?:' +
    `(?:(?:(?:;${oscChar}+)*|[a-zA-Z\\d]+(?:;${oscChar}*)*)?(?:\\u0007|\\u001B\\u005C|\\u009C))` +
    '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-nq-uy=><~])' +
  ')',
  'g',
);

// The engine's own globals. Node collects them before it adds its web and
// Node-specific classes (and without SharedArrayBuffer); prototypes of all
// other classes count as user code.
const builtInObjects = new Set([
  'AggregateError', 'Array', 'ArrayBuffer', 'AsyncDisposableStack', 'Atomics', 'BigInt',
  'BigInt64Array', 'BigUint64Array', 'Boolean', 'DataView', 'Date', 'DisposableStack', 'Error',
  'EvalError', 'FinalizationRegistry', 'Float16Array', 'Float32Array', 'Float64Array', 'Function',
  'Infinity', 'Int16Array', 'Int32Array', 'Int8Array', 'InternalError', 'Intl', 'Iterator', 'JSON',
  'Map', 'Math', 'NaN', 'Number', 'Object', 'Promise', 'Proxy', 'RangeError', 'ReferenceError',
  'Reflect', 'RegExp', 'Set', 'String', 'SuppressedError', 'Symbol', 'SyntaxError', 'TypeError',
  'URIError', 'Uint16Array', 'Uint32Array', 'Uint8Array', 'Uint8ClampedArray', 'WeakMap', 'WeakRef',
  'WeakSet', 'WebAssembly',
]);

// ---------------------------------------------------------------------------
// Type checks. Built-in methods that verify their receiver's internal slots
// tell the real type of an object regardless of its prototype chain.

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const getterOf = (proto, key) => Object.getOwnPropertyDescriptor(proto, key).get;
const typedArrayTagOf = getterOf(TypedArrayPrototype, Symbol.toStringTag);
const typedArrayLengthOf = getterOf(TypedArrayPrototype, 'length');
const mapSizeOf = getterOf(Map.prototype, 'size');
const setSizeOf = getterOf(Set.prototype, 'size');
const arrayBufferByteLengthOf = getterOf(ArrayBuffer.prototype, 'byteLength');
const sharedArrayBufferByteLengthOf = typeof SharedArrayBuffer === 'function' ?
  getterOf(SharedArrayBuffer.prototype, 'byteLength') :
  undefined;
const dataViewBufferOf = getterOf(DataView.prototype, 'buffer');
const regExpSourceOf = getterOf(RegExp.prototype, 'source');
const objectToString = (value) => Object.prototype.toString.call(value);
// For the type checks below: a throwing Symbol.toStringTag getter makes the
// value an ordinary object, not an error.
function safeObjectToString(value) {
  try {
    return objectToString(value);
  } catch {
    return '[object Object]';
  }
}
const hasOwn = (value, key) => Object.prototype.hasOwnProperty.call(value, key);
const isEnumerable = (value, key) => Object.prototype.propertyIsEnumerable.call(value, key);

const AsyncFunctionPrototype = Object.getPrototypeOf(async function() {});
const GeneratorFunctionPrototype = Object.getPrototypeOf(function* () {});
const AsyncGeneratorFunctionPrototype = Object.getPrototypeOf(async function* () {});
const MapIteratorPrototype = Object.getPrototypeOf(new Map().entries());
const SetIteratorPrototype = Object.getPrototypeOf(new Set().values());

// Failing checks throw. Capturing no stack trace makes that much cheaper, and
// nobody can observe the change: the checked built-ins run no user code.
const stackTraceLimitDescriptor = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
const canLimitStackTraces = stackTraceLimitDescriptor !== undefined &&
  (stackTraceLimitDescriptor.writable === true || typeof stackTraceLimitDescriptor.set === 'function');

function passesBrandCheck(method, value, ...args) {
  const stackTraceLimit = canLimitStackTraces ? Error.stackTraceLimit : undefined;
  if (canLimitStackTraces) Error.stackTraceLimit = 0;
  try {
    method.call(value, ...args);
    return true;
  } catch {
    return false;
  } finally {
    if (canLimitStackTraces) Error.stackTraceLimit = stackTraceLimit;
  }
}

// Inside the runtime the engine tells an object's class whatever its realm
// (a vm context's Map is a Map too); standalone, brand checks do.
const engineChecks = typeof internalBinding === 'function' ? internalBinding('types') : undefined;
const engineCheck = (name) => engineChecks?.[name];

const isMap = engineCheck('isMap') ??
  ((value) => passesBrandCheck(mapSizeOf, value));
const isSet = engineCheck('isSet') ??
  ((value) => passesBrandCheck(setSizeOf, value));
const isWeakMap = engineCheck('isWeakMap') ??
  ((value) => passesBrandCheck(WeakMap.prototype.has, value, {}));
const isWeakSet = engineCheck('isWeakSet') ??
  ((value) => passesBrandCheck(WeakSet.prototype.has, value, {}));
const isTypedArray = (value) => typedArrayTagOf.call(value) !== undefined;
const isArrayBuffer = engineCheck('isArrayBuffer') ??
  ((value) => passesBrandCheck(arrayBufferByteLengthOf, value));
const isSharedArrayBuffer = engineCheck('isSharedArrayBuffer') ??
  ((value) => sharedArrayBufferByteLengthOf !== undefined &&
  passesBrandCheck(sharedArrayBufferByteLengthOf, value));
const isDataView = engineCheck('isDataView') ??
  ((value) => passesBrandCheck(dataViewBufferOf, value));
const isDate = engineCheck('isDate') ??
  ((value) => passesBrandCheck(Date.prototype.getTime, value));
const isRegExp = engineCheck('isRegExp') ??
  ((value) => value !== RegExp.prototype && passesBrandCheck(regExpSourceOf, value));
const isNumberObject = engineCheck('isNumberObject') ??
  ((value) => passesBrandCheck(Number.prototype.valueOf, value));
const isStringObject = engineCheck('isStringObject') ??
  ((value) => passesBrandCheck(String.prototype.valueOf, value));
const isBooleanObject = engineCheck('isBooleanObject') ??
  ((value) => passesBrandCheck(Boolean.prototype.valueOf, value));
const isBigIntObject = engineCheck('isBigIntObject') ??
  ((value) => passesBrandCheck(BigInt.prototype.valueOf, value));
const isSymbolObject = engineCheck('isSymbolObject') ??
  ((value) => passesBrandCheck(Symbol.prototype.valueOf, value));
const isArgumentsObject = engineCheck('isArgumentsObject') ??
  ((value) => safeObjectToString(value) === '[object Arguments]');
const isNativeError = engineCheck('isNativeError') ??
  ((value) => safeObjectToString(value) === '[object Error]');
const isError = (value) => isNativeError(value) || value instanceof Error;
const isPromise = engineCheck('isPromise') ??
  ((value) => value instanceof Promise);

function isBoxedPrimitive(value) {
  return isNumberObject(value) || isStringObject(value) || isBooleanObject(value) ||
    isBigIntObject(value) || isSymbolObject(value);
}

function inheritsFrom(value, proto) {
  return Object.prototype.isPrototypeOf.call(proto, value);
}

const isMapIterator = engineCheck('isMapIterator') ??
  ((value) => inheritsFrom(value, MapIteratorPrototype));
const isSetIterator = engineCheck('isSetIterator') ??
  ((value) => inheritsFrom(value, SetIteratorPrototype));
const isGeneratorFunction = engineCheck('isGeneratorFunction') ??
  ((value) => inheritsFrom(value, GeneratorFunctionPrototype) ||
  inheritsFrom(value, AsyncGeneratorFunctionPrototype));
const isAsyncFunction = engineCheck('isAsyncFunction') ??
  ((value) => inheritsFrom(value, AsyncFunctionPrototype) ||
  inheritsFrom(value, AsyncGeneratorFunctionPrototype));

function isModuleNamespaceObject(value) {
  if (engineChecks !== undefined) return engineChecks.isModuleNamespaceObject(value);
  return Object.getPrototypeOf(value) === null && !Object.isExtensible(value) &&
    safeObjectToString(value) === '[object Module]';
}

function isBuffer(value) {
  const constructor = value.constructor;
  return typeof constructor === 'function' && constructor.name === 'Buffer' &&
    constructor.prototype !== value && typedArrayTagOf.call(value) === 'Uint8Array';
}

function isURL(value) {
  return typeof globalThis.URL === 'function' && typeof value.href === 'string' &&
    value instanceof globalThis.URL;
}

function isInstanceof(value, constructor) {
  try {
    return value instanceof constructor;
  } catch {
    return false;
  }
}

// The class name the engine would report for an object whose prototype chain
// names no constructor.
// V8's internalGetConstructorName: the name of what made the object, where
// known, else the built-in type's.
function builtinTypeName(value) {
  const recorded = recordedConstructorName(value);
  if (recorded !== undefined) return recorded;
  if (Array.isArray(value)) return 'Array';
  if (typeof value === 'function') return 'Function';
  const tag = safeObjectToString(value).slice(8, -1);
  return builtInObjects.has(tag) ? tag : 'Object';
}

function getProxyDetails(value) {
  if (typeof hooks.getProxyDetails !== 'function') return undefined;
  return hooks.getProxyDetails(value);
}

function getPromiseDetails(promise) {
  if (typeof hooks.getPromiseState !== 'function') return undefined;
  try {
    return hooks.getPromiseState(promise);
  } catch {
    return undefined;
  }
}

function previewEntries(value) {
  if (typeof hooks.previewEntries !== 'function') return undefined;
  return hooks.previewEntries(value);
}

let stackOverflowSignature;
function isStackOverflowError(err) {
  if (stackOverflowSignature === undefined) {
    // Not a tail call: engines with proper tail calls would never overflow.
    const overflow = () => 1 + overflow();
    try {
      overflow();
    } catch (overflowError) {
      stackOverflowSignature = overflowError && {
        name: overflowError.name,
        message: overflowError.message,
      };
    }
  }
  return err != null && stackOverflowSignature != null &&
    err.name === stackOverflowSignature.name && err.message === stackOverflowSignature.message;
}

// ---------------------------------------------------------------------------
// Errors thrown for invalid arguments, shaped like Node's ERR_INVALID_ARG_TYPE.

function describeReceived(value) {
  if (value == null) return ` Received ${value}`;
  if (typeof value === 'function') return ` Received function ${value.name}`;
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) {
      return ` Received an instance of ${value.constructor.name}`;
    }
    return ` Received ${inspect(value, { depth: -1 })}`;
  }
  let shown = inspect(value, { colors: false });
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return ` Received type ${typeof value} (${shown})`;
}

function invalidArgType(name, expected, actual) {
  const err = new TypeError(
    `The "${name}" argument must be of type ${expected}.${describeReceived(actual)}`);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function validateObject(value, name, allowArray) {
  if (value === null || typeof value !== 'object' || (!allowArray && Array.isArray(value))) {
    throw invalidArgType(name, 'object', value);
  }
}

// ---------------------------------------------------------------------------
// Entry point, options and colors.

function inspect(value, opts, ...legacy) {
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    ...inspectDefaultOptions,
  };
  if (legacy.length > 0 && legacy[0] !== undefined) ctx.depth = legacy[0];
  if (legacy.length > 1 && legacy[1] !== undefined) ctx.colors = legacy[1];
  if (typeof opts === 'boolean') {
    ctx.showHidden = opts;
  } else if (opts) {
    for (const key of Object.keys(opts)) {
      if (hasOwn(inspectDefaultOptions, key) || key === 'stylize') {
        ctx[key] = opts[key];
      } else if (ctx.userOptions === undefined) {
        // Custom inspect functions receive the caller's extra options too.
        ctx.userOptions = opts;
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}

inspect.custom = customInspectSymbol;

Object.defineProperty(inspect, 'defaultOptions', {
  __proto__: null,
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    validateObject(options, 'options', false);
    Object.assign(inspectDefaultOptions, options);
  },
});

const defaultForeground = 39;
const defaultBackground = 49;

inspect.colors = {
  __proto__: null,
  reset: [0, 0],
  bold: [1, 22],
  dim: [2, 22],
  italic: [3, 23],
  underline: [4, 24],
  blink: [5, 25],
  inverse: [7, 27],
  hidden: [8, 28],
  strikethrough: [9, 29],
  doubleunderline: [21, 24],
  black: [30, defaultForeground],
  red: [31, defaultForeground],
  green: [32, defaultForeground],
  yellow: [33, defaultForeground],
  blue: [34, defaultForeground],
  magenta: [35, defaultForeground],
  cyan: [36, defaultForeground],
  white: [37, defaultForeground],
  bgBlack: [40, defaultBackground],
  bgRed: [41, defaultBackground],
  bgGreen: [42, defaultBackground],
  bgYellow: [43, defaultBackground],
  bgBlue: [44, defaultBackground],
  bgMagenta: [45, defaultBackground],
  bgCyan: [46, defaultBackground],
  bgWhite: [47, defaultBackground],
  framed: [51, 54],
  overlined: [53, 55],
  gray: [90, defaultForeground],
  redBright: [91, defaultForeground],
  greenBright: [92, defaultForeground],
  yellowBright: [93, defaultForeground],
  blueBright: [94, defaultForeground],
  magentaBright: [95, defaultForeground],
  cyanBright: [96, defaultForeground],
  whiteBright: [97, defaultForeground],
  bgGray: [100, defaultBackground],
  bgRedBright: [101, defaultBackground],
  bgGreenBright: [102, defaultBackground],
  bgYellowBright: [103, defaultBackground],
  bgBlueBright: [104, defaultBackground],
  bgMagentaBright: [105, defaultBackground],
  bgCyanBright: [106, defaultBackground],
  bgWhiteBright: [107, defaultBackground],
};

const colorAliases = {
  grey: 'gray',
  blackBright: 'gray',
  bgGrey: 'bgGray',
  bgBlackBright: 'bgGray',
  faint: 'dim',
  crossedout: 'strikethrough',
  strikeThrough: 'strikethrough',
  crossedOut: 'strikethrough',
  conceal: 'hidden',
  swapColors: 'inverse',
  swapcolors: 'inverse',
  doubleUnderline: 'doubleunderline',
};

for (const [alias, target] of Object.entries(colorAliases)) {
  Object.defineProperty(inspect.colors, alias, {
    __proto__: null,
    get() {
      return this[target];
    },
    set(value) {
      this[target] = value;
    },
    configurable: true,
    enumerable: false,
  });
}

inspect.styles = Object.assign({ __proto__: null }, {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

function stylizeWithColor(str, styleType) {
  const style = inspect.styles[styleType];
  if (style !== undefined) {
    const color = inspect.colors[style];
    if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  }
  return str;
}

function stylizeNoColor(str) {
  return str;
}

const removeColors = (str) => str.replace(colorCodeRegExp, '');

// The options object handed to custom inspect functions.
function getUserOptions(ctx, isCrossContext) {
  const options = { stylize: ctx.stylize };
  for (const key of Object.keys(inspectDefaultOptions)) options[key] = ctx[key];
  Object.assign(options, ctx.userOptions);
  if (!isCrossContext) return options;

  // The receiver may live in another realm: hand it only primitives.
  Object.setPrototypeOf(options, null);
  for (const key of Object.keys(options)) {
    if ((typeof options[key] === 'object' || typeof options[key] === 'function') &&
        options[key] !== null) {
      delete options[key];
    }
  }
  options.stylize = Object.setPrototypeOf((str, styleType) => {
    let stylized;
    try {
      stylized = `${ctx.stylize(str, styleType)}`;
    } catch {
      // Fall back to the plain text.
    }
    return typeof stylized === 'string' ? stylized : str;
  }, null);
  return options;
}

// ---------------------------------------------------------------------------
// Primitives.

function quote(str, quoteChar) {
  return `${quoteChar}${str}${quoteChar}`;
}

function escapeChar(char) {
  const code = char.charCodeAt(0);
  switch (code) {
    case 0x08: return '\\b';
    case 0x09: return '\\t';
    case 0x0a: return '\\n';
    case 0x0c: return '\\f';
    case 0x0d: return '\\r';
    case 0x27: return "\\'";
    case 0x5c: return '\\\\';
  }
  if (code < 0xa0) return `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
  return `\\u${code.toString(16)}`;
}

// Quote a string the way Node does: single quotes unless the string contains
// one, then double quotes, then backticks, escaping `'` only as a last resort.
function strEscape(str) {
  let quoteChar = "'";
  let escapes = escapeWithQuoteRegExp;
  if (str.includes("'")) {
    if (!str.includes('"')) {
      quoteChar = '"';
    } else if (!str.includes('`') && !str.includes('${')) {
      quoteChar = '`';
    }
    if (quoteChar !== "'") escapes = escapeRegExp;
  }
  return quote(str.replace(escapes, escapeChar), quoteChar);
}

function addNumericSeparator(integerString) {
  const start = integerString[0] === '-' ? 1 : 0;
  let result = '';
  let i = integerString.length;
  for (; i >= start + 4; i -= 3) result = `_${integerString.slice(i - 3, i)}${result}`;
  return `${integerString.slice(0, i)}${result}`;
}

function addNumericSeparatorEnd(fractionString) {
  let result = '';
  let i = 0;
  for (; i < fractionString.length - 3; i += 3) result += `${fractionString.slice(i, i + 3)}_`;
  return `${result}${fractionString.slice(i)}`;
}

function formatNumber(stylize, number, numericSeparator) {
  if (!numericSeparator) {
    return stylize(Object.is(number, -0) ? '-0' : `${number}`, 'number');
  }
  const numberString = String(number);
  if (Math.trunc(number) === number) {
    if (!Number.isFinite(number) || numberString.includes('e')) return stylize(numberString, 'number');
    return stylize(addNumericSeparator(numberString), 'number');
  }
  if (Number.isNaN(number)) return stylize(numberString, 'number');
  const dot = numberString.indexOf('.');
  const integerPart = addNumericSeparator(numberString.slice(0, dot));
  const fractionPart = addNumericSeparatorEnd(numberString.slice(dot + 1));
  return stylize(`${integerPart}.${fractionPart}`, 'number');
}

function formatBigInt(stylize, bigint, numericSeparator) {
  const digits = String(bigint);
  return stylize(`${numericSeparator ? addNumericSeparator(digits) : digits}n`, 'bigint');
}

const plural = (count, word) => `${count} ${word}${count > 1 ? 's' : ''}`;
const remainingText = (remaining) => `... ${plural(remaining, 'more item')}`;

function formatString(stylize, value, ctx) {
  let trailer = '';
  if (value.length > ctx.maxStringLength) {
    const remaining = value.length - ctx.maxStringLength;
    value = value.slice(0, ctx.maxStringLength);
    trailer = `... ${plural(remaining, 'more character')}`;
  }
  if (ctx.compact !== true &&
      value.length > kMinLineLength &&
      value.length > ctx.breakLength - ctx.indentationLvl - 4) {
    const lines = value.split(/(?<=\n)/).map((line) => stylize(strEscape(line), 'string'));
    return lines.join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer;
  }
  return stylize(strEscape(value), 'string') + trailer;
}

function formatPrimitive(stylize, value, ctx) {
  switch (typeof value) {
    case 'string': return formatString(stylize, value, ctx);
    case 'number': return formatNumber(stylize, value, ctx.numericSeparator);
    case 'bigint': return formatBigInt(stylize, value, ctx.numericSeparator);
    case 'boolean': return stylize(`${value}`, 'boolean');
    case 'undefined': return stylize('undefined', 'undefined');
    default: return stylize(Symbol.prototype.toString.call(value), 'symbol');
  }
}

// ---------------------------------------------------------------------------
// Objects.

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');

  // Custom inspect functions are called on the proxy, not on its target.
  const context = value;
  const proxy = getProxyDetails(value);
  if (proxy !== undefined) {
    if (proxy === null || proxy[0] === null) return ctx.stylize('<Revoked Proxy>', 'special');
    if (ctx.showProxy) return formatProxy(ctx, proxy, recurseTimes);
    value = proxy[0];
  }

  if (ctx.customInspect) {
    const custom = formatCustom(ctx, value, context, proxy !== undefined, recurseTimes);
    if (custom !== undefined) return custom;
  }

  if (ctx.seen.includes(value)) return formatCircular(ctx, value);

  return formatRaw(ctx, value, recurseTimes, typedArray);
}

// Only an own `constructor` marks a prototype object.
function isPrototypeObject(value) {
  const constructor = Object.getOwnPropertyDescriptor(value, 'constructor');
  return constructor !== undefined && constructor.value != null && constructor.value.prototype === value;
}

function formatCustom(ctx, value, context, isProxy, recurseTimes) {
  if (isBuffer(value)) return formatBuffer(ctx, value);
  const custom = value[customInspectSymbol];
  if (typeof custom !== 'function' || custom === inspect || isPrototypeObject(value)) {
    return undefined;
  }
  const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
  const isCrossContext = isProxy || !Function.prototype[Symbol.hasInstance].call(Object, context);
  const result = custom.call(context, depth, getUserOptions(ctx, isCrossContext), inspect);
  if (result === context) return undefined;
  if (typeof result !== 'string') return formatValue(ctx, result, recurseTimes);
  return result.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
}

function formatCircular(ctx, value) {
  if (ctx.circular === undefined) ctx.circular = new Map();
  let index = ctx.circular.get(value);
  if (index === undefined) {
    index = ctx.circular.size + 1;
    ctx.circular.set(value, index);
  }
  return ctx.stylize(`[Circular *${index}]`, 'special');
}

function formatProxy(ctx, proxy, recurseTimes) {
  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    return ctx.stylize('Proxy [Array]', 'special');
  }
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const output = [
    formatValue(ctx, proxy[0], recurseTimes),
    formatValue(ctx, proxy[1], recurseTimes),
  ];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, output, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
}

function hexBytes(bytes, count) {
  let hex = '';
  for (let i = 0; i < count; i++) {
    hex += `${i === 0 ? '' : ' '}${bytes[i].toString(16).padStart(2, '0')}`;
  }
  return hex;
}

// Buffers print as Node's Buffer.prototype[inspect.custom] does.
function formatBuffer(ctx, buffer) {
  let str = hexBytes(buffer, Math.min(kBufferMaxBytes, buffer.length));
  const remaining = buffer.length - kBufferMaxBytes;
  if (remaining > 0) str += ` ... ${plural(remaining, 'more byte')}`;
  const extraKeys = getOwnNonIndexKeys(buffer, ctx.showHidden);
  if (extraKeys.length > 0) {
    const extras = { __proto__: null };
    for (const key of extraKeys) extras[key] = buffer[key];
    if (buffer.length !== 0) str += ', ';
    const options = { ...getUserOptions(ctx, false), breakLength: Infinity, compact: true };
    // Drop the surrounding "[Object: null prototype] { " and " }".
    str += inspect(extras, options).slice(27, -2);
  }
  return `<${buffer.constructor.name} ${str}>`;
}

function formatRaw(ctx, value, recurseTimes, typedArray) {
  let protoProps;
  if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) protoProps = [];

  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;
  const tag = getToStringTag(ctx, value);

  const shape = describeIterable(ctx, value, constructor, tag) ||
    describeObject(ctx, value, constructor, tag, recurseTimes, typedArray);
  const { keys, braces, extrasType = kObjectType, extraKeys = [], formatter = formatNothing } = shape;
  let { base = '' } = shape;
  if (shape.typedArray !== undefined) typedArray = shape.typedArray;
  const depthExceeded = recurseTimes > ctx.depth && ctx.depth !== null;
  if (shape.emptyResult !== undefined &&
      ((!shape.hasEntries && keys.length === 0 && protoProps === undefined) ||
       (shape.isAtomicAtDepth && depthExceeded))) {
    return shape.emptyResult;
  }

  if (depthExceeded) {
    let name = getCtxStyle(value, constructor, tag).slice(0, -1);
    if (constructor !== null) name = `[${name}]`;
    return ctx.stylize(name, 'special');
  }
  recurseTimes += 1;

  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (const key of extraKeys) {
      let formatted;
      try {
        formatted = formatExtraProperty(ctx, value, recurseTimes, key, typedArray);
      } catch {
        // A view on a detached buffer: its getters throw, the buffer's do not.
        formatted = formatExtraProperty(ctx, { [key]: value.buffer[key] }, recurseTimes, key, typedArray);
      }
      output.push(formatted);
    }
    for (const key of keys) output.push(formatProperty(ctx, value, recurseTimes, key, extrasType));
    if (protoProps !== undefined) output.push(...protoProps);
  } catch (err) {
    if (!isStackOverflowError(err)) throw err;
    const name = getCtxStyle(value, constructor, tag).slice(0, -1);
    return handleMaxCallStackSize(ctx, name, indentationLvl);
  }

  const index = ctx.circular === undefined ? undefined : ctx.circular.get(value);
  if (index !== undefined) {
    const reference = ctx.stylize(`<ref *${index}>`, 'special');
    if (ctx.compact !== true) {
      base = base === '' ? reference : `${reference} ${base}`;
    } else {
      braces[0] = `${reference} ${braces[0]}`;
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) sortOutput(ctx, output, keys.length, extrasType);

  const result = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  trackOutputBudget(ctx, result);
  return result;
}

// Only list the tag when it is inherited (or hidden), otherwise the property
// itself shows it.
function getToStringTag(ctx, value) {
  let tag;
  try {
    tag = value[Symbol.toStringTag];
  } catch {
    // A throwing getter counts as no tag.
  }
  if (typeof tag !== 'string') return '';
  const isListedAsKey = ctx.showHidden ? hasOwn : isEnumerable;
  if (tag !== '' && isListedAsKey(value, Symbol.toStringTag)) return '';
  return tag;
}

// Keeps gigantic outputs from exhausting memory: once any indentation level
// has produced too much text, everything deeper is cut off.
function trackOutputBudget(ctx, result) {
  const length = (ctx.budget[ctx.indentationLvl] || 0) + result.length;
  ctx.budget[ctx.indentationLvl] = length;
  if (length > 2 ** 27) ctx.depth = -1;
}

function sortOutput(ctx, output, keyCount, extrasType) {
  const comparator = ctx.sorted === true ? undefined : ctx.sorted;
  if (extrasType === kObjectType) {
    output.sort(comparator);
  } else if (keyCount > 1) {
    const start = output.length - keyCount;
    const sortedKeys = output.slice(start).sort(comparator);
    output.splice(start, keyCount, ...sortedKeys);
  }
}

function handleMaxCallStackSize(ctx, name, indentationLvl) {
  ctx.seen.pop();
  ctx.indentationLvl = indentationLvl;
  return ctx.stylize(
    `[${name}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`,
    'special');
}

function formatNothing() {
  return [];
}

// The describe functions tell formatRaw how to print an object:
//   keys             own properties to list (after any entries)
//   braces           opening and closing text
//   base             text shown before the braces (functions, dates, errors)
//   formatter        (ctx, value, recurseTimes) -> entries listed before keys
//   extrasType       kObjectType, or kArrayExtrasType for list-like values
//   emptyResult      the whole output when there is nothing to list
//   hasEntries       the value has entries, so emptyResult does not apply
//   isAtomicAtDepth  emptyResult also stands for the value beyond the depth
//   extraKeys        getters of the value listed before the own keys
//   typedArray       passed on to the values of the extraKeys

// Arrays, Sets, Maps, typed arrays and collection iterators. Returns undefined
// for everything else.
function describeIterable(ctx, value, constructor, tag) {
  if (!(Symbol.iterator in value) && constructor !== null) return undefined;

  if (Array.isArray(value)) {
    const prefix = constructor !== 'Array' || tag !== '' ?
      getPrefix(constructor, tag, 'Array', `(${value.length})`) :
      '';
    return {
      keys: getOwnNonIndexKeys(value, ctx.showHidden),
      braces: [`${prefix}[`, ']'],
      hasEntries: value.length !== 0,
      emptyResult: `${prefix}[]`,
      extrasType: kArrayExtrasType,
      formatter: formatArray,
    };
  }
  if (isSet(value)) return collectionShape(ctx, value, constructor, tag, 'Set', setSizeOf, Set.prototype.values, formatSet);
  if (isMap(value)) return collectionShape(ctx, value, constructor, tag, 'Map', mapSizeOf, Map.prototype.entries, formatMap);
  if (isTypedArray(value)) {
    let elements = value;
    let fallback = '';
    if (constructor === null) {
      fallback = typedArrayTagOf.call(value);
      elements = new globalThis[fallback](value);
    }
    const length = typedArrayLengthOf.call(value);
    const prefix = getPrefix(constructor, tag, fallback, `(${length})`);
    return {
      keys: getOwnNonIndexKeys(value, ctx.showHidden),
      braces: [`${prefix}[`, ']'],
      hasEntries: length !== 0 || ctx.showHidden,
      emptyResult: `${prefix}[]`,
      extrasType: kArrayExtrasType,
      formatter: (ctx) => formatTypedArray(ctx, elements, length),
      // Read from the value itself: undefined without a prototype.
      extraKeys: ctx.showHidden ? ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer'] : undefined,
      typedArray: ctx.showHidden ? true : undefined,
    };
  }
  if (isMapIterator(value) || isSetIterator(value)) {
    const braces = getIteratorBraces(isMapIterator(value) ? 'Map' : 'Set', tag);
    return {
      keys: getKeys(value, ctx.showHidden),
      braces,
      formatter: (ctx, iterator, recurseTimes) =>
        formatIterator(ctx, iterator, recurseTimes, braces),
    };
  }
  return undefined;
}

// Everything that is not a list-like collection.
function describeObject(ctx, value, constructor, tag, recurseTimes, typedArray) {
  const keys = getKeys(value, ctx.showHidden);
  const braces = ['{', '}'];
  const withBrace = (fallback) => {
    braces[0] = `${getPrefix(constructor, tag, fallback)}{`;
    return { keys, braces };
  };

  if (typeof value === 'function') {
    const base = getFunctionBase(ctx, value, constructor, tag);
    return { keys, braces, base, emptyResult: ctx.stylize(base, 'special') };
  }
  if (constructor === 'Object') {
    if (isArgumentsObject(value)) {
      braces[0] = '[Arguments] {';
    } else if (tag !== '') {
      braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
    }
    return { keys, braces, emptyResult: `${braces[0]}}` };
  }
  if (isRegExp(value)) {
    let base = RegExp.prototype.toString.call(constructor !== null ? value : new RegExp(value));
    const prefix = getPrefix(constructor, tag, 'RegExp');
    if (prefix !== 'RegExp ') base = `${prefix}${base}`;
    return {
      keys,
      braces,
      base,
      emptyResult: ctx.stylize(base, 'regexp'),
      isAtomicAtDepth: true,
    };
  }
  if (isDate(value)) {
    let base = Number.isNaN(Date.prototype.getTime.call(value)) ?
      Date.prototype.toString.call(value) :
      Date.prototype.toISOString.call(value);
    const prefix = getPrefix(constructor, tag, 'Date');
    if (prefix !== 'Date ') base = `${prefix}${base}`;
    return { keys, braces, base, emptyResult: ctx.stylize(base, 'date') };
  }
  if (isError(value)) {
    const base = formatError(value, constructor, tag, ctx, keys);
    return { keys, braces, base, emptyResult: base };
  }
  if (isArrayBuffer(value) || isSharedArrayBuffer(value)) {
    const type = isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
    const prefix = getPrefix(constructor, tag, type);
    braces[0] = `${prefix}{`;
    const shape = { keys, braces, extraKeys: ['byteLength'] };
    if (typedArray === undefined) {
      shape.formatter = formatArrayBuffer;
    } else {
      // The buffer of a typed array shown with showHidden.
      const byteLength = formatNumber(ctx.stylize, value.byteLength, false);
      shape.emptyResult = `${prefix}{ [byteLength]: ${byteLength} }`;
    }
    return shape;
  }
  if (isDataView(value)) {
    // `buffer` goes last: unlike the others it is not a primitive.
    return { ...withBrace('DataView'), extraKeys: ['byteLength', 'byteOffset', 'buffer'] };
  }
  if (isPromise(value)) {
    return { ...withBrace('Promise'), formatter: formatPromise };
  }
  if (isWeakSet(value)) {
    return { ...withBrace('WeakSet'), formatter: ctx.showHidden ? formatWeakSet : formatWeakCollection };
  }
  if (isWeakMap(value)) {
    return { ...withBrace('WeakMap'), formatter: ctx.showHidden ? formatWeakMap : formatWeakCollection };
  }
  if (isModuleNamespaceObject(value)) {
    return {
      ...withBrace('Module'),
      formatter: (ctx, namespace, recurseTimes) =>
        formatNamespaceObject(ctx, namespace, recurseTimes, keys),
    };
  }
  if (isBoxedPrimitive(value)) {
    const base = getBoxedBase(value, ctx, keys, constructor, tag);
    return { keys, braces, base, emptyResult: base };
  }
  if (isURL(value) && !(recurseTimes > ctx.depth && ctx.depth !== null)) {
    return { keys, braces, base: value.href, emptyResult: value.href };
  }
  const prefix = getCtxStyle(value, constructor, tag);
  braces[0] = `${prefix}{`;
  return { keys, braces, emptyResult: `${prefix}{}` };
}

function getIteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    tag = `${tag === '' ? '' : `${tag}] [`}${type} Iterator`;
  }
  return [`[${tag}] {`, '}'];
}

// ---------------------------------------------------------------------------
// Names, prefixes and keys.

// Built-in prototypes named even when their `constructor` was tampered with.
const wellKnownPrototypes = new Map();
for (const constructor of [
  Array, ArrayBuffer, Function, Map, Set, Object, Object.getPrototypeOf(Uint8Array), RegExp, Date, DataView,
  Error, AggregateError, RangeError, TypeError, Boolean, Number, String, Promise, WeakMap, WeakSet,
]) {
  wellKnownPrototypes.set(constructor.prototype, { name: constructor.name, constructor });
}

function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  const original = obj;
  let firstProto;
  while (obj) {
    const wellKnown = wellKnownPrototypes.get(obj);
    if (wellKnown !== undefined &&
        Function.prototype[Symbol.hasInstance].call(wellKnown.constructor, original)) {
      if (protoProps !== undefined && firstProto !== obj) {
        addPrototypeProperties(ctx, original, firstProto || original, recurseTimes, protoProps);
      }
      return wellKnown.name;
    }
    const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function' &&
        descriptor.value.name !== '' && isInstanceof(original, descriptor.value)) {
      if (protoProps !== undefined &&
          (firstProto !== obj || !builtInObjects.has(descriptor.value.name))) {
        addPrototypeProperties(ctx, original, firstProto || original, recurseTimes, protoProps);
      }
      return String(descriptor.value.name);
    }
    obj = Object.getPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }

  if (firstProto === null) return null;

  const typeName = builtinTypeName(original);
  if (recurseTimes > ctx.depth && ctx.depth !== null) return `${typeName} <Complex prototype>`;

  const protoConstructor = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoConstructor === null) {
    const shownProto = inspect(firstProto, { ...ctx, customInspect: false, depth: -1 });
    return `${typeName} <${shownProto}>`;
  }
  return `${typeName} <${protoConstructor}>`;
}

function hasBuiltInConstructor(obj) {
  const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
  return descriptor !== undefined && typeof descriptor.value === 'function' &&
    builtInObjects.has(descriptor.value.name);
}

// With showHidden, lists the non-method properties that user-defined
// prototypes (up to three levels) add to `main`.
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let keys = [];
  const shadowed = new Set();
  for (let depth = 0; depth < 3; depth++) {
    if (depth !== 0 || main === obj) {
      obj = Object.getPrototypeOf(obj);
      if (obj === null || hasBuiltInConstructor(obj)) return;
    }
    for (const key of keys) shadowed.add(key);
    keys = Reflect.ownKeys(obj);
    ctx.seen.push(main);
    for (const key of keys) {
      if (key === 'constructor' || hasOwn(main, key) || shadowed.has(key)) continue;
      const desc = Object.getOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === 'function') continue;
      const value = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
      output.push(ctx.colors ? `\u001b[2m${value}\u001b[22m` : value);
    }
    ctx.seen.pop();
  }
}

// How a Set or a Map prints: `Kind(size) { ... }`. Without a constructor
// (null prototype) the entries are read through the built-in iterator.
function collectionShape(ctx, value, constructor, tag, kind, sizeOf, iterate, format) {
  const size = sizeOf.call(value);
  const prefix = getPrefix(constructor, tag, kind, `(${size})`);
  const entries = constructor !== null ? value : iterate.call(value);
  const limit = constructor !== null ? size : undefined;
  return {
    keys: getKeys(value, ctx.showHidden),
    braces: [`${prefix}{`, '}'],
    hasEntries: size !== 0,
    emptyResult: `${prefix}{}`,
    formatter: (ctx, ignored, recurseTimes) => format(ctx, entries, limit, recurseTimes),
  };
}

function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  return tag !== '' && !namesTag(constructor, tag) ? `${constructor}${size} [${tag}] ` : `${constructor}${size} `;
}

// Node 24 leaves out a tag the constructor's name already spells as a word
// of its own: `MySet(1) { 1 }`, but `Settings [Set] {}` (a lowercase letter
// or other caseless character goes on after the tag).
function namesTag(constructor, tag) {
  const position = constructor.indexOf(tag);
  if (position === -1) return false;
  const next = constructor[position + tag.length];
  return next === undefined || next !== next.toLowerCase();
}

function getCtxStyle(value, constructor, tag) {
  let fallback = '';
  if (constructor === null) {
    fallback = builtinTypeName(value);
    if (fallback === tag) fallback = 'Object';
  }
  return getPrefix(constructor, tag, fallback);
}

function getKeys(value, showHidden) {
  let keys;
  if (showHidden) {
    keys = Object.getOwnPropertyNames(value);
  } else {
    try {
      keys = Object.keys(value);
    } catch {
      // Namespace objects of modules that are not evaluated yet.
      keys = Object.getOwnPropertyNames(value);
    }
  }
  for (const symbol of Object.getOwnPropertySymbols(value)) {
    if (showHidden || isEnumerable(value, symbol)) keys.push(symbol);
  }
  return keys;
}

function isArrayIndexKey(key) {
  return typeof key === 'string' && arrayIndexRegExp.test(key) && Number(key) < 2 ** 32 - 1;
}

function getOwnNonIndexKeys(value, showHidden) {
  const keys = Reflect.ownKeys(value);
  // Own keys list the array indices first, so the other keys form a suffix.
  let start = keys.length;
  while (start > 0 && !isArrayIndexKey(keys[start - 1])) start--;
  const nonIndexKeys = keys.slice(start);
  return showHidden ? nonIndexKeys : nonIndexKeys.filter((key) => isEnumerable(value, key));
}

// ---------------------------------------------------------------------------
// Functions, boxed primitives and errors.

function getBoxedBase(value, ctx, keys, constructor, tag) {
  let type;
  let primitive;
  if (isNumberObject(value)) {
    type = 'Number';
    primitive = Number.prototype.valueOf.call(value);
  } else if (isStringObject(value)) {
    type = 'String';
    primitive = String.prototype.valueOf.call(value);
    // The character indices only repeat the string itself.
    keys.splice(0, value.length);
  } else if (isBooleanObject(value)) {
    type = 'Boolean';
    primitive = Boolean.prototype.valueOf.call(value);
  } else if (isBigIntObject(value)) {
    type = 'BigInt';
    primitive = BigInt.prototype.valueOf.call(value);
  } else {
    type = 'Symbol';
    primitive = Symbol.prototype.valueOf.call(value);
  }
  let base = `[${type}`;
  if (type !== constructor) base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  base += `: ${formatPrimitive(stylizeNoColor, primitive, ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

function isClass(fn) {
  const source = Function.prototype.toString.call(fn);
  if (!source.startsWith('class') || !source.endsWith('}')) return false;
  const body = source.slice(5, -1);
  const brace = body.indexOf('{');
  if (brace === -1) return false;
  return !body.slice(0, brace).includes('(') ||
    classHeadRegExp.test(body.replace(sourceCommentsRegExp, ''));
}

function getClassBase(value, constructor, tag) {
  const name = (hasOwn(value, 'name') && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor === null) {
    base += ' extends [null prototype]';
  } else {
    const superName = Object.getPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  }
  return `[${base}]`;
}

function getFunctionBase(ctx, value, constructor, tag) {
  if (isClass(value)) return getClassBase(value, constructor, tag);
  let type = 'Function';
  if (isGeneratorFunction(value)) type = `Generator${type}`;
  if (isAsyncFunction(value)) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  if (value.name === '') {
    base += ' (anonymous)';
  } else {
    base += `: ${typeof value.name === 'string' ? value.name : formatValue(ctx, value.name)}`;
  }
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

// The stack to show; one that is not a string is inspected below the
// error's own text (Node 24). A throwing `stack` getter counts as none.
function getStackString(ctx, error) {
  let stack;
  try {
    stack = error.stack;
  } catch {
    // Fall back to the error's text.
  }
  if (!stack) return Error.prototype.toString.call(error);
  if (typeof stack === 'string') return stack;
  ctx.seen.push(error);
  ctx.indentationLvl += 4;
  const shown = formatValue(ctx, stack);
  ctx.indentationLvl -= 4;
  ctx.seen.pop();
  return `${Error.prototype.toString.call(error)}\n    ${shown}`;
}

// Finds the first run of more than three frames that `a` shares with `b`.
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos === -1) continue;
    const rest = b.length - pos;
    if (rest <= 3) continue;
    const maxLen = Math.min(a.length - i, rest);
    let len = 1;
    while (maxLen > len && a[i + len] === b[pos + len]) len++;
    if (len > 3) return { len, offset: i };
  }
  return { len: 0, offset: 0 };
}

function getStackFrames(ctx, err, stack) {
  const frames = stack.split('\n');
  let cause;
  try {
    ({ cause } = err);
  } catch {
    // A throwing `cause` getter is ignored.
  }
  if (cause != null && isError(cause)) {
    const causeStack = getStackString(ctx, cause);
    const causeStackStart = causeStack.indexOf('\n    at');
    if (causeStackStart !== -1) {
      const causeFrames = causeStack.slice(causeStackStart + 1).split('\n');
      const { len, offset } = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const message = `    ... ${skipped} lines matching cause stack trace ...`;
        frames.splice(offset + 1, skipped, ctx.stylize(message, 'undefined'));
      }
    }
  }
  // Node 24 folds the repeated blocks of deep recursion in long stacks.
  if (frames.length > 10) {
    const runs = repeatedFrameRuns(frames);
    for (let k = runs.length - 1; k >= 0; k--) {
      const { start, length, repeats } = runs[k];
      const which = repeats > 1 ? `${length} lines ${repeats} times...` : 'lines ...';
      const message = `    ... collapsed ${length * repeats} duplicate lines matching above ${which}`;
      frames.splice(start, length * repeats, ctx.stylize(message, 'undefined'));
    }
  }
  return frames;
}

// Where a block of frames is repeated right after itself: for each such
// block, the frames after its first copy (`start`), the block's `length`
// and how many further copies follow (`repeats`), in the order found.
function repeatedFrameRuns(frames) {
  const kMinimumRun = 3;
  const runs = [];
  const positions = new Map();
  frames.forEach((frame, index) => {
    const list = positions.get(frame);
    if (list === undefined) positions.set(frame, [index]);
    else list.push(index);
  });
  if (frames.length - positions.size <= kMinimumRun) return runs;

  for (let i = 0; i < frames.length - kMinimumRun; i++) {
    const list = positions.get(frames[i]);
    const next = list.indexOf(i) + 1;
    if (next === list.length) continue;
    let length = list[list.length - 1] - i;
    if (length < kMinimumRun) continue;
    // The block length is tried first as the gcd of the distances to the
    // later copies of this frame, then as the steps of Euclid's algorithm,
    // the last found first.
    let fallbacks = [];
    if (next + 1 < list.length) {
      const steps = new Set();
      let divisor = 0;
      for (let j = next; j < list.length && divisor !== 1; j++) {
        let distance = list[j] - i;
        while (distance !== 0) {
          if (divisor !== 0) steps.add(divisor);
          [divisor, distance] = [distance, divisor % distance];
        }
      }
      length = divisor;
      steps.delete(length);
      fallbacks = [...steps];
    }
    let best = { length, repeats: 0 };
    let repeats = 0;
    for (let copy = i + length; ; copy += length) {
      let same = 0;
      while (same < length && frames[i + same] === frames[copy + same]) same++;
      if (same === length) {
        repeats++;
        continue;
      }
      if (fallbacks.length === 0) break;
      // Keep the length that hid the most lines so far.
      if (repeats !== 0 && best.length * best.repeats < length * repeats) best = { length, repeats };
      length = fallbacks.pop();
      copy = i;
      repeats = 0;
    }
    if (best.repeats !== 0 && best.length * best.repeats >= length * repeats) ({ length, repeats } = best);
    if (repeats * length >= kMinimumRun) {
      runs.push({ start: i + length, length, repeats });
      i += length * (repeats + 1) - 1;
    }
  }
  return runs;
}

// Make the first line name the actual class, e.g. "TypeError [Foo]: ...".
// `name` need not be a string (Node 24 then tags its first appearance).
function improveStack(stack, constructor, name, tag) {
  let len = name.length;
  if (typeof name !== 'string') {
    stack = stack.replace(`${name}`, `${name} [${getPrefix(constructor, tag, 'Error').slice(0, -1)}]`);
  }
  const looksRegular = String.prototype.endsWith.call(name, 'Error') && stack.startsWith(name) &&
    (stack.length === len || stack[len] === ':' || stack[len] === '\n');
  if (constructor !== null && !looksRegular) return stack;

  let fallback = 'Error';
  if (constructor === null) {
    const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/.exec(stack) ||
      /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
    fallback = (start && start[1]) || '';
    len = fallback.length;
    fallback = fallback || 'Error';
  }
  const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
  if (name === prefix) return stack;
  if (prefix.includes(name)) {
    return len === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(len)}`;
  }
  return `${prefix} [${name}]${stack.slice(len)}`;
}

// Keys the stack already shows are left out: `stack` itself, and `message`
// and `name` when the stack contains them (or they are not strings). The
// property of a throwing getter stays.
function removeDuplicateErrorKeys(ctx, keys, stack, message, name) {
  if (ctx.showHidden || keys.length === 0) return;
  const drop = (key) => {
    const index = keys.indexOf(key);
    if (index !== -1) keys.splice(index, 1);
  };
  drop('stack');
  if (!message.threw && (typeof message.value !== 'string' || stack.includes(message.value))) drop('message');
  if (!name.threw && (typeof name.value !== 'string' || stack.includes(name.value))) drop('name');
}

function readProperty(object, key) {
  try {
    return { value: object[key], threw: false };
  } catch {
    return { value: undefined, threw: true };
  }
}

function markNodeModules(ctx, line) {
  let marked = '';
  let lastPos = 0;
  let searchFrom = 0;
  for (;;) {
    const position = line.indexOf('node_modules', searchFrom);
    if (position === -1) break;
    const separator = line[position - 1];
    const after = line[position + 12];
    if ((after !== '/' && after !== '\\') || (separator !== '/' && separator !== '\\')) {
      searchFrom = position + 1;
      continue;
    }
    const moduleStart = position + 13;
    marked += line.slice(lastPos, moduleStart);
    let moduleEnd = line.indexOf(separator, moduleStart);
    if (line[moduleStart] === '@') moduleEnd = line.indexOf(separator, moduleEnd + 1);
    marked += ctx.stylize(line.slice(moduleStart, moduleEnd), 'module');
    lastPos = moduleEnd;
    searchFrom = moduleEnd;
  }
  return lastPos === 0 ? line : marked + line.slice(lastPos);
}

function markCwd(ctx, line, workingDirectory) {
  let cwdStart = line.indexOf(workingDirectory);
  if (cwdStart === -1) return line;
  let cwdLength = workingDirectory.length;
  if (line.slice(cwdStart - 7, cwdStart) === 'file://') {
    cwdLength += 7;
    cwdStart -= 7;
  }
  const start = line[cwdStart - 1] === '(' ? cwdStart - 1 : cwdStart;
  const end = start !== cwdStart && line.endsWith(')') ? -1 : line.length;
  const cwdEnd = cwdStart + cwdLength + 1;
  let marked = line.slice(0, start) + ctx.stylize(line.slice(start, cwdEnd), 'undefined') +
    line.slice(cwdEnd, end);
  if (end === -1) marked += ctx.stylize(')', 'undefined');
  return marked;
}

function currentWorkingDirectory() {
  try {
    return typeof process === 'object' && process !== null ? process.cwd() : undefined;
  } catch {
    return undefined;
  }
}

// Dims core frames and highlights node_modules and the working directory.
function highlightStackFrame(ctx, line, workingDirectory) {
  if (coreStackFrameRegExp.test(line)) return ctx.stylize(line, 'undefined');
  line = markNodeModules(ctx, line);
  if (workingDirectory === undefined) return line;
  const marked = markCwd(ctx, line, workingDirectory);
  return marked !== line ? marked : markCwd(ctx, line, `file://${workingDirectory}`);
}

function formatError(err, constructor, tag, ctx, keys) {
  let stack;
  try {
    stack = getStackString(ctx, err);
  } catch {
    return objectToString(err);
  }
  const message = readProperty(err, 'message');
  const name = readProperty(err, 'name');
  removeDuplicateErrorKeys(ctx, keys, stack, message, name);

  if ('cause' in err && !keys.includes('cause')) keys.push('cause');
  // Errors aggregated by an AggregateError.
  const errors = readProperty(err, 'errors');
  if (Array.isArray(errors.value) && !keys.includes('errors')) keys.push('errors');

  stack = improveStack(stack, constructor, name.value ?? 'Error', tag);

  // The message may itself contain "\n    at": search for frames after it.
  let pos = (message.value && stack.indexOf(message.value)) || -1;
  if (pos !== -1) pos += message.value.length;
  const stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    const frames = getStackFrames(ctx, err, stack.slice(stackStart + 1));
    let shownFrames = frames;
    if (ctx.colors) {
      const workingDirectory = currentWorkingDirectory();
      shownFrames = frames.map((line) => highlightStackFrame(ctx, line, workingDirectory));
    }
    stack = `${stack.slice(0, stackStart)}\n${shownFrames.join('\n')}`;
  }
  if (ctx.indentationLvl !== 0) {
    stack = stack.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
  }
  return stack;
}

// ---------------------------------------------------------------------------
// Entries of collections.

// Arrays that are sparse or have index-like keys out of order.
function formatSpecialArray(ctx, value, recurseTimes, maxLength, output, i) {
  const keys = Object.keys(value);
  let index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const keyIndex = Number(key);
    if (keyIndex > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (!arrayIndexRegExp.test(key)) break;
      output.push(ctx.stylize(`<${plural(keyIndex - index, 'empty item')}>`, 'undefined'));
      index = keyIndex;
      if (output.length === maxLength) break;
    }
    output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      output.push(ctx.stylize(`<${plural(remaining, 'empty item')}>`, 'undefined'));
    }
  } else if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

function formatArray(ctx, value, recurseTimes) {
  const length = Math.min(Math.max(0, ctx.maxArrayLength), value.length);
  const output = [];
  for (let i = 0; i < length; i++) {
    if (!hasOwn(value, i)) return formatSpecialArray(ctx, value, recurseTimes, length, output, i);
    output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType));
  }
  const remaining = value.length - length;
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

function formatTypedArray(ctx, elements, length) {
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const formatElement = elements.length > 0 && typeof elements[0] === 'number' ?
    formatNumber :
    formatBigInt;
  const output = [];
  for (let i = 0; i < maxLength; i++) {
    output.push(formatElement(ctx.stylize, elements[i], ctx.numericSeparator));
  }
  const remaining = elements.length - maxLength;
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

function formatArrayBuffer(ctx, value) {
  let bytes;
  try {
    bytes = new Uint8Array(value);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  let str = hexBytes(bytes, Math.min(ctx.maxArrayLength, bytes.length));
  const remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) str += ` ... ${plural(remaining, 'more byte')}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
}

// Node shows every entry of Maps and Sets without prototype: their size is
// not looked up, so `size` is undefined.
function collectionLimit(ctx, size) {
  return size === undefined ? Infinity : Math.min(Math.max(0, ctx.maxArrayLength), size);
}

function formatSet(ctx, entries, size, recurseTimes) {
  const maxLength = collectionLimit(ctx, size);
  const output = [];
  ctx.indentationLvl += 2;
  for (const entry of entries) {
    if (output.length >= maxLength) break;
    output.push(formatValue(ctx, entry, recurseTimes));
  }
  if (size > maxLength) output.push(remainingText(size - maxLength));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(ctx, entries, size, recurseTimes) {
  const maxLength = collectionLimit(ctx, size);
  const output = [];
  ctx.indentationLvl += 2;
  for (const [key, entry] of entries) {
    if (output.length >= maxLength) break;
    output.push(`${formatValue(ctx, key, recurseTimes)} => ${formatValue(ctx, entry, recurseTimes)}`);
  }
  if (size > maxLength) output.push(remainingText(size - maxLength));
  ctx.indentationLvl -= 2;
  return output;
}

// Weak collections are sorted to keep the output halfway stable.
function formatListEntries(ctx, recurseTimes, entries, isWeak) {
  const maxLength = Math.min(Math.max(ctx.maxArrayLength, 0), entries.length);
  const output = [];
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) output.push(formatValue(ctx, entries[i], recurseTimes));
  ctx.indentationLvl -= 2;
  if (isWeak && !ctx.sorted) output.sort();
  const remaining = entries.length - maxLength;
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

// `entries` holds keys and values alternately.
function formatPairEntries(ctx, recurseTimes, entries, isWeak) {
  const pairs = entries.length / 2;
  const maxLength = Math.min(Math.max(ctx.maxArrayLength, 0), pairs);
  const output = [];
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) {
    const key = formatValue(ctx, entries[i * 2], recurseTimes);
    const value = formatValue(ctx, entries[i * 2 + 1], recurseTimes);
    output.push(isWeak ?
      `${key} => ${value}` :
      reduceToSingleString(ctx, [key, value], '', ['[', ']'], kArrayExtrasType, recurseTimes));
  }
  if (isWeak && !ctx.sorted) output.sort();
  ctx.indentationLvl -= 2;
  const remaining = pairs - Math.max(ctx.maxArrayLength, 0);
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatWeakSet(ctx, value, recurseTimes) {
  const preview = previewEntries(value);
  if (preview === undefined) return formatWeakCollection(ctx);
  return formatListEntries(ctx, recurseTimes, preview.entries, true);
}

function formatWeakMap(ctx, value, recurseTimes) {
  const preview = previewEntries(value);
  if (preview === undefined) return formatWeakCollection(ctx);
  return formatPairEntries(ctx, recurseTimes, preview.entries, true);
}

function formatIterator(ctx, value, recurseTimes, braces) {
  const preview = previewEntries(value);
  if (preview === undefined) return formatWeakCollection(ctx);
  if (preview.isKeyValue) {
    braces[0] = braces[0].replace(/ Iterator] {$/, ' Entries] {');
    return formatPairEntries(ctx, recurseTimes, preview.entries, false);
  }
  return formatListEntries(ctx, recurseTimes, preview.entries, false);
}

function formatPromise(ctx, value, recurseTimes) {
  const details = getPromiseDetails(value);
  if (details === undefined) return [ctx.stylize('<unknown>', 'special')];
  if (details.state === 'pending') return [ctx.stylize('<pending>', 'special')];
  ctx.indentationLvl += 2;
  const result = formatValue(ctx, details.result, recurseTimes);
  ctx.indentationLvl -= 2;
  return [details.state === 'rejected' ? `${ctx.stylize('<rejected>', 'special')} ${result}` : result];
}

function formatNamespaceObject(ctx, value, recurseTimes, keys) {
  const output = keys.map((key) => {
    try {
      return formatProperty(ctx, value, recurseTimes, key, kObjectType);
    } catch {
      // The binding is still in its temporal dead zone.
      const placeholder = formatProperty(ctx, { [key]: '' }, recurseTimes, key, kObjectType);
      const valueStart = placeholder.lastIndexOf(' ') + 1;
      return placeholder.slice(0, valueStart) + ctx.stylize('<uninitialized>', 'special');
    }
  });
  keys.length = 0;
  return output;
}

// ---------------------------------------------------------------------------
// Properties.

// The getters of buffers and views shown as hidden keys, styled as strings
// as a whole (Node 24).
function formatExtraProperty(ctx, value, recurseTimes, key, typedArray) {
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, value[key], recurseTimes, typedArray);
  ctx.indentationLvl -= 2;
  return ctx.stylize(`[${key}]: ${str}`, 'string');
}

function formatAccessor(ctx, desc, original, recurseTimes) {
  const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
  const s = ctx.stylize;
  const showValue = ctx.getters && (ctx.getters === true ||
    (ctx.getters === 'get' && desc.set === undefined) ||
    (ctx.getters === 'set' && desc.set !== undefined));
  if (!showValue) return s(`[${label}]`, 'special');
  try {
    const value = desc.get.call(original);
    ctx.indentationLvl += 2;
    let str;
    if (value === null) {
      str = `${s(`[${label}:`, 'special')} ${s('null', 'null')}${s(']', 'special')}`;
    } else if (typeof value === 'object') {
      str = `${s(`[${label}]`, 'special')} ${formatValue(ctx, value, recurseTimes)}`;
    } else {
      str = `${s(`[${label}:`, 'special')} ${formatPrimitive(s, value, ctx)}${s(']', 'special')}`;
    }
    ctx.indentationLvl -= 2;
    return str;
  } catch (err) {
    const message = `<Inspection threw (${err.message})>`;
    return `${s(`[${label}:`, 'special')} ${message}${s(']', 'special')}`;
  }
}

// Hidden keys are the visible form in brackets: `[['a-b']]`, `[name]`.
function formatPropertyKey(ctx, key, desc) {
  let name;
  if (typeof key === 'symbol') {
    name = ctx.stylize(Symbol.prototype.toString.call(key).replace(escapeWithQuoteRegExp, escapeChar), 'symbol');
  } else if (identifierRegExp.test(key)) {
    name = key === '__proto__' ? "['__proto__']" : ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(strEscape(key), 'string');
  }
  return desc.enumerable === false ? `[${name}]` : name;
}

function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  // NODE-DIFF: Node 24 throws a TypeError for a key with no own property
  // (an inherited `cause` of an error); it is shown as a plain value here.
  desc = desc || Object.getOwnPropertyDescriptor(value, key) || { value: value[key], enumerable: true };
  let str;
  let separator = ' ';
  if (desc.value !== undefined) {
    const diff = ctx.compact !== true || type !== kObjectType ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      separator = `\n${' '.repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    str = formatAccessor(ctx, desc, original, recurseTimes);
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;
  return `${formatPropertyKey(ctx, key, desc)}:${separator}${str}`;
}

// ---------------------------------------------------------------------------
// Layout.

function isNumericList(value, length) {
  for (let i = 0; i < length; i++) {
    if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') return false;
  }
  return true;
}

// Lays out many short array entries in aligned columns.
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  // The "... more items" entry does not take part in the grouping.
  if (ctx.maxArrayLength < output.length) outputLength--;
  const separatorSpace = 2; // ", "
  const dataLen = new Array(outputLength);
  for (let i = 0; i < outputLength; i++) {
    const len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  // At least three entries have to fit on a line, and no single entry may be
  // much longer than the others.
  if (actualMax * 3 + ctx.indentationLvl >= ctx.breakLength ||
      (totalLength / actualMax <= 5 && maxLength > 6)) {
    return output;
  }

  // Aim for a roughly square block, assuming characters are 2.5 times as
  // high as they are wide, favouring more columns for short entries.
  const approxCharHeights = 2.5;
  const averageBias = Math.sqrt(actualMax - totalLength / output.length);
  const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
  const columns = Math.min(
    Math.round(Math.sqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
    Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
    ctx.compact * 4,
    15,
  );
  if (columns <= 1) return output;

  const maxLineLength = [];
  for (let i = 0; i < columns; i++) {
    let lineMaxLength = 0;
    for (let j = i; j < output.length; j += columns) {
      if (dataLen[j] > lineMaxLength) lineMaxLength = dataLen[j];
    }
    maxLineLength.push(lineMaxLength + separatorSpace);
  }
  const alignRight = value === undefined || isNumericList(value, output.length);
  const pad = (str, width) => (alignRight ? str.padStart(width, ' ') : str.padEnd(width, ' '));

  const grouped = [];
  for (let i = 0; i < outputLength; i += columns) {
    const max = Math.min(i + columns, outputLength);
    let line = '';
    let j = i;
    for (; j < max - 1; j++) {
      // Colors take up characters but no width.
      const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
      line += pad(`${output[j]}, `, padding);
    }
    if (alignRight) {
      const padding = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
      line += output[j].padStart(padding, ' ');
    } else {
      line += output[j];
    }
    grouped.push(line);
  }
  if (ctx.maxArrayLength < output.length) grouped.push(output[outputLength]);
  return grouped;
}

function isBelowBreakLength(ctx, output, start, base) {
  // Every entry is followed by at least a comma.
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (const entry of output) {
    totalLength += ctx.colors ? removeColors(entry).length : entry.length;
    if (totalLength > ctx.breakLength) return false;
  }
  return base === '' || !base.includes('\n');
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact === true) return reduceCompactTrue(ctx, output, base, braces);

  if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
    const entries = output.length;
    if (extrasType === kArrayExtrasType && entries > 6) {
      output = groupArrayElements(ctx, output, value);
    }
    // Only the `compact` innermost levels are candidates for a single line,
    // and never once the entries were grouped.
    if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
      const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
      if (isBelowBreakLength(ctx, output, start, base)) {
        const joined = output.join(', ');
        if (!joined.includes('\n')) {
          return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
        }
      }
    }
  }
  const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
  return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ` +
    `${output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
}

function reduceCompactTrue(ctx, output, base, braces) {
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ${braces[1]}`;
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  // A long opening brace such as "Set {" needs the first entry on a new line
  // to keep the entries aligned.
  const start = base === '' && braces[0].length === 1 ?
    ' ' :
    `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${start}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
}

// ---------------------------------------------------------------------------
// Display width of strings, in terminal columns.

// Code points two columns wide (as ICU reports them) apart from emoji.
const wideRanges = [
  [0x1100, 0x115f], [0x2329, 0x232a], [0x2630, 0x2637], [0x268a, 0x268f],
  [0x2e80, 0x2e99], [0x2e9b, 0x2ef3], [0x2f00, 0x2fd5], [0x2ff0, 0x303e],
  [0x3041, 0x3096], [0x3099, 0x30ff], [0x3105, 0x312f],
  [0x3131, 0x318e], [0x3190, 0x31e5], [0x31ef, 0x321e], [0x3220, 0x3247],
  [0x3250, 0xa48c], [0xa490, 0xa4c6], [0xa960, 0xa97c], [0xac00, 0xd7a3],
  [0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe52], [0xfe54, 0xfe66],
  [0xfe68, 0xfe6b], [0xff01, 0xff60], [0xffe0, 0xffe6], [0x16fe0, 0x16fe4],
  [0x16ff0, 0x16ff6], [0x17000, 0x18cd5], [0x18cff, 0x18d1e], [0x18d80, 0x18df2],
  [0x1aff0, 0x1aff3], [0x1aff5, 0x1affb], [0x1affd, 0x1affe], [0x1b000, 0x1b122],
  [0x1b132, 0x1b132], [0x1b150, 0x1b152], [0x1b155, 0x1b155], [0x1b164, 0x1b167],
  [0x1b170, 0x1b2fb], [0x1d15e, 0x1d15f], [0x1d1bb, 0x1d1bc], [0x1d300, 0x1d356],
  [0x1d360, 0x1d376], [0x1f200, 0x1f200], [0x1f202, 0x1f202], [0x1f210, 0x1f219],
  [0x1f21b, 0x1f22e], [0x1f230, 0x1f231], [0x1f237, 0x1f237], [0x1f23b, 0x1f23b],
  [0x1f240, 0x1f248], [0x1f260, 0x1f265], [0x20000, 0x2fffd], [0x30000, 0x3fffd],
];
const zeroWidthRegExp = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]$/u;
const emojiPresentationRegExp = /^[\p{Emoji_Presentation}\p{Emoji_Modifier}]$/u;

function isWideCodePoint(code) {
  let low = 0;
  let high = wideRanges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [first, last] = wideRanges[middle];
    if (code < first) {
      high = middle - 1;
    } else if (code > last) {
      low = middle + 1;
    } else {
      return true;
    }
  }
  return false;
}

function codePointWidth(char) {
  const code = char.codePointAt(0);
  if (isWideCodePoint(code) || emojiPresentationRegExp.test(char)) return 2;
  if (code !== 0xad && zeroWidthRegExp.test(char)) return 0;
  return 1;
}

function getStringWidth(str, removeControlChars = true) {
  if (removeControlChars) str = stripVTControlCharacters(str);
  let width = 0;
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (code >= 127) {
      for (const char of str.slice(i).normalize('NFC')) width += codePointWidth(char);
      break;
    }
    if (code >= 32) width++;
  }
  return width;
}

function stripVTControlCharacters(str) {
  if (typeof str !== 'string') throw invalidArgType('str', 'string', str);
  return str.replace(ansiRegExp, '');
}

// ---------------------------------------------------------------------------
// format.

function hasBuiltInToString(value) {
  const proxy = getProxyDetails(value);
  if (proxy !== undefined) {
    if (proxy === null || proxy[0] === null) return true;
    value = proxy[0];
  }

  // Walk to the object providing the conversion, unless `value` has its own.
  let hasOwnToString = hasOwn;
  let hasOwnToPrimitive = hasOwn;
  if (typeof value.toString !== 'function') {
    if (typeof value[Symbol.toPrimitive] !== 'function') return true;
    if (hasOwn(value, Symbol.toPrimitive)) return false;
    hasOwnToString = () => false;
  } else if (hasOwn(value, 'toString')) {
    return false;
  } else if (typeof value[Symbol.toPrimitive] !== 'function') {
    hasOwnToPrimitive = () => false;
  } else if (hasOwn(value, Symbol.toPrimitive)) {
    return false;
  }
  let pointer = value;
  do {
    pointer = Object.getPrototypeOf(pointer);
  } while (!hasOwnToString(pointer, 'toString') && !hasOwnToPrimitive(pointer, Symbol.toPrimitive));
  return hasBuiltInConstructor(pointer);
}

const firstLine = (message) => String(message).split('\n', 1)[0];
let circularJsonMessage;

function getCircularJsonMessage() {
  if (circularJsonMessage === undefined) {
    const circular = {};
    circular.circular = circular;
    try {
      JSON.stringify(circular);
    } catch (err) {
      circularJsonMessage = firstLine(err.message);
    }
  }
  return circularJsonMessage;
}

function tryStringify(value) {
  try {
    return JSON.stringify(value);
  } catch (err) {
    if (err.name === 'TypeError' && firstLine(err.message) === getCircularJsonMessage()) {
      return '[Circular]';
    }
    throw err;
  }
}

function formatNumberNoColor(number, options) {
  const separator = options?.numericSeparator ?? inspectDefaultOptions.numericSeparator;
  return formatNumber(stylizeNoColor, number, separator);
}

function formatBigIntNoColor(bigint, options) {
  const separator = options?.numericSeparator ?? inspectDefaultOptions.numericSeparator;
  return formatBigInt(stylizeNoColor, bigint, separator);
}

function formatAsString(arg, options) {
  if (typeof arg === 'number') return formatNumberNoColor(arg, options);
  if (typeof arg === 'bigint') return formatBigIntNoColor(arg, options);
  if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) return String(arg);
  return inspect(arg, { ...options, compact: 3, colors: false, depth: 0 });
}

function formatAsInteger(arg, options) {
  if (typeof arg === 'bigint') return formatBigIntNoColor(arg, options);
  if (typeof arg === 'symbol') return 'NaN';
  return formatNumberNoColor(Number.parseInt(arg), options);
}

function formatAsNumber(arg, options) {
  if (typeof arg === 'bigint') return formatBigIntNoColor(arg, options);
  if (typeof arg === 'symbol') return 'NaN';
  return formatNumberNoColor(Number(arg), options);
}

function formatAsFloat(arg, options) {
  if (typeof arg === 'symbol') return 'NaN';
  return formatNumberNoColor(Number.parseFloat(arg), options);
}

const placeholders = {
  s: formatAsString,
  j: (arg) => tryStringify(arg),
  d: formatAsNumber,
  O: (arg, options) => inspect(arg, options),
  o: (arg, options) => inspect(arg, { ...options, showHidden: true, showProxy: true, depth: 4 }),
  i: formatAsInteger,
  f: formatAsFloat,
  c: () => '',
};

function formatWithOptionsInternal(options, args) {
  const first = args[0];
  let argIndex = 0;
  let str = '';
  let separator = '';

  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first[i] !== '%') continue;
      const directive = first[++i];
      if (directive === '%') {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
        continue;
      }
      if (argIndex + 1 === args.length || !hasOwn(placeholders, directive)) continue;
      const replacement = placeholders[directive](args[++argIndex], options);
      str += first.slice(lastPos, i - 1) + replacement;
      lastPos = i + 1;
    }
    if (lastPos !== 0) {
      argIndex++;
      separator = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }

  for (; argIndex < args.length; argIndex++) {
    const value = args[argIndex];
    str += separator + (typeof value === 'string' ? value : inspect(value, options));
    separator = ' ';
  }
  return str;
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  validateObject(inspectOptions, 'inspectOptions', true);
  return formatWithOptionsInternal(inspectOptions, args);
}

function setBufferMaxBytes(count) {
  kBufferMaxBytes = count;
}

module.exports = { inspect, format, formatWithOptions, stripVTControlCharacters, setBufferMaxBytes };
module.exports.getStringWidth = getStringWidth;
