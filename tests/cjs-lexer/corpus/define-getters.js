Object.defineProperty(exports, 'a', { enumerable: true, get: function () { return q.p; } });
Object.defineProperty(exports, 'b', { enumerable: true, get: function () { return q['p']; } });
Object.defineProperty(exports, 'c', { enumerable: true, get () { return b; } });
Object.defineProperty(exports, 'd', { enumerable: true, get: function get() { return d } });
Object.defineProperty(exports, 'e', { enumerable: true, get() { return e.f; }, });
Object.defineProperty(exports, 'f', { enumerable: true, get: function () { return q["p"]; } })
