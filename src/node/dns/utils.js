'use strict';
// What `dns` and `dns/promises` share: argument checks, the resolver
// configuration (servers, local addresses, the default result order) and
// the answers a pod can give.
//
// A pod has no network resolver. Answered locally, as getaddrinfo answers
// from /etc/hosts: IP literals, and 'localhost' (127.0.0.1; ::1 when asked
// for IPv6). Any other name fails as on a machine whose resolver knows
// nothing: `getaddrinfo ENOTFOUND name` (errno -3008). DNS queries (resolve*,
// reverse) reach no server: c-ares's ECONNREFUSED (`queryA ECONNREFUSED
// name`). lookupService names loopback addresses 'localhost' with the
// service of a well-known port; other addresses fail with ENOTFOUND.
// Answers arrive in the poll phase, as libuv delivers getaddrinfo's.
//
// NODE-DIFF: the servers list starts as ['127.0.0.1'] (c-ares's choice when
// no resolv.conf names one); setServers keeps what it is given, but no query
// is ever sent.

const { DNSException, codes: {
  ERR_DNS_SET_SERVERS_FAILED, ERR_INVALID_ARG_VALUE, ERR_INVALID_IP_ADDRESS,
} } = require('internal/errors');
const {
  validateArray, validateBoolean, validateInt32, validateNumber, validateOneOf, validateString,
} = require('internal/validators');
const { isIP, isIPv4, isIPv6 } = require('net');
const loop = internalBinding('loop');

const ADDRCONFIG = 32;
const ALL = 16;
const V4MAPPED = 8;
const validFamilies = [0, 4, 6];
const validOrders = ['verbatim', 'ipv4first', 'ipv6first'];
const EAI_NONAME = -3008;

// c-ares's error codes, exported by both modules.
const errorCodes = {
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND', NOTIMP: 'ENOTIMP',
  REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME', BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP',
  CONNREFUSED: 'ECONNREFUSED', TIMEOUT: 'ETIMEOUT', EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM',
  DESTRUCTION: 'EDESTRUCTION', BADSTR: 'EBADSTR', BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME', BADHINTS: 'EBADHINTS',
  NOTINITIALIZED: 'ENOTINITIALIZED', LOADIPHLPAPI: 'ELOADIPHLPAPI', ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS',
  CANCELLED: 'ECANCELLED',
};

// The service names of /etc/services for the usual TCP ports.
const services = {
  7: 'echo', 20: 'ftp-data', 21: 'ftp', 22: 'ssh', 23: 'telnet', 25: 'smtp', 53: 'domain', 80: 'http',
  110: 'pop3', 119: 'nntp', 123: 'ntp', 143: 'imap2', 389: 'ldap', 443: 'https', 465: 'submissions',
  587: 'submission', 993: 'imaps', 995: 'pop3s', 3306: 'mysql', 5432: 'postgresql', 6379: 'redis',
};

let defaultResultOrder = 'verbatim';

function getDefaultResultOrder() {
  return defaultResultOrder;
}

function setDefaultResultOrder(order) {
  validateOneOf(order, 'dnsOrder', validOrders);
  defaultResultOrder = order;
}

// Runs `deliver` in a later poll phase, as a resolver's answer arrives.
function later(deliver) {
  loop.queueCompletion(deliver);
}

function isLoopback(address) {
  return address === '::1' || (isIPv4(address) && address.startsWith('127.'));
}

// getaddrinfo in a pod: [address, family] pairs or an errno.
function addressesOf(hostname, family) {
  if (hostname.toLowerCase() === 'localhost') return family === 6 ? [['::1', 6]] : [['127.0.0.1', 4]];
  return EAI_NONAME;
}

// The hostname argument of lookup: a string or nothing (nothing answers
// null, with Node's DEP0118 warning).
function warnInvalidHostname(hostname) {
  process.emitWarning(`The provided hostname "${String(hostname)}" is not a valid hostname, and is supported in ` +
    'the dns module solely for compatibility.', 'DeprecationWarning', 'DEP0118');
}

function validateHints(hints) {
  if ((hints & ~(ADDRCONFIG | ALL | V4MAPPED)) !== 0) throw new ERR_INVALID_ARG_VALUE('hints', hints);
}

// lookup's options: a family number or an object; answers
// { family, hints, all, order }.
function lookupOptions(options) {
  const parsed = { family: 0, hints: 0, all: false, order: defaultResultOrder };
  if (typeof options === 'number') {
    validateOneOf(options, 'family', validFamilies);
    parsed.family = options;
    return parsed;
  }
  if (options?.hints != null) {
    validateNumber(options.hints, 'options.hints');
    parsed.hints = options.hints >>> 0;
    validateHints(parsed.hints);
  }
  if (options?.family != null) {
    if (options.family === 'IPv4') parsed.family = 4;
    else if (options.family === 'IPv6') parsed.family = 6;
    else {
      validateOneOf(options.family, 'options.family', validFamilies);
      parsed.family = options.family;
    }
  }
  if (options?.all != null) {
    validateBoolean(options.all, 'options.all');
    parsed.all = options.all;
  }
  if (options?.verbatim != null) {
    validateBoolean(options.verbatim, 'options.verbatim');
    parsed.order = options.verbatim ? 'verbatim' : 'ipv4first';
  }
  if (options?.order != null) {
    validateOneOf(options.order, 'options.order', validOrders);
    parsed.order = options.order;
  }
  return parsed;
}

function sortAddresses(addresses, order) {
  if (order === 'verbatim') return addresses;
  const first = order === 'ipv4first' ? 4 : 6;
  return [...addresses.filter((a) => a[1] === first), ...addresses.filter((a) => a[1] !== first)];
}

