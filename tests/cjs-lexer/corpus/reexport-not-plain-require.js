module.exports = require(`a`);
module.exports = require('b') + 1;
module.exports = require('c').d;
module.exports = require(e);
