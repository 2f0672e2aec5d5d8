'use strict';
// `dns/promises`: lookup, lookupService and a Resolver whose queries
// return promises, sharing servers and the result order with `dns`.

const { DNSException, codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS } } = require('internal/errors');
const { validatePort, validateString } = require('internal/validators');
const {
  ResolverBase, bindingNames, errorCodes, getDefaultResultOrder, isIP, lookupOptions, resolveLookup,
  resolveService, rrtypes, setDefaultResultOrder, warnInvalidHostname,
} = require('internal/dns/utils');

function lookup(hostname, options) {
  if (hostname) validateString(hostname, 'hostname');
  if (options !== undefined && typeof options !== 'number' && typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  }
  const parsed = lookupOptions(options);
  if (!hostname) {
    warnInvalidHostname(hostname);
    return Promise.resolve(parsed.all ? [] : { address: null, family: parsed.family === 6 ? 6 : 4 });
  }
  return new Promise((resolve, reject) => {
    resolveLookup(hostname, parsed, (error, addresses) => {
      if (error) reject(error);
      else resolve(parsed.all ? addresses : addresses[0]);
    });
  });
}

function lookupService(address, port) {
  if (arguments.length !== 2) throw new ERR_MISSING_ARGS('address', 'port');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  return new Promise((resolve, reject) => {
    resolveService(address, +port, (error, hostname, service) => {
      if (error) reject(error);
      else resolve({ hostname, service });
    });
  });
}

class Resolver extends ResolverBase {
  resolve(hostname, rrtype) {
    let method;
    if (rrtype !== undefined) {
      validateString(rrtype, 'rrtype');
      method = rrtypes[rrtype];
      if (method === undefined) throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
    } else {
      method = 'resolve4';
    }
    return this[method](hostname);
  }
}

for (const method of Object.keys(bindingNames)) {
  const syscall = bindingNames[method];
  Resolver.prototype[method] = {
    [method](name) {
      validateString(name, 'name');
      if (method === 'reverse' && isIP(name) === 0) throw new DNSException(-22, syscall, name);
      return new Promise((resolve, reject) => {
        this._handle.query(syscall, name, (error, result) => (error ? reject(error) : resolve(result)));
      });
    },
  }[method];
}
const { resolve } = Resolver.prototype;
delete Resolver.prototype.resolve;
Resolver.prototype.resolve = resolve;

const callbackDns = require('dns');
let defaultResolver;

// The callback API's default resolver, with promise-returning methods.
function setDefaultResolver(resolver) {
  defaultResolver = Object.setPrototypeOf({ _handle: resolver._handle }, Resolver.prototype);
  for (const method of [...Object.keys(bindingNames), 'resolve'].sort()) {
    module.exports[method] = Resolver.prototype[method].bind(defaultResolver);
  }
}

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers(servers) {
    callbackDns.setServers(servers);
  },
  ...errorCodes,
  getServers() {
    return defaultResolver.getServers();
  },
};
setDefaultResolver(callbackDns[Symbol.for('nodeling.dns.defaultResolver')]);
// dns.setServers replaces the default resolver of both modules.
Object.defineProperty(module.exports, Symbol.for('nodeling.dns.setDefaultResolver'), {
  __proto__: null,
  enumerable: false,
  value: setDefaultResolver,
});
