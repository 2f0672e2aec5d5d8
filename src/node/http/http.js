'use strict';
// `http`: servers fed by the host (a service worker in the browser, a TCP
// listener natively), and a client that reaches the process's own servers.
// Not yet here (they arrive with the streams-and-http work): real
// stream.Readable/Writable bases, clients to other hosts, upgrades, trailers,
// 100-continue, timeouts. What is missing throws ERR_METHOD_NOT_IMPLEMENTED.

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const binding = internalBinding('http');
const loop = internalBinding('loop');
const { codes, exceptionWithHostPort } = require('internal/errors');
const { validateObject, validatePort, validateString } = require('internal/validators');

const STATUS_CODES = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information', 204: 'No Content',
  205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status', 208: 'Already Reported', 226: 'IM Used',
  300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified',
  305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 406: 'Not Acceptable', 407: 'Proxy Authentication Required', 408: 'Request Timeout',
  409: 'Conflict', 410: 'Gone', 411: 'Length Required', 412: 'Precondition Failed', 413: 'Payload Too Large',
  414: 'URI Too Long', 415: 'Unsupported Media Type', 416: 'Range Not Satisfiable', 417: 'Expectation Failed',
  418: "I'm a Teapot", 421: 'Misdirected Request', 422: 'Unprocessable Entity', 423: 'Locked',
  424: 'Failed Dependency', 425: 'Too Early', 426: 'Upgrade Required', 428: 'Precondition Required',
  429: 'Too Many Requests', 431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable',
  504: 'Gateway Timeout', 505: 'HTTP Version Not Supported', 506: 'Variant Also Negotiates',
  507: 'Insufficient Storage', 508: 'Loop Detected', 509: 'Bandwidth Limit Exceeded', 510: 'Not Extended',
  511: 'Network Authentication Required',
};

const METHODS = [
  'ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK', 'M-SEARCH', 'MERGE',
  'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS', 'PATCH', 'POST', 'PROPFIND', 'PROPPATCH',
  'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT', 'SEARCH', 'SOURCE', 'SUBSCRIBE', 'TRACE', 'UNBIND', 'UNLINK',
  'UNLOCK', 'UNSUBSCRIBE',
];

const tokenPattern = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
const invalidHeaderChar = /[^\t\x20-\x7e\x80-\xff]/;

function validateHeaderName(name, label = 'Header name') {
  if (typeof name !== 'string' || !name || !tokenPattern.test(name)) {
    throw new codes.ERR_INVALID_HTTP_TOKEN(label, name);
  }
}

function validateHeaderValue(name, value) {
  if (value === undefined) throw new codes.ERR_HTTP_INVALID_HEADER_VALUE(value, name);
  if (invalidHeaderChar.test(String(value))) throw new codes.ERR_INVALID_CHAR('header content', name);
}

// Requests in flight, by the id the host (or our own client) gave them.
const serverExchanges = new Map();
const clientRequests = new Map();
const servers = new Map();
// Loopback exchanges (this process's client to its own server). Node's
// parsers take a message's head, body and end from one socket read before
// any tick runs; the host hands them over as separate poll events, between
// which ticks run. So the request body a loopback client sent, and what a
// server has answered so far, wait here to be delivered with the head.
const loopbackBodies = new Map();
const loopbackAnswers = new Map();

// A socket stand-in: what handlers read of `req.socket`. Real sockets come
// with `net`.
class Socket extends EventEmitter {
  constructor(localPort, remotePort) {
    super();
    this.remoteAddress = '127.0.0.1';
    this.remoteFamily = 'IPv4';
    this.remotePort = remotePort;
    this.localAddress = '127.0.0.1';
    this.localPort = localPort;
    this.encrypted = undefined;
    this.readable = true;
    this.writable = true;
    this.destroyed = false;
  }
  address() {
    return { address: this.localAddress, family: 'IPv4', port: this.localPort };
  }
  setTimeout(ms, callback) {
    if (callback) this.once('timeout', callback);
    return this;
  }
  setNoDelay() {
    return this;
  }
  setKeepAlive() {
    return this;
  }
  ref() {
    return this;
  }
  unref() {
    return this;
  }
  destroy(error) {
    if (this.destroyed) return this;
    this.destroyed = true;
    process.nextTick(() => {
      if (error) this.emit('error', error);
      this.emit('close', !!error);
    });
    return this;
  }
}

// Headers whose repeats Node drops rather than joins.
const singleValueHeaders = new Set([
  'content-type', 'content-length', 'user-agent', 'referer', 'host', 'authorization', 'proxy-authorization',
  'if-modified-since', 'if-unmodified-since', 'from', 'location', 'max-forwards', 'retry-after', 'etag',
  'last-modified', 'server', 'age', 'expires',
]);

