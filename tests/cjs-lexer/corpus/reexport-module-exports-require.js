module.exports = require('./dep1.js');
