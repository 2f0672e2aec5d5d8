'use strict';
// The global `navigator`: hardwareConcurrency (os.availableParallelism()),
// language and languages (from LC_ALL, LC_MESSAGES or LANG, as ICU reads
// them), userAgent (`Node.js/24`) and platform (browser style, e.g.
// 'Linux x86_64').
//
// Not covered: navigator.locks (the Web Locks API) throws
// ERR_METHOD_NOT_IMPLEMENTED.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_METHOD_NOT_IMPLEMENTED },
} = require('internal/errors');

const kInitialize = Symbol('kInitialize');

function getNavigatorPlatform(arch, platform) {
  if (platform === 'darwin') return 'MacIntel';
  if (platform === 'win32') return 'Win32';
  if (platform === 'linux') {
    if (arch === 'ia32') return 'Linux i686';
    if (arch === 'x64') return 'Linux x86_64';
    return `Linux ${arch}`;
  }
  if (platform === 'freebsd' || platform === 'openbsd') {
    const name = platform === 'freebsd' ? 'FreeBSD' : 'OpenBSD';
    if (arch === 'ia32') return `${name} i386`;
    if (arch === 'x64') return `${name} amd64`;
    return `${name} ${arch}`;
  }
  if (platform === 'sunos') return arch === 'ia32' ? 'SunOS i86pc' : `SunOS ${arch}`;
  if (platform === 'aix') return 'AIX';
  return `${platform[0].toUpperCase()}${platform.slice(1)} ${arch}`;
}

// ICU's default locale from the POSIX environment, as a BCP 47 tag: the
// first of LC_ALL, LC_MESSAGES and LANG that is set; C/POSIX (or nothing)
// is en-US, an empty value 'und'.
function defaultLocale(env) {
  let id;
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    if (Object.prototype.hasOwnProperty.call(env, name)) {
      id = env[name];
      break;
    }
  }
  if (id === undefined) return 'en-US';
  if (id === '') return 'und';
  const [withoutModifier, modifier] = id.split('@');
  const base = withoutModifier.split('.')[0];
  if (base === 'C' || base === 'POSIX') return 'en-US';
  const tag = base.replace(/_/g, '-');
  return modifier ? `${tag}-x-lvariant-${modifier}` : tag;
}

class Navigator {
  #availableParallelism;
  #userAgent;
  #platform;
  #languages;

  constructor() {
    if (arguments[0] === kInitialize) return;
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get hardwareConcurrency() {
    this.#availableParallelism ??= require('os').availableParallelism();
    return this.#availableParallelism;
  }

  get locks() {
    throw new ERR_METHOD_NOT_IMPLEMENTED('navigator.locks');
  }

  // Read each time: the environment may change.
  get language() {
    return defaultLocale(process.env);
  }

  get languages() {
    this.#languages ??= Object.freeze([this.language]);
    return this.#languages;
  }

  get userAgent() {
    this.#userAgent ??= `Node.js/${process.version.slice(1, process.version.indexOf('.'))}`;
    return this.#userAgent;
  }

  get platform() {
    this.#platform ??= getNavigatorPlatform(process.arch, process.platform);
    return this.#platform;
  }
}

for (const name of ['hardwareConcurrency', 'language', 'languages', 'userAgent', 'platform', 'locks']) {
  Object.defineProperty(Navigator.prototype, name, {
    ...Object.getOwnPropertyDescriptor(Navigator.prototype, name), enumerable: true,
  });
}

module.exports = { getNavigatorPlatform, navigator: new Navigator(kInitialize), Navigator };
