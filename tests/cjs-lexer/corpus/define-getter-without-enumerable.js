Object.defineProperty(exports, 'a', { get: function () { return q.p; } });
Object.defineProperty(exports, 'b', { get() { return b; } });
