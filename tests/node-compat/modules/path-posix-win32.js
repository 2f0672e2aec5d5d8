// path/posix and path/win32 are the very objects path.posix and path.win32 are, with and without node:.
const path = require('path');
console.log(require('path/posix') === path.posix, require('node:path/posix') === path.posix);
console.log(require('path/win32') === path.win32, require('node:path/win32') === path.win32);
console.log(require('path/posix').join('a', 'b'), require('path/win32').join('a', 'b'));
console.log(require('module').isBuiltin('path/posix'), require('module').isBuiltin('node:path/win32'));
