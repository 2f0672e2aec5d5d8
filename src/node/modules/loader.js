'use strict';
// CommonJS modules as Node loads them: built-ins (with and without `node:`),
// relative and absolute files with extension and index probing, `package.json`
// "main", node_modules up the tree, the module cache and require stacks.
// Package "exports"/"imports" and ES modules arrive with the modules work.

const binding = internalBinding('modules');
const path = require('path');
const { codes } = require('internal/errors');
const { validateString } = require('internal/validators');

const wrapperParams = ['exports', 'require', 'module', '__filename', '__dirname'];
const builtinIds = binding.builtinIds.filter((id) => !id.startsWith('internal/'));
const builtinSet = new Set(builtinIds);

// Node's built-ins that a pod does not have yet: requiring one says so.
const knownNodeBuiltins = new Set([
  'assert', 'assert/strict', 'async_hooks', 'child_process', 'cluster', 'constants', 'crypto', 'dgram',
  'diagnostics_channel', 'dns', 'dns/promises', 'domain', 'http2', 'https', 'inspector',
  'module', 'net', 'os', 'path/posix', 'path/win32', 'perf_hooks', 'punycode', 'querystring', 'readline',
  'readline/promises', 'repl', 'stream/web',
  'sys', 'tls', 'trace_events', 'tty', 'url', 'util/types', 'v8', 'vm', 'wasi', 'worker_threads', 'zlib',
]);
const schemeOnlyBuiltins = new Set(['test', 'test/reporters', 'sqlite', 'sea']);

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  this.exports = {};
  this.filename = null;
  this.loaded = false;
  this.children = [];
  this.paths = [];
  Object.defineProperty(this, 'parent', { value: parent, writable: true, configurable: true, enumerable: false });
  if (parent) parent.children.push(this);
}

Module._cache = Object.create(null);
Module._pathCache = Object.create(null);
Module.builtinModules = [...builtinIds];
Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
Module.wrap = (script) => Module.wrapper[0] + script + Module.wrapper[1];
Module.isBuiltin = (id) => typeof id === 'string' && (builtinSet.has(id.startsWith('node:') ? id.slice(5) : id) || (id.startsWith('node:') && schemeOnlyBuiltins.has(id.slice(5))));
Module.Module = Module;

function requireBuiltin(id, withScheme) {
  if (builtinSet.has(id)) return require(id);
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

const extensions = ['.js', '.json', '.node', '.cjs'];

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

function tryPackage(dir) {
  const manifestPath = path.join(dir, 'package.json');
  const source = binding.readFileUtf8(manifestPath);
  let main;
  if (source !== undefined) {
    try {
      main = JSON.parse(source).main;
    } catch (error) {
      error.path = manifestPath;
      error.message = `Error parsing ${manifestPath}: ${error.message}`;
      throw error;
    }
  }
  if (typeof main === 'string' && main !== '') {
    const target = path.resolve(dir, main);
    const found = tryFile(target) ?? tryExtensions(target) ?? tryExtensions(path.join(target, 'index'));
    if (found) return found;
  }
  return tryExtensions(path.join(dir, 'index'));
}

Module._findPath = function (request, paths) {
  const absolute = path.isAbsolute(request);
  const trailingSlash = request.endsWith('/');
  for (const dir of absolute ? [''] : paths) {
    const base = absolute ? path.resolve(request) : path.resolve(dir, request);
    const kind = binding.stat(base);
    if (!trailingSlash) {
      if (kind === 1) return base;
      const withExtension = tryExtensions(base);
      if (withExtension) return withExtension;
    }
    if (kind === 2) {
      const fromPackage = tryPackage(base);
      if (fromPackage) return fromPackage;
    }
  }
  return false;
};

Module._resolveFilename = function (request, parent, isMain, options) {
  if (Module.isBuiltin(request)) return request;
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
  return Module._load(id, this, false);
};

Module.prototype._compile = function (content, filename) {
  const compiled = binding.compileFunction(content, filename, wrapperParams);
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

Module._extensions = Object.create(null);
Module._extensions['.js'] = function (module, filename) {
  module._compile(readSource(filename), filename);
};
Module._extensions['.cjs'] = Module._extensions['.js'];
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
  const from = typeof filename === 'string' ? filename : String(filename?.pathname ?? filename);
  const module = new Module(from, null);
  module.filename = from;
  module.paths = Module._nodeModulePaths(path.dirname(from));
  return makeRequire(module);
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
  Module._load(filename, null, true);
};

module.exports = Module;
