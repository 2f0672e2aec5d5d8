function f() { export default 1 }
exports.a = 1;
