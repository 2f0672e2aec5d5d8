// Compares our URL, URLSearchParams and url module with Node 24's on
// thousands of generated inputs: every component of new URL(input, base)
// (or the error), every setter, URL.canParse, domainToASCII/Unicode,
// URLSearchParams parsing and serialising, pathToFileURL/fileURLToPath and
// the legacy url.parse/format/resolve.
//
// Our parser is Rust (the url binding, rust-url), which Node cannot load, so
// the cases run through the built runtime instead: the same driver function
// runs here under Node and in a `nodeling` child process, and the answers
// are compared case by case. The binary is $NODELING, or the newer of
// target/release/nodeling and target/debug/nodeling.
// Run with `node src/node/url/url.test.js`; the harness is src/node/checker.js.
'use strict';

const checker = require('../checker.js');

const childProcess = process.getBuiltinModule('child_process');
const fs = process.getBuiltinModule('fs');
const os = process.getBuiltinModule('os');
const nodePath = process.getBuiltinModule('path');
const util = process.getBuiltinModule('util');

// --- Generated inputs ---

const random = checker.seededRandom(Number(process.env.URL_TEST_SEED ?? 0x5eed0e1));
const pick = (items) => items[Math.floor(random() * items.length)];
const chance = (p) => random() < p;
const repeat = (count, make) => Array.from({ length: count }, make).join('');

const schemes = ['http', 'https', 'ws', 'wss', 'ftp', 'file', 'foo', 'mailto', 'data', 'blob', 'HTTP', 'File',
  'web+demo', 'sc', 'javascript', 'a1.-+'];
const separators = ['://', ':', ':/', ':///', ':\\\\', ':\\/', ':////', '://\t', ':/\\'];
const userinfos = ['', '', '', 'user@', 'user:pass@', ':pass@', '@', 'us er:p@ss@', 'ü:ö@', 'a%40b:c%3Ad@', 'u:@',
  'a@b@', 'x:y:z@'];
const hostnames = ['example.com', 'EXAMPLE.com', 'a.b.c', 'localhost', 'LOCALHOST', '127.0.0.1', '0x7f.1', '127.1',
  '2130706433', '0177.0.0.1', '1.2.3.4.5', '1.2.3.256', '256.0.0.1', '0x100000000', '4294967295', '1.2.3.4.',
  '09.1', 'foo.09', 'foo.0x4', '0x', '[::1]', '[::]', '[1:0:0:2:0:0:0:3]', '[::ffff:1.2.3.4]', '[2001:DB8::1]',
  '[1::2::3]', '[::1', '[fe80::1%25eth0]', '[0:0:0:0:0:0:0:0]', 'münchen.de', 'xn--mnchen-3ya.de', 'xn--a.com',
  'faß.de', '☃.net', '日本語。ＪＰ', 'ex%41mple.com', 'ex%ample', 'a b', 'a<b', 'a^b', 'a|b', 'a%00b', '', 'x_y',
  '-x-', 'a..b', 'example.com.', 'C:', 'c|', 'ab--c', 'xn--', '%E2%98%83', '\u00ad', '１２７.０.０.１', 'Ⅸ.com',
  'a\u200db', 'ß', 'ǅ.com', 'xn--ls8h.la', 'é.xn--mnchen-3ya.de', 'x ', 'a  '];
const ports = ['', '', '', ':', ':80', ':443', ':21', ':8080', ':0', ':65535', ':65536', ':08', ':a', ':-1', ': 1',
  ':99999999999'];
const segments = ['a', 'b', 'c', '.', '..', '%2e', '%2E%2e', '.%2e', 'a b', 'é', '😀', '^', '`', '{}', '"', '<>',
  '%', '%zz', '%41', 'a%2fb', 'a\\b', ';p=1', '[]', '|', '~', 'C:', 'c|', 'D:', '', '?', '#', '\u0000', '\u007f',
  '\ud800', '\ufffd', "'", '@', ':', '&=+$,', '\u00a0', 'Ü'];
const queries = ['', '', '?', '?a=1', '?a=1&b=2', "?a b'c\"<>`", '?é=😀', '?%zz', '?#', '??', '?a=b=c&&d',
  '?\u0000', '?[|]^{}', '?a+b%20c'];
const fragments = ['', '', '#', '#f', '#a b"<>`', '#é', '##', '#?x', '#\u0000', '#{}|^[]', '#%41'];
const bases = ['http://example.com/a/b/c', 'https://user:pw@h.test:8443/dir/file?q#f', 'file:///C:/dir/file',
  'file://host/share/x', 'file:///tmp/a/', 'foo://h/a/b', 'foo:/a/b', 'mailto:x@y', 'data:text/plain,a',
  'ws://h/', 'sc://ñ/x', 'non-spec:/a/', 'blob:https://a.com/x', 'about:blank', 'http://[::1]:8080/p'];

