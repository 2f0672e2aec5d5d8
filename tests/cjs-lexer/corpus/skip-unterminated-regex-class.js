exports.a = 1;
var r = /ab[c/
