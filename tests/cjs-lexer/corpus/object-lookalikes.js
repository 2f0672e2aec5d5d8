Objects.defineProperty(exports, 'a', { value: 1 });
myObject.defineProperty(exports, 'b', { value: 1 });
x.Object.defineProperty(exports, 'c', { value: 1 });
Object.keys(x).forEach(function (k) {});
Object.freeze(exports);
Object.defineProperty(exports, 'd', { value: 1 });
