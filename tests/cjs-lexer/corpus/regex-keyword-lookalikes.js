x.return / 2; exports.a = 1 / 2;
myreturn / 2; exports.b = 1 / 2;
returned / 2; exports.c = 1 / 2;
x.typeof / 2; exports.d = 1 / 2;
