// Relative and file: specifiers are URL references, as in Node 24: percent-escapes, queries and fragments, and file: URLs written any way.
const relative = (p) => p.split(import.meta.dirname).join('<dir>');
const dirURL = new URL('./', import.meta.url).href;
const show = (p) => relative(p.split(dirURL).join('<dir>/'));

console.log(show(import.meta.resolve('./fixtures/esm/url%20names/a%20b.mjs')));
console.log(show(import.meta.resolve('./fixtures/esm/url names/a b.mjs')));
console.log(show(import.meta.resolve('./fixtures/esm/lib.mjs?v=1#top')));
console.log(show(import.meta.resolve('./fixtures/esm/./x/../lib.mjs')));
console.log(show(import.meta.resolve(`${dirURL}fixtures/esm/lib.mjs`)));

const spaced = await import('./fixtures/esm/url%20names/a%20b.mjs');
console.log(spaced.name, show(spaced.url));
const again = await import('./fixtures/esm/url names/a b.mjs');
console.log(again === spaced);
const euro = await import('./fixtures/esm/url%20names/caf%E2%82%AC.mjs');
console.log(euro.name);
const withQuery = await import('./fixtures/esm/url%20names/a%20b.mjs?v=2');
console.log(withQuery === spaced, show(withQuery.url));
const viaFileURL = await import(new URL('./fixtures/esm/url%20names/a%20b.mjs', import.meta.url).href);
console.log(viaFileURL === spaced);
const lib = await import(`file://${import.meta.dirname}/fixtures/esm/x/../lib.mjs`);
console.log(typeof lib.default);

for (const specifier of ['./fixtures/esm/url%2Fnames/a.mjs', './fixtures/esm/url%5cnames/a.mjs', './fixtures/esm/%zz.mjs',
  './fixtures/esm/url%20names/', 'file://remote/x.mjs']) {
  try {
    await import(specifier);
    console.log(specifier, 'loaded');
  } catch (error) {
    console.log(specifier, error.code, show(error.message));
  }
}
