module.exports = require('ignored');
module.exports = {
  ...require('a'),
  ...require('b')
};
