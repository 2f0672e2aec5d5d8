module.exports = require('a');
function f() { module.exports = 1; }
