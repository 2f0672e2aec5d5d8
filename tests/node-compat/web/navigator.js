// navigator: its fields, derived from process and os as Node derives them, and the Navigator class.
const os = require('os');
const log = (...args) => console.log(...args);
const platforms = { 'linux x64': 'Linux x86_64', 'linux ia32': 'Linux i686', 'darwin x64': 'MacIntel', 'darwin arm64': 'MacIntel', 'win32 x64': 'Win32' };

log('userAgent', navigator.userAgent);
log('hardwareConcurrency is os.availableParallelism()', navigator.hardwareConcurrency === os.availableParallelism(),
  Number.isInteger(navigator.hardwareConcurrency) && navigator.hardwareConcurrency > 0);
log('platform matches process', navigator.platform === (platforms[`${process.platform} ${process.arch}`] ?? `Linux ${process.arch}`));
log('language', typeof navigator.language, navigator.languages.length, navigator.languages[0] === navigator.language,
  Object.isFrozen(navigator.languages), navigator.languages === navigator.languages);
log(require('util').inspect(navigator), navigator instanceof Navigator, Object.keys(navigator).length);
log('prototype', Object.keys(Navigator.prototype).join());
try {
  new Navigator();
} catch (error) {
  log('new Navigator()', error.name, error.code, error.message);
}
const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
log('global', typeof descriptor.get, descriptor.set, descriptor.enumerable, descriptor.configurable);
