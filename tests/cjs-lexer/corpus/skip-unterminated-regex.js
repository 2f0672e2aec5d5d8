exports.a = 1;
var r = /abc
