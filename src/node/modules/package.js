'use strict';
// package.json as both module loaders read it: the cached reader, the package
// scope of a file (for "type" and "imports"), and the resolution of a
// package's "exports" and "imports" maps with their subpath patterns and
// conditions (Node's PACKAGE_EXPORTS_RESOLVE and PACKAGE_IMPORTS_RESOLVE).
// Everything here works on file paths; the ES module loader turns them into
// URLs. Errors are Node's, with paths where Node prints paths.

const binding = internalBinding('modules');
const path = require('path');
const { codes } = require('internal/errors');

const { ERR_INVALID_PACKAGE_CONFIG, ERR_INVALID_PACKAGE_TARGET, ERR_PACKAGE_PATH_NOT_EXPORTED,
  ERR_PACKAGE_IMPORT_NOT_DEFINED, ERR_INVALID_MODULE_SPECIFIER } = codes;

// Parsed package.json files by path; `null` where there is none.
const cache = new Map();

// The fields the loaders use, as Node's package_json_reader keeps them.
function read(jsonPath) {
  if (cache.has(jsonPath)) return cache.get(jsonPath);
  const source = binding.readFileUtf8(jsonPath);
  let result = null;
  if (source !== undefined) {
    let parsed;
    try {
      parsed = JSON.parse(source);
    } catch (cause) {
      // Node 24's reader (in C++) ends this message with a period.
      const error = new ERR_INVALID_PACKAGE_CONFIG(jsonPath);
      error.message += '.';
      error.cause = cause;
      throw error;
    }
    const object = parsed !== null && typeof parsed === 'object' ? parsed : {};
    result = {
      pjsonPath: jsonPath,
      exists: true,
      name: typeof object.name === 'string' ? object.name : undefined,
      main: typeof object.main === 'string' ? object.main : undefined,
      type: object.type === 'module' || object.type === 'commonjs' ? object.type : 'none',
      exports: object.exports,
      imports: object.imports,
    };
  }
  cache.set(jsonPath, result);
  return result;
}

// The package.json that governs `filename`: the nearest one above it, not
// looking past a node_modules folder.
function getPackageScope(filename) {
  let dir = path.dirname(filename);
  for (;;) {
    if (path.basename(dir) === 'node_modules') return null;
    const config = read(path.join(dir, 'package.json'));
    if (config !== null) return config;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function getPackageType(filename) {
  return getPackageScope(filename)?.type ?? 'none';
}

function isConditionalSugar(exports, jsonPath) {
  if (typeof exports === 'string' || Array.isArray(exports)) return true;
  if (typeof exports !== 'object' || exports === null) return false;
  let isConditional = false;
  let first = true;
  for (const key of Object.keys(exports)) {
    const conditional = key === '' || key[0] !== '.';
    if (first) {
      first = false;
      isConditional = conditional;
    } else if (isConditional !== conditional) {
      throw new ERR_INVALID_PACKAGE_CONFIG(jsonPath, undefined,
        '"exports" cannot contain some keys starting with \'.\' and some not.' +
        ' The exports object must either be an object of package subpath keys' +
        ' or an object of main entry condition name keys only.');
    }
  }
  return isConditional;
}

const invalidSegment = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))?(\\|\/|$)/i;
const invalidPatternMatch = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))(\\|\/|$)/i;

