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
// dotenv (CommonJS, "exports" with require/default): parse, and config
// reading a file through fs into process.env without overriding.
const dotenv = require('dotenv');
const envFile = require('path').join(__dirname, 'fixtures', 'app.env');
console.log(dotenv.parse('A=1\nB="two words"\n#C=3'));
process.env.EXISTING = 'kept';
const result = dotenv.config({ path: envFile, quiet: true });
console.log(result.error, result.parsed);
console.log(process.env.GREETING, JSON.stringify(process.env.MULTI), process.env.EXISTING);
console.log(dotenv.config({ path: 'fixtures/missing.env', quiet: true }).error.code);
