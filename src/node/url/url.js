'use strict';
// url: the WHATWG API (from internal/url) and the legacy API Node keeps for
// old code: url.parse, url.format, url.resolve, url.resolveObject and the
// Url class, with the legacy parser's own rules (not the URL Standard's):
// backslashes before the query become slashes, the host ends at the first
// character RFC 2396 forbids in one, "unwise" characters are escaped, and
// only the protocols in `slashedProtocol` imply a host after "//".
// Not supported: URLPattern.

const binding = internalBinding('url');
const querystring = require('querystring');
const { encodeStr, hexTable } = require('internal/querystring');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_URL } } = require('internal/errors');
const { validateString, validateObject } = require('internal/validators');
const {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  fileURLToPathBuffer,
  pathToFileURL: internalPathToFileURL,
  urlToHttpOptions,
  decodeURIComponentLikeV8,
} = require('internal/url');

// Protocols whose URLs never have a host, may hold "unsafe" characters, or
// always have "//" before the host.
const hostlessProtocol = new Set(['javascript', 'javascript:']);
const unsafeProtocol = new Set(['javascript', 'javascript:']);
const slashedProtocol = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:',
  'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

const protocolPattern = /^[a-z0-9.+-]+:/i;
const portPattern = /:[0-9]*$/;
const hostPattern = /^\/\/[^@/]+@[^@/]+/;
// A bare path (and query), the common case, parsed without the rest.
const simplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const hostnameMaxLength = 255;

// Characters that give a hostname away as spoofed once IDNA has run (the
// intersection of the URL Standard's forbidden host code points and what
// the host loop below lets through, plus ':', '@', '[' and ']').
// eslint-disable-next-line no-control-regex
const forbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
// eslint-disable-next-line no-control-regex
const forbiddenHostCharsIpv6 = /[\0\t\n\r #%/<>?@\\^|]/;

// Node warns once (DEP0169) when url.parse is called from outside
// node_modules.
let parseWarned = false;

function calledFromNodeModules() {
  const stack = new Error().stack ?? '';
  for (const line of stack.split('\n').slice(1)) {
    const file = /\(?([^\s()]+):\d+(?::\d+)?\)?\s*$/.exec(line)?.[1];
    if (file === undefined || file.startsWith('node:') || !file.includes('/')) continue;
    return file.includes('/node_modules/');
  }
  return false;
}

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (!parseWarned && !calledFromNodeModules()) {
    parseWarned = true;
    process.emitWarning('`url.parse()` behavior is not standardized and prone to errors that have security ' +
      'implications. Use the WHATWG URL API instead. CVEs are not issued for `url.parse()` vulnerabilities.',
    'DeprecationWarning', 'DEP0169');
  }
  if (url instanceof Url) return url;
  const result = new Url();
  result.parse(url, parseQueryString, slashesDenoteHost);
  return result;
}

function isWhitespace(code) {
  return code < 33 || code === 0xa0 || code === 0xfeff;
}

