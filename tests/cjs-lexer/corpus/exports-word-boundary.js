myexports.a = 1;
_exports.b = 1;
$exports.c = 1;
x.exports.d = 1;
exports2.e = 1;
exportsx.f = 1;
