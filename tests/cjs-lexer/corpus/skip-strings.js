var s = 'exports.a = 1', t = "exports.b = 1";
var u = 'it\'s exports.c = 1', v = "\\"; exports.d = 1;
var w = 'a\
exports.e = 1';
