module.exports = require('a');
module.exports = {};
