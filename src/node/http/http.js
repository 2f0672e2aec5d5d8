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

// A readable body: chunks wait until someone reads, as a paused stream's do.
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
    this._encoding = null;
    this._decoderCarry = null;
    this._scheduled = false;
  }

  get connection() {
    return this.socket;
  }

  get readableFlowing() {
    return this._flowing;
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
    if (event === 'data' && this._flowing !== false) this.resume();
    if (event === 'readable') this._schedule();
    return this;
  }

  _push(chunk) {
    this._buffered.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length));
    this._schedule();
  }

  _end() {
    this._ended = true;
    this.complete = true;
    this._schedule();
  }

  _schedule() {
    if (this._scheduled) return;
    this._scheduled = true;
    process.nextTick(() => {
      this._scheduled = false;
      this._flush();
    });
  }

  _decode(chunk) {
    return this._encoding === null ? chunk : chunk.toString(this._encoding);
  }

  _flush() {
    if (this.destroyed) return;
    if (this._flowing) {
      while (this._flowing && this._buffered.length > 0) this.emit('data', this._decode(this._buffered.shift()));
    } else if (this.listenerCount('readable') > 0 && (this._buffered.length > 0 || this._ended)) {
      this.emit('readable');
    }
    if (this._ended && this._buffered.length === 0 && !this.readableEnded && (this._flowing || this.listenerCount('readable') > 0)) {
      this.readableEnded = true;
      this.readable = false;
      this.emit('end');
      process.nextTick(() => this.emit('close'));
    }
  }

  read() {
    if (this._buffered.length === 0) {
      if (this._ended) this._schedule();
      return null;
    }
    const chunk = Buffer.concat(this._buffered.splice(0));
    if (this._ended) this._schedule();
    return this._decode(chunk);
  }

  resume() {
    this._flowing = true;
    this._schedule();
    return this;
  }

  pause() {
    this._flowing = false;
    return this;
  }

  isPaused() {
    return this._flowing === false;
  }

  setEncoding(encoding) {
    this._encoding = Buffer.isEncoding(encoding) ? encoding : 'utf8';
    return this;
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
    this.destroyed = true;
    this.readable = false;
    process.nextTick(() => {
      if (error) this.emit('error', error);
      this.emit('close');
    });
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
    if (this[kHeaders] !== null) delete this[kHeaders][name.toLowerCase()];
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
    this._wroteBody = false;
    this.strictContentLength = false;
  }

  get connection() {
    return this.socket;
  }

  writeHead(statusCode, reason, headers) {
    if (this.headersSent) throw new codes.ERR_HTTP_HEADERS_SENT('write');
    const originalStatusCode = statusCode;
    statusCode |= 0;
    if (statusCode < 100 || statusCode > 999) throw new codes.ERR_HTTP_INVALID_STATUS_CODE(originalStatusCode);
    if (typeof reason === 'string') {
      this.statusMessage = reason;
    } else {
      this.statusMessage ||= STATUS_CODES[statusCode] || 'unknown';
      headers ??= reason;
    }
    this.statusCode = statusCode;
    if (Array.isArray(headers)) {
      if (headers.length > 0 && Array.isArray(headers[0])) {
        for (const [name, value] of headers) this.appendHeader(name, value);
      } else {
        for (let i = 0; i < headers.length; i += 2) this.appendHeader(headers[i], headers[i + 1]);
      }
    } else if (headers) {
      for (const name of Object.keys(headers)) {
        if (headers[name] !== undefined) this.setHeader(name, headers[name]);
      }
    }
    if (invalidHeaderChar.test(this.statusMessage)) throw new codes.ERR_INVALID_CHAR('statusMessage');
    this._sendHead(undefined);
    return this;
  }

  // Sends the status line and headers, adding what Node adds on the wire.
  _sendHead(contentLength) {
    if (this.headersSent) return;
    this.statusMessage ||= STATUS_CODES[this.statusCode] || 'unknown';
    if (this.statusCode === 204 || this.statusCode === 304 || (this.statusCode >= 100 && this.statusCode < 200)) {
      this._hasBody = false;
    }
    const pairs = this._headerPairs();
    if (this.sendDate && !this.hasHeader('date')) pairs.push('Date', new Date().toUTCString());
    if (!this.hasHeader('connection')) pairs.push('Connection', 'keep-alive', 'Keep-Alive', 'timeout=5');
    if (this._hasBody && !this.hasHeader('content-length') && !this.hasHeader('transfer-encoding')) {
      if (contentLength !== undefined) {
        pairs.push('Content-Length', String(contentLength));
      } else {
        this.chunkedEncoding = true;
        pairs.push('Transfer-Encoding', 'chunked');
      }
    }
    this.headersSent = true;
    this._header = true;
    binding.respondHead(this._id, this.statusCode, this.statusMessage, pairs);
  }

  write(chunk, encoding, callback) {
    if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined];
    if (this.finished) {
      const error = new codes.ERR_STREAM_WRITE_AFTER_END();
      process.nextTick(() => {
        if (callback) callback(error);
        this.emit('error', error);
      });
      return false;
    }
    if (chunk === null) throw new codes.ERR_STREAM_NULL_VALUES();
    const bytes = this._toBytes(chunk, encoding);
    this._sendHead(undefined);
    if (this._hasBody && bytes.length > 0) binding.respondBody(this._id, bytes);
    this._wroteBody = true;
    if (callback) process.nextTick(callback);
    return true;
  }

  end(chunk, encoding, callback) {
    if (typeof chunk === 'function') [callback, chunk] = [chunk, undefined];
    else if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined];
    if (this.finished) {
      if (callback) process.nextTick(callback, new codes.ERR_STREAM_ALREADY_FINISHED('end'));
      return this;
    }
    let bytes;
    if (chunk !== undefined && chunk !== null) bytes = this._toBytes(chunk, encoding);
    if (!this.headersSent) {
      const length = bytes === undefined ? 0 : typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length;
      this._sendHead(this._wroteBody ? undefined : length);
    }
    if (bytes !== undefined && this._hasBody && bytes.length > 0) binding.respondBody(this._id, bytes);
    binding.respondEnd(this._id);
    this.finished = true;
    this.writableEnded = true;
    this.writable = false;
    serverExchanges.delete(this._id);
    // NODE-DIFF: Node emits 'finish' once the socket has taken the bytes;
    // the host takes them synchronously, so it follows on the next tick.
    process.nextTick(() => {
      this.writableFinished = true;
      if (callback) callback();
      this.emit('finish');
      this.emit('close');
      this.req.emit('close');
      this._server._requestDone();
    });
    return this;
  }

  flushHeaders() {
    this._sendHead(undefined);
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
      if (!this.headersSent) this.statusCode = 502;
      this._sendHead(0);
      binding.respondEnd(this._id);
      this.finished = true;
      serverExchanges.delete(this._id);
      process.nextTick(() => {
        if (error) this.emit('error', error);
        this.emit('close');
        this._server._requestDone();
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
  const address = host ?? '::';
  const result = binding.listen(port, address);
  if (Array.isArray(result)) {
    const [, errno] = result;
    const error = exceptionWithHostPort(errno, 'listen', address, port);
    process.nextTick(() => this.emit('error', error));
    return this;
  }
  this.listening = true;
  this._closing = false;
  this._address = { address, family: address.includes(':') ? 'IPv6' : 'IPv4', port: result };
  servers.set(result, this);
  if (this._refed) loop.ref(1);
  process.nextTick(() => this.emit('listening'));
  return this;
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

Server.prototype._maybeEmitClose = function () {
  if (this.listening || this._inFlight > 0) return;
  this._closing = false;
  process.nextTick(() => this.emit('close'));
};

Server.prototype._requestDone = function () {
  this._inFlight--;
  if (this._closing) this._maybeEmitClose();
};

Server.prototype.closeAllConnections = function () {};
Server.prototype.closeIdleConnections = function () {};

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
  server.emit('connection', socket);
  server.emit('request', req, res);
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
    if (!this.hasHeader('connection')) this.setHeader('Connection', 'keep-alive');
    if (callback) this.once('response', callback);
  }

  write(chunk, encoding, callback) {
    if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined];
    if (this.finished) throw new codes.ERR_STREAM_WRITE_AFTER_END();
    this._body.push(this._toBytes(chunk, encoding));
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
    const length = this._body.reduce((sum, part) => sum + (typeof part === 'string' ? Buffer.byteLength(part) : part.length), 0);
    if (length > 0 && !this.hasHeader('content-length')) this.setHeaderAfterSend('Content-Length', String(length));
    const address = this.host === 'localhost' ? '127.0.0.1' : this.host;
    this._id = binding.request(this.port, address, this.method, this.path, this._headerPairs());
    clientRequests.set(this._id, this);
    loop.ref(1);
    for (const part of this._body) binding.requestBody(this._id, part);
    binding.requestEnd(this._id);
    process.nextTick(() => {
      if (callback) callback();
      this.emit('finish');
    });
    return this;
  }

  setHeaderAfterSend(name, value) {
    this[kHeaders][name.toLowerCase()] = [name, value];
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
  const req = clientRequests.get(id);
  if (req === undefined) return;
  const res = new IncomingMessage(new Socket(0, req.port));
  res.statusCode = status;
  res.statusMessage = statusMessage;
  res.req = req;
  res._setHeaders(headers);
  req.res = res;
  if (!req.emit('response', res)) res.resume();
}

function onResponseEnd(id) {
  const req = clientRequests.get(id);
  if (req === undefined) return;
  clientRequests.delete(id);
  loop.ref(-1);
  req.res._end();
  req.res.once('end', () => process.nextTick(() => req.emit('close')));
}

function onRequestError(id, code, errno, syscall, address, port) {
  const req = clientRequests.get(id);
  if (req === undefined) return;
  clientRequests.delete(id);
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
      return serverExchanges.get(id)?.req._end();
    case 'responseHead':
      return onResponseHead(id, ...args);
    case 'responseBody':
      return clientRequests.get(id)?.res?._push(args[0]);
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
  setMaxIdleHTTPParsers() {},
};