function noise(text) {
  // Tabs and newlines anywhere and controls or spaces at the ends are
  // dropped by the parser; make sure both happen now and then.
  if (chance(0.08)) {
    const at = Math.floor(random() * (text.length + 1));
    text = text.slice(0, at) + pick(['\t', '\n', '\r']) + text.slice(at);
  }
  if (chance(0.05)) text = pick([' ', '\u0000', '\u001f', '  ']) + text + pick(['', ' ', '\u0001']);
  return text;
}

function makePath() {
  const count = Math.floor(random() * 4);
  let path = '';
  for (let i = 0; i < count; i++) path += pick(['/', '/', '/', '\\', '//']) + pick(segments);
  if (chance(0.2)) path += '/';
  return path;
}

function makeAbsolute() {
  return pick(schemes) + pick(separators) + pick(userinfos) + pick(hostnames) + pick(ports) + makePath() +
    pick(queries) + pick(fragments);
}

function makeRelative() {
  const start = pick(['', '/', '//', '///', '\\', '\\\\', './', '../', '../../', '?', '#', 'g', 'C:/', '/C|/', 'x:']);
  let text = start;
  if (start.startsWith('//') || start.startsWith('\\\\')) text += pick(hostnames) + pick(ports);
  return text + makePath().replace(/^\//, chance(0.5) ? '' : '/') + pick(queries) + pick(fragments);
}

const parseCases = [];
for (let i = 0; i < 6000; i++) {
  if (chance(0.55)) parseCases.push([noise(makeAbsolute())]);
  else parseCases.push([noise(makeRelative()), chance(0.9) ? pick(bases) : noise(makeAbsolute())]);
}

const setterNames = ['href', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search',
  'hash'];
const setterValues = {
  href: () => (chance(0.5) ? makeAbsolute() : makeRelative()),
  protocol: () => pick([...schemes, 'http:', 'file:x', '', ' http', 'ht tp', 'https:foo', 'FOO', 'ftp://']),
  username: () => pick(userinfos).replace(/@$/, '').split(':')[0] || pick(['', 'a b', '@', 'é']),
  password: () => pick(['', 'pw', 'p w', ':', '@', 'é', '%41']),
  host: () => pick(hostnames) + pick(ports) + (chance(0.1) ? pick(['/x', '?y', '#z', '\\w', '@u']) : ''),
  hostname: () => pick(hostnames) + (chance(0.1) ? pick([':81', '/x', '?y', '#z', '@u']) : ''),
  port: () => pick(['', '0', '80', '443', '8080', '65535', '65536', '-1', 'a', '8a', ' 8', '08', '1.5',
    '99999999999999']),
  pathname: () => makePath() || pick(['', 'x', '\\y', '..', 'C|/x', 'a?b#c']),
  search: () => pick(queries) || pick(['', 'x', '??', '#y']),
  hash: () => pick(fragments) || pick(['', 'x', '##']),
};
const setterCases = [];
for (let i = 0; i < 3000; i++) {
  const href = chance(0.7) ? pick([...bases, 'http://h/', 'file:///x', 'https://u:p@h:1/p?q#f', 'foo:bar',
    'foo://h', 'blob:x']) : makeAbsolute();
  const name = pick(setterNames);
  setterCases.push([href, name, setterValues[name]()]);
}

const domainCases = [];
for (let i = 0; i < 600; i++) domainCases.push(noise(pick(hostnames) + (chance(0.2) ? `.${pick(hostnames)}` : '')));

const paramChars = ['a', 'b', '=', '&', '+', '%', '%20', '%zz', '%C3%A9', '%FF', 'é', '😀', ' ', '?', '#', '\ud800',
  '*', '-', '~', '.', '_', '!', "'"];
const paramCases = [];
for (let i = 0; i < 1500; i++) paramCases.push(repeat(Math.floor(random() * 8), () => pick(paramChars)));

const pathCases = [];
for (let i = 0; i < 800; i++) {
  pathCases.push(pick(['/', '', './', '../', '/tmp/', 'C:\\', '\\\\server\\share\\', '//']) +
    repeat(Math.floor(random() * 4), () => `${pick(segments)}${pick(['/', '\\', ''])}`));
}

const legacyCases = [];
for (let i = 0; i < 2500; i++) {
  const input = chance(0.6) ? makeAbsolute() : makeRelative();
  legacyCases.push([noise(input), chance(0.3), chance(0.3), chance(0.5) ? pick(bases) : makeAbsolute()]);
}

// --- The driver: runs the same in Node and in Nodeling ---

function drive(cases) {
  const url = require('url');
  const describeError = (error) => ({ error: `${error.name} ${error.code} ${error.message}` });
  const attempt = (fn) => {
    try {
      return fn();
    } catch (error) {
      return describeError(error);
    }
  };
  const parts = (u) => [u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port,
    u.pathname, u.search, u.hash, u.searchParams.toString()];
  const plain = (object) => JSON.parse(JSON.stringify(object, (key, value) => (value === undefined ? '<undefined>' : value)));
  return {
    parse: cases.parse.map(([input, base]) => attempt(() => {
      const u = base === undefined ? new URL(input) : new URL(input, base);
      return parts(u).concat(URL.canParse(input, base));
    })),
    setters: cases.setters.map(([href, name, value]) => attempt(() => {
      const u = new URL(href);
      u[name] = value;
      return parts(u);
    })),
    domains: cases.domains.map((domain) => [url.domainToASCII(domain), url.domainToUnicode(domain)]),
    params: cases.params.map((text) => attempt(() => {
      const params = new URLSearchParams(text);
      const u = new URL('http://h/');
      u.search = text;
      u.searchParams.append(text, text);
      return [[...params], params.toString(), u.href];
    })),
    // Node 24 aborts (a failed assertion) on a UNC path whose server name is
    // not a valid host, so only \\server\ paths are tried as Windows UNC.
    paths: cases.paths.map((path) => [
      attempt(() => url.pathToFileURL(path).href),
      require('path').win32.resolve(path).startsWith('\\\\') && !path.startsWith('\\\\server\\') ? null :
        attempt(() => url.pathToFileURL(path, { windows: true }).href),
      attempt(() => url.fileURLToPath(`file://${path}`)),
      attempt(() => url.fileURLToPath(`file://${path}`, { windows: true })),
    ]),
    legacy: cases.legacy.map(([input, parseQuery, slashesDenoteHost, base]) => [
      attempt(() => plain(url.parse(input, parseQuery, slashesDenoteHost))),
      attempt(() => url.format(url.parse(input, false, slashesDenoteHost))),
      attempt(() => url.resolve(base, input)),
      attempt(() => url.resolve(input, base)),
    ]),
  };
}

const cases = { parse: parseCases, setters: setterCases, domains: domainCases, params: paramCases, paths: pathCases,
  legacy: legacyCases };

// Node's url.parse warns on stderr; so does ours. Neither is compared.
process.removeAllListeners('warning');
process.on('warning', () => {});
const expected = drive(cases);

const tmp = fs.mkdtempSync(nodePath.join(os.tmpdir(), 'url-test-'));
let actual;
try {
  fs.writeFileSync(nodePath.join(tmp, 'cases.json'), JSON.stringify(cases));
  if (process.env.URL_TEST_DUMP) fs.copyFileSync(nodePath.join(tmp, 'cases.json'), process.env.URL_TEST_DUMP);
  fs.writeFileSync(nodePath.join(tmp, 'driver.js'), `'use strict';
const fs = require('fs');
const cases = JSON.parse(fs.readFileSync(${JSON.stringify(nodePath.join(tmp, 'cases.json'))}, 'utf8'));
fs.writeFileSync(${JSON.stringify(nodePath.join(tmp, 'out.json'))}, JSON.stringify((${drive})(cases)));
`);
  const result = childProcess.spawnSync(checker.findNodeling('url.test.js'), [nodePath.join(tmp, 'driver.js')],
    { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  if (result.status !== 0) throw new Error(`nodeling failed (${result.status}): ${result.stderr}`);
  actual = JSON.parse(fs.readFileSync(nodePath.join(tmp, 'out.json'), 'utf8'));
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}

// Where rust-url 2.5.8 (or Node's Ada) departs from the URL Standard in
// ways we do not paper over; each is a NODE-DIFF in src/node/url/mod.rs.
// A case in one of these classes is counted, not compared.
const cleaned = (input) => input.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
const hasScheme = (input) => /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(cleaned(input));
const specials = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:', 'file:']);
const parsedOrNull = (input, base) => {
  try {
    return new URL(input, base);
  } catch {
    return null;
  }
};
// The scheme the URL would have: its own, else the base's.
function schemeOf(input, base) {
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned(input));
  if (match) return `${match[1].toLowerCase()}:`;
  return base === undefined ? null : parsedOrNull(base)?.protocol ?? null;
}
// Each class looks at one context: an input, its base, and the URL Node
// made of them (for a setter, the URL after it).
const knownDifferences = [
  ['Ada accepts a relative reference holding a "#" against an opaque-path base', ({ input, base }) => {
    const baseURL = base === undefined ? null : parsedOrNull(base);
    const text = cleaned(input);
    return baseURL !== null && !baseURL.href.slice(baseURL.protocol.length).startsWith('/') && !hasScheme(input) &&
      text.includes('#') && !text.startsWith('#');
  }],
  ['rust-url drops the empty first path segments of a file URL (file:////x)', ({ url }) =>
    url?.protocol === 'file:' && url.pathname.startsWith('//')],
  ['Ada takes a file URL\'s first segment starting "X:" for a drive letter', ({ input, base }) =>
    schemeOf(input, base) === 'file:' &&
    /(^|[/\\:])[a-zA-Z]:[^/\\?#\n]/.test(`${hasScheme(input) ? '' : base ?? ''}\n${cleaned(input)}`)],
  ['rust-url takes "\\" as a slash in non-special URLs', ({ input, base }) =>
    (cleaned(input).includes('\\') && !specials.has(schemeOf(input, base))) ||
    (base?.includes('\\') && !specials.has(schemeOf(base)))],
  // The standard keeps only a file URL's first segment "C:" (or "C|") from
  // "..": rust-url keeps any such segment, Ada any first one starting "C:".
  // (Also from a relative path, which replaces the base's last segment.)
  ['rust-url and Ada keep more drive-letter-like segments from ".." than the standard', ({ input, base }) => {
    const basePath = hasScheme(input) ? '' : (base ?? '').replace(/[?#][^]*$/, '');
    return /[a-zA-Z][:|][^/\\]*(?:[/\\][^]*)?[/\\](?:\.|%2e){2}(?:[/\\?#]|$)/i.test(`${basePath}/${cleaned(input)}`) ||
      (/[/\\][a-zA-Z][:|]$/.test(basePath) && /^[^/\\?#]/.test(cleaned(input)));
  }],
  // The protocol setter keeps the rest of the href; we parse it again.
  ['a protocol changed to file makes a path\'s "C|" a drive letter "C:"', ({ input, setter }) =>
    setter === 'protocol' && /[/\\][a-zA-Z]\|/.test(input)],
];
const skipped = new Map();
function knownDifference(contexts) {
  for (const [reason, applies] of knownDifferences) {
    if (contexts.some(applies)) {
      skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
      return true;
    }
  }
  return false;
}

const tally = checker.createTally({ maxReported: Number(process.env.MAX_REPORTED ?? 60) });
const show = (value) => util.inspect(value, { breakLength: Infinity });
// `contexts()` is only called (Node parses again) when the answers differ.
function compare(label, actualValue, expectedValue, contexts = () => []) {
  const same = util.isDeepStrictEqual(actualValue, expectedValue);
  if (!same && knownDifference(contexts())) return;
  tally.compare(label, actualValue, expectedValue);
}
const parseContext = (input, base) => ({ input, base, url: parsedOrNull(input, base) });

cases.parse.forEach(([input, base], i) => {
  compare(`new URL(${show(input)}${base === undefined ? '' : `, ${show(base)}`})`, actual.parse[i], expected.parse[i],
    () => [parseContext(input, base)]);
});
cases.setters.forEach(([href, name, value], i) => {
  compare(`${show(href)}.${name} = ${show(value)}`, actual.setters[i], expected.setters[i], () => {
    const url = parsedOrNull(href);
    try {
      url[name] = value;
    } catch {
      // An invalid href: the URL stays.
    }
    return [parseContext(href), { input: name === 'href' ? value : href, url, setter: name },
      ...(name === 'pathname' ? [{ input: value, base: href }] : [])];
  });
});
cases.domains.forEach((domain, i) => compare(`domainTo*(${show(domain)})`, actual.domains[i], expected.domains[i]));
cases.params.forEach((text, i) => compare(`URLSearchParams(${show(text)})`, actual.params[i], expected.params[i]));
const pathFunctions = ['pathToFileURL', 'pathToFileURL(windows)', 'fileURLToPath', 'fileURLToPath(windows)'];
cases.paths.forEach((path, i) => {
  pathFunctions.forEach((name, j) => {
    compare(`${name}(${show(path)})`, actual.paths[i][j], expected.paths[i][j], () => {
      const contexts = [parseContext(`file://${path}`)];
      const fileURL = j === 0 ? parsedOrNull(expected.paths[i][0]) : j === 1 ? parsedOrNull(expected.paths[i][1]) : null;
      if (fileURL !== null) contexts.push({ input: fileURL.href, url: fileURL });
      return contexts;
    });
  });
});
const legacyFunctions = ['parse', 'format(parse)', 'resolve(base, input)', 'resolve(input, base)'];
cases.legacy.forEach(([input, parseQuery, slashes, base], i) => {
  legacyFunctions.forEach((name, j) => {
    compare(`url.${name} ${show([input, parseQuery, slashes, base])}`, actual.legacy[i][j], expected.legacy[i][j]);
  });
});
for (const [reason, count] of skipped) console.log(`not compared, ${count}: ${reason}`);
tally.finish();