// A readable body that keeps stream.Readable's timing: a paused stream
// holds chunks until someone reads; resume() starts flowing on the next
// tick; 'end' follows on the tick after the last chunk was read, and
// 'close' (autoDestroy) two ticks after 'end'.
class IncomingMessage extends EventEmitter {
  constructor(socket) {
    super();
    this.socket = socket;
    this.httpVersionMajor = 1;
    this.httpVersionMinor = 1;
    this.httpVersion = '1.1';
    this.complete = false;
    this.rawHeaders = [];
    this.rawTrailers = [];
    this.headers = {};
    this.trailers = {};
    this.aborted = false;
    this.upgrade = false;
    this.url = '';
    this.method = null;
    this.statusCode = null;
    this.statusMessage = null;
    this.readable = true;
    this.readableEnded = false;
    this.destroyed = false;
    this._buffered = [];
    this._ended = false;
    this._flowing = null;
    this._sync = true;
    this._resumeScheduled = false;
    this._readableScheduled = false;
    this._readableListening = false;
    this._endScheduled = false;
    this._closeEmitted = false;
    this._consuming = false;
    this._dumped = false;
    this._encoding = null;
  }

  get connection() {
    return this.socket;
  }

  get readableFlowing() {
    return this._flowing;
  }

  get readableLength() {
    return this._buffered.reduce((sum, chunk) => sum + chunk.length, 0);
  }

  _setHeaders(flat) {
    for (let i = 0; i < flat.length; i += 2) {
      this.rawHeaders.push(flat[i], flat[i + 1]);
      this._addHeaderLine(flat[i], flat[i + 1]);
    }
  }

  _addHeaderLine(field, value) {
    const key = field.toLowerCase();
    const headers = this.headers;
    if (key === 'set-cookie') {
      (headers[key] ??= []).push(value);
    } else if (!(key in headers)) {
      headers[key] = value;
    } else if (!singleValueHeaders.has(key)) {
      headers[key] += (key === 'cookie' ? '; ' : ', ') + value;
    }
  }

  on(event, listener) {
    super.on(event, listener);
    if (event === 'data') {
      this._readableListening = this.listenerCount('readable') > 0;
      if (this._flowing !== false) this.resume();
    } else if (event === 'readable' && !this._endScheduled && !this.readableEnded) {
      this._readableListening = true;
      this._flowing = false;
      if (this._buffered.length > 0 || this._ended) this._emitReadableSoon();
    }
    return this;
  }

  // The parser hands over a chunk (stream.push). Once something has read,
  // a flowing stream with an empty buffer emits it at once.
  _push(chunk) {
    if (this._ended || this.destroyed) return;
    const buffer = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    if (this._flowing && this._buffered.length === 0 && !this._sync && this.listenerCount('data') > 0) {
      this.emit('data', this._decode(buffer));
    } else {
      this._buffered.push(buffer);
      this._emitReadableSoon();
    }
  }

  // End of the body (stream.push(null)).
  _end() {
    if (this._ended) return;
    this._ended = true;
    this.complete = true;
    if (this._sync) {
      this._emitReadableSoon();
    } else {
      this._emitReadable();
    }
  }

  _emitReadableSoon() {
    if (this._readableScheduled) return;
    this._readableScheduled = true;
    process.nextTick(() => {
      this._readableScheduled = false;
      this._emitReadable();
    });
  }

  _emitReadable() {
    if (this.destroyed) return;
    if (this._readableListening && (this._buffered.length > 0 || this._ended)) this.emit('readable');
    this._flow();
  }

  _flow() {
    while (this._flowing && this._read(undefined) !== null);
  }

  _decode(chunk) {
    return this._encoding === null ? chunk : chunk.toString(this._encoding);
  }

  // Readable.prototype.read: `size` 0 only checks for the end; a flowing
  // stream hands out one chunk at a time, a paused one all it holds.
  _read(size) {
    if (!this._ended) this._consuming = true;
    this._sync = false;
    if (this._buffered.length === 0 || size === 0) {
      if (this._ended && this._buffered.length === 0) this._endSoon();
      return null;
    }
    const chunk = this._flowing ? this._buffered.shift() : Buffer.concat(this._buffered.splice(0));
    if (this._ended && this._buffered.length === 0) this._endSoon();
    const result = this._decode(chunk);
    this.emit('data', result);
    return result;
  }

  read(size) {
    return this._read(size);
  }

  _endSoon() {
    if (this._endScheduled || this.readableEnded) return;
    this._endScheduled = true;
    process.nextTick(() => {
      if (this.readableEnded || this.destroyed || this._buffered.length > 0) {
        this._endScheduled = false;
        return;
      }
      this.readableEnded = true;
      this.readable = false;
      this.emit('end');
      this._autoDestroy(null);
    });
  }

  // destroy(): IncomingMessage._destroy answers on the next tick, and
  // 'close' follows on the one after.
  _autoDestroy(error) {
    if (this.destroyed) return;
    this.destroyed = true;
    this.readable = false;
    process.nextTick(() =>
      process.nextTick(() => {
        if (this._closeEmitted) return;
        this._closeEmitted = true;
        if (error) this.emit('error', error);
        this.emit('close');
      }),
    );
  }

