if (x) {}
module.exports = { a } / 2; exports.b = 1 / 2;