// The input trimmed of whitespace (controls, space, NBSP, BOM) at both
// ends, with backslashes before the first '?' or '#' made slashes; also
// whether it has a '#' and an '@' (before the first '?' or '#').
function prepare(url) {
  let start = 0;
  let end = url.length;
  while (start < end && isWhitespace(url.charCodeAt(start))) start++;
  while (end > start && isWhitespace(url.charCodeAt(end - 1))) end--;
  let text = url.slice(start, end);
  let hasHash = false;
  let hasAt = false;
  let split = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x40) hasAt = true;
    else if (code === 0x23 || code === 0x3f) {
      split = i;
      break;
    }
  }
  if (text.indexOf('#', split) !== -1) hasHash = true;
  const head = text.slice(0, split);
  if (head.includes('\\')) text = head.replaceAll('\\', '/') + text.slice(split);
  return { rest: text, hasHash, hasAt };
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  validateString(url, 'url');
  let { rest, hasHash, hasAt } = prepare(url);

  if (!slashesDenoteHost && !hasHash && !hasAt) {
    const simplePath = simplePathPattern.exec(rest);
    if (simplePath) {
      this.path = rest;
      this.href = rest;
      this.pathname = simplePath[1];
      if (simplePath[2]) {
        this.search = simplePath[2];
        this.query = parseQueryString ? querystring.parse(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  let proto = protocolPattern.exec(rest);
  let lowerProto;
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  // "//host" means a host after a protocol, with slashesDenoteHost, or
  // when it is "//user@host".
  let slashes;
  if (slashesDenoteHost || proto || hostPattern.test(rest)) {
    slashes = rest.startsWith('//');
    if (slashes && !(proto && hostlessProtocol.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!hostlessProtocol.has(lowerProto) && (slashes || (proto && !slashedProtocol.has(proto)))) {
    rest = parseAuthority(this, rest, url);
  }

  if (!unsafeProtocol.has(lowerProto)) rest = autoEscape(rest);

  const hashIndex = rest.indexOf('#');
  let questionIndex = rest.indexOf('?');
  if (hashIndex !== -1) {
    this.hash = rest.slice(hashIndex);
    if (questionIndex > hashIndex) questionIndex = -1;
  }
  if (questionIndex !== -1) {
    const end = hashIndex === -1 ? rest.length : hashIndex;
    this.search = rest.slice(questionIndex, end);
    this.query = rest.slice(questionIndex + 1, end);
    if (parseQueryString) this.query = querystring.parse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }

  const pathEnd = questionIndex !== -1 ? questionIndex : hashIndex;
  if (pathEnd === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (pathEnd > 0) {
    this.pathname = rest.slice(0, pathEnd);
  }
  if (slashedProtocol.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';

  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

// Splits "auth@host:port" off the front of `rest` into self.auth,
// self.host, self.hostname and self.port; returns what follows the host.
function parseAuthority(self, rest, url) {
  // The host ends at the first '/', '?' or '#'; characters RFC 2396 never
  // allows in a host end it too, unless an '@' after them makes them part of
  // the auth. Tabs and newlines go, as the URL Standard drops them.
  let hostEnd = -1;
  let atSign = -1;
  let nonHost = -1;
  for (let i = 0; i < rest.length && hostEnd === -1; i++) {
    switch (rest.charCodeAt(i)) {
      case 0x09: case 0x0a: case 0x0d:
        rest = rest.slice(0, i) + rest.slice(i + 1);
        i--;
        break;
      case 0x20: case 0x22: case 0x25: case 0x27: case 0x3b: case 0x3c: case 0x3e: case 0x5c:
      case 0x5e: case 0x60: case 0x7b: case 0x7c: case 0x7d:
        if (nonHost === -1) nonHost = i;
        break;
      case 0x23: case 0x2f: case 0x3f:
        if (nonHost === -1) nonHost = i;
        hostEnd = i;
        break;
      case 0x40:
        atSign = i;
        nonHost = -1;
        break;
    }
  }
  let start = 0;
  if (atSign !== -1) {
    self.auth = decodeURIComponentLikeV8(rest.slice(0, atSign));
    start = atSign + 1;
  }
  if (nonHost === -1) {
    self.host = rest.slice(start);
    rest = '';
  } else {
    self.host = rest.slice(start, nonHost);
    rest = rest.slice(nonHost);
  }

  self.parseHost();
  if (typeof self.hostname !== 'string') self.hostname = '';
  const hostname = self.hostname;
  const ipv6 = isIpv6Hostname(hostname);
  if (!ipv6) rest = splitHostname(self, rest, hostname, url);

  self.hostname = self.hostname.length > hostnameMaxLength ? '' : self.hostname.toLowerCase();
  if (self.hostname !== '') {
    if (ipv6) {
      if (forbiddenHostCharsIpv6.test(self.hostname)) throw new ERR_INVALID_URL(url);
    } else {
      // IDNA: non-ASCII labels to punycode. An empty result, or one with a
      // character the loop above would have stopped at, can only come from
      // IDNA mapping, so it is a spoofing attempt.
      self.hostname = binding.toASCII(String.prototype.toWellFormed.call(self.hostname));
      if (self.hostname === '' || forbiddenHostChars.test(self.hostname)) throw new ERR_INVALID_URL(url);
    }
  }
  self.host = self.hostname + (self.port ? `:${self.port}` : '');
  if (ipv6) {
    self.hostname = self.hostname.slice(1, -1);
    if (rest[0] !== '/') rest = `/${rest}`;
  }
  return rest;
}

function isIpv6Hostname(hostname) {
  return hostname.startsWith('[') && hostname.endsWith(']');
}

// A hostname stops at '/', '\', '#', '?' or ':'; what follows goes back in
// front of the path. Node warns once (DEP0170) about a ':' there, an
// invalid port.
let warnedInvalidPort = false;
function splitHostname(self, rest, hostname, url) {
  for (let i = 0; i < hostname.length; i++) {
    const code = hostname.charCodeAt(i);
    if (code !== 0x2f && code !== 0x5c && code !== 0x23 && code !== 0x3f && code !== 0x3a) continue;
    if (code === 0x3a && !warnedInvalidPort) {
      warnedInvalidPort = true;
      process.emitWarning(`The URL ${String.prototype.toWellFormed.call(url)} is invalid. Future versions of Node.js will throw an error.`,
        'DeprecationWarning', 'DEP0170');
    }
    self.hostname = hostname.slice(0, i);
    return `/${hostname.slice(i)}${rest}`;
  }
  return rest;
}

// The characters the legacy parser always escapes after the host:
// tab, LF, CR, space, " ' < > \ ^ ` { | }.
const autoEscapes = new Map([
  [0x09, '%09'], [0x0a, '%0A'], [0x0d, '%0D'], [0x20, '%20'], [0x22, '%22'], [0x27, '%27'], [0x3c, '%3C'],
  [0x3e, '%3E'], [0x5c, '%5C'], [0x5e, '%5E'], [0x60, '%60'], [0x7b, '%7B'], [0x7c, '%7C'], [0x7d, '%7D'],
]);
// eslint-disable-next-line no-control-regex
const autoEscapeRegExp = /[\t\n\r "'<>\\^`{|}]/g;

function autoEscape(text) {
  return text.replace(autoEscapeRegExp, (char) => autoEscapes.get(char.charCodeAt(0)));
}

// Kept as they are in the auth by format(): A-Z a-z 0-9 ! ' ( ) * - . _ ~ :
const authNoEscape = new Int8Array(128);
for (const char of "!'()*-._~:0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") {
  authNoEscape[char.charCodeAt(0)] = 1;
}

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = `${encodeStr(auth, authNoEscape, hexTable)}@`;

  let protocol = this.protocol || '';
  if (protocol && !protocol.endsWith(':')) protocol += ':';

  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const hostname = this.hostname;
    host = auth + (hostname.includes(':') && !isIpv6Hostname(hostname) ? `[${hostname}]` : hostname);
    if (this.port) host += `:${this.port}`;
  }

  let query = '';
  if (this.query !== null && typeof this.query === 'object') query = querystring.stringify(this.query);
  let search = this.search || (query && `?${query}`) || '';

  if (pathname.includes('#') || pathname.includes('?')) {
    pathname = pathname.replace(/[#?]/g, (char) => (char === '#' ? '%23' : '%3F'));
  }

  // Only slashed protocols get "//" unless the URL had it.
  if (this.slashes || slashedProtocol.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname[0] !== '/') pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.startsWith('file')) {
      host = '//';
    }
  }

  if (search.includes('#')) search = search.replaceAll('#', '%23');
  if (hash && hash[0] !== '#') hash = `#${hash}`;
  if (search && search[0] !== '?') search = `?${search}`;
  return protocol + host + pathname + search + hash;
};

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (urlObject instanceof URL) {
    let fragment = true;
    let unicode = false;
    let search = true;
    let auth = true;
    if (options) {
      validateObject(options, 'options');
      if (options.fragment != null) fragment = Boolean(options.fragment);
      if (options.unicode != null) unicode = Boolean(options.unicode);
      if (options.search != null) search = Boolean(options.search);
      if (options.auth != null) auth = Boolean(options.auth);
    }
    return formatWhatwg(urlObject, fragment, unicode, search, auth);
  }
  return Url.prototype.format.call(urlObject);
}

// url.format(URL, options): the href without the parts options turn off,
// the host in Unicode if asked.
function formatWhatwg(url, fragment, unicode, search, auth) {
  const copy = new URL(url.href);
  if (!fragment) copy.hash = '';
  if (!search) copy.search = '';
  if (!auth) {
    copy.username = '';
    copy.password = '';
  }
  let href = copy.href;
  if (unicode && copy.hostname !== '') {
    const hostname = copy.hostname;
    const unicodeHost = domainToUnicode(hostname);
    if (unicodeHost !== '' && unicodeHost !== hostname) {
      // The host follows "scheme://" or the '@' ending the credentials.
      let at = copy.protocol.length + 2;
      if (copy.username || copy.password) at = href.indexOf('@', at) + 1;
      href = href.slice(0, at) + unicodeHost + href.slice(at + hostname.length);
    }
  }
  return href;
}

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') {
    const parsed = new Url();
    parsed.parse(relative, false, true);
    relative = parsed;
  }
  const result = new Url();
  Object.assign(result, this);
  // The hash always comes from the relative URL, even when it has none.
  result.hash = relative.hash;

  if (relative.href === '') {
    result.href = result.format();
    return result;
  }

  // "//host/path": everything but the protocol comes from the relative URL.
  if (relative.slashes && !relative.protocol) {
    for (const key of Object.keys(relative)) {
      if (key !== 'protocol') result[key] = relative[key];
    }
    if (slashedProtocol.has(result.protocol) && result.hostname && !result.pathname) {
      result.path = result.pathname = '/';
    }
    result.href = result.format();
    return result;
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    return resolveOtherProtocol(result, relative);
  }

  const isSourceAbsolute = result.pathname && result.pathname[0] === '/';
  const isRelativeAbsolute = relative.host || (relative.pathname && relative.pathname[0] === '/');
  let mustEndAbsolute = isRelativeAbsolute || isSourceAbsolute || (result.host && relative.pathname);
  const removeAllDots = mustEndAbsolute;
  let sourcePath = (result.pathname && result.pathname.split('/')) || [];
  const relativePath = (relative.pathname && relative.pathname.split('/')) || [];
  const noLeadingSlashes = result.protocol && !slashedProtocol.has(result.protocol);

  // A URL without "//" (mailto: and the like): its host is the first path
  // segment, so "../.." can climb into it.
  if (noLeadingSlashes) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (sourcePath[0] === '') sourcePath[0] = result.host;
      else sourcePath.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      result.auth = null;
      if (relative.host) {
        if (relativePath[0] === '') relativePath[0] = relative.host;
        else relativePath.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbsolute &&= relativePath[0] === '' || sourcePath[0] === '';
  }

  if (isRelativeAbsolute) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    sourcePath = relativePath;
  } else if (relativePath.length) {
    // Relative: the last segment gives way to the relative path.
    sourcePath.pop();
    sourcePath = sourcePath.concat(relativePath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only a query, like href="?foo".
    if (noLeadingSlashes) {
      result.hostname = result.host = sourcePath.shift();
      takeAuthFromHost(result);
    }
    result.search = relative.search;
    result.query = relative.query;
    if (result.pathname !== null || result.search !== null) {
      result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
    }
    result.href = result.format();
    return result;
  }

  if (!sourcePath.length) {
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    result.href = result.format();
    return result;
  }

  // A path ending in "." or ".." ends with a slash once resolved; one
  // ending in anything else does not.
  let last = sourcePath[sourcePath.length - 1];
  const hasTrailingSlash = ((result.host || relative.host || sourcePath.length > 1) &&
    (last === '.' || last === '..')) || last === '';

  // Drop "." segments and a ".." with the segment before it; `up` counts
  // the ".." left over above the root.
  let up = 0;
  for (let i = sourcePath.length - 1; i >= 0; i--) {
    last = sourcePath[i];
    if (last === '.') {
      sourcePath.splice(i, 1);
    } else if (last === '..') {
      sourcePath.splice(i, 1);
      up++;
    } else if (up) {
      sourcePath.splice(i, 1);
      up--;
    }
  }
  if (!mustEndAbsolute && !removeAllDots) {
    while (up--) sourcePath.unshift('..');
  }
  if (mustEndAbsolute && sourcePath[0] !== '' && (!sourcePath[0] || sourcePath[0][0] !== '/')) {
    sourcePath.unshift('');
  }
  if (hasTrailingSlash && !sourcePath.join('/').endsWith('/')) sourcePath.push('');

  const isAbsolute = sourcePath[0] === '' || (sourcePath[0] && sourcePath[0][0] === '/');
  // Put the host back for URLs without "//".
  if (noLeadingSlashes) {
    result.hostname = result.host = isAbsolute ? '' : sourcePath.length ? sourcePath.shift() : '';
    takeAuthFromHost(result);
  }

  mustEndAbsolute ||= result.host && sourcePath.length;
  if (mustEndAbsolute && !isAbsolute) sourcePath.unshift('');

  if (sourcePath.length) {
    result.pathname = sourcePath.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
  }
  result.auth = relative.auth || result.auth;
  result.slashes ||= relative.slashes;
  result.href = result.format();
  return result;
};

// Host "name:port" into this.hostname and this.port (an empty port is
// dropped).
Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  const port = portPattern.exec(host);
  if (port) {
    if (port[0] !== ':') this.port = port[0].slice(1);
    host = host.slice(0, host.length - port[0].length);
  }
  if (host) this.hostname = host;
};

// "user@host" left in the host of a URL without "//" (as resolving
// 'local2@domain2' against 'mailto:local1@domain1' leaves it).
function takeAuthFromHost(result) {
  const parts = result.host && result.host.indexOf('@') > 0 ? result.host.split('@') : null;
  if (parts) {
    result.auth = parts.shift();
    result.host = result.hostname = parts.shift();
  }
}

// Resolving against a URL of another protocol.
function resolveOtherProtocol(result, relative) {
  // Unknown protocols are taken as absolute.
  if (!slashedProtocol.has(relative.protocol)) {
    Object.assign(result, relative);
    result.href = result.format();
    return result;
  }
  result.protocol = relative.protocol;
  if (!relative.host && !/^file:?$/.test(relative.protocol) && !hostlessProtocol.has(relative.protocol)) {
    // A known protocol must have a host: the first non-empty path segment.
    const relativePath = (relative.pathname || '').split('/');
    while (relativePath.length && !(relative.host = relativePath.shift()));
    relative.host ||= '';
    relative.hostname ||= '';
    if (relativePath[0] !== '') relativePath.unshift('');
    if (relativePath.length < 2) relativePath.unshift('');
    result.pathname = relativePath.join('/');
  } else {
    result.pathname = relative.pathname;
  }
  result.search = relative.search;
  result.query = relative.query;
  result.host = relative.host || '';
  result.auth = relative.auth;
  result.hostname = relative.hostname || relative.host;
  result.port = relative.port;
  if (result.pathname || result.search) result.path = (result.pathname || '') + (result.search || '');
  result.slashes ||= relative.slashes;
  result.href = result.format();
  return result;
}

function pathToFileURL(path, options) {
  validateString(path, 'path');
  return internalPathToFileURL(path, options);
}

module.exports = {
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  fileURLToPathBuffer,
  urlToHttpOptions,
};
