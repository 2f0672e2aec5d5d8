var a = `${ exports.a = 1 }`;
var b = `${ module.exports = { b } }`;
