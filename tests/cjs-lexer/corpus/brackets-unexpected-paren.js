exports.a = 1);
