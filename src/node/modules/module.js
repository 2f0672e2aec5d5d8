'use strict';
// `node:module`: the CommonJS Module class with its statics (builtinModules,
// isBuiltin, createRequire, _load, _resolveFilename, _cache, _extensions,
// wrap), findPackageJSON, and the parts of Node's customization API a pod
// cannot offer, which throw.

const Module = require('internal/modules/cjs/loader');
const packageJson = require('internal/modules/package_json_reader');
const path = require('path');
const { codes } = require('internal/errors');

Module.register = function register() {
  throw new codes.ERR_METHOD_NOT_IMPLEMENTED('module.register()');
};

Module.registerHooks = function registerHooks() {
  throw new codes.ERR_METHOD_NOT_IMPLEMENTED('module.registerHooks()');
};

// The path of the package.json that governs `specifier` (resolved from
// `base` when it is not absolute), or undefined.
Module.findPackageJSON = function findPackageJSON(specifier, base) {
  let target = packageJson.toPath(specifier);
  if (!path.isAbsolute(target)) {
    const from = packageJson.toPath(base);
    target = target.startsWith('.') ? path.resolve(path.dirname(from), target)
      : Module.createRequire(from).resolve(target);
  }
  return packageJson.getPackageScope(target)?.pjsonPath;
};

module.exports = Module;
