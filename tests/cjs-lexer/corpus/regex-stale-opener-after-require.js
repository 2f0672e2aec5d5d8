if (a) {}
require('x') / 2; exports.a = 1 / 2;
for (;;) {}
var _x = require('x') / 2; exports.b = 1 / 2;
