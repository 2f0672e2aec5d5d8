module.exports = { default: a, 1: b, c };
module.exports = { [d]: e, f };
module.exports = { g: h.i, j };
module.exports = { k: l, m: 'n', o };
