Object.defineProperty(exports, 'a', { enumerable: true get: function () { return a; } });
Object.defineProperty(exports, 'b', { enumerable: true, get: functionb() { return b; } });
Object.defineProperty(exports, 'c', { enumerable: true, get: function () { returnc; } });
Object.defineProperty(exports, 'd', { enumerable: true, get: function () { return this.d; } });
Object.defineProperty(exports, 'e', { value });
Object.defineProperty(exports, 'f', { enumerable: !0, value: 1 });
Object.defineProperty(exports, 'g', { getter: 1 });
Object.defineProperty(exports, 'h', { enumerable: true, get: function () { return h; } }, 1);
