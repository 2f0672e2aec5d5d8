elz = 1; module.exports = { a } / 2; exports.b = 1 / 2;
