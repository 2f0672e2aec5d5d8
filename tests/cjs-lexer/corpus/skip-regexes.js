var r = /exports.a = 1/g;
var s = /[/]exports.b = 1/;
var t = /\/exports.c = 1/;
var u = /[\]/]exports.d = 1/;
exports.e = 1;
