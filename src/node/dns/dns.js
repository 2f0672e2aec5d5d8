'use strict';
// `dns`: lookup, lookupService, the Resolver class and the module-level
// resolve*/reverse of a default resolver, servers, the default result
// order and the constants. What a pod can and cannot answer is described
// in internal/dns/utils.

const { DNSException, codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS } } = require('internal/errors');
const { validateFunction, validatePort, validateString } = require('internal/validators');
const {
  ADDRCONFIG, ALL, V4MAPPED, ResolverBase, bindingNames, errorCodes, getDefaultResultOrder, isIP, lookupOptions,
  resolveLookup, resolveService, rrtypes, setDefaultResultOrder, warnInvalidHostname,
} = require('internal/dns/utils');

// What lookup and the queries return while they run (Node's ReqWraps).
class GetAddrInfoReqWrap {}
class GetNameInfoReqWrap {}
class QueryReqWrap {}

function lookup(hostname, options, callback) {
  if (hostname) validateString(hostname, 'hostname');
  let parsed;
  if (typeof options === 'function') {
    callback = options;
    parsed = lookupOptions(undefined);
  } else if (typeof options === 'number') {
    validateFunction(callback, 'callback');
    parsed = lookupOptions(options);
  } else if (options !== undefined && typeof options !== 'object') {
    validateFunction(arguments.length === 2 ? options : callback, 'callback');
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  } else {
    validateFunction(callback, 'callback');
    parsed = lookupOptions(options);
  }
  if (!hostname) {
    warnInvalidHostname(hostname);
    if (parsed.all) process.nextTick(callback, null, []);
    else process.nextTick(callback, null, null, parsed.family === 6 ? 6 : 4);
    return {};
  }
  resolveLookup(hostname, parsed, (error, addresses) => {
    if (error) callback(error);
    else if (parsed.all) callback(null, addresses);
    else callback(null, addresses[0].address, addresses[0].family);
  });
  return isIP(hostname) ? {} : new GetAddrInfoReqWrap();
}

// util.promisify(lookup) resolves to { address, family }.
const kCustomPromisifyArgs = Symbol.for('nodejs.util.promisify.customArgs');
Object.defineProperty(lookup, kCustomPromisifyArgs, { __proto__: null, value: ['address', 'family'], enumerable: false });

function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw new ERR_MISSING_ARGS('address', 'port', 'callback');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  validateFunction(callback, 'callback');
  resolveService(address, +port, callback);
  return new GetNameInfoReqWrap();
}
Object.defineProperty(lookupService, kCustomPromisifyArgs, { __proto__: null, value: ['hostname', 'service'], enumerable: false });

class Resolver extends ResolverBase {
  resolve(hostname, rrtype, callback) {
    let method;
    if (typeof rrtype === 'string') {
      method = rrtypes[rrtype];
    } else if (typeof rrtype === 'function') {
      method = 'resolve4';
      callback = rrtype;
    } else {
      throw new ERR_INVALID_ARG_TYPE('rrtype', 'string', rrtype);
    }
    if (method === undefined) throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
    return this[method](hostname, callback);
  }
}

for (const method of Object.keys(bindingNames)) {
  const syscall = bindingNames[method];
  Resolver.prototype[method] = {
    [method](name, options, callback) {
      if (typeof options === 'function') callback = options;
      validateString(name, 'name');
      validateFunction(callback, 'callback');
      // reverse() takes only IP addresses: c-ares refuses anything else at once.
      if (method === 'reverse' && isIP(name) === 0) throw new DNSException(-22, syscall, name);
      this._handle.query(syscall, name, callback);
      return new QueryReqWrap();
    },
  }[method];
}
// Node's order of the prototype's methods: the queries, then resolve.
const { resolve } = Resolver.prototype;
delete Resolver.prototype.resolve;
Resolver.prototype.resolve = resolve;

let defaultResolver = new Resolver();

// Node's (alphabetical) order of the module's query functions.
const queryMethods = [...Object.keys(bindingNames), 'resolve'].sort();

function bindDefaultResolver(target) {
  for (const method of queryMethods) {
    target[method] = Resolver.prototype[method].bind(defaultResolver);
  }
}

function getServers() {
  return defaultResolver.getServers();
}

// A new default resolver, so queries in flight do not stop the change.
function setServers(servers) {
  const resolver = new Resolver();
  resolver.setServers(servers);
  defaultResolver = resolver;
  bindDefaultResolver(module.exports);
  promises?.[kSetDefaultResolver](resolver);
}

let promises;
const kSetDefaultResolver = Symbol.for('nodeling.dns.setDefaultResolver');

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers,
  ADDRCONFIG,
  ALL,
  V4MAPPED,
  ...errorCodes,
  getServers,
};
bindDefaultResolver(module.exports);
Object.defineProperty(module.exports, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    promises ??= require('dns/promises');
    return promises;
  },
});
// dns/promises reads the servers of the callback API's default resolver.
Object.defineProperty(module.exports, Symbol.for('nodeling.dns.defaultResolver'), {
  __proto__: null,
  enumerable: false,
  get: () => defaultResolver,
});