// Node's resolvePackageTargetString: the file a string target names.
function resolveTargetString(target, subpath, match, packageDir, base, pattern, internal, conditions, jsonPath) {
  if (subpath !== '' && !pattern && target[target.length - 1] !== '/') {
    throw invalidTarget(packageDir, match, target, internal, base);
  }
  if (!target.startsWith('./')) {
    if (internal && !target.startsWith('../') && !target.startsWith('/')) {
      if (!/^[a-zA-Z][a-zA-Z\d+.-]*:/.test(target)) {
        const exportTarget = pattern ? target.replaceAll('*', subpath) : target + subpath;
        return { bare: exportTarget, packageDir };
      }
    }
    throw invalidTarget(packageDir, match, target, internal, base);
  }
  if (invalidSegment.test(target.slice(2))) {
    throw invalidTarget(packageDir, match, target, internal, base);
  }
  const resolved = path.join(packageDir, target);
  if (subpath === '') return resolved;
  if (invalidPatternMatch.test(subpath)) {
    const request = pattern ? match.replace('*', () => subpath) : match + subpath;
    throw new ERR_INVALID_MODULE_SPECIFIER(request,
      `request is not a valid match in pattern "${match}" for the "${internal ? 'imports' : 'exports'}" resolution of ${jsonPath}`,
      base);
  }
  if (pattern) return path.join(packageDir, target.replaceAll('*', subpath));
  return path.join(resolved, subpath) + (subpath.endsWith('/') ? '/' : '');
}

function invalidTarget(packageDir, key, target, internal, base) {
  const shown = typeof target === 'object' && target !== null ? JSON.stringify(target, null, '') : `${target}`;
  return new ERR_INVALID_PACKAGE_TARGET(packageDir + path.sep, key, shown, internal, base);
}

function isArrayIndex(key) {
  const number = Number(key);
  return `${number}` === key && number >= 0 && number < 0xffffffff;
}

