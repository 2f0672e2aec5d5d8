'use strict';
// ES modules as Node 24 resolves and loads them. QuickJS drives the module
// graph (linking, evaluation order, top-level await, cycles); it asks this
// file, through esm.rs, where a specifier leads (`resolve`) and what source a
// URL holds (`load`). Other formats become small ES modules ("facades"):
// CommonJS (named exports found by static analysis, as Node's
// cjs-module-lexer finds them), JSON (with `with { type: 'json' }`) and
// built-ins. Not supported: data: URLs, loader hooks (`module.register`),
// WebAssembly modules.

const binding = internalBinding('modules');
const path = require('path');
const { codes } = require('internal/errors');
const packageJson = require('internal/modules/package_json_reader');
const Module = require('internal/modules/cjs/loader');

const { ERR_MODULE_NOT_FOUND, ERR_UNSUPPORTED_DIR_IMPORT, ERR_UNKNOWN_FILE_EXTENSION, ERR_UNKNOWN_BUILTIN_MODULE,
  ERR_IMPORT_ATTRIBUTE_MISSING, ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE, ERR_IMPORT_ATTRIBUTE_UNSUPPORTED,
  ERR_UNSUPPORTED_ESM_URL_SCHEME, ERR_INVALID_MODULE_SPECIFIER, ERR_INVALID_URL } = codes;

const importConditions = new Set(['import', 'node', 'node-addons', 'module-sync']);
const { pathToFileURL, fileURLToPath } = packageJson;

// What QuickJS calls a module's name: a URL, or a path for CommonJS code
// (the file name it was compiled with), or a built-in's `node:` name.
function baseURL(base) {
  if (base.startsWith('/')) return pathToFileURL(base);
  return base;
}

// How errors name the importer: a path for files, the URL otherwise.
function baseForErrors(base) {
  return base.startsWith('file://') ? fileURLToPath(base) : base;
}

const schemeRegExp = /^([a-zA-Z][a-zA-Z\d+\-.]*):/;

function resolve(specifier, base, type) {
  base = baseURL(base);
  try {
    const url = resolveURL(specifier, base);
    if (!importedAs.has(url)) importedAs.set(url, { specifier, base });
    return url;
  } catch (error) {
    addCommonJSHint(error, specifier, base);
    throw error;
  }
}

// How a module was first asked for (URL → { specifier, base }), to word a
// link error as V8 does: QuickJS names only the resolved module.
const importedAs = new Map();
const commonJSFacades = new Set();
const missingExportRegExp = /^Could not find export '(.+)' in module '(.*)'$/;

// Rewrites QuickJS's "Could not find export 'x' in module 'file:///...'"
// into Node's message, naming the specifier as the importer wrote it, with
// Node's default-import advice when the module is CommonJS, and a stack
// pointing at the import so the uncaught report shows the line.
// NODE-DIFF: QuickJS cuts the module's URL to 63 characters; when two
// imported URLs share that prefix, the first one imported is named.
function explainLinkError(error) {
  if (!(error instanceof SyntaxError)) return error;
  const match = missingExportRegExp.exec(error.message);
  if (match === null) return error;
  const [, name, shownURL] = match;
  let found;
  for (const [url, how] of importedAs) {
    if (url.startsWith(shownURL)) {
      found = { url, ...how };
      break;
    }
  }
  if (found === undefined) return error;
  const { url, specifier, base } = found;
  const source = base.startsWith('file://') ? binding.readFileUtf8(fileURLToPath(base)) ?? '' : '';
  const quoted = specifier.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const statement = new RegExp(`import\\s*(?:[\\w$]+\\s*,\\s*)?({[^}]*})\\s*from\\s*(['"])${quoted}\\2`).exec(source);
  // V8 points at the name inside the braces; Node reads the advice off that
  // one source line, so a multi-line import gets none.
  let line = '';
  let at = '';
  if (statement !== null) {
    const inBraces = new RegExp(`(?<![\\w$])${name.replace(/[$]/g, '\\$&')}(?![\\w$])`).exec(statement[1]);
    const offset = statement.index + statement[0].indexOf(statement[1]) + (inBraces?.index ?? 0);
    const before = source.slice(0, offset).split('\n');
    line = source.split('\n')[before.length - 1];
    at = `\n    at ${base}:${before.length}:${before.at(-1).length + 1}`;
  }
  if (commonJSFacades.has(url)) {
    const names = /{.*}/.exec(line)?.[0].replace(/\s+as\s+/g, ': ');
    error.message = `Named export '${name}' not found. The requested module '${specifier}' is a CommonJS module, ` +
      'which may not support all module.exports as named exports.\nCommonJS modules can always be imported via ' +
      `the default export, for example using:\n\nimport pkg from '${specifier}';\n` +
      (names ? `const ${names} = pkg;\n` : '');
  } else {
    error.message = `The requested module '${specifier}' does not provide an export named '${name}'`;
  }
  Object.defineProperty(error, 'stack', {
    __proto__: null,
    value: `${error.name}: ${error.message}${at}`, writable: true, configurable: true, enumerable: false,
  });
  return error;
}

