Object.defineProperty(exports, 'a', { get: () => 1 });
Object.defineProperty(exports, 'a', { value: 1 });
Object.defineProperty(exports, 'b', { value: 1 });
