'use strict';
// CommonJS modules as Node 24 loads them: built-ins (with and without
// `node:`), relative and absolute files with extension and index probing,
// package.json "main", "exports" and "imports" (with the require conditions),
// self-reference by package name, node_modules up the tree, the module cache,
// require stacks, and require() of ES modules (.mjs, "type": "module", and
// .js files whose syntax is ESM), which runs the module graph at once.

const binding = internalBinding('modules');
const path = require('path');
const { codes } = require('internal/errors');
const { validateString } = require('internal/validators');
const packageJson = require('internal/modules/package_json_reader');
const { getPromiseState } = internalBinding('util');
const { pathToFileURL } = packageJson;
const { decorateErrorStack } = require('internal/stack_trace');

// The conditions "exports" and "imports" match for require() in Node 24.
const requireConditions = new Set(['require', 'node', 'node-addons', 'module-sync']);

const wrapperParams = ['exports', 'require', 'module', '__filename', '__dirname'];
const schemeOnlyBuiltins = new Set(['test', 'test/reporters', 'sqlite', 'sea']);
// Built-ins reachable by bare name (node:test and the like only by node:).
const builtinIds = binding.builtinIds.filter((id) => !id.startsWith('internal/') && !schemeOnlyBuiltins.has(id));
const builtinSet = new Set(builtinIds);
const schemeBuiltinSet = new Set(binding.builtinIds.filter((id) => schemeOnlyBuiltins.has(id)));

// Node's built-ins that a pod does not have yet: requiring one says so.
const knownNodeBuiltins = new Set([
  'dgram',
  'diagnostics_channel', 'dns', 'dns/promises', 'domain', 'http2', 'https', 'inspector',
  'path/posix', 'path/win32', 'punycode', 'readline',
  'readline/promises', 'repl', 'stream/web',
  'sys', 'trace_events', 'util/types', 'vm', 'wasi', 'zlib',
]);

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  this.exports = {};
  this.filename = null;
  this.loaded = false;
  this.children = [];
  this.paths = [];
  Object.defineProperty(this, 'parent', { __proto__: null, value: parent, writable: true, configurable: true, enumerable: false });
  if (parent) parent.children.push(this);
}

Module._cache = Object.create(null);
Module._pathCache = Object.create(null);
// Every built-in Node 24 has, implemented or not: packages ask this list
// whether a specifier is a built-in, and requiring one we lack says so.
Module.builtinModules = [...new Set([...builtinIds, ...knownNodeBuiltins])].sort()
  .concat([...schemeOnlyBuiltins].map((id) => `node:${id}`));
Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
Module.wrap = (script) => Module.wrapper[0] + script + Module.wrapper[1];
Module.isBuiltin = (id) => {
  if (typeof id !== 'string') return false;
  const bare = id.startsWith('node:') ? id.slice(5) : id;
  return builtinSet.has(bare) || knownNodeBuiltins.has(bare) || (bare !== id && schemeOnlyBuiltins.has(bare));
};
Module.Module = Module;

function requireBuiltin(id, withScheme) {
  if (builtinSet.has(id) || (withScheme && schemeBuiltinSet.has(id))) return require(id);
  if (knownNodeBuiltins.has(id) || (withScheme && schemeOnlyBuiltins.has(id))) {
    throw new codes.ERR_METHOD_NOT_IMPLEMENTED(`require('${withScheme ? 'node:' : ''}${id}')`);
  }
  return undefined;
}

Module._load = function (request, parent, isMain) {
  if (request.startsWith('node:')) {
    const exports = requireBuiltin(request.slice(5), true);
    if (exports === undefined) throw new codes.ERR_UNKNOWN_BUILTIN_MODULE(request);
    return exports;
  }
  const builtin = requireBuiltin(request, false);
  if (builtin !== undefined) return builtin;

  const filename = Module._resolveFilename(request, parent, isMain);
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    if (parent && !parent.children.includes(cached)) parent.children.push(cached);
    return cached.exports;
  }
  const module = new Module(filename, parent);
  if (isMain) {
    module.id = '.';
    mainModule = module;
    process.mainModule = module;
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent) parent.children.splice(parent.children.indexOf(module), 1);
    }
  }
  return module.exports;
};