  resume() {
    if (!this._flowing) {
      this._flowing = !this._readableListening;
      if (!this._resumeScheduled) {
        this._resumeScheduled = true;
        process.nextTick(() => {
          this._read(0);
          this._resumeScheduled = false;
          this.emit('resume');
          this._flow();
        });
      }
    }
    return this;
  }

  pause() {
    if (this._flowing !== false) {
      this._flowing = false;
      this.emit('pause');
    }
    return this;
  }

  isPaused() {
    return this._flowing === false;
  }

  setEncoding(encoding) {
    this._encoding = Buffer.isEncoding(encoding) ? encoding : 'utf8';
    return this;
  }

  // What a server does with a body nobody read once the response is done.
  _dump() {
    if (this._dumped) return;
    this._dumped = true;
    this.removeAllListeners('data');
    this.resume();
  }

  pipe(destination, options) {
    this.on('data', (chunk) => {
      if (destination.write(chunk) === false && typeof destination.once === 'function') {
        this.pause();
        destination.once('drain', () => this.resume());
      }
    });
    if (options?.end !== false) this.on('end', () => destination.end());
    return destination;
  }

  setTimeout(ms, callback) {
    if (callback) this.on('timeout', callback);
    return this;
  }

  destroy(error) {
    if (this.destroyed) return this;
    if (!this.readableEnded || !this.complete) {
      this.aborted = true;
      this.emit('aborted');
    }
    this._autoDestroy(error);
    return this;
  }

  async *[Symbol.asyncIterator]() {
    const chunks = [];
    let wake = null;
    let done = false;
    let failure = null;
    const notify = () => {
      if (wake) {
        wake();
        wake = null;
      }
    };
    this.on('data', (chunk) => {
      chunks.push(chunk);
      notify();
    });
    this.once('end', () => {
      done = true;
      notify();
    });
    this.once('error', (error) => {
      failure = error;
      notify();
    });
    for (;;) {
      if (chunks.length > 0) yield chunks.shift();
      else if (failure) throw failure;
      else if (done) return;
      else await new Promise((resolve) => (wake = resolve));
    }
  }
}

const kHeaders = Symbol('kOutHeaders');

// What ServerResponse and ClientRequest share: the header store.
class OutgoingMessage extends EventEmitter {
  constructor() {
    super();
    this[kHeaders] = null;
    this.headersSent = false;
    this.finished = false;
    this.writableEnded = false;
    this.writableFinished = false;
    this.sendDate = false;
    this.chunkedEncoding = false;
    this.destroyed = false;
    this.writable = true;
  }

  setHeader(name, value) {
    if (this.headersSent) throw new codes.ERR_HTTP_HEADERS_SENT('set');
    validateHeaderName(name);
    validateHeaderValue(name, value);
    (this[kHeaders] ??= Object.create(null))[name.toLowerCase()] = [name, value];
    return this;
  }

  appendHeader(name, value) {
    if (this.headersSent) throw new codes.ERR_HTTP_HEADERS_SENT('append');
    validateHeaderName(name);
    validateHeaderValue(name, value);
    const key = name.toLowerCase();
    const headers = (this[kHeaders] ??= Object.create(null));
    if (headers[key] === undefined) {
      headers[key] = [name, value];
    } else {
      const existing = headers[key][1];
      headers[key][1] = [].concat(existing, value);
    }
    return this;
  }

  getHeader(name) {
    validateString(name, 'name');
    return this[kHeaders]?.[name.toLowerCase()]?.[1];
  }

  getHeaders() {
    const result = Object.create(null);
    for (const key in this[kHeaders]) result[key] = this[kHeaders][key][1];
    return result;
  }

  getHeaderNames() {
    return this[kHeaders] === null ? [] : Object.keys(this[kHeaders]);
  }

  getRawHeaderNames() {
    return this[kHeaders] === null ? [] : Object.values(this[kHeaders]).map(([name]) => name);
  }

  hasHeader(name) {
    validateString(name, 'name');
    return this[kHeaders] !== null && this[kHeaders][name.toLowerCase()] !== undefined;
  }

  removeHeader(name) {
    validateString(name, 'name');
    if (this.headersSent) throw new codes.ERR_HTTP_HEADERS_SENT('remove');
    const key = name.toLowerCase();
    // Removing what Node would add keeps it from being added.
    if (key === 'connection') this._removedConnection = true;
    else if (key === 'content-length') this._removedContLen = true;
    else if (key === 'transfer-encoding') this._removedTE = true;
    else if (key === 'date') this.sendDate = false;
    if (this[kHeaders] !== null) delete this[kHeaders][key];
  }

  // Header pairs as they go on the wire, arrays spread into repeats.
  _headerPairs() {
    const pairs = [];
    for (const key in this[kHeaders]) {
      const [name, value] = this[kHeaders][key];
      for (const item of Array.isArray(value) ? value : [value]) pairs.push(name, String(item));
    }
    return pairs;
  }

  _toBytes(chunk, encoding) {
    if (typeof chunk === 'string') return encoding && encoding !== 'utf8' && encoding !== 'utf-8' ? Buffer.from(chunk, encoding) : chunk;
    if (chunk instanceof Uint8Array) return chunk;
    throw new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
  }
}