// Node's hint when CommonJS resolution would have found the file.
function addCommonJSHint(error, specifier, base) {
  if ((error?.code !== 'ERR_MODULE_NOT_FOUND' && error?.code !== 'ERR_UNSUPPORTED_DIR_IMPORT') ||
      !base.startsWith('file://') || !(specifier.startsWith('./') || specifier.startsWith('../'))) return;
  const dir = path.dirname(fileURLToPath(base));
  const found = Module._findPath(path.resolve(dir, specifier), [], false);
  if (!found) return;
  let hint = path.relative(dir, found);
  if (!hint.startsWith('.')) hint = `./${hint}`;
  error.message += `\nDid you mean to import ${JSON.stringify(hint)}?`;
}

function resolveURL(specifier, base) {
  let url;
  if (specifier.startsWith('node:')) {
    if (!Module.isBuiltin(specifier)) throw new ERR_UNKNOWN_BUILTIN_MODULE(specifier);
    url = specifier;
  } else if (specifier.startsWith('/') || specifier.startsWith('./') || specifier.startsWith('../') ||
             specifier === '.' || specifier === '..') {
    url = resolveRelative(specifier, base);
  } else if (specifier[0] === '#') {
    const from = requireFileBase(base, specifier);
    const resolved = packageJson.packageImportsResolve(specifier, from, from, importConditions);
    url = typeof resolved === 'object' ? packageResolve(resolved.bare, base) : pathToFileURL(resolved);
  } else if (schemeRegExp.test(specifier)) {
    // A file: URL as the URL parser writes it ('file:/a/../b' is 'file:///b').
    url = /^file:/i.test(specifier) ? parseURL(specifier).href : specifier;
  } else {
    url = packageResolve(specifier, base);
  }
  if (url.startsWith('file://')) return finalizeFile(url, base, specifier);
  if (url.startsWith('node:')) {
    if (!Module.isBuiltin(url)) throw new ERR_UNKNOWN_BUILTIN_MODULE(url);
    return url;
  }
  const protocol = schemeRegExp.exec(url)[1];
  throw new ERR_UNSUPPORTED_ESM_URL_SCHEME({ protocol: `${protocol}:`, href: url }, ['file', 'data']);
}

function requireFileBase(base, specifier) {
  if (!base.startsWith('file://')) {
    throw new ERR_INVALID_MODULE_SPECIFIER(specifier, 'is not a valid internal imports specifier name', base);
  }
  return fileURLToPath(base);
}

// A relative specifier is a URL reference: percent-escapes, queries and
// fragments are the URL's ('./a%20b.mjs?v=1' is the file 'a b.mjs').
function resolveRelative(specifier, base) {
  if (base.startsWith('file://')) return parseURL(specifier, base).href;
  if (specifier.startsWith('/')) return pathToFileURL(path.resolve(specifier));
  throw new ERR_INVALID_URL(specifier);
}

function parseURL(input, base) {
  const { URL } = require('internal/url');
  return new URL(input, base);
}

