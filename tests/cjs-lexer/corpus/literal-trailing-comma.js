module.exports = { a, b, };
module.exports = {
  c,
  d,
};