class ServerResponse extends OutgoingMessage {
  constructor(req, id, server) {
    super();
    this.req = req;
    this.socket = req.socket;
    this.statusCode = 200;
    this.statusMessage = undefined;
    this.sendDate = true;
    this._id = id;
    this._server = server;
    this._hasBody = req.method !== 'HEAD';
    this._contentLength = null;
    this._closed = false;
    this._keepAliveTimeout = server.keepAliveTimeout;
    this._maxRequestsPerSocket = server.maxRequestsPerSocket;
    this.shouldKeepAlive = !/(?:^|\W)close(?:$|\W)/i.test(req.headers.connection ?? '');
    this.chunkedEncoding = false;
    this.strictContentLength = false;
    // What a loopback client has yet to receive (see onResponseHead).
    this._loopback = null;
    if (clientRequests.has(id)) {
      this._loopback = { chunks: [], ended: false, taken: false };
      loopbackAnswers.set(id, this._loopback);
    }
  }

  get connection() {
    return this.socket;
  }

  writeHead(statusCode, reason, obj) {
    if (this.headersSent) throw new codes.ERR_HTTP_HEADERS_SENT('write');
    const originalStatusCode = statusCode;
    statusCode |= 0;
    if (statusCode < 100 || statusCode > 999) throw new codes.ERR_HTTP_INVALID_STATUS_CODE(originalStatusCode);
    if (typeof reason === 'string') {
      this.statusMessage = reason;
    } else {
      this.statusMessage ||= STATUS_CODES[statusCode] || 'unknown';
      obj ??= reason;
    }
    this.statusCode = statusCode;
    let headers;
    if (this[kHeaders]) {
      // Headers were set before: writeHead's join them, replacing those of
      // the same name (an array's repeats are all kept).
      if (Array.isArray(obj)) {
        if (obj.length % 2 !== 0) throw new codes.ERR_INVALID_ARG_VALUE('headers', obj);
        for (let n = 0; n < obj.length; n += 2) this.removeHeader(obj[n]);
        for (let n = 0; n < obj.length; n += 2) {
          if (obj[n]) this.appendHeader(obj[n], obj[n + 1]);
        }
      } else if (obj) {
        for (const key of Object.keys(obj)) {
          if (key) this.setHeader(key, obj[key]);
        }
      }
      headers = this[kHeaders];
    } else {
      // Only writeHead's headers: they go out as given, and getHeader()
      // does not see them.
      headers = obj;
    }
    if (invalidHeaderChar.test(this.statusMessage)) throw new codes.ERR_INVALID_CHAR('statusMessage');
    if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) this._hasBody = false;
    this._storeHeader(headers);
    return this;
  }

  _implicitHeader() {
    this.writeHead(this.statusCode);
  }

  // Node's _storeHeader: the header lines as they go on the wire, with
  // Date, Connection/Keep-Alive and the body's framing added, then sent.
  _storeHeader(headers) {
    const state = { pairs: [], connection: false, contLen: false, te: false, date: false };
    const store = (name, value, validate) => {
      if (validate) validateHeaderValue(name, value);
      state.pairs.push(name, String(value));
      const key = name.toLowerCase();
      if (key === 'connection') {
        state.connection = true;
        this._removedConnection = false;
        if (/(?:^|\W)close(?:$|\W)/i.test(value)) this._last = true;
        else this.shouldKeepAlive = true;
      } else if (key === 'transfer-encoding') {
        state.te = true;
        this._removedTE = false;
        if (/(?:^|\W)chunked(?:$|\W)/i.test(value)) this.chunkedEncoding = true;
      } else if (key === 'content-length') {
        state.contLen = true;
        this._removedContLen = false;
      } else if (key === 'date') {
        state.date = true;
      }
    };
    const processHeader = (name, value, validate) => {
      if (validate) validateHeaderName(name);
      if (Array.isArray(value)) {
        if (value.length < 2 || name.length !== 6 || name.toLowerCase() !== 'cookie') {
          for (const item of value) store(name, item, validate);
          return;
        }
        value = value.join('; ');
      }
      store(name, value, validate);
    };
    if (headers === this[kHeaders] && headers) {
      for (const key in headers) processHeader(headers[key][0], headers[key][1], false);
    } else if (Array.isArray(headers)) {
      if (headers.length > 0 && Array.isArray(headers[0])) {
        for (const entry of headers) processHeader(entry[0], entry[1], true);
      } else {
        if (headers.length % 2 !== 0) throw new codes.ERR_INVALID_ARG_VALUE('headers', headers);
        for (let n = 0; n < headers.length; n += 2) processHeader(headers[n], headers[n + 1], true);
      }
    } else if (headers) {
      for (const key in headers) {
        if (Object.prototype.hasOwnProperty.call(headers, key)) processHeader(key, headers[key], true);
      }
    }
    const pairs = state.pairs;
    if (this.sendDate && !state.date) pairs.push('Date', new Date().toUTCString());
    if (this.chunkedEncoding && (this.statusCode === 204 || this.statusCode === 304)) {
      this.chunkedEncoding = false;
      this.shouldKeepAlive = false;
    }
    if (this._removedConnection) {
      this._last = true;
      this.shouldKeepAlive = false;
    } else if (!state.connection) {
      if (this.shouldKeepAlive) {
        pairs.push('Connection', 'keep-alive');
        if (this._keepAliveTimeout) {
          const max = ~~this._maxRequestsPerSocket > 0 ? `, max=${this._maxRequestsPerSocket}` : '';
          pairs.push('Keep-Alive', `timeout=${Math.floor(this._keepAliveTimeout / 1000)}${max}`);
        }
      } else {
        this._last = true;
        pairs.push('Connection', 'close');
      }
    }
    if (!state.contLen && !state.te) {
      if (!this._hasBody) {
        this.chunkedEncoding = false;
      } else if (!this._removedContLen && typeof this._contentLength === 'number') {
        pairs.push('Content-Length', String(this._contentLength));
      } else if (!this._removedTE) {
        pairs.push('Transfer-Encoding', 'chunked');
        this.chunkedEncoding = true;
      }
    }
    this.headersSent = true;
    this._header = true;
    binding.respondHead(this._id, this.statusCode, this.statusMessage, pairs);
  }

  _sendBody(bytes) {
    if (bytes.length === 0) return;
    binding.respondBody(this._id, bytes);
    if (this._loopback !== null && !this._loopback.taken) this._loopback.chunks.push(typeof bytes === 'string' ? Buffer.from(bytes) : bytes);
  }

  _sendEnd() {
    binding.respondEnd(this._id);
    if (this._loopback !== null && !this._loopback.taken) this._loopback.ended = true;
  }

  write(chunk, encoding, callback) {
    if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined];
    return this._write(chunk, encoding, callback, false);
  }

  // Node's write_(): errors after end() come on the next tick, as the
  // callback's argument and then (until 'close') an 'error' event.
  _write(chunk, encoding, callback, fromEnd) {
    if (typeof callback !== 'function') callback = undefined;
    if (chunk === null) throw new codes.ERR_STREAM_NULL_VALUES();
    const bytes = this._toBytes(chunk, encoding);
    let error;
    if (this.finished) error = new codes.ERR_STREAM_WRITE_AFTER_END();
    else if (this.destroyed) error = new codes.ERR_STREAM_DESTROYED('write');
    if (error) {
      if (!this.destroyed) this._errorSoon(error, callback);
      else if (callback) process.nextTick(callback, error);
      return false;
    }
    if (!this.headersSent) {
      if (fromEnd) this._contentLength = typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length;
      this._implicitHeader();
    }
    if (this._hasBody) this._sendBody(bytes);
    if (callback) process.nextTick(callback);
    return true;
  }

  _errorSoon(error, callback) {
    process.nextTick(() => {
      if (callback) callback(error);
      if (!this._closed) this.emit('error', error);
    });
  }

  end(chunk, encoding, callback) {
    if (typeof chunk === 'function') [callback, chunk, encoding] = [chunk, null, null];
    else if (typeof encoding === 'function') [callback, encoding] = [encoding, null];
    if (chunk) {
      if (this.finished) {
        this._errorSoon(new codes.ERR_STREAM_WRITE_AFTER_END(), typeof callback === 'function' ? callback : undefined);
        return this;
      }
      this._write(chunk, encoding, null, true);
    } else if (this.finished) {
      if (typeof callback === 'function') {
        if (!this.writableFinished) this.once('finish', callback);
        else callback(new codes.ERR_STREAM_ALREADY_FINISHED('end'));
      }
      return this;
    } else if (!this.headersSent) {
      this._contentLength = 0;
      this._implicitHeader();
    }
    if (typeof callback === 'function') this.once('finish', callback);
    this._sendEnd();
    this.finished = true;
    this.writableEnded = true;
    this.writable = false;
    // The host took every byte, as a socket that wrote synchronously has.
    this.writableFinished = true;
    if (this.req._ended) serverExchanges.delete(this._id);
    // Node emits 'finish' from the socket's write callback, which comes on
    // the next tick when the write completed at once, as it does here.
    process.nextTick(() => {
      this._onFinish();
      this.emit('finish');
    });
    return this;
  }

  // Node's resOnFinish, the first 'finish' listener: dump a body nobody
  // read, and 'close' on the next tick.
  _onFinish() {
    const req = this.req;
    if (!req._consuming && !req._resumeScheduled) req._dump();
    process.nextTick(() => this._emitClose());
    this._server._requestDone();
  }

  _emitClose() {
    if (this._closed) return;
    this.destroyed = true;
    this._closed = true;
    this.emit('close');
  }

  flushHeaders() {
    if (!this.headersSent) this._implicitHeader();
  }

  setTimeout(ms, callback) {
    if (callback) this.on('timeout', callback);
    return this;
  }

  writeContinue() {
    throw new codes.ERR_METHOD_NOT_IMPLEMENTED('response.writeContinue()');
  }

  writeEarlyHints() {
    throw new codes.ERR_METHOD_NOT_IMPLEMENTED('response.writeEarlyHints()');
  }

  addTrailers() {
    throw new codes.ERR_METHOD_NOT_IMPLEMENTED('response.addTrailers()');
  }

  destroy(error) {
    if (this.destroyed) return this;
    this.destroyed = true;
    if (!this.finished) {
      if (!this.headersSent) {
        this.statusCode = 502;
        this.statusMessage = STATUS_CODES[502];
        this._contentLength = 0;
        this._storeHeader(this[kHeaders]);
      }
      this._sendEnd();
      this.finished = true;
      if (this.req._ended) serverExchanges.delete(this._id);
      // The connection is gone now, as a destroyed socket leaves the
      // server's count at once; the response hears of it a tick later.
      this._server._requestDone();
      process.nextTick(() => {
        if (error) this.emit('error', error);
        this._closed = true;
        this.emit('close');
      });
    }
    return this;
  }
}

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options === undefined || options === null) {
    options = {};
  } else {
    validateObject(options, 'options');
  }
  EventEmitter.call(this);
  this.timeout = 0;
  this.keepAliveTimeout = 5000;
  this.headersTimeout = 60000;
  this.requestTimeout = 300000;
  this.maxHeadersCount = null;
  this.maxRequestsPerSocket = 0;
  this.listening = false;
  this._address = null;
  this._refed = true;
  this._inFlight = 0;
  this._closing = false;
  if (requestListener) this.on('request', requestListener);
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

