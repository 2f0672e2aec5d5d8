var u = `exports.a = 1 ${ `exports.b = 1` + { c: 1 }.c } exports.d = 1`;
var v = `\` exports.e = 1 \${ exports.f = 1 }`;
exports.g = 1;
