// Real npm packages required from CommonJS: CommonJS-only (ms), ESM-only
// (escape-string-regexp 5, through require(esm)) and dual with "exports"
// conditions (preact: the "require" build).
const relative = (p) => p.split(__dirname).join('<dir>');
const ms = require('ms');
console.log(ms('2 days'), ms(60000), ms(1500, { long: true }));
const escape = require('escape-string-regexp');
console.log(Object.keys(escape), escape.default('How much $ for a 🦄?'));
const preact = require('preact');
console.log(relative(require.resolve('preact')), typeof preact.h, typeof preact.render);
const vnode = preact.h('p', { id: 'x' }, 'hello');
console.log(vnode.type, vnode.props);
