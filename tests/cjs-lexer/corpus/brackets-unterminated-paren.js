exports.a = (1;