// net's normalizeArgs, for the shapes http servers accept.
function normalizeListenArgs(args) {
  const callback = typeof args[args.length - 1] === 'function' ? args.pop() : undefined;
  const [first] = args;
  if (first !== null && typeof first === 'object') return { options: first, callback };
  if (typeof first === 'string' && !/^\d+$/.test(first) && first !== '') return { options: { path: first }, callback };
  const options = { port: first };
  if (typeof args[1] === 'string') options.host = args[1];
  return { options, callback };
}

Server.prototype.listen = function listen(...args) {
  const { options, callback } = normalizeListenArgs(args);
  if (this.listening) throw new codes.ERR_SERVER_ALREADY_LISTEN();
  if (options.path !== undefined) throw new codes.ERR_METHOD_NOT_IMPLEMENTED('server.listen(path)');
  const port = options.port === undefined || options.port === null ? 0 : validatePort(options.port, 'options.port');
  let host = options.host ?? options.hostname;
  if (host === 'localhost') host = '127.0.0.1';
  if (callback) this.once('listening', callback);
  if (host === undefined) {
    this._bind(port, '::');
  } else {
    // Node looks a given host up first (dns.lookup answers on a later tick
    // even for an IP address), so the server is bound, and `listening`,
    // only then.
    process.nextTick(() => this._bind(port, host));
  }
  return this;
};

