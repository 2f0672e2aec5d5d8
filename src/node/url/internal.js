'use strict';
// The WHATWG URL API as Node 24 exposes it: URL, URLSearchParams (live and
// two-way with its URL), and the file-URL helpers the url module, fs and the
// module loaders share (fileURLToPath, pathToFileURL, toPathIfFileURL).
//
// Parsing and the setters are the URL Standard's, done by the url binding
// (rust-url, see mod.rs); a URL keeps the href and component offsets the
// binding answers with, and its getters slice the href. Not supported:
// URLPattern.

const binding = internalBinding('url');
const path = require('path');
const {
  codes: {
    ERR_ARG_NOT_ITERABLE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_FILE_URL_HOST,
    ERR_INVALID_FILE_URL_PATH,
    ERR_INVALID_THIS,
    ERR_INVALID_TUPLE,
    ERR_INVALID_URL,
    ERR_INVALID_URL_SCHEME,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateFunction, validateObject, kValidateObjectAllowObjects } = require('internal/validators');
const { encodeStr, hexTable, unescapeBuffer } = require('internal/querystring');

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const toWellFormed = (value) => String.prototype.toWellFormed.call(value);
// WebIDL's USVString conversion, with V8's words for a Symbol (QuickJS's are
// "cannot convert symbol to string").
function toUSVString(value) {
  if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
  return toWellFormed(`${value}`);
}
let lazyInspect;
function inspect(value, options) {
  lazyInspect ??= require('internal/util/inspect');
  return lazyInspect.inspect(value, options);
}

// Which component the binding's update() sets (Node's urlUpdateActions).
const updateActions = {
  kProtocol: 0,
  kHost: 1,
  kHostname: 2,
  kPort: 3,
  kUsername: 4,
  kPassword: 5,
  kPathname: 6,
  kSearch: 7,
  kHash: 8,
  kHref: 9,
};

// Indices into the binding's answer: [href, schemeEnd, usernameEnd,
// hostStart, hostEnd, port, pathStart, queryStart, fragmentStart].
const kHref = 0;
const kSchemeEnd = 1;
const kUsernameEnd = 2;
const kHostStart = 3;
const kHostEnd = 4;
const kPort = 5;
const kPathStart = 6;
const kQueryStart = 7;
const kFragmentStart = 8;

const specialSchemes = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:', 'file:']);

// --- URLSearchParams ---

// Set once URL is defined: pushes a params object's list into its URL.
let updateURLSearch;

const kEnumerable = { __proto__: null, enumerable: true };

class URLSearchParamsIterator {
  #params;
  #kind;
  #index = 0;

  constructor(params, kind) {
    this.#params = params;
    this.#kind = kind;
  }

  next() {
    if (typeof this !== 'object' || this === null || !(#params in this)) {
      throw new ERR_INVALID_THIS('URLSearchParamsIterator');
    }
    const list = getList(this.#params);
    const index = this.#index;
    if (index >= list.length) return { value: undefined, done: true };
    this.#index = index + 2;
    const name = list[index];
    const value = list[index + 1];
    let result;
    if (this.#kind === 'key') result = name;
    else if (this.#kind === 'value') result = value;
    else result = [name, value];
    return { value: result, done: false };
  }

  [customInspect](recurseTimes, ctx) {
    if (typeof this !== 'object' || this === null || !(#params in this)) {
      throw new ERR_INVALID_THIS('URLSearchParamsIterator');
    }
    if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
    const innerOptions = { ...ctx };
    if (recurseTimes !== null) innerOptions.depth = recurseTimes - 1;
    const list = getList(this.#params);
    const remaining = [];
    for (let i = this.#index; i < list.length; i += 2) {
      if (this.#kind === 'key') remaining.push(list[i]);
      else if (this.#kind === 'value') remaining.push(list[i + 1]);
      else remaining.push([list[i], list[i + 1]]);
    }
    const multiline = inspect(remaining, innerOptions).includes('\n');
    const shown = remaining.map((entry) => inspect(entry, innerOptions));
    const body = multiline ? `\n  ${shown.join(',\n  ')}` : ` ${shown.join(', ')}`;
    return `${this[Symbol.toStringTag]} {${body} }`;
  }
}

// Web IDL: the iterator prototype has no constructor and inherits
// %IteratorPrototype%.
delete URLSearchParamsIterator.prototype.constructor;
Object.setPrototypeOf(URLSearchParamsIterator.prototype,
  Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
Object.defineProperties(URLSearchParamsIterator.prototype, {
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'URLSearchParams Iterator' },
  next: kEnumerable,
});

let getList;
let attachURL;
let replaceList;

function checkParams(self) {
  if (typeof self !== 'object' || self === null || !isParams(self)) throw new ERR_INVALID_THIS('URLSearchParams');
}
let isParams;

class URLSearchParams {
  // Names and values alternate: [name0, value0, name1, value1, ...].
  #list = [];
  // The URL whose query this object is, if any.
  #url = null;

  static {
    getList = (params) => params.#list;
    isParams = (value) => #list in value;
    attachURL = (params, url) => {
      params.#url = url;
    };
    replaceList = (params, query) => {
      params.#list = parseParams(query);
    };
  }

  constructor(init = undefined) {
    if (init == null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && #list in init) {
        this.#list = init.#list.slice();
      } else if (method != null) {
        if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        // Like Node, each pair is converted as it is iterated rather than
        // after the whole sequence is read.
        for (const pair of init) {
          if (pair == null) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          if (Array.isArray(pair)) {
            if (pair.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
            this.#list.push(toUSVString(pair[0]), toUSVString(pair[1]));
            continue;
          }
          if ((typeof pair !== 'object' && typeof pair !== 'function') || typeof pair[Symbol.iterator] !== 'function') {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          let length = 0;
          for (const element of pair) {
            length++;
            this.#list.push(toUSVString(element));
          }
          if (length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
        }
      } else {
        // A record: own enumerable keys; two keys that become the same
        // string once well-formed keep the later value in the first place.
        const seen = new Map();
        for (const key of Reflect.ownKeys(init)) {
          const descriptor = Reflect.getOwnPropertyDescriptor(init, key);
          if (descriptor === undefined || !descriptor.enumerable) continue;
          const name = toUSVString(key);
          const value = toUSVString(init[key]);
          const index = seen.get(name);
          if (index === undefined) {
            seen.set(name, this.#list.length + 1);
            this.#list.push(name, value);
          } else {
            this.#list[index] = value;
          }
        }
      }
      return;
    }
    const text = toUSVString(init);
    if (text !== '') this.#list = parseParams(text);
  }

  #changed() {
    if (this.#url !== null) updateURLSearch(this.#url, serializeParams(this.#list));
  }

  get size() {
    checkParams(this);
    return this.#list.length / 2;
  }

  append(name, value) {
    checkParams(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this.#list.push(toUSVString(name), toUSVString(value));
    this.#changed();
  }

  delete(name, value = undefined) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    const list = this.#list;
    let kept = 0;
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) continue;
      list[kept++] = list[i];
      list[kept++] = list[i + 1];
    }
    list.length = kept;
    this.#changed();
  }

  get(name) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    const list = this.#list;
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) return list[i + 1];
    }
    return null;
  }

  getAll(name) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    const list = this.#list;
    const values = [];
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) values.push(list[i + 1]);
    }
    return values;
  }

  has(name, value = undefined) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    const list = this.#list;
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    checkParams(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    name = toUSVString(name);
    value = toUSVString(value);
    // The first pair named `name` takes the value; the others go.
    const list = this.#list;
    let found = false;
    let kept = 0;
    for (let i = 0; i < list.length; i += 2) {
      let pairValue = list[i + 1];
      if (list[i] === name) {
        if (found) continue;
        found = true;
        pairValue = value;
      }
      list[kept++] = list[i];
      list[kept++] = pairValue;
    }
    list.length = kept;
    if (!found) list.push(name, value);
    this.#changed();
  }

  sort() {
    checkParams(this);
    // A stable sort by name in UTF-16 code units, as the standard says.
    const list = this.#list;
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (let i = 0; i < pairs.length; i++) {
      list[2 * i] = pairs[i][0];
      list[2 * i + 1] = pairs[i][1];
    }
    this.#changed();
  }

  entries() {
    checkParams(this);
    return new URLSearchParamsIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    checkParams(this);
    validateFunction(callback, 'callback');
    // Re-read the list each turn: the callback may change the URL's search.
    for (let i = 0; i < this.#list.length; i += 2) {
      const list = this.#list;
      callback.call(thisArg, list[i + 1], list[i], this);
    }
  }

  keys() {
    checkParams(this);
    return new URLSearchParamsIterator(this, 'key');
  }

  values() {
    checkParams(this);
    return new URLSearchParamsIterator(this, 'value');
  }

  toString() {
    checkParams(this);
    return serializeParams(this.#list);
  }

  [customInspect](recurseTimes, ctx) {
    checkParams(this);
    if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
    const innerOptions = { ...ctx };
    if (recurseTimes !== null) innerOptions.depth = recurseTimes - 1;
    const list = this.#list;
    const entries = [];
    let length = -2;
    for (let i = 0; i < list.length; i += 2) {
      const entry = `${inspect(list[i], innerOptions)} => ${inspect(list[i + 1], innerOptions)}`;
      entries.push(entry);
      length += stripColors(entry).length + 2;
    }
    const name = this.constructor.name;
    if (length > ctx.breakLength) return `${name} {\n  ${entries.join(',\n  ')} }`;
    if (entries.length > 0) return `${name} { ${entries.join(', ')} }`;
    return `${name} {}`;
  }
}

// eslint-disable-next-line no-control-regex
const colorRegExp = /\u001b\[\d\d?m/g;
function stripColors(text) {
  return text.replace(colorRegExp, '');
}

Object.defineProperties(URLSearchParams.prototype, {
  append: kEnumerable,
  delete: kEnumerable,
  get: kEnumerable,
  getAll: kEnumerable,
  has: kEnumerable,
  set: kEnumerable,
  size: kEnumerable,
  sort: kEnumerable,
  entries: kEnumerable,
  forEach: kEnumerable,
  keys: kEnumerable,
  values: kEnumerable,
  toString: kEnumerable,
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'URLSearchParams' },
  [Symbol.iterator]: { __proto__: null, configurable: true, writable: true, value: URLSearchParams.prototype.entries },
});

// application/x-www-form-urlencoded parsing: '&'-separated pairs, the first
// '=' splits name from value, '+' is a space, then percent-decoding. Like
// Node, a name or value is decoded only if it holds a valid %XX, and one
// that is not UTF-8 once decoded is decoded as querystring.unescapeBuffer
// does (its characters taken as bytes).
function parseParams(query) {
  const list = [];
  let start = query.charCodeAt(0) === 0x3f ? 1 : 0;
  while (start <= query.length) {
    let end = query.indexOf('&', start);
    if (end === -1) end = query.length;
    if (end > start) {
      const pair = query.slice(start, end);
      const equals = pair.indexOf('=');
      if (equals === -1) {
        list.push(decodeParam(pair), '');
      } else {
        list.push(decodeParam(pair.slice(0, equals)), decodeParam(pair.slice(equals + 1)));
      }
    }
    start = end + 1;
  }
  return list;
}

const escapeRegExp = /%[0-9a-fA-F]{2}/;
function decodeParam(text) {
  if (text.includes('+')) text = text.replaceAll('+', ' ');
  if (!escapeRegExp.test(text)) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return unescapeBuffer(text, false).toString();
  }
}

// The application/x-www-form-urlencoded serializer: bytes outside
// *-._ and alphanumerics are percent-encoded, spaces become '+'.
const paramNoEscape = new Int8Array(128);
for (const char of '*-._0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz') {
  paramNoEscape[char.charCodeAt(0)] = 1;
}
const paramHexTable = hexTable.slice();
paramHexTable[0x20] = '+';

function serializeParams(list) {
  let output = '';
  for (let i = 0; i < list.length; i += 2) {
    if (i > 0) output += '&';
    output += `${encodeStr(list[i], paramNoEscape, paramHexTable)}=${encodeStr(list[i + 1], paramNoEscape, paramHexTable)}`;
  }
  return output;
}

// --- URL ---

// A URL-shaped object: what Node takes for a URL wherever it accepts one
// (objects from other realms and implementations pass too). Legacy
// url.parse() objects have `auth` and `path`, so they do not.
function isURL(value) {
  return Boolean(value?.href && value.protocol && value.auth === undefined && value.path === undefined);
}

// The third argument of the URL constructor, for internal callers only.
const kParseNoThrow = Symbol('kParseNoThrow');
const kFromComponents = Symbol('kFromComponents');

class URL {
  // The binding's answer: the href and the offsets of its components.
  #components;
  #searchParams = null;

  // A receiver that is no URL gets V8's words for the private member Node's
  // URL reads there: a private method for these four, a field elsewhere.
  static #of(url, method = false, member = '#context') {
    if (url === null || (typeof url !== 'object' && typeof url !== 'function') || !(#components in url)) {
      throw new TypeError(method ? 'Receiver must be an instance of class URL' :
        `Cannot read private member ${member} from an object whose class did not declare it`);
    }
    return url.#components;
  }

  static {
    updateURLSearch = (url, query) => {
      const components = binding.update(url.#components[kHref], updateActions.kSearch, query);
      if (components !== undefined) url.#components = components;
    };
  }

  constructor(input, base = undefined, internal = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    if (internal === kFromComponents) {
      this.#components = input;
      return;
    }
    input = toUSVString(input);
    if (base !== undefined) base = toUSVString(base);
    const components = binding.parse(input, base);
    if (components === undefined) {
      if (internal === kParseNoThrow) return;
      throw new ERR_INVALID_URL(input, base);
    }
    this.#components = components;
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    const url = new URL(input, base, kParseNoThrow);
    return url.#components === undefined ? null : url;
  }

  static canParse(url, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    url = toUSVString(url);
    return binding.canParse(url, base === undefined ? undefined : toUSVString(base));
  }

  // After a change of the whole href or of the search, the params object
  // (if made) takes the new query.
  #setComponents(components, searchChanged = false) {
    this.#components = components;
    if (searchChanged && this.#searchParams !== null) replaceList(this.#searchParams, this.search);
  }

  #set(action, value) {
    const components = binding.update(this.#components[kHref], action, toUSVString(value));
    if (components !== undefined) this.#setComponents(components, action === updateActions.kSearch);
  }

  [customInspect](depth, options) {
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = findConstructor(this) ?? URL;
    // A plain object, so inspect prints it without a class name.
    const shown = {
      href: this.href,
      origin: this.origin,
      protocol: this.protocol,
      username: this.username,
      password: this.password,
      host: this.host,
      hostname: this.hostname,
      port: this.port,
      pathname: this.pathname,
      search: this.search,
      searchParams: this.searchParams,
      hash: this.hash,
    };
    // NODE-DIFF: with showHidden Node also shows its internal URLContext
    // (Ada's offsets); ours are different offsets, so none are shown.
    return `${constructor.name} ${inspect(shown, options)}`;
  }

  toString() {
    return URL.#of(this, true)[kHref];
  }

  get href() {
    return URL.#of(this, true)[kHref];
  }

  set href(value) {
    value = toUSVString(value);
    const components = binding.update(URL.#of(this)[kHref], updateActions.kHref, value);
    if (components === undefined) throw new ERR_INVALID_URL(value);
    this.#setComponents(components, true);
  }

  get origin() {
    URL.#of(this);
    const protocol = this.protocol;
    if (specialSchemes.has(protocol)) return protocol === 'file:' ? 'null' : `${protocol}//${this.host}`;
    if (protocol === 'blob:') {
      // The origin of the URL in the path, for http(s) only.
      const inner = URL.parse(this.pathname);
      if (inner !== null && (inner.protocol === 'http:' || inner.protocol === 'https:')) {
        return `${inner.protocol}//${inner.host}`;
      }
    }
    return 'null';
  }

  get protocol() {
    const c = URL.#of(this);
    return c[kHref].slice(0, c[kSchemeEnd] + 1);
  }

  set protocol(value) {
    URL.#of(this);
    this.#set(updateActions.kProtocol, value);
  }

  get username() {
    const c = URL.#of(this);
    const start = c[kSchemeEnd] + 3;
    return c[kUsernameEnd] > start ? c[kHref].slice(start, c[kUsernameEnd]) : '';
  }

  set username(value) {
    URL.#of(this);
    this.#set(updateActions.kUsername, value);
  }

  get password() {
    const c = URL.#of(this);
    const href = c[kHref];
    if (c[kHostStart] > c[kUsernameEnd] + 1 && href.charCodeAt(c[kUsernameEnd]) === 0x3a) {
      return href.slice(c[kUsernameEnd] + 1, c[kHostStart] - 1);
    }
    return '';
  }

  set password(value) {
    URL.#of(this);
    this.#set(updateActions.kPassword, value);
  }

  get host() {
    const c = URL.#of(this);
    if (c[kHostStart] === c[kHostEnd]) return '';
    return c[kPort] === -1 ? c[kHref].slice(c[kHostStart], c[kHostEnd]) : c[kHref].slice(c[kHostStart], c[kPathStart]);
  }

  set host(value) {
    URL.#of(this);
    this.#set(updateActions.kHost, value);
  }

  get hostname() {
    const c = URL.#of(this);
    return c[kHref].slice(c[kHostStart], c[kHostEnd]);
  }

  set hostname(value) {
    URL.#of(this);
    this.#set(updateActions.kHostname, value);
  }

  get port() {
    const port = URL.#of(this)[kPort];
    return port === -1 ? '' : `${port}`;
  }

  set port(value) {
    URL.#of(this);
    this.#set(updateActions.kPort, value);
  }

  get pathname() {
    const c = URL.#of(this);
    let end = c[kQueryStart];
    if (end === -1) end = c[kFragmentStart];
    return end === -1 ? c[kHref].slice(c[kPathStart]) : c[kHref].slice(c[kPathStart], end);
  }

  set pathname(value) {
    URL.#of(this);
    this.#set(updateActions.kPathname, value);
  }

  get search() {
    const c = URL.#of(this, true);
    const start = c[kQueryStart];
    if (start === -1) return '';
    const end = c[kFragmentStart] === -1 ? c[kHref].length : c[kFragmentStart];
    return end - start <= 1 ? '' : c[kHref].slice(start, end);
  }

  set search(value) {
    URL.#of(this);
    this.#set(updateActions.kSearch, value);
  }

  get searchParams() {
    URL.#of(this, false, '#searchParams');
    if (this.#searchParams === null) {
      this.#searchParams = new URLSearchParams(this.search);
      attachURL(this.#searchParams, this);
    }
    return this.#searchParams;
  }

  get hash() {
    const c = URL.#of(this);
    const start = c[kFragmentStart];
    if (start === -1 || c[kHref].length - start <= 1) return '';
    return c[kHref].slice(start);
  }

  set hash(value) {
    URL.#of(this);
    this.#set(updateActions.kHash, value);
  }

  toJSON() {
    return URL.#of(this, true)[kHref];
  }
}

// The nearest constructor on the prototype chain (a subclass's name shows).
function findConstructor(object) {
  for (let proto = Object.getPrototypeOf(object); proto !== null; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'constructor');
    if (typeof descriptor?.value === 'function') return descriptor.value;
  }
  return undefined;
}

Object.defineProperties(URL.prototype, {
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'URL' },
  toString: kEnumerable,
  href: kEnumerable,
  origin: kEnumerable,
  protocol: kEnumerable,
  username: kEnumerable,
  password: kEnumerable,
  host: kEnumerable,
  hostname: kEnumerable,
  port: kEnumerable,
  pathname: kEnumerable,
  search: kEnumerable,
  searchParams: kEnumerable,
  hash: kEnumerable,
  toJSON: kEnumerable,
});

// blob:nodedata: URLs of Blobs, kept by internal/blob.
function createObjectURL(obj) {
  return require('internal/blob').createObjectURL(obj);
}

function revokeObjectURL(url) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
  require('internal/blob').revokeObjectURL(`${url}`);
}

Object.defineProperties(URL, {
  canParse: { __proto__: null, configurable: true, writable: true, enumerable: true },
  parse: { __proto__: null, configurable: true, writable: true, enumerable: true },
  createObjectURL: { __proto__: null, configurable: true, writable: true, enumerable: true, value: createObjectURL },
  revokeObjectURL: { __proto__: null, configurable: true, writable: true, enumerable: true, value: revokeObjectURL },
});

// --- Domains ---

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return binding.domainToASCII(toUSVString(domain));
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return binding.domainToUnicode(toUSVString(domain));
}

// The options http.request takes, from a URL.
function urlToHttpOptions(url) {
  validateObject(url, 'url', kValidateObjectAllowObjects);
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) options.auth = `${decodeURIComponentLikeV8(username)}:${decodeURIComponentLikeV8(password)}`;
  return options;
}

// --- File URLs ---

// Whether paths are Windows paths unless options.windows says: never here.
const isWindows = false;

function hasEncoded(pathname, bytes) {
  for (let i = pathname.indexOf('%'); i !== -1; i = pathname.indexOf('%', i + 1)) {
    const pair = pathname.slice(i + 1, i + 3).toLowerCase();
    if (bytes.includes(pair)) return true;
  }
  return false;
}

// decodeURIComponent, failing with V8's message as Node does.
function decodeURIComponentLikeV8(text) {
  try {
    return decodeURIComponent(text);
  } catch (error) {
    if (error instanceof URIError) throw new URIError('URI malformed');
    throw error;
  }
}

function getPathFromURLPosix(url) {
  if (url.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = url.pathname;
  if (hasEncoded(pathname, ['2f'])) throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters', url);
  return decodeURIComponentLikeV8(pathname);
}

function getPathFromURLWin32(url) {
  const hostname = url.hostname;
  let pathname = url.pathname;
  if (hasEncoded(pathname, ['2f', '5c'])) {
    throw new ERR_INVALID_FILE_URL_PATH('must not include encoded \\ or / characters', url);
  }
  pathname = decodeURIComponentLikeV8(pathname.replaceAll('/', '\\'));
  if (hostname !== '') return `\\\\${domainToUnicode(hostname)}${pathname}`;
  // A local path needs a drive letter.
  const letter = pathname.charCodeAt(1) | 0x20;
  if (letter < 0x61 || letter > 0x7a || pathname[2] !== ':') {
    throw new ERR_INVALID_FILE_URL_PATH('must be absolute', url);
  }
  return pathname.slice(1);
}

function toFileURL(value) {
  if (typeof value === 'string') return new URL(value);
  if (!isURL(value)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], value);
  return value;
}

function fileURLToPath(value, options = undefined) {
  const url = toFileURL(value);
  if (url.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  return (options?.windows ?? isWindows) ? getPathFromURLWin32(url) : getPathFromURLPosix(url);
}

// The same as a Buffer of the percent-decoded bytes, which need not be
// UTF-8; encoded slashes are not looked for.
function fileURLToPathBuffer(value, options = undefined) {
  const { Buffer } = require('buffer');
  const url = toFileURL(value);
  if (url.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  if (!(options?.windows ?? isWindows)) {
    if (url.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
    return percentDecode(Buffer.from(url.pathname, 'utf8'));
  }
  const decoded = percentDecode(Buffer.from(url.pathname.replaceAll('/', '\\'), 'utf8'));
  if (url.hostname !== '') return Buffer.concat([Buffer.from(`\\\\${domainToUnicode(url.hostname)}`), decoded]);
  if ((decoded[1] | 0x20) < 0x61 || (decoded[1] | 0x20) > 0x7a || decoded[2] !== 0x3a) {
    throw new ERR_INVALID_FILE_URL_PATH('must be absolute', url);
  }
  return decoded.subarray(1);
}

// %XX sequences to bytes, anything else kept (the URL Standard's
// percent-decode).
function percentDecode(bytes) {
  const { Buffer } = require('buffer');
  const out = Buffer.allocUnsafe(bytes.length);
  let length = 0;
  for (let i = 0; i < bytes.length; i++) {
    const high = hexValue(bytes[i + 1]);
    const low = hexValue(bytes[i + 2]);
    if (bytes[i] === 0x25 && high !== -1 && low !== -1) {
      out[length++] = high * 16 + low;
      i += 2;
    } else {
      out[length++] = bytes[i];
    }
  }
  return out.subarray(0, length);
}

function hexValue(byte) {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  const lower = byte | 0x20;
  if (lower >= 0x61 && lower <= 0x66) return lower - 0x61 + 10;
  return -1;
}

// What pathToFileURL percent-encodes in a path besides non-ASCII: controls,
// space, " # % < > ? [ \ ] ^ ` { | } ~ and DEL (Node 24's set; a Windows
// path's backslashes are separators instead).
const pathEscape = new Int8Array(128);
for (let i = 0; i < 0x20; i++) pathEscape[i] = 1;
for (const char of ' "#%<>?[\\]^`{|}~\u007f') pathEscape[char.charCodeAt(0)] = 1;
const plainPathRegExp = /^[A-Za-z0-9/._\-]*$/;

function encodePath(filepath) {
  if (plainPathRegExp.test(filepath)) return filepath;
  let encoded = '';
  let last = 0;
  for (let i = 0; i < filepath.length; i++) {
    const code = filepath.charCodeAt(i);
    if (code < 0x80 && pathEscape[code] === 0) continue;
    encoded += filepath.slice(last, i);
    if (code < 0x80) {
      encoded += hexTable[code];
      last = i + 1;
    } else {
      // A whole code point, as UTF-8 (lone surrogates are U+FFFD).
      const width = code >= 0xd800 && code <= 0xdbff && i + 1 < filepath.length &&
        (filepath.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      encoded += encodeURIComponent(toWellFormed(filepath.slice(i, i + width)));
      i += width - 1;
      last = i + 1;
    }
  }
  return encoded + filepath.slice(last);
}

// The href of the file: URL for an absolute, resolved POSIX path: what
// `pathToFileURL(filename).href` gives, without making a URL (the module
// loaders name every module this way).
function pathToFileHref(filename) {
  return `file://${encodePath(filename)}`;
}

function pathToFileURL(filepath, options = undefined) {
  const windows = options?.windows ?? isWindows;
  if (windows) return windowsPathToFileURL(filepath);
  let resolved = path.posix.resolve(filepath);
  // resolve drops a trailing slash; the URL keeps it.
  if (filepath.endsWith('/') && !resolved.endsWith('/')) resolved += '/';
  return new URL(binding.parse(pathToFileHref(resolved)), undefined, kFromComponents);
}

function windowsPathToFileURL(filepath) {
  const isUNC = filepath.startsWith('\\\\');
  let resolved = isUNC ? filepath : path.win32.resolve(filepath);
  if (isUNC || resolved.startsWith('\\\\')) {
    // \\server\share\resource, or \\?\UNC\server\share\resource.
    const prefixLength = resolved.startsWith('\\\\?\\UNC\\') ? 8 : 2;
    const hostnameEnd = resolved.indexOf('\\', prefixLength);
    if (hostnameEnd === -1) throw new ERR_INVALID_ARG_VALUE('path', resolved, 'Missing UNC resource path');
    if (hostnameEnd === 2) throw new ERR_INVALID_ARG_VALUE('path', resolved, 'Empty UNC servername');
    const hostname = resolved.slice(prefixLength, hostnameEnd);
    const pathname = encodePath(resolved.slice(hostnameEnd).replaceAll('\\', '/'));
    const url = new URL(binding.parse(`file://${pathname}`), undefined, kFromComponents);
    url.hostname = hostname;
    return url;
  }
  // As in Node on POSIX, a trailing separator is kept by adding '/' unless
  // the resolved path already ends with one (its own separator is '\\').
  const last = filepath[filepath.length - 1];
  if ((last === '/' || last === '\\') && !resolved.endsWith('/')) resolved += '/';
  const components = binding.parse(`file:///${encodePath(resolved.replaceAll('\\', '/'))}`);
  return new URL(components, undefined, kFromComponents);
}

// fileURLToPath of a file: href the URL parser wrote (the module loaders
// name modules so): its pathname decoded, without making a URL unless it has
// a host or an encoded slash, which fail as fileURLToPath fails.
function fileHrefToPath(href) {
  if (!href.startsWith('file:///')) return fileURLToPath(href);
  let end = href.indexOf('?');
  if (end === -1) end = href.indexOf('#');
  const pathname = end === -1 ? href.slice(7) : href.slice(7, end);
  if (!pathname.includes('%')) return pathname;
  if (hasEncoded(pathname, ['2f'])) return fileURLToPath(href);
  return decodeURIComponentLikeV8(pathname);
}

function toPathIfFileURL(fileURLOrPath) {
  return isURL(fileURLOrPath) ? fileURLToPath(fileURLOrPath) : fileURLOrPath;
}

module.exports = {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  urlToHttpOptions,
  fileURLToPath,
  fileURLToPathBuffer,
  pathToFileURL,
  pathToFileHref,
  fileHrefToPath,
  toPathIfFileURL,
  isURL,
  decodeURIComponentLikeV8,
  urlUpdateActions: updateActions,
};
