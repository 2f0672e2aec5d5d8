import/'/; exports.a = 1;
