// URLSearchParams: constructors, every method, encoding, sorting, iteration, errors and the live link to its URL.
'use strict';

const dump = (params) => JSON.stringify([...params]);
const inits = ['', '?', '?a=1', 'a=1&b=2&a=3', 'a', 'a=', '=b', '&&a=1&&', 'a=1=2', 'a+b=c+d', 'a%20b=%41%42',
  '%zz=%', '%E2%82%AC=%FF', 'é=ü', '\ud800=x', 'a=b&a=c&a=d', '%26=%3D', '+=+', 'q=a+b%2Bc'];
for (const init of inits) {
  const params = new URLSearchParams(init);
  console.log(`${JSON.stringify(init)} -> ${dump(params)} -> ${params} size ${params.size}`);
}

console.log(dump(new URLSearchParams([['a', '1'], ['b', 2], [3, null]])));
console.log(dump(new URLSearchParams({ a: '1', b: [1, 2], c: undefined, 'é': '\udc00' })));
console.log(dump(new URLSearchParams(new Map([['m', 'n']]))));
console.log(dump(new URLSearchParams(new URLSearchParams('x=1&y=2'))));
console.log(dump(new URLSearchParams([new Set(['s', 't'])])));
console.log(dump(new URLSearchParams(Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true } }))));
console.log(dump(new URLSearchParams(undefined)), dump(new URLSearchParams(null)), dump(new URLSearchParams(12)));
for (const bad of [[['a']], [['a', 'b', 'c']], [1], [null], { [Symbol.iterator]: 1 }]) {
  try {
    new URLSearchParams(bad);
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}

const params = new URLSearchParams('b=2&a=1&c=3&a=4');
console.log(params.get('a'), params.get('z'), params.getAll('a'), params.has('c'), params.has('c', '3'), params.has('c', '4'));
params.append('d', 'x y');
params.set('a', 'only');
console.log(`${params}`);
params.delete('b', 'nope');
params.delete('d', 'x y');
console.log(`${params}`);
params.append('B', '1');
params.append('é', '2');
params.append('b', '0');
params.sort();
console.log(`${params}`);
console.log([...params.keys()], [...params.values()], [...params.entries()]);
const seen = [];
params.forEach(function (value, name, object) {
  seen.push(`${name}=${value}:${object === params}:${this.tag}`);
}, { tag: 't' });
console.log(seen.join(' '));
console.log(params[Symbol.iterator] === params.entries, Object.prototype.toString.call(params));
const iterator = params.keys();
console.log(Object.prototype.toString.call(iterator), iterator.next(), typeof iterator[Symbol.iterator]);

const big = new URLSearchParams();
for (let i = 120; i > 0; i--) big.append(`k${i % 7}`, `${i}`);
big.sort();
console.log(`${big}`.slice(0, 120));

console.log(`${new URLSearchParams({ 'a b': 'c&d', '*-._': '~!\'()', '😀': '\u00a0' })}`);

for (const call of [() => params.append('x'), () => params.get(), () => params.set('x'), () => params.forEach(1),
  () => URLSearchParams.prototype.get.call({}, 'a'), () => params.has(), () => params.delete()]) {
  try {
    call();
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}

// The URL's searchParams is live in both directions.
const url = new URL('https://h/p?x=1#frag');
const linked = url.searchParams;
console.log(url.searchParams === linked);
linked.append('y', '2 3');
console.log(url.href, url.search);
linked.sort();
linked.set('x', 'é');
console.log(url.href);
url.search = 'z=9';
console.log(dump(linked), url.href);
linked.delete('z');
console.log(url.href);
const opaque = new URL('data:text/plain,hello ?a=1');
opaque.searchParams.delete('a');
console.log(JSON.stringify(opaque.href));
console.log(Object.keys(URLSearchParams.prototype).join(','), URLSearchParams.length);
