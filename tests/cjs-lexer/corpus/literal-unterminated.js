module.exports = { a, b