// The answer of lookup for a valid hostname: sync (IP literals) or later.
// `done(error, addresses)` gets [{address, family}] entries.
function resolveLookup(hostname, { family, order }, done) {
  const literal = isIP(hostname);
  if (literal) {
    process.nextTick(done, null, [{ address: hostname, family: literal }]);
    return;
  }
  later(() => {
    const found = addressesOf(hostname, family);
    if (typeof found === 'number') done(new DNSException(found, 'getaddrinfo', hostname));
    else done(null, sortAddresses(found, order).map(([address, addressFamily]) => ({ address, family: addressFamily })));
  });
}

// getnameinfo in a pod.
function resolveService(address, port, done) {
  later(() => {
    if (!isLoopback(address)) done(new DNSException(EAI_NONAME, 'getnameinfo', address));
    else done(null, 'localhost', services[port] ?? String(port));
  });
}

// An IPv4 or IPv6 server, with an optional port: [family, address, port].
function parseServer(server) {
  let address = server;
  let port = 53;
  let match;
  if ((match = /^\[([^\]]+)\](?::(\d+))?$/.exec(server)) !== null) {
    address = match[1];
    if (match[2] !== undefined) port = Number(match[2]);
  } else if ((match = /^([^:]+):(\d+)$/.exec(server)) !== null) {
    address = match[1];
    port = Number(match[2]);
  }
  const family = isIP(address);
  if (family === 0 || port > 65535) throw new ERR_INVALID_IP_ADDRESS(server);
  return [family, address, port];
}

function formatServer([family, address, port]) {
  if (port === 53) return address;
  return family === 6 ? `[${address}]:${port}` : `${address}:${port}`;
}

const bindingNames = {
  resolveAny: 'queryAny', resolve4: 'queryA', resolve6: 'queryAaaa', resolveCaa: 'queryCaa',
  resolveCname: 'queryCname', resolveMx: 'queryMx', resolveNs: 'queryNs', resolveTlsa: 'queryTlsa',
  resolveTxt: 'queryTxt', resolveSrv: 'querySrv', resolvePtr: 'queryPtr', resolveNaptr: 'queryNaptr',
  resolveSoa: 'querySoa', reverse: 'getHostByAddr',
};

const rrtypes = {
  A: 'resolve4', AAAA: 'resolve6', ANY: 'resolveAny', CAA: 'resolveCaa', CNAME: 'resolveCname', MX: 'resolveMx',
  NAPTR: 'resolveNaptr', NS: 'resolveNs', PTR: 'resolvePtr', SOA: 'resolveSoa', SRV: 'resolveSrv',
  TLSA: 'resolveTlsa', TXT: 'resolveTxt',
};

// A c-ares channel as the Resolver classes see it (`_handle`): its servers,
// its local addresses, the queries in flight.
class ChannelWrap {
  constructor() {
    this.servers = [[4, '127.0.0.1', 53]];
    this.pending = new Set();
  }

  getServers() {
    return this.servers.map(([, address, port]) => [address, port]);
  }

  setServers(servers) {
    this.servers = servers;
  }

  // Every query in flight fails with ECANCELLED.
  cancel() {
    for (const query of [...this.pending]) query.finish('ECANCELLED');
  }

  setLocalAddress(first, second) {
    const families = [first, second].filter((a) => a !== undefined).map((address) => {
      const family = isIP(address);
      if (family === 0) throw invalidLocalAddress('Invalid IP address.');
      return family;
    });
    if (families.length === 2 && families[0] === families[1]) {
      throw invalidLocalAddress(`Cannot specify two IPv${families[0]} addresses.`);
    }
  }

  // A query that can get no answer: it fails with ECONNREFUSED, as c-ares
  // does when no server answers, unless cancelled first.
  query(syscall, name, callback) {
    const query = {
      finish: (code) => {
        if (!this.pending.delete(query)) return;
        callback(new DNSException(code, syscall, name));
      },
    };
    this.pending.add(query);
    later(() => query.finish('ECONNREFUSED'));
  }
}

function invalidLocalAddress(message) {
  const error = new TypeError(message);
  error.code = 'ERR_INVALID_ARG_VALUE';
  return error;
}

// The part of Resolver shared by the callback and promise forms.
class ResolverBase {
  constructor(options = undefined) {
    const timeout = options?.timeout ?? -1;
    validateInt32(timeout, 'options.timeout', -1);
    const tries = options?.tries ?? 4;
    validateInt32(tries, 'options.tries', 1);
    if (options?.maxTimeout !== undefined) validateInt32(options.maxTimeout, 'options.maxTimeout', 0);
    this._handle = new ChannelWrap();
  }

  cancel() {
    this._handle.cancel();
  }

  getServers() {
    return (this._handle.getServers() || []).map(([address, port]) =>
      formatServer([isIP(address), address, port]));
  }

  setServers(servers) {
    validateArray(servers, 'servers');
    const parsed = servers.map((server, i) => {
      validateString(server, `servers[${i}]`);
      return parseServer(server);
    });
    if (this._handle.pending.size > 0) {
      throw new ERR_DNS_SET_SERVERS_FAILED('There are pending queries.', servers);
    }
    this._handle.setServers(parsed);
  }

  setLocalAddress(ipv4, ipv6) {
    validateString(ipv4, 'ipv4');
    if (ipv6 !== undefined) validateString(ipv6, 'ipv6');
    this._handle.setLocalAddress(ipv4, ipv6);
  }
}

module.exports = {
  ADDRCONFIG,
  ALL,
  V4MAPPED,
  ResolverBase,
  bindingNames,
  errorCodes,
  getDefaultResultOrder,
  isIP,
  isIPv6,
  lookupOptions,
  resolveLookup,
  resolveService,
  rrtypes,
  setDefaultResultOrder,
  warnInvalidHostname,
};
