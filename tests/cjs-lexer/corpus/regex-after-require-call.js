if (a) b;
require('x') / 2; exports.a = 1 / 2;
