exports.a = 1;
var t = `abc ${ x
