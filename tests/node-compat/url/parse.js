// new URL(input, base) on tricky inputs: every component, or the error, per the URL Standard as Node 24 parses.
'use strict';

const cases = [
  // Special schemes, case and whitespace.
  ['HTTP://EXAMPLE.COM/A?B#C'], ['  http://example.com/  '], ['\u0000http://x/\u001f'], ['h\tt\nt\rp://ex\tample.com/p\na\rth'],
  ['http://example.com'], ['https://example.com:443/'], ['http://example.com:80/'], ['ws://x:80/'], ['wss://x:443/'],
  ['ftp://x:21/'], ['ftp://x:22/'], ['http://x:0/'], ['http://x:65535/'], ['http://x:65536/'], ['http://x:08/'],
  ['http://x:/'], ['http://x:a/'], ['http://x:-1/'], ['http://x: 1/'], ['http://x:1 /'],
  // Backslashes and slashes.
  ['http:\\\\example.com\\a\\b'], ['http:example.com/x'], ['http:/example.com/x'], ['http:///example.com/x'],
  ['https:////x/y'], ['foo:\\\\x\\y'], ['foo://x\\y'],
  // Credentials.
  ['http://user:pass@host/'], ['http://user@host/'], ['http://:pass@host/'], ['http://@host/'], ['http://a@b@c/'],
  ['http://us er:pa ss@host/'], ['http://u%40:p%3A@host/'], ['http://ü:ö@host/'], ['http://user:@host/'],
  ['http://user:pass@/'], ['http://user@:80/'],
  // IPv4.
  ['http://0x7f.1/'], ['http://127.1/'], ['http://0x7f000001/'], ['http://2130706433/'], ['http://017700000001/'],
  ['http://1.2.3.4.5/'], ['http://1.2.3.256/'], ['http://256/'], ['http://4294967295/'], ['http://4294967296/'],
  ['http://0x100000000/'], ['http://1.2.3.09/'], ['http://0.0.0.0x/'], ['http://1.2.3.4./'], ['http://1..2/'],
  ['http://09.1/'], ['http://0x/'], ['http://foo.0x4/'], ['http://foo.09/'], ['http://１２７.０.０.１/'],
  // IPv6.
  ['http://[::1]/'], ['http://[0:0:0:0:0:0:0:1]/'], ['http://[1:0:0:2:0:0:0:3]/'], ['http://[1:0:0:0:2:0:0:3]/'],
  ['http://[::ffff:1.2.3.4]/'], ['http://[::127.0.0.1]/'], ['http://[2001:DB8::]:8080/'], ['http://[::1/'],
  ['http://[:1]/'], ['http://[1::2::3]/'], ['http://[1:2:3:4:5:6:7:8:9]/'], ['http://[::1.2.3]/'], ['http://[fe80::1%25eth0]/'],
  ['http://[1:2:3:4:5:6:7::]/'], ['http://[0::0]/'], ['foo://[::1]/'], ['http://[::1]x/'],
  // Hosts: percent-encoding, forbidden code points, IDNA.
  ['http://ex%41mple.com/'], ['http://ex%ample.com/'], ['http://a b/'], ['http://a<b/'], ['http://a^b/'], ['http://a|b/'],
  ['http://a%00b/'], ['http://münchen.de/'], ['http://MÜNCHEN.de/'], ['http://xn--mnchen-3ya.de/'], ['http://xn--a.com/'],
  ['http://faß.de/'], ['http://☃.net/'], ['http://日本語。ＪＰ/'], ['http://example.com./'], ['http://a..b/'],
  ['http://a\u00adb/'], ['http://-x-.com/'], ['http://x_y.com/'], ['http://\u200d.com/'], ['http://ab--c.com/'],
  ['http://%E2%98%83/'], ['http://%zz/'], ['foo://ex%41mple/'], ['foo://münchen/'], ['foo://a b/'], ['foo://a<b/'],
  ['http:///'], ['http://'], ['https://x.y:443'],
  // Paths and percent-encoding sets.
  ['http://x/a b"c<d>e`f{g}h|i^j'], ['http://x/%2e/%2E%2e/./a/../b/.%2e/c'], ['http://x/a/./b/../../c'], ['http://x/..'],
  ['http://x/a/..'], ['http://x/a/.'], ['http://x/é/😀/\uFFFF'], ['http://x/\ud800'], ['http://x/%zz/%'], ['http://x/?a b"#c d"'],
  ['http://x/?\'<>`{}'], ['foo://x/?\'<>'], ['http://x/#a b<>`"{}'], ['http://x/#\u00e9'], ['http://x/p;q=1'],
  ['http://x/a%2fb'], ['http://x/a%5Cb'], ['http://x/a\\b'], ['http://x/[]'], ['http://x/?[]|'], ['http://x/#[]|'],
  // Non-special and opaque paths.
  ['mailto:user@example.com'], ['mailto:a b'], ['data:text/plain,a b'], ['javascript:alert(1)'], ['urn:isbn:0451450523'],
  ['foo:bar?q#f'], ['foo:/a/../b'], ['foo://host/a/../b'], ['foo://'], ['foo:///x'], ['foo:'], ['foo:  '], ['sc:\\../'],
  ['sc://ñ.test/'], ['non-spec:/.//'], ['non-spec:/..//'], ['non-spec:/a/..//'], ['web+demo:/.//not-a-host/'],
  ['a:\t foo.com'], ['a1+-.:x'], ['1a:x'], ['+a:x'],
  // Invalid inputs.
  [''], ['x'], ['//x/y'], ['/a'], ['http://'], ['http://x y/'], ['http://[/'], ['http://a:b@/'], ['file://[:/'],
  ['https://#fragment'], ['https://?q'], ['http://%'],
  // File URLs.
  ['file:///C:/a/b'], ['file:///c|/a'], ['file:/C|\\a'], ['file://localhost/etc/x'], ['file://LOCALHOST/x'],
  ['file://host/share/x'], ['file:///a/../../b'], ['file:///C:/../x'], ['file://C:/x'], ['file:C:/x'], ['file:'],
  ['file:///'], ['file://'], ['file:x'], ['file:?q'], ['file:#f'], ['file:/'], ['file:\\\\server\\x'],
  ['FILE:///X'], ['file://1.2.3.4/x'], ['file://[::1]/x'], ['file://ab:1/x'], ['file://u@h/x'],
  // Relative resolution.
  ['', 'http://a/b/c/d;p?q#f'], ['g', 'http://a/b/c/d;p?q'], ['./g', 'http://a/b/c/d;p?q'], ['g/', 'http://a/b/c/d;p?q'],
  ['/g', 'http://a/b/c/d;p?q'], ['//g', 'http://a/b/c/d;p?q'], ['?y', 'http://a/b/c/d;p?q'], ['g?y', 'http://a/b/c/d;p?q'],
  ['#s', 'http://a/b/c/d;p?q'], ['g#s', 'http://a/b/c/d;p?q'], [';x', 'http://a/b/c/d;p?q'], ['.', 'http://a/b/c/d;p?q'],
  ['./', 'http://a/b/c/d;p?q'], ['..', 'http://a/b/c/d;p?q'], ['../', 'http://a/b/c/d;p?q'], ['../g', 'http://a/b/c/d;p?q'],
  ['../..', 'http://a/b/c/d;p?q'], ['../../g', 'http://a/b/c/d;p?q'], ['../../../g', 'http://a/b/c/d;p?q'],
  ['../../../../g', 'http://a/b/c/d;p?q'], ['/./g', 'http://a/b/c/d;p?q'], ['/../g', 'http://a/b/c/d;p?q'],
  ['g.', 'http://a/b/c/d;p?q'], ['.g', 'http://a/b/c/d;p?q'], ['g..', 'http://a/b/c/d;p?q'], ['..g', 'http://a/b/c/d;p?q'],
  ['./../g', 'http://a/b/c/d;p?q'], ['./g/.', 'http://a/b/c/d;p?q'], ['g/./h', 'http://a/b/c/d;p?q'],
  ['g/../h', 'http://a/b/c/d;p?q'], ['g;x=1/./y', 'http://a/b/c/d;p?q'], ['g;x=1/../y', 'http://a/b/c/d;p?q'],
  ['http:g', 'http://a/b/c/d;p?q'], ['https:g', 'http://a/b/c/d;p?q'], ['\\\\x\\y', 'http://a/b'], ['\\y', 'http://a/b/c'],
  ['//x:81', 'http://a/'], ['///x', 'http://a/'], ['http:', 'http://a/b'], ['x', 'mailto:a@b'], ['#x', 'mailto:a@b'],
  ['?x', 'mailto:a@b'], ['x', 'foo:/a/b'], ['../x', 'foo://h/a/b'], ['x', 'foo://h'], ['/x', 'file:///C:/a/b'],
  ['..', 'file:///C:/'], ['//h/x', 'file:///a'], ['x', 'file://h/a/b'], ['C|/x', 'file:///y'], ['/C|/x', 'file://h/y'],
  ['x', 'not a base'], ['x', ''], ['http://ok/', 'not a base'], ['  \t//x/y  ', 'https://a/'], ['//', 'https://a/'],
  ['/', 'data:x,y'], ['x', 'data:x,y'], ['#f', 'data:x,y'], ['?q', 'data:x,y'],
  // blob: and origins.
  ['blob:https://a.com/uuid'], ['blob:http://a.com:81/uuid'], ['blob:ftp://a.com/x'], ['blob:foo'], ['blob:file:///x'],
  ['blob:blob:https://a.com/x'],
];

for (const [input, base] of cases) {
  let line;
  try {
    const u = base === undefined ? new URL(input) : new URL(input, base);
    line = [u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname,
      u.search, u.hash].join(' | ');
  } catch (error) {
    line = `${error.name} ${error.code} ${error.message} input=${JSON.stringify(error.input)}` +
      ` base=${'base' in error ? JSON.stringify(error.base) : '-'}`;
  }
  console.log(`${JSON.stringify(input)}${base === undefined ? '' : ` @ ${JSON.stringify(base)}`}\n  ${line}`);
  const canParse = base === undefined ? URL.canParse(input) : URL.canParse(input, base);
  const parsed = base === undefined ? URL.parse(input) : URL.parse(input, base);
  if (canParse !== (parsed !== null)) console.log('  canParse and parse disagree');
}