Server.prototype._bind = function _bind(port, address) {
  const result = binding.listen(port, address);
  if (Array.isArray(result)) {
    const [, errno] = result;
    const error = exceptionWithHostPort(errno, 'listen', address, port);
    process.nextTick(() => this.emit('error', error));
    return;
  }
  this.listening = true;
  this._closing = false;
  this._address = { address, family: address.includes(':') ? 'IPv6' : 'IPv4', port: result };
  servers.set(result, this);
  if (this._refed) loop.ref(1);
  process.nextTick(() => this.emit('listening'));
};

Server.prototype.address = function address() {
  return this.listening ? { ...this._address } : null;
};

Server.prototype.close = function close(callback) {
  if (typeof callback === 'function') {
    if (!this.listening) {
      this.once('close', () => callback(new codes.ERR_SERVER_NOT_RUNNING()));
    } else {
      this.once('close', callback);
    }
  }
  if (this.listening) {
    this.listening = false;
    this._closing = true;
    servers.delete(this._address.port);
    binding.unlisten(this._address.port);
    if (this._refed) loop.ref(-1);
  }
  this._maybeEmitClose();
  return this;
};

// NODE-DIFF: 'close' comes once the responses in flight have finished.
// Node waits for their connections to close: after close() from a handler
// whose response was not finished, until the keep-alive timeout (about 4 s
// with Node's own client, which drops idle sockets first).
Server.prototype._maybeEmitClose = function () {
  if (this.listening || this._inFlight > 0) return;
  this._closing = false;
  process.nextTick(() => this.emit('close'));
};

Server.prototype._requestDone = function () {
  this._inFlight--;
  if (this._closing) this._maybeEmitClose();
};

// Node destroys every socket of the server, answered or not. Each exchange
// here is its own connection, so that is every response still open.
Server.prototype.closeAllConnections = function closeAllConnections() {
  for (const { res } of [...serverExchanges.values()]) {
    if (res._server === this) res.destroy();
  }
};

// A connection here lives exactly as long as its exchange, so no connection
// is ever idle: there is nothing to close.
Server.prototype.closeIdleConnections = function closeIdleConnections() {};

Server.prototype.ref = function ref() {
  if (!this._refed && this.listening) loop.ref(1);
  this._refed = true;
  return this;
};

