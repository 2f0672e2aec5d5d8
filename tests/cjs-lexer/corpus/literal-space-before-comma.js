module.exports = { a: b , c, d: e };
