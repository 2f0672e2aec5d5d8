Object.defineProperty(exports, 'a\x62', { value: 1 });
Object.defineProperty(exports, '\uD800', { value: 1 });
Object.defineProperty(exports, '\uD800', { get () { return x(); } });
Object.defineProperty(exports, 'c d', { enumerable: true, get: function () { return cd; } });