Server.prototype.unref = function unref() {
  if (this._refed && this.listening) loop.ref(-1);
  this._refed = false;
  return this;
};

Server.prototype.setTimeout = function setTimeout(ms, callback) {
  this.timeout = ms;
  if (callback) this.on('timeout', callback);
  return this;
};

Server.prototype[Symbol.asyncDispose] = function () {
  return new Promise((resolve) => this.close(() => resolve()));
};

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

let nextRemotePort = 50000;

function onRequest(id, port, method, url, headers) {
  const server = servers.get(port);
  if (server === undefined) {
    binding.respondHead(id, 502, 'Bad Gateway', ['Content-Type', 'text/plain']);
    binding.respondBody(id, `Nothing listens on port ${port}`);
    binding.respondEnd(id);
    return;
  }
  const socket = new Socket(port, nextRemotePort++);
  const req = new IncomingMessage(socket);
  req.method = method;
  req.url = url;
  req._setHeaders(headers);
  const res = new ServerResponse(req, id, server);
  serverExchanges.set(id, { req, res });
  server._inFlight++;
  // NODE-DIFF: a socket per request, so 'connection' comes with each
  // 'request'; Node emits it once per TCP connection (which a keep-alive
  // client reuses), in an earlier poll phase.
  server.emit('connection', socket);
  server.emit('request', req, res);
  // A loopback request's body comes with its head, and an empty one ends
  // it there; a body's end waits for the host's event, after the ticks,
  // as Node's parser reports it.
  const body = loopbackBodies.get(id);
  if (body !== undefined) {
    loopbackBodies.delete(id);
    if (body.length > 0) req._push(body);
    else req._end();
  }
}

// Client side.

class ClientRequest extends OutgoingMessage {
  constructor(options, callback) {
    super();
    this.method = (options.method ?? 'GET').toUpperCase();
    this.host = options.hostname ?? options.host ?? 'localhost';
    this.port = Number(options.port ?? 80);
    this.path = options.path ?? '/';
    this.protocol = options.protocol ?? 'http:';
    this.reusedSocket = false;
    this._body = [];
    this._id = null;
    if (!METHODS.includes(this.method)) throw new codes.ERR_INVALID_HTTP_TOKEN('Method', this.method);
    if (this.protocol !== 'http:') throw new codes.ERR_METHOD_NOT_IMPLEMENTED(`http.request() with protocol ${this.protocol}`);
    if (!['localhost', '127.0.0.1', '::1', '[::1]'].includes(this.host)) {
      throw new codes.ERR_METHOD_NOT_IMPLEMENTED(`http.request() to ${this.host} (only this process's own servers)`);
    }
    if (options.headers) {
      for (const name of Object.keys(options.headers)) this.setHeader(name, options.headers[name]);
    }
    if (!this.hasHeader('host')) this.setHeader('Host', `${this.host}:${this.port}`);
    // Methods that send no body unless a length is given (Node's
    // useChunkedEncodingByDefault is false for them).
    this.useChunkedEncodingByDefault = !['GET', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT'].includes(this.method);
    this._wroteBeforeEnd = false;
    if (callback) this.once('response', callback);
  }

  // NODE-DIFF: the body is sent at end(); Node sends the head and each
  // chunk as written, so a server sees a streamed request sooner.
  write(chunk, encoding, callback) {
    if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined];
    if (this.finished) throw new codes.ERR_STREAM_WRITE_AFTER_END();
    this._body.push(this._toBytes(chunk, encoding));
    // Node sends the head with the first write, so the body goes chunked.
    this._wroteBeforeEnd = true;
    if (callback) process.nextTick(callback);
    return true;
  }

  end(chunk, encoding, callback) {
    if (typeof chunk === 'function') [callback, chunk] = [chunk, undefined];
    else if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined];
    if (this.finished) return this;
    if (chunk !== undefined && chunk !== null) this._body.push(this._toBytes(chunk, encoding));
    this.finished = true;
    this.headersSent = true;
    let body = Buffer.concat(this._body.map((part) => (typeof part === 'string' ? Buffer.from(part) : part)));
    // What Node's _storeHeader adds after the stored headers.
    const pairs = this._headerPairs();
    if (!this.hasHeader('connection')) pairs.push('Connection', 'keep-alive');
    if (!this.hasHeader('content-length') && !this.hasHeader('transfer-encoding')) {
      if (!this.useChunkedEncodingByDefault) {
        // Sent without a length, the bytes are not read as this body.
        body = Buffer.alloc(0);
      } else if (this._wroteBeforeEnd) {
        pairs.push('Transfer-Encoding', 'chunked');
      } else {
        pairs.push('Content-Length', String(body.length));
      }
    }
    const address = this.host === 'localhost' ? '127.0.0.1' : this.host;
    this._id = binding.request(this.port, address, this.method, this.path, pairs);
    clientRequests.set(this._id, this);
    loop.ref(1);
    loopbackBodies.set(this._id, body);
    binding.requestEnd(this._id);
    process.nextTick(() => {
      if (callback) callback();
      this.emit('finish');
    });
    return this;
  }

  abort() {
    this.destroy();
  }

  destroy(error) {
    if (this.destroyed) return this;
    this.destroyed = true;
    if (this._id !== null && clientRequests.delete(this._id)) loop.ref(-1);
    process.nextTick(() => {
      if (error) this.emit('error', error);
      this.emit('close');
    });
    return this;
  }

  setTimeout(ms, callback) {
    if (callback) this.once('timeout', callback);
    return this;
  }

  setNoDelay() {}

  setSocketKeepAlive() {}
}

