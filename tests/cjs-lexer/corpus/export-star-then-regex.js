__export(require('a')) / 2; exports.b = 1 / 2;
