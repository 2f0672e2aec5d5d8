// What import() reports for specifiers that lead nowhere.
const relative = (p) => p.split(import.meta.dirname).join('<dir>');
for (const specifier of [
  './fixtures/missing.mjs', './fixtures/missing', './fixtures/dir', 'no-such-package', 'cond/not-exported',
  'node:no-such-builtin', 'http://example.com/x.js', '#no-imports', './fixtures/data.txt',
  './fixtures/node_modules/cond/feature/secret/x',
]) {
  try {
    await import(specifier);
    console.log(specifier, 'loaded');
  } catch (error) {
    console.log(specifier, error.code, relative(error.message));
  }
}
