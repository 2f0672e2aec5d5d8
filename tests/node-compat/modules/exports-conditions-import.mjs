// The same package under import: the "import" condition wins.
import cond, { kind } from './fixtures/node_modules/cond/lib/main.mjs';
import { createRequire } from 'module';

const relative = (p) => p.split(import.meta.dirname).join('<dir>');
console.log(cond, kind);
const here = `${import.meta.dirname}/fixtures/app.mjs`;
const load = async (specifier) => {
  try {
    const { default: value, ...named } = await import(import.meta.resolve(specifier, here));
    console.log(specifier, value, named);
  } catch (error) {
    console.log(specifier, error.code, relative(error.message));
  }
};
const fromFixtures = createRequire(here);
console.log(relative(fromFixtures.resolve('cond')));
for (const specifier of ['./fixtures/node_modules/cond/lib/nested.mjs', './fixtures/esm/typed/x.js']) await load(specifier);
const nested = await import('./fixtures/node_modules/@scope/esm-only/index.js');
console.log(nested.greet('import'), nested.default, nested.url);
