// JSON modules need `with { type: 'json' }`, and only JSON may claim it.
import data from './fixtures/esm/data.json' with { type: 'json' };

const relative = (p) => p.split(import.meta.dirname).join('<dir>');
console.log(data, data.list.length);
const again = await import('./fixtures/esm/data.json', { with: { type: 'json' } });
console.log(again.default === data, Object.keys(again));
for (const [specifier, options] of [
  ['./fixtures/esm/data.json', undefined],
  ['./fixtures/esm/cjs-object.cjs', { with: { type: 'json' } }],
  ['./fixtures/esm/data.json', { with: { type: 'css' } }],
]) {
  try {
    await import(specifier, options);
  } catch (error) {
    console.log(error.code, relative(error.message));
  }
}
