function f() {
  Object.defineProperty(exports, 'a', { value: 1 });
  if (x) { Object.defineProperty(module.exports, 'b', { enumerable: true, get: function () { return b; } }); }
}
