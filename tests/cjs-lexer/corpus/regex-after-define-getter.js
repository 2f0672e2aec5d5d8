if (x) {}
Object.defineProperty(exports, 'a', { enumerable: true, get: function () { return a; } }) / 2; exports.b = 1 / 2;
