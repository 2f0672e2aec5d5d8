Object.defineProperty(exports, 'a, { value: 1 });
