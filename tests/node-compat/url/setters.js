// Every URL setter on special, non-special, file and opaque URLs: accepted, normalised or refused as Node 24 does.
'use strict';

const show = (u) => [u.href, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search,
  u.hash].join(' | ');

const cases = [
  ['https://user:pw@example.com:8080/p/q?a=1#f', 'href', 'http://other.test/x?y#z'],
  ['https://example.com/', 'href', 'not a url'],
  ['https://example.com/', 'href', '/relative'],
  ['https://example.com/', 'protocol', 'http'],
  ['https://example.com/', 'protocol', 'HTTP:'],
  ['https://example.com/', 'protocol', 'wss:ignored'],
  ['https://example.com/', 'protocol', 'foo'],
  ['https://example.com/', 'protocol', 'file'],
  ['https://u@example.com/', 'protocol', 'file'],
  ['https://example.com:99/', 'protocol', 'file'],
  ['https://example.com:443/', 'protocol', 'http'],
  ['http://example.com:443/', 'protocol', 'https'],
  ['foo://h/', 'protocol', 'http'],
  ['foo://h/', 'protocol', 'bar'],
  ['foo://h:0/', 'protocol', 'bar'],
  ['file:///x', 'protocol', 'http'],
  ['file://localhost/x', 'protocol', 'http'],
  ['mailto:a@b', 'protocol', 'news'],
  ['https://example.com/', 'protocol', '1http'],
  ['https://example.com/', 'protocol', 'ht tp'],
  ['https://example.com/', 'username', 'us er@:/'],
  ['https://example.com/', 'username', 'é'],
  ['https://u:p@example.com/', 'username', ''],
  ['file:///x', 'username', 'u'],
  ['mailto:a@b', 'username', 'u'],
  ['http://h/', 'password', 'p:w@/'],
  ['http://u:p@h/', 'password', ''],
  ['http://h/', 'host', 'other.test:81'],
  ['http://h/', 'host', 'other.test:80'],
  ['http://h/', 'host', 'OTHER.test'],
  ['http://h/', 'host', 'münchen.de'],
  ['http://h/', 'host', '[::1]:8080'],
  ['http://h/', 'host', 'x/y?z'],
  ['http://h/', 'host', ''],
  ['http://h/', 'host', ':81'],
  ['http://h/', 'host', 'a b'],
  ['http://h:81/', 'host', 'x'],
  ['http://h/', 'host', '0x7f.1'],
  ['foo://h/', 'host', ''],
  ['foo://h/', 'host', 'a%20b'],
  ['foo:/p', 'host', 'x'],
  ['foo:/p', 'host', ''],
  ['mailto:a@b', 'host', 'x'],
  ['file:///x', 'host', 'server'],
  ['file://server/x', 'host', ''],
  ['file://server/x', 'host', 'localhost'],
  ['file://server/x', 'host', 'a:1'],
  ['http://h:81/', 'hostname', 'x:82'],
  ['http://h:81/', 'hostname', 'x'],
  ['http://h/', 'hostname', '[::ffff:1.2.3.4]'],
  ['http://h/', 'hostname', ''],
  ['file://h/x', 'hostname', ''],
  ['http://h/', 'port', '8080'],
  ['http://h/', 'port', '80'],
  ['http://h:81/', 'port', ''],
  ['http://h/', 'port', '65536'],
  ['http://h/', 'port', '12ab'],
  ['http://h/', 'port', 'ab'],
  ['http://h/', 'port', '-1'],
  ['http://h/', 'port', 8080],
  ['file:///x', 'port', '80'],
  ['foo://h/', 'port', '0'],
  ['http://h/', 'pathname', 'a b/c?d#e'],
  ['http://h/', 'pathname', '/a/../b/./c'],
  ['http://h/', 'pathname', '\\a\\b'],
  ['http://h/', 'pathname', ''],
  ['http://h/', 'pathname', '%2e%2E/x'],
  ['http://h/', 'pathname', 'é^|'],
  ['foo://h/p', 'pathname', ''],
  ['foo://h/p', 'pathname', 'x'],
  ['foo:/p', 'pathname', '//x'],
  ['foo:/p', 'pathname', 'x\\y'],
  ['mailto:a@b', 'pathname', 'x'],
  ['file:///x', 'pathname', 'C|/y'],
  ['file://h/x', 'pathname', '/C:/y'],
  ['http://h/?q#f', 'search', 'a=1 2&b="x"'],
  ['http://h/?q', 'search', ''],
  ['http://h/', 'search', '?'],
  ['http://h/', 'search', '??x'],
  ['http://h/', 'search', "'"],
  ['foo://h/', 'search', "'"],
  ['http://h/', 'search', 'é#'],
  ['http://h/#f', 'hash', 'x y"<>`'],
  ['http://h/#f', 'hash', ''],
  ['http://h/', 'hash', '#'],
  ['http://h/', 'hash', '##x'],
  ['mailto:a@b', 'hash', 'é'],
  ['http://h/', 'hash', '\ud800'],
];

for (const [href, name, value] of cases) {
  const url = new URL(href);
  let note = '';
  try {
    url[name] = value;
  } catch (error) {
    note = ` (${error.code})`;
  }
  console.log(`${href} .${name} = ${JSON.stringify(value)}${note}\n  ${show(url)}`);
}

// Setting search keeps searchParams in step, and the other way round.
const url = new URL('http://h/?a=1');
const params = url.searchParams;
url.search = '?b=2&b=3';
console.log(params.getAll('b'), params.size);
url.href = 'http://x/?c=4';
console.log(params.get('c'), params.has('b'));
url.hash = 'h';
console.log([...params]);
params.append('d', '5 6');
console.log(url.href);
params.delete('c');
params.delete('d');
console.log(url.href, url.search === '');
