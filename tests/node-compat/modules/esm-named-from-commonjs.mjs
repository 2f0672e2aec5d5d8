// Named imports from CommonJS as Node's static analysis finds them, and from
// built-ins.
import shapes, { alpha, beta, gamma, 'not-an-identifier' as odd } from './fixtures/esm/cjs-shapes.cjs';
import { one, two } from './fixtures/esm/cjs-object.cjs';
import * as reexported from './fixtures/esm/cjs-reexport.cjs';
import path, { join, sep } from 'path';
import { EventEmitter } from 'node:events';

console.log(shapes, alpha, beta, gamma, odd);
console.log(one, two);
// A name the analysis cannot see is a link error (its message: tests/cli.rs).
await import('./fixtures/esm/imports-missing-name.mjs').catch((error) => console.log(error.name));
console.log(Object.keys(reexported).sort(), reexported.default === (await import('./fixtures/esm/cjs-object.cjs')).default);
console.log(join('a', 'b'), sep, path.join === join, typeof EventEmitter);
