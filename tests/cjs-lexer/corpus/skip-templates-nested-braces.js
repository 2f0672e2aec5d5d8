var a = `${ '}' } ${ "}" } ${ `${ `}` }` } ${ { a: { b: 1 } }.a.b }`;
exports.a = 1;
var b = `${ function () { exports.b = 1; } }`;
