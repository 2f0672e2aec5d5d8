module.exports = exports = { a };
module.exports = { b } = c;
exports = module.exports = { d };
