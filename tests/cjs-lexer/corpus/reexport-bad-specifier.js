module.exports = require('\x4');