function parseUrl(input) {
  const match = /^([a-z][a-z0-9+.-]*:)\/\/(\[[^\]]+\]|[^/:?#]*)(?::(\d+))?([^#]*)/i.exec(String(input));
  if (match === null) throw new codes.ERR_INVALID_URL(String(input));
  const [, protocol, hostname, port, path] = match;
  return { protocol: protocol.toLowerCase(), hostname, port: port ? Number(port) : 80, path: path || '/' };
}

function request(url, options, callback) {
  let target = {};
  if (typeof url === 'string' || (url !== null && typeof url === 'object' && typeof url.href === 'string')) {
    target = parseUrl(typeof url === 'string' ? url : url.href);
  } else {
    [callback, options] = [options, url];
  }
  if (typeof options === 'function') [callback, options] = [options, undefined];
  return new ClientRequest({ ...target, ...options }, callback);
}

function get(url, options, callback) {
  const req = request(url, options, callback);
  req.end();
  return req;
}

function onResponseHead(id, status, statusMessage, headers) {
  // What the server has answered already arrives with the head (see
  // loopbackAnswers); the host's events for it are then skipped.
  const answer = loopbackAnswers.get(id);
  if (answer !== undefined) {
    loopbackAnswers.delete(id);
    answer.taken = true;
  }
  const req = clientRequests.get(id);
  if (req === undefined) return;
  const res = new IncomingMessage(new Socket(0, req.port));
  res.statusCode = status;
  res.statusMessage = statusMessage;
  res.req = req;
  res._setHeaders(headers);
  req.res = res;
  req._skipChunks = 0;
  // Node's responseOnEnd, listening before the user: the request closes
  // on the tick after the response's 'end'.
  res.once('end', () => process.nextTick(() => req.emit('close')));
  if (!req.emit('response', res)) res.resume();
  if (answer !== undefined) {
    req._skipChunks = answer.chunks.length;
    for (const chunk of answer.chunks) res._push(chunk);
    if (answer.ended) res._end();
  }
}

function onResponseBody(id, chunk) {
  const req = clientRequests.get(id);
  if (req?.res === undefined) return;
  if (req._skipChunks > 0) req._skipChunks--;
  else req.res._push(chunk);
}

function onRequestEnd(id) {
  const exchange = serverExchanges.get(id);
  if (exchange === undefined) return;
  if (exchange.res.finished) serverExchanges.delete(id);
  exchange.req._end();
}

function onResponseEnd(id) {
  const req = clientRequests.get(id);
  if (req === undefined) return;
  clientRequests.delete(id);
  loop.ref(-1);
  req.res._end();
}

function onRequestError(id, code, errno, syscall, address, port) {
  const req = clientRequests.get(id);
  if (req === undefined) return;
  clientRequests.delete(id);
  loopbackBodies.delete(id);
  loop.ref(-1);
  req.emit('error', exceptionWithHostPort(errno, syscall, address, port));
  req.emit('close');
}

binding.onEvent = function onEvent(kind, id, ...args) {
  switch (kind) {
    case 'request':
      return onRequest(id, ...args);
    case 'requestBody':
      return serverExchanges.get(id)?.req._push(args[0]);
    case 'requestEnd':
      return onRequestEnd(id);
    case 'responseHead':
      return onResponseHead(id, ...args);
    case 'responseBody':
      return onResponseBody(id, args[0]);
    case 'responseEnd':
      return onResponseEnd(id);
    case 'requestError':
      return onRequestError(id, ...args);
    default:
      throw new Error(`unknown http event ${kind}`);
  }
};

class Agent extends EventEmitter {
  constructor(options = {}) {
    super();
    this.options = { path: null, ...options };
    this.keepAlive = options.keepAlive ?? false;
    this.maxSockets = options.maxSockets ?? Infinity;
    this.maxFreeSockets = options.maxFreeSockets ?? 256;
    this.sockets = Object.create(null);
    this.freeSockets = Object.create(null);
    this.requests = Object.create(null);
  }
  // Requests do not pool sockets here, so an agent never holds one to free.
  destroy() {}
}

module.exports = {
  METHODS,
  STATUS_CODES,
  Agent,
  ClientRequest,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  request,
  get,
  validateHeaderName,
  validateHeaderValue,
  globalAgent: new Agent({ keepAlive: true }),
  maxHeaderSize: 16384,
  // There is no pool of idle parsers to size.
  setMaxIdleHTTPParsers() {},
};