// PACKAGE_RESOLVE: built-ins, self-reference, node_modules up the tree.
function packageResolve(specifier, base) {
  if (Module.isBuiltin(specifier)) return `node:${specifier}`;
  const errorBase = baseForErrors(base);
  const { name, subpath } = packageJson.parsePackageName(specifier, errorBase);
  const basePath = base.startsWith('file://') ? fileURLToPath(base) : path.join(process.cwd(), 'x');

  const scope = packageJson.getPackageScope(basePath);
  if (scope !== null && scope.name === name && scope.exports !== undefined && scope.exports !== null) {
    const packageDir = path.dirname(scope.pjsonPath);
    return pathToFileURL(packageJson.packageExportsResolve(packageDir, subpath, scope, errorBase, importConditions));
  }

  let dir = path.dirname(basePath);
  for (;;) {
    const packageDir = path.join(dir, 'node_modules', name);
    if (binding.stat(packageDir) === 2) {
      const config = packageJson.read(path.join(packageDir, 'package.json'));
      if (config !== null && config.exports !== undefined && config.exports !== null) {
        return pathToFileURL(packageJson.packageExportsResolve(packageDir, subpath, config, errorBase, importConditions));
      }
      if (subpath === '.') return pathToFileURL(legacyMainResolve(packageDir, config, errorBase));
      return pathToFileURL(path.join(packageDir, subpath));
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new ERR_MODULE_NOT_FOUND(name, errorBase);
}

// A package without "exports": its "main" as CommonJS would probe it.
function legacyMainResolve(packageDir, config, errorBase) {
  const candidates = [];
  if (config?.main) {
    const main = path.resolve(packageDir, config.main);
    candidates.push(main, `${main}.js`, `${main}.json`, `${main}.node`, `${main}/index.js`, `${main}/index.json`,
      `${main}/index.node`);
  }
  candidates.push(path.join(packageDir, 'index.js'), path.join(packageDir, 'index.json'),
    path.join(packageDir, 'index.node'));
  for (const candidate of candidates) {
    if (binding.stat(candidate) === 1) return candidate;
  }
  throw new ERR_MODULE_NOT_FOUND(packageDir, errorBase);
}

function finalizeFile(url, base, specifier) {
  if (/%2f|%5c/i.test(url.replace(/[?#][^]*$/, ''))) {
    throw new ERR_INVALID_MODULE_SPECIFIER(url, 'must not include encoded "/" or "\\" characters', baseForErrors(base));
  }
  const filename = fileURLToPath(url);
  const kind = binding.stat(filename.endsWith('/') ? filename.slice(0, -1) : filename);
  if (kind === 2 || filename.endsWith('/')) {
    throw new ERR_UNSUPPORTED_DIR_IMPORT(filename, baseForErrors(base), url);
  }
  if (kind !== 1) throw new ERR_MODULE_NOT_FOUND(filename, baseForErrors(base), url);
  const real = Module._toRealPath(filename);
  if (real === filename) return url;
  const suffix = /[?#].*$/.exec(url)?.[0] ?? '';
  return pathToFileURL(real) + suffix;
}

// The format of a file, as Node's default loader decides it.
function formatOf(url) {
  const filename = fileURLToPath(url);
  const extension = path.extname(filename);
  switch (extension) {
    case '.mjs': return 'module';
    case '.cjs': return 'commonjs';
    case '.json': return 'json';
    case '.js':
    case '': {
      const type = packageJson.getPackageType(filename);
      if (type === 'module') return 'module';
      if (type === 'commonjs' || extension === '') return 'commonjs';
      return 'commonjs-or-module';
    }
    default:
      throw new ERR_UNKNOWN_FILE_EXTENSION(extension, filename);
  }
}

// Facades kept until QuickJS asks for their `import.meta`: URL → loader.
const facades = new Map();

function load(url, type) {
  if (type !== undefined && type !== null && type !== 'json') {
    throw new ERR_IMPORT_ATTRIBUTE_UNSUPPORTED('type', type, url);
  }
  if (url.startsWith('node:')) {
    if (type === 'json') throw new ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE(url, 'json');
    const exports = Module._load(url, null, false);
    facades.set(url, () => exports);
    return facadeSource(Object.keys(exports));
  }
  const filename = fileURLToPath(url);
  let format = formatOf(url);
  if (format === 'json') {
    if (type !== 'json') throw new ERR_IMPORT_ATTRIBUTE_MISSING(url, 'type', 'json');
    facades.set(url, () => Module._load(filename, null, false));
    return 'export default import.meta.load();\n';
  }
  if (type === 'json') throw new ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE(url, 'json');
  const source = readSource(filename);
  if (format === 'commonjs-or-module') {
    format = isCommonJS(source, filename) ? 'commonjs' : 'module';
  }
  if (format === 'module') return source;
  facades.set(url, () => Module._load(filename, null, false));
  commonJSFacades.add(url);
  return facadeSource(['module.exports', ...commonJSExportNames(filename, source)]);
}

function readSource(filename) {
  const source = binding.readFileUtf8(filename);
  if (source === undefined) throw new ERR_MODULE_NOT_FOUND(filename, undefined, pathToFileURL(filename));
  return source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
}

// Node 24 runs a typeless .js file as ESM when it does not parse as
// CommonJS but does as a module.
function isCommonJS(source, filename) {
  try {
    binding.compileFunction(source, filename, ['exports', 'require', 'module', '__filename', '__dirname']);
    return true;
  } catch (error) {
    if (error?.name !== 'SyntaxError') throw error;
    return false;
  }
}

// The names `import { x } from './file.cjs'` can use: what static analysis
// finds, following re-exports (`module.exports = require('./other')`).
function commonJSExportNames(filename, source, seen = new Set()) {
  const names = new Set();
  if (seen.has(filename)) return names;
  seen.add(filename);
  const [exports, reexports] = binding.cjsParse(source);
  for (const name of exports) names.add(name);
  for (const request of reexports) {
    let resolved;
    try {
      resolved = Module._resolveFilename(request, { filename, paths: Module._nodeModulePaths(path.dirname(filename)) },
        false);
    } catch {
      continue;
    }
    if (Module.isBuiltin(resolved) || !/\.(c?js)$/.test(resolved)) continue;
    const reexported = binding.readFileUtf8(resolved);
    if (reexported === undefined) continue;
    for (const name of commonJSExportNames(resolved, reexported, seen)) names.add(name);
  }
  names.delete('default');
  return names;
}

const identifierRegExp = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*$/u;
const reservedWords = new Set(['await', 'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger',
  'default', 'delete', 'do', 'else', 'enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if',
  'implements', 'import', 'in', 'instanceof', 'interface', 'let', 'new', 'null', 'package', 'private', 'protected',
  'public', 'return', 'static', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while',
  'with', 'yield']);

// A module whose default export is the facade's value and whose named
// exports are its properties at evaluation time.
function facadeSource(names) {
  let source = 'const value = import.meta.load();\nexport default value;\n';
  let index = 0;
  for (const name of names) {
    if (name === 'default') continue;
    const local = `$${index++}`;
    const exported = identifierRegExp.test(name) && !reservedWords.has(name) ? name : JSON.stringify(name);
    const read = name === 'module.exports' ? 'value' : `value?.[${JSON.stringify(name)}]`;
    source += `const ${local} = ${read};\nexport { ${local} as ${exported} };\n`;
  }
  return source;
}

let mainURL;

function initMeta(meta, url) {
  const facade = facades.get(url);
  if (facade !== undefined) {
    facades.delete(url);
    meta.load = facade;
    return;
  }
  if (url.startsWith('file://')) {
    const filename = fileURLToPath(url);
    meta.dirname = path.dirname(filename);
    meta.filename = filename;
  }
  meta.main = url === mainURL;
  meta.resolve = function resolve(specifier) {
    return resolveForMeta(`${specifier}`, url);
  };
  meta.url = url;
}

function resolveForMeta(specifier, url) {
  try {
    return resolve(specifier, url);
  } catch (error) {
    // import.meta.resolve answers for files that do not exist yet.
    if (error?.code === 'ERR_MODULE_NOT_FOUND' && error.url) return error.url;
    throw error;
  }
}

// The entry point when it is an ES module: imported, with failures reported
// as uncaught exceptions and a top-level await that never settles ending the
// process with code 13, as Node does.
function runMain(url) {
  mainURL = url;
  let settled = false;
  const handleProcessExit = () => {
    if (settled) return;
    process.exitCode ??= 13;
    internalBinding('process').writeStderr(`Warning: Detected unsettled top-level await at ${url}\n`);
  };
  process.on('exit', handleProcessExit);
  import(url).then(() => {
    settled = true;
    process.off('exit', handleProcessExit);
  }, (error) => {
    settled = true;
    process.off('exit', handleProcessExit);
    require('internal/process/execution').fatalException(explainLinkError(error));
  });
}

module.exports = { resolve, load, initMeta, runMain, explainLinkError };
