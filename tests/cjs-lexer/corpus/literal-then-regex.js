module.exports = { a }
/foo/.test(x) ? exports.b = 1 : 0;
