// The same packages imported from an ES module: ms through a CommonJS
// facade, escape-string-regexp natively, preact's "import" build.
import ms from 'ms';
import escapeStringRegexp from 'escape-string-regexp';
import { h, Fragment } from 'preact';
import { createRequire } from 'node:module';

const relative = (p) => p.split(import.meta.dirname).join('<dir>');
console.log(ms('1h'), ms(3600000));
console.log(escapeStringRegexp('a.b*c'));
console.log(relative(import.meta.resolve('preact')), typeof Fragment);
const vnode = h('p', null, 'from esm');
console.log(vnode.type, vnode.props.children);
const require = createRequire(import.meta.url);
console.log(require('preact') === (await import('preact')), require('ms') === ms);
// dotenv from ESM: its CommonJS build through the facade, with named exports.
import dotenv, { parse as parseEnv } from 'dotenv';
console.log(parseEnv === dotenv.parse, parseEnv(Buffer.from('X=1\nY = "2" # note')));
const { parsed } = dotenv.config({ path: new URL('./fixtures/app.env', import.meta.url), quiet: true });
console.log(Object.keys(parsed), process.env.EXPANDED === 'a\nb');
