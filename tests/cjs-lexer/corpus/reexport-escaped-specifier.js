module.exports = require('\x61');
