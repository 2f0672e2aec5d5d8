(function () { module.exports = { a, b: b }; })();
if (x) { module.exports = { c } }