// Node's resolvePackageTarget: strings, fallback arrays, condition objects.
// Returns a path, `null` (explicitly not exported), or undefined.
function resolveTarget(packageDir, target, subpath, match, base, pattern, internal, conditions, jsonPath) {
  if (typeof target === 'string') {
    return resolveTargetString(target, subpath, match, packageDir, base, pattern, internal, conditions, jsonPath);
  }
  if (Array.isArray(target)) {
    if (target.length === 0) return null;
    let lastError;
    for (const candidate of target) {
      let resolved;
      try {
        resolved = resolveTarget(packageDir, candidate, subpath, match, base, pattern, internal, conditions, jsonPath);
      } catch (error) {
        lastError = error;
        if (error.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw error;
      }
      if (resolved === undefined) continue;
      if (resolved === null) {
        lastError = null;
        continue;
      }
      return resolved;
    }
    if (lastError === undefined || lastError === null) return lastError;
    throw lastError;
  }
  if (typeof target === 'object' && target !== null) {
    for (const key of Object.keys(target)) {
      if (isArrayIndex(key)) {
        throw new ERR_INVALID_PACKAGE_CONFIG(jsonPath, base, '"exports" cannot contain numeric property keys.');
      }
    }
    for (const key of Object.keys(target)) {
      if (key === 'default' || conditions.has(key)) {
        const resolved = resolveTarget(packageDir, target[key], subpath, match, base, pattern, internal, conditions, jsonPath);
        if (resolved === undefined) continue;
        return resolved;
      }
    }
    return undefined;
  }
  if (target === null) return null;
  throw invalidTarget(packageDir, match, target, internal, base);
}

// Node's patternKeyCompare: longer prefixes first, then longer keys.
function patternKeyCompare(a, b) {
  const aStar = a.indexOf('*');
  const bStar = b.indexOf('*');
  const aBase = aStar === -1 ? a.length : aStar + 1;
  const bBase = bStar === -1 ? b.length : bStar + 1;
  if (aBase > bBase) return -1;
  if (bBase > aBase) return 1;
  if (aStar === -1) return 1;
  if (bStar === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

// Finds the map entry for `name` (exact, then the best `*` pattern).
function matchMapKey(map, name) {
  if (Object.hasOwn(map, name) && !name.includes('*')) return { key: name, subpath: '', pattern: false };
  let bestMatch = '';
  let bestSubpath;
  for (const key of Object.keys(map)) {
    const star = key.indexOf('*');
    if (star === -1 || !name.startsWith(key.slice(0, star))) continue;
    const trailer = key.slice(star + 1);
    if (name.length >= key.length && name.endsWith(trailer) && patternKeyCompare(bestMatch, key) === 1 &&
        key.lastIndexOf('*') === star) {
      bestMatch = key;
      bestSubpath = name.slice(star, name.length - trailer.length);
    }
  }
  if (bestMatch === '') return undefined;
  return { key: bestMatch, subpath: bestSubpath, pattern: true };
}

// PACKAGE_EXPORTS_RESOLVE. `subpath` is '.' or './x'; `base` is the
// importing file's path (or undefined), shown in errors.
function packageExportsResolve(packageDir, subpath, config, base, conditions) {
  let exports = config.exports;
  if (isConditionalSugar(exports, config.pjsonPath)) exports = { '.': exports };
  const found = matchMapKey(exports, subpath);
  if (found !== undefined) {
    const resolved = resolveTarget(packageDir, exports[found.key], found.subpath, found.key, base, found.pattern, false,
      conditions, config.pjsonPath);
    if (resolved === null || resolved === undefined) {
      throw new ERR_PACKAGE_PATH_NOT_EXPORTED(packageDir + path.sep, subpath, base);
    }
    return resolved;
  }
  throw new ERR_PACKAGE_PATH_NOT_EXPORTED(packageDir + path.sep, subpath, base);
}

// PACKAGE_IMPORTS_RESOLVE for a `#name` specifier from the file `from`.
// Returns a path, or `{ bare }` when the target is another package.
function packageImportsResolve(name, from, base, conditions) {
  if (name === '#' || name.startsWith('#/') || name.endsWith('/')) {
    throw new ERR_INVALID_MODULE_SPECIFIER(name, 'is not a valid internal imports specifier name', base);
  }
  const config = getPackageScope(from);
  let packageDir;
  if (config !== null) {
    packageDir = path.dirname(config.pjsonPath);
    const imports = config.imports;
    if (imports !== null && typeof imports === 'object' && !Array.isArray(imports)) {
      const found = matchMapKey(imports, name);
      if (found !== undefined) {
        const resolved = resolveTarget(packageDir, imports[found.key], found.subpath, found.key, base, found.pattern, true,
          conditions, config.pjsonPath);
        if (resolved !== null && resolved !== undefined) return resolved;
      }
    }
  }
  throw new ERR_PACKAGE_IMPORT_NOT_DEFINED(name, packageDir === undefined ? undefined : packageDir + path.sep, base);
}

// Splits a bare specifier into its package name and subpath ('.' or './x').
function parsePackageName(specifier, base) {
  let separator = specifier.indexOf('/');
  let valid = true;
  let isScoped = false;
  if (specifier[0] === '@') {
    isScoped = true;
    if (separator === -1 || specifier.length === 0) valid = false;
    else separator = specifier.indexOf('/', separator + 1);
  }
  const name = separator === -1 ? specifier : specifier.slice(0, separator);
  if (name.startsWith('.') || name.includes('\\') || name.includes('%')) valid = false;
  if (!valid) throw new ERR_INVALID_MODULE_SPECIFIER(specifier, 'is not a valid package name', base);
  return { name, subpath: `.${separator === -1 ? '' : specifier.slice(separator)}`, isScoped };
}

// file: URLs for paths and back, as the url module makes and reads them;
// both loaders name ES modules by URL. internal/url is loaded on first use,
// so CommonJS programs do not load it.
let lazyURL;
function internalURL() {
  lazyURL ??= require('internal/url');
  return lazyURL;
}

// The href of an absolute, resolved path (what pathToFileURL(path).href is).
function pathToFileURL(filename) {
  return internalURL().pathToFileHref(filename);
}

// The path of a file: href the URL parser wrote.
function fileURLToPath(href) {
  return internalURL().fileHrefToPath(href);
}

// A path given as a string, a file: URL string or a URL object.
function toPath(value) {
  if (typeof value === 'string' ? value.startsWith('file:') : internalURL().isURL(value)) {
    return internalURL().fileURLToPath(value);
  }
  return `${value}`;
}

module.exports = {
  pathToFileURL,
  fileURLToPath,
  toPath,
  read,
  getPackageScope,
  getPackageType,
  packageExportsResolve,
  packageImportsResolve,
  parsePackageName,
};
