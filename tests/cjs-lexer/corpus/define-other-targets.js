Object.defineProperty(foo, 'a', { value: 1 });
Object.defineProperty(exports.x, 'b', { value: 1 });
Object.defineProperty(module, 'c', { value: 1 });
Object.defineProperties(exports, { d: { value: 1 } });
Object.defineProperty(exports, `e`, { value: 1 });
Object.defineProperty(exports, f, { value: 1 });
Object.defineProperty(exportsx, 'g', { value: 1 });
