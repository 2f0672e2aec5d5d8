// The url module's helpers: fileURLToPath, pathToFileURL (POSIX and Windows), urlToHttpOptions, domainToASCII/Unicode, and their errors.
'use strict';

const url = require('url');

function attempt(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (error) {
    const extra = 'input' in error ? ` input=${JSON.stringify(String(error.input))}` : '';
    console.log(label, `${error.name} ${error.code} ${error.message}${extra}`);
  }
}

for (const input of ['file:///tmp/a%20b/c', 'file:///tmp/%E2%82%AC/', 'file://localhost/etc/hosts', 'file:///a%2fb',
  'file:///a%2Fb', 'file:///a%5Cb', 'file://host/x', 'http://h/x', 'file:///C:/x', 'file:///%zz', 'file:///a?q#f',
  'not a url', 'file:///']) {
  attempt(`fileURLToPath(${JSON.stringify(input)})`, () => url.fileURLToPath(input));
  attempt(`fileURLToPath(new URL(${JSON.stringify(input)}))`, () => url.fileURLToPath(new URL(input)));
  attempt(`  windows`, () => url.fileURLToPath(input, { windows: true }));
}
for (const value of [42, null, undefined, {}, { href: 'file:///x', protocol: 'file:', hostname: '', pathname: '/x' },
  { href: 'http://x/', protocol: 'http:' }]) {
  attempt(`fileURLToPath(${JSON.stringify(value)})`, () => url.fileURLToPath(value));
}
attempt('fileURLToPathBuffer', () => [...url.fileURLToPathBuffer('file:///a%FF%20b')]);

for (const path of ['/tmp/a b', '/tmp/dir/', '/tmp/%25/#?', '/tmp/é😀', '/a\\b', '/a\nb\tc\rd', '/a/./b/../c', '/',
  '//double', '/tmp/[x]^|~`{}"<>', '/a;b=c,d&e$f+g@h:i!j\'k(l)m*', '/\ud800']) {
  attempt(`pathToFileURL(${JSON.stringify(path)})`, () => url.pathToFileURL(path).href);
}
console.log(url.pathToFileURL('relative/x').href === `file://${process.cwd()}/relative/x`);
console.log(url.pathToFileURL('relative/').href.endsWith('/relative/'), url.pathToFileURL('.').href === `file://${process.cwd()}`);
for (const path of ['C:\\foo\\bar', 'C:\\foo bar\\', 'c:/x/y', 'C:\\', '\\\\server\\share\\file name',
  '\\\\?\\UNC\\server\\share\\x', '\\\\server', '\\\\\\share', 'D:\\#%?']) {
  attempt(`pathToFileURL(${JSON.stringify(path)}, windows)`, () => url.pathToFileURL(path, { windows: true }).href);
}
attempt('pathToFileURL(42)', () => url.pathToFileURL(42));
console.log(url.pathToFileURL('/x') instanceof URL);

for (const input of ['https://user:p%40ss@[::1]:8080/p/a?q=1#h', 'http://h/', 'file:///x', 'http://a:b@h:80/?']) {
  const options = url.urlToHttpOptions(new URL(input));
  console.log(JSON.stringify(Object.entries(options)), Object.getPrototypeOf(options));
}
const extended = Object.assign(new URL('http://h/'), { agent: 'mine' });
console.log(url.urlToHttpOptions(extended).agent);
attempt('urlToHttpOptions(null)', () => url.urlToHttpOptions(null));

for (const domain of ['example.com', 'EXAMPLE.com', 'münchen.de', 'xn--mnchen-3ya.de', 'xn--iñvalid.com', '☃.net',
  '0x7f.1', '[::1]', '', 'a b', 'a..b', 'faß.de', 'xn--', '%41.com', 'example.com.', '日本語。ＪＰ']) {
  console.log(JSON.stringify(domain), JSON.stringify(url.domainToASCII(domain)), JSON.stringify(url.domainToUnicode(domain)));
}
attempt('domainToASCII()', () => url.domainToASCII());

console.log(url.URL === URL, url.URLSearchParams === URLSearchParams, typeof url.Url);
console.log(Object.keys(url).sort().filter((k) => k !== 'URLPattern').join(','));
attempt('new URL()', () => new URL());
attempt("new URL('x')", () => new URL('x'));
attempt("new URL('x', 'y')", () => new URL('x', 'y'));
attempt("href = 'x'", () => {
  const u = new URL('http://h/');
  u.href = 'x';
});
attempt('URL.parse()', () => URL.parse());
attempt("URL.parse('x')", () => URL.parse('x'));
attempt("URL.parse('x', 'http://h/a/')", () => URL.parse('x', 'http://h/a/').href);
attempt("URL.canParse('x')", () => URL.canParse('x'));
attempt("URL.canParse('x', 'http://h')", () => URL.canParse('x', 'http://h'));
attempt('URL.canParse()', () => URL.canParse());
attempt('revokeObjectURL()', () => URL.revokeObjectURL());
attempt("revokeObjectURL('blob:nodedata:x')", () => URL.revokeObjectURL('blob:nodedata:x'));
attempt('new URL({ toString })', () => new URL({ toString: () => 'http://to.string/' }).href);
attempt('new URL(url, base)', () => new URL(new URL('http://a/b'), new URL('http://c/')).href);
