// The legacy url.parse, url.format, url.resolve and url.resolveObject, on a table of inputs from Node's own tests and odd corners.
'use strict';

const url = require('url');

const inputs = [
  'http://user:pass@Host.COM:8080/p/a/t/h?query=string#hash', 'HTTP://www.example.com/', 'http://www.example.com',
  'http://x.com/path?that\'s#all, folks', 'http://x.y.com+a/b/c', 'https://a.b.c/d/e?f=g&h=i#j', '/a/b?c=d#e',
  '//some_path', '//user@host/path', 'mailto:local@domain.com', 'javascript:alert("hi")', 'xmpp:isaacschlueter@jabber.org',
  'file:///etc/passwd', 'file://localhost/etc/node/', 'file:/etc/node', 'file:etc/node', 'http://[::1]:8080/x',
  'http://[fe80::1%25lo]/', 'http://a@b@c/', 'http://a@b?@c', 'http://a\\b\\c?d\\e', '  http://trim.me/  ',
  'http://ex\tample.com/x\ny', 'http://bücher.de/', 'http://xn--bcher-kva.de/', 'http://EXAMPLE.com:/x',
  'http://x:65536/', 'HtTp://x.com/', 'http://x.com#no-path', 'http://x.com?no-path', '?just=query', '#just-hash',
  '', ' ', 'http://a.com/a b"c<d>e^f`g{h|i}j', 'dash-test://x', 'sc:opaque?q#f', 'http://atpass:foo%40bar@127.0.0.1/',
  'http://a%20b:c%20d@host/', 'www.example.com', 'a/b/c', './a', '../a', 'http:/x', 'http:x', 'http:\\\\x\\y',
  'http://x.com/p?q=1&q=2&r', 'http://x.com/p?a[]=1&a[]=2', 'https://x.com:443/', 'ws://x/', 'gopher://g/',
  'http://' + 'a'.repeat(260) + '.com/', 'http://-x.com/', 'http://x_y.com/', 'http://a.b.c.d.e/', 'http://☃.net/',
  'http://host;x/', 'http://h%41st/', "http://a'b/", 'svn+ssh://foo/bar', 'coap://[1080:0:0:0:8:800:200C:417A]:61616/',
  'http://x:y@h:1:2/', 'http://h/#a#b', 'http://h/?a?b#c?d', 'data:text/html,<b>x</b>',
];
for (const input of inputs) {
  for (const [query, slashes] of [[false, false], [true, false], [false, true]]) {
    let line;
    try {
      const parsed = url.parse(input, query, slashes);
      line = JSON.stringify(parsed);
      if (query) line += ` query-proto=${Object.getPrototypeOf(parsed.query) === null}`;
      line += ` | format=${JSON.stringify(url.format(parsed))}`;
    } catch (error) {
      line = `${error.name} ${error.code} ${error.message}`;
    }
    console.log(`${JSON.stringify(input)} ${query} ${slashes}\n  ${line}`);
  }
}

const parsed = url.parse('http://h/p');
console.log(parsed instanceof url.Url, url.parse(parsed) === parsed, Object.keys(url.Url.prototype).join(','));
for (const bad of [42, null, undefined]) {
  try {
    url.parse(bad);
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}

const objects = [
  { protocol: 'http', host: 'x.com', pathname: '/p', search: '?q' },
  { protocol: 'http:', hostname: 'x.com', port: 8080, pathname: 'p', query: { a: [1, 2], b: 'c d' } },
  { protocol: 'https', hostname: '::1', pathname: '/' },
  { protocol: 'mailto', auth: 'user', hostname: 'h' },
  { protocol: 'file', pathname: '/etc/passwd' },
  { protocol: 'file:', slashes: true, pathname: 'x' },
  { protocol: 'javascript', pathname: 'alert(1)' },
  { pathname: '/a#b?c', hash: 'frag', search: 'x=1#y' },
  { host: 'h', auth: 'a b:c@d', pathname: 'x' },
  { protocol: 'xmpp', slashes: true, host: 'j.org' },
  {}, { href: 'ignored' }, { query: 'not an object', search: '' },
];
for (const object of objects) console.log(JSON.stringify(object), '->', JSON.stringify(url.format(object)));
console.log(url.format('http://x.com/a b'));
const whatwg = new URL('https://user:pw@xn--mnchen-3ya.de:8080/p?q=1#frag');
for (const options of [undefined, {}, { fragment: false }, { search: false }, { auth: false }, { unicode: true },
  { fragment: false, search: false, auth: false, unicode: true }, { fragment: 0, unicode: 1 }]) {
  console.log(JSON.stringify(options), url.format(whatwg, options));
}
console.log(url.format(new URL('http://a@a/'), { unicode: true }));
for (const bad of [42, null, undefined, true]) {
  try {
    url.format(bad);
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}
try {
  url.format(whatwg, 'bad');
} catch (error) {
  console.log(error.name, error.code, error.message);
}

const base = 'http://a/b/c/d;p?q';
const relatives = ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', 'g;x?y#s',
  '', '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '../../../../g', '/./g', '/../g',
  'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'http:g', 'http:',
  'https:g', 'mailto:x', '//other/x', '\\\\back\\slash'];
for (const relative of relatives) console.log(JSON.stringify(relative), url.resolve(base, relative));
const pairs = [
  ['http://example.com/', '/one'], ['http://example.com/one', '/two'], ['http://example.com/one/', 'two'],
  ['/one/two/three', 'four'], ['/one/two/three', '../four'], ['one/two', '../../../x'], ['mailto:a@b', 'c@d'],
  ['mailto:local1@domain1', 'local2@domain2'], ['http://u:p@h/', '//other/'], ['http://u:p@h/', 'http://h/x'],
  ['file:///a/b', '../c'], ['file:///a/b', 'http:x'], ['http://h/a', 'file:x'], ['http://h', 'x'], ['', 'x'],
  ['http://h/a/b', ''], ['http://h/a/b#f', '#g'], ['http://h/a?b', '?c'], ['foo:a/b', '../c'], ['foo://h/a', '//k/b'],
  ['http://h/a/', '.././../b'], ['http://h/a/b/', 'c/..'], ['http://[::1]/a', 'b'], ['https://h/', 'http:/x'],
];
for (const [from, to] of pairs) {
  console.log(JSON.stringify([from, to]), url.resolve(from, to), JSON.stringify(url.resolveObject(from, to)));
}
console.log(url.resolveObject('', 'x'));
