exports.a = 1;
module.exports.b = 2;
Object.defineProperty(exports, 'a', { get () { return compute(); } });
if (false) {
  Object.defineProperty(module.exports, 'b', {
    get () {
      return dynamic();
    }
  })
}
exports.c = 3;
