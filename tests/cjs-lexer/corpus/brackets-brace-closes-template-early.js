(`${ ) } { { } x` }
exports.a = 1;
