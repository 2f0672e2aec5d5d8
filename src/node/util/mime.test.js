// Compares src/node/util/mime.js with Node's util.MIMEType/MIMEParams: the
// parse (or its error), the serialization, essence and parameters of fixed
// and generated strings, and the setters.
// Run with `node src/node/util/mime.test.js`; the harness is src/node/checker.js.
'use strict';

const checker = require('../checker.js');
const util = require('util');

const mine = checker.loadBuiltin('internal/mime');
const tally = checker.createTally({ maxReported: 30 });

function describe(MIMEType, input) {
  try {
    const mime = new MIMEType(input);
    return JSON.stringify([String(mime), mime.type, mime.subtype, mime.essence, [...mime.params],
      mime.params.get('charset'), mime.params.has('a'), JSON.stringify(mime)]);
  } catch (err) {
    return `${err.name} ${err.code} ${err.message}`;
  }
}

function check(label, input) {
  const expected = describe(util.MIMEType, input);
  const actual = describe(mine.MIMEType, input);
  tally.record(label, actual === expected, () => `  input: ${JSON.stringify(input)}\n  expected: ${expected}\n  actual:   ${actual}`);
}

const fixed = [
  'text/html', 'TEXT/HTML;CHARSET=UTF-8', ' text/plain ', 'text/plain;', 'text/plain;charset', 'text/plain;charset=',
  'text/plain;charset="utf-8"', 'text/plain;charset="ut\\f-8"', 'text/plain;charset="unterminated',
  'text/plain;charset="trailing\\', 'text/plain;a=1;a=2', 'text/plain;a=1;;b=2', 'text/plain; a = b',
  'text/plain;a="x;y";b=c', 'text/plain;é=1', 'text/plain;a=é', 'text/plain;a="\u0100"', 'text', '/plain',
  'text/', 'te xt/plain', 'text/pl ain', 'text/plain\t', '\ttext/plain', 'text/plain;a="";b=""',
  'application/vnd.api+json;q=0.9', 'multipart/form-data; boundary="----x--"', 'a/b;c="\\"";d=e',
  'x/y;=v', 'x/y;n=v ;m=w\t', 'x/y;N="V"', '', '*/*', 'text/plain;a=b;A=c',
];
fixed.forEach((input, i) => check(`fixed ${i}`, input));

const random = checker.seededRandom(0x313E);
const pieces = ['text', '/', 'plain', ';', '=', '"', '\\', ' ', '\t', 'a', 'B', 'charset', 'utf-8', 'é', ',', '\u0100', 'x'];
for (let i = 0; i < 3000; i++) {
  let input = pick(['text/', 'a/b;', '', 'x/y; ']);
  const count = Math.floor(random() * 10);
  for (let j = 0; j < count; j++) input += pick(pieces);
  check(`generated ${i}`, input);
}
function pick(list) {
  return list[Math.floor(random() * list.length)];
}

// Setters and MIMEParams on their own.
function setters(MIMEType, MIMEParams) {
  const out = [];
  const attempt = (fn) => {
    try {
      out.push(fn());
    } catch (err) {
      out.push(`${err.code} ${err.message}`);
    }
  };
  const mime = new MIMEType('text/plain;a=b');
  attempt(() => { mime.type = 'IMAGE'; return String(mime); });
  attempt(() => { mime.type = ''; return String(mime); });
  attempt(() => { mime.subtype = 'p n g'; return String(mime); });
  attempt(() => { mime.subtype = 'SVG+XML'; return String(mime); });
  attempt(() => { mime.params.set('Q', 'x y'); return String(mime); });
  attempt(() => { mime.params.set('bad name', 'v'); return String(mime); });
  attempt(() => { mime.params.set('v', 'a\u0100'); return String(mime); });
  attempt(() => { mime.params.set('e', ''); return String(mime); });
  attempt(() => { mime.params.delete('a'); return String(mime); });
  const params = new MIMEParams();
  attempt(() => { params.set('k', 'v"\\'); return [params.toString(), JSON.stringify(params), [...params.keys()], [...params.values()]]; });
  attempt(() => params.get('missing'));
  return JSON.stringify(out);
}
const expected = setters(util.MIMEType, util.MIMEParams);
const actual = setters(mine.MIMEType, mine.MIMEParams);
tally.record('setters', actual === expected, () => `  expected: ${expected}\n  actual:   ${actual}`);

tally.finish();
