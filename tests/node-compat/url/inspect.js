// util.inspect and console.log of URL, URLSearchParams and their iterators, as Node 24 prints them.
'use strict';

const util = require('util');

const url = new URL('https://user:pw@example.com:8080/a/b?x=1&y=2#frag');
console.log(url);
console.log(util.inspect(url, { depth: 0 }));
console.log(util.inspect({ nested: { url } }, { depth: 1 }));
console.log(util.inspect([url], { compact: false, breakLength: 40 }));
console.log(util.inspect(new URL('file:///tmp/x'), { colors: true }));
console.log(util.format('%s | %j', new URL('http://h/'), new URL('http://h/?q')));
class MyURL extends URL {}
console.log(new MyURL('http://sub.class/'));
console.log(new URLSearchParams());
console.log(new URLSearchParams('a=1&b=2&a=3'));
console.log(new URLSearchParams({ long: 'x'.repeat(60), other: 'y'.repeat(30) }));
console.log(util.inspect(new URLSearchParams('a=1'), { depth: -1 }), util.inspect({ p: new URLSearchParams('a=1') }, { depth: 0 }));
const params = new URLSearchParams('a=1&b=2&c=3');
const entries = params.entries();
entries.next();
console.log(entries, params.keys(), params.values());
console.log(util.inspect(new URLSearchParams('k=v'), { colors: true }));
console.log([new URL('http://a/'), new URLSearchParams('q=1')]);
console.log(JSON.stringify({ url }), String(url), `${url}`, url.toJSON() === url.href);
console.log(Object.keys(URL.prototype).join(','));
console.log(Object.keys(URL).join(','), URL.length, typeof URL.canParse, typeof URL.parse);
console.log(Object.prototype.toString.call(url), url instanceof URL, typeof URL, typeof URLSearchParams);