Module._nodeModulePaths = function (from) {
  from = path.resolve(from);
  const paths = [];
  let dir = from;
  for (;;) {
    if (path.basename(dir) !== 'node_modules') paths.push(path.join(dir, 'node_modules'));
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  if (paths[paths.length - 1] !== '/node_modules') paths.push('/node_modules');
  return paths;
};

Module._resolveLookupPaths = function (request, parent) {
  if (request.startsWith('./') || request.startsWith('../') || request === '.' || request === '..') {
    return [parent?.filename ? path.dirname(parent.filename) : process.cwd()];
  }
  return parent?.paths?.length ? parent.paths : Module._nodeModulePaths(process.cwd());
};

const extensions = ['.js', '.json', '.node'];

function tryFile(file) {
  return binding.stat(file) === 1 ? file : undefined;
}

function tryExtensions(base) {
  for (const extension of extensions) {
    const found = tryFile(base + extension);
    if (found) return found;
  }
  return undefined;
}

function tryPackage(dir, request) {
  const main = packageJson.read(path.join(dir, 'package.json'))?.main;
  if (typeof main === 'string' && main !== '') {
    const target = path.resolve(dir, main);
    const found = tryFile(target) ?? tryExtensions(target) ?? tryExtensions(path.join(target, 'index')) ??
      tryExtensions(path.join(dir, 'index'));
    if (found) return found;
    const error = new Error(`Cannot find module '${target}'. Please verify that the package.json has a valid "main" entry`);
    error.code = 'MODULE_NOT_FOUND';
    error.path = path.join(dir, 'package.json');
    error.requestPath = request;
    throw error;
  }
  return tryExtensions(path.join(dir, 'index'));
}

// A bare request into a node_modules folder whose package has "exports".
function resolveExports(nodeModulesDir, request) {
  const match = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/.exec(request);
  if (match === null) return undefined;
  const packageDir = path.join(nodeModulesDir, match[1]);
  const config = packageJson.read(path.join(packageDir, 'package.json'));
  if (config === null || config.exports === undefined || config.exports === null) return undefined;
  const resolved = packageJson.packageExportsResolve(packageDir, `.${match[2] || ''}`, config, undefined, requireConditions);
  return finalizeResolution(resolved, request);
}

function finalizeResolution(resolved, request) {
  if (typeof resolved === 'object') {
    // An "imports" target naming another package resolves from this one.
    const from = { filename: path.join(resolved.packageDir, 'package.json'), paths: Module._nodeModulePaths(resolved.packageDir) };
    return Module._resolveFilename(resolved.bare, from, false);
  }
  if (binding.stat(resolved) === 1) return toRealPath(resolved);
  const error = new Error(`Cannot find module '${resolved}'`);
  error.code = 'MODULE_NOT_FOUND';
  error.path = resolved;
  error.requestPath = request;
  throw error;
}

// require('own-name/x') from inside the package named own-name.
function trySelf(parentPath, request) {
  if (!parentPath) return false;
  const config = packageJson.getPackageScope(path.join(parentPath, 'x'));
  if (config === null || config.exports === undefined || config.exports === null || config.name === undefined) return false;
  let subpath;
  if (request === config.name) subpath = '.';
  else if (request.startsWith(`${config.name}/`)) subpath = `.${request.slice(config.name.length)}`;
  else return false;
  const resolved = packageJson.packageExportsResolve(path.dirname(config.pjsonPath), subpath, config, undefined,
    requireConditions);
  return finalizeResolution(resolved, request);
}

// Node loads a module under its real path (no --preserve-symlinks), so a
// package linked into node_modules has one identity and finds its own
// dependencies beside its real location. Cached as Node caches it.
const realpathCache = new Map();
function toRealPath(filename) {
  let real = realpathCache.get(filename);
  if (real === undefined) {
    try {
      real = internalBinding('fs').realpath(filename);
    } catch {
      real = filename;
    }
    realpathCache.set(filename, real);
  }
  return real;
}

Module._findPath = function (request, paths) {
  const found = findPath(request, paths);
  return found && toRealPath(found);
};

function findPath(request, paths) {
  const absolute = path.isAbsolute(request);
  const trailingSlash = request.endsWith('/');
  const relative = request.startsWith('./') || request.startsWith('../') || request === '.' || request === '..';
  for (const dir of absolute ? [''] : paths) {
    if (!absolute && !relative && binding.stat(dir) === 2) {
      const exported = resolveExports(dir, request);
      if (exported) return exported;
    }
    const base = absolute ? path.resolve(request) : path.resolve(dir, request);
    const kind = binding.stat(base);
    if (!trailingSlash) {
      if (kind === 1) return base;
      const withExtension = tryExtensions(base);
      if (withExtension) return withExtension;
    }
    if (kind === 2) {
      const fromPackage = tryPackage(base, request);
      if (fromPackage) return fromPackage;
    }
  }
  return false;
}

Module._resolveFilename = function (request, parent, isMain, options) {
  if (Module.isBuiltin(request)) return request;
  if (request[0] === '#' && parent?.filename && packageJson.getPackageScope(parent.filename)?.imports != null) {
    const resolved = packageJson.packageImportsResolve(request, parent.filename, undefined, requireConditions);
    return finalizeResolution(resolved, request);
  }
  const parentPath = parent?.filename ? path.dirname(parent.filename) : undefined;
  const self = request[0] !== '.' && !path.isAbsolute(request) && trySelf(parentPath, request);
  if (self) return self;
  const paths = options?.paths
    ? options.paths.flatMap((p) => (request.startsWith('.') ? [path.resolve(p)] : Module._nodeModulePaths(p)))
    : Module._resolveLookupPaths(request, parent);
  const filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;
  const requireStack = [];
  for (let cursor = parent; cursor; cursor = cursor.parent) requireStack.push(cursor.filename || cursor.id);
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += `\nRequire stack:\n- ${requireStack.join('\n- ')}`;
  const error = new Error(message);
  error.code = 'MODULE_NOT_FOUND';
  error.requireStack = requireStack;
  throw error;
};

Module.prototype.load = function (filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  const extension = path.extname(filename);
  const loader = Module._extensions[extension] ?? Module._extensions['.js'];
  loader(this, filename);
  this.loaded = true;
};

Module.prototype.require = function (id) {
  validateString(id, 'id');
  if (id === '') throw new codes.ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  return wrapModuleLoad(id, this, false);
};

// Node's wrapModuleLoad: every require() from a module is traced on
// diagnostics_channel's 'module.require' channel (which costs one
// hasSubscribers check when nobody listens).
let requireTracing;
function wrapModuleLoad(request, parent, isMain) {
  requireTracing ??= require('diagnostics_channel').tracingChannel('module.require');
  const context = { __proto__: null, parentFilename: parent?.filename, id: request };
  return requireTracing.traceSync(Module._load, context, Module, request, parent, isMain);
}

Module.prototype._compile = function (content, filename, compiled) {
  compiled ??= compileCommonJS(content, filename);
  const require = makeRequire(this);
  return compiled.call(this.exports, this.exports, require, this, filename, path.dirname(filename));
};

function readSource(filename) {
  const source = binding.readFileUtf8(filename);
  if (source === undefined) {
    const error = new Error(`ENOENT: no such file or directory, open '${filename}'`);
    Object.assign(error, { errno: -2, code: 'ENOENT', syscall: 'open', path: filename });
    throw error;
  }
  return source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
}

// require() of an ES module: evaluated now, its namespace as the exports
// (Node 24 adds `__esModule: true` when there is a default export, and uses
// the export named 'module.exports' when there is one).
function loadESM(module, filename) {
  const url = pathToFileURL(filename);
  const [namespace, promise] = binding.requireModule(url, false);
  const { state, result } = getPromiseState(promise);
  if (state !== 'fulfilled') {
    promise.catch(() => {});
    if (state === 'rejected') throw result;
    throw new codes.ERR_REQUIRE_ASYNC_MODULE(filename, module.parent?.filename);
  }
  if (Object.hasOwn(namespace, 'module.exports')) {
    module.exports = namespace['module.exports'];
  } else if (Object.hasOwn(namespace, 'default') && !Object.hasOwn(namespace, '__esModule')) {
    module.exports = binding.requireModule(url, true)[0];
  } else {
    module.exports = namespace;
  }
}

Module._extensions = Object.create(null);
Module._extensions['.js'] = function (module, filename) {
  const type = packageJson.getPackageType(filename);
  if (type === 'module') return loadESM(module, filename);
  const source = readSource(filename);
  if (type === 'commonjs') return module._compile(source, filename);
  const compiled = compileOrDetectModule(source, filename);
  if (compiled === null) return loadESM(module, filename);
  return module._compile(source, filename, compiled);
};

// Without a "type", Node 24 runs a .js file as ESM when it does not parse as
// CommonJS but does as a module: the compiled CommonJS function, or null for
// ESM (then left declared, so importing it does not parse it again).
function compileOrDetectModule(source, filename) {
  try {
    return binding.compileFunction(source, filename, wrapperParams);
  } catch (error) {
    if (error?.name === 'SyntaxError' && binding.declareIfModule(pathToFileURL(filename), source)) return null;
    decorateSyntaxError(error, source);
    throw error;
  }
}

function compileCommonJS(source, filename) {
  try {
    return binding.compileFunction(source, filename, wrapperParams);
  } catch (error) {
    decorateSyntaxError(error, source);
    throw error;
  }
}

// As Node, a syntax error's stack starts with the line and an arrow.
function decorateSyntaxError(error, source) {
  if (error?.name === 'SyntaxError') decorateErrorStack(error, () => source);
}
Module._extensions['.cjs'] = function (module, filename) {
  module._compile(readSource(filename), filename);
};
Module._extensions['.mjs'] = loadESM;
Module._extensions['.json'] = function (module, filename) {
  const source = readSource(filename);
  try {
    module.exports = JSON.parse(source);
  } catch (error) {
    error.message = `${filename}: ${error.message}`;
    throw error;
  }
};
Module._extensions['.node'] = function (module, filename) {
  throw new codes.ERR_METHOD_NOT_IMPLEMENTED(`loading native addon ${filename}`);
};

let mainModule;

function makeRequire(module) {
  const require = (id) => module.require(id);
  require.resolve = (request, options) => {
    validateString(request, 'request');
    return Module._resolveFilename(request, module, false, options);
  };
  require.resolve.paths = (request) => (Module.isBuiltin(request) ? null : Module._resolveLookupPaths(request, module));
  require.main = mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

Module.createRequire = function (filename) {
  let from = packageJson.toPath(filename);
  if (!path.isAbsolute(from)) {
    throw new codes.ERR_INVALID_ARG_VALUE('filename', filename, 'must be a file URL object, file URL string, or absolute path string');
  }
  // A directory (trailing slash) requires relative to itself.
  if (from.endsWith('/')) from = path.join(from, 'noop.js');
  const module = new Module(from, null);
  module.filename = from;
  module.paths = Module._nodeModulePaths(path.dirname(from));
  return makeRequire(module);
};

// -r: each module is required from a parent in the working directory
// (named 'internal/preload' in require stacks, as in Node).
Module._preloadModules = function (requests) {
  if (requests.length === 0) return;
  const parent = new Module('internal/preload', null);
  parent.paths = Module._nodeModulePaths(process.cwd());
  for (const request of requests) parent.require(request);
};

Module.runMain = function runMain(main = process.argv[1]) {
  const filename = Module._findPath(path.resolve(process.cwd(), main), [], true);
  if (!filename) {
    const error = new Error(`Cannot find module '${path.resolve(process.cwd(), main)}'`);
    error.code = 'MODULE_NOT_FOUND';
    error.requireStack = [];
    throw error;
  }
  process.argv[1] = filename;
  if (!isESMEntry(filename)) {
    Module._load(filename, null, true);
    return;
  }
  require('internal/modules/esm/loader').runMain(pathToFileURL(filename));
};

function isESMEntry(filename) {
  if (filename.endsWith('.mjs')) return true;
  if (filename.endsWith('.cjs') || !filename.endsWith('.js')) return false;
  const type = packageJson.getPackageType(filename);
  if (type !== 'none') return type === 'module';
  const source = binding.readFileUtf8(filename);
  if (source === undefined) return false;
  try {
    return compileOrDetectModule(source, filename) === null;
  } catch {
    // Loading it as CommonJS reports the error with the main module's context.
    return false;
  }
}

Module._toRealPath = toRealPath;
module.exports = Module;
