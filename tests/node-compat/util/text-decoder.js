// TextDecoder: labels, utf-8/utf-16le/utf-16be/windows-1252, fatal, ignoreBOM, streaming and errors.
'use strict';

const util = require('util');

const codes = (text) => Array.from(text, (c) => c.codePointAt(0).toString(16)).join(' ');
function attempt(fn) {
  try {
    return codes(fn());
  } catch (err) {
    return `${err.name} ${err.code} ${err.message}`;
  }
}

for (const label of ['utf8', ' UTF-8 ', 'unicode-1-1-utf-8', 'utf-16', 'UTF-16LE', 'ucs-2', 'utf-16be', 'latin1',
  'ascii', 'ISO-8859-1', 'windows-1252', 'cp1252', 'us-ascii', '\tutf8\n']) {
  const decoder = new TextDecoder(label);
  console.log(JSON.stringify(label), decoder.encoding, decoder.fatal, decoder.ignoreBOM);
}
console.log(attempt(() => new TextDecoder('nope')));
console.log(attempt(() => new TextDecoder('utf-8', 5)));
console.log(new TextDecoder(undefined).encoding, new TextDecoder('utf-8', null).fatal,
            new TextDecoder('utf-8', { fatal: 1, ignoreBOM: 'yes' }).ignoreBOM);

const bytes = (...values) => Uint8Array.from(values);
const inputs = [
  ['ascii', bytes(0x61, 0x62)],
  ['bom', bytes(0xef, 0xbb, 0xbf, 0x41)],
  ['two-byte', bytes(0xc3, 0xa9)],
  ['three-byte', bytes(0xe2, 0x82, 0xac)],
  ['four-byte', bytes(0xf0, 0x9f, 0x98, 0x80)],
  ['truncated', bytes(0x61, 0xf0, 0x9f, 0x98)],
  ['overlong', bytes(0xc0, 0x80)],
  ['surrogate', bytes(0xed, 0xa0, 0x80)],
  ['lone continuation', bytes(0x80, 0x41)],
  ['invalid byte', bytes(0xff, 0xfe)],
  ['c1 range', bytes(0x80, 0x81, 0x9f, 0xe9)],
];
for (const [label, input] of inputs) {
  console.log(label,
              '|', attempt(() => new TextDecoder().decode(input)),
              '|', attempt(() => new TextDecoder('utf-8', { fatal: true }).decode(input)),
              '|', attempt(() => new TextDecoder('utf-8', { ignoreBOM: true }).decode(input)),
              '|', attempt(() => new TextDecoder('latin1').decode(input)));
}
const utf16 = [
  ['le', bytes(0x41, 0x00, 0x3d, 0xd8, 0x00, 0xde)],
  ['le bom', bytes(0xff, 0xfe, 0x41, 0x00)],
  ['le odd', bytes(0x41, 0x00, 0x42)],
  ['le lone high', bytes(0x3d, 0xd8, 0x41, 0x00)],
  ['le lone low', bytes(0x00, 0xde)],
];
for (const [label, input] of utf16) {
  console.log(label,
              '|', attempt(() => new TextDecoder('utf-16le').decode(input)),
              '|', attempt(() => new TextDecoder('utf-16le', { fatal: true }).decode(input)),
              '|', attempt(() => new TextDecoder('utf-16le', { ignoreBOM: true }).decode(input)),
              '|', attempt(() => new TextDecoder('utf-16be').decode(input)));
}

// Input kinds.
const ab = new Uint8Array([0x68, 0x69, 0x21]).buffer;
console.log(attempt(() => new TextDecoder().decode(ab)),
            '|', attempt(() => new TextDecoder().decode(new DataView(ab, 1))),
            '|', attempt(() => new TextDecoder().decode(new Uint16Array(ab, 0, 1))),
            '|', attempt(() => new TextDecoder().decode(Buffer.from('buf'))),
            '|', attempt(() => new TextDecoder().decode()),
            '|', attempt(() => new TextDecoder().decode(new SharedArrayBuffer(2))));
for (const label of ['utf-8', 'utf-16le', 'latin1']) {
  for (const input of ['str', 1, null, {}]) console.log(label, attempt(() => new TextDecoder(label).decode(input)));
  console.log(label, 'options', attempt(() => new TextDecoder(label).decode(bytes(0x41, 0x00), 5)));
}

// Streaming.
function stream(label, options, chunks) {
  const decoder = new TextDecoder(label, options);
  const out = [];
  for (const [chunk, streaming] of chunks) {
    try {
      out.push(codes(decoder.decode(Uint8Array.from(chunk), { stream: streaming })));
    } catch (err) {
      out.push(err.code);
    }
  }
  console.log(label, JSON.stringify(options), out.join(' | '));
}
stream('utf-8', {}, [[[0xe2, 0x82], true], [[0xac, 0x41], true], [[], false]]);
stream('utf-8', {}, [[[0xf0], true], [[0x9f], true], [[0x98], true], [[0x80], false]]);
stream('utf-8', {}, [[[0xe2, 0x82], true], [[], false]]);
stream('utf-8', { fatal: true }, [[[0xe2, 0x82], true], [[0x41], false], [[0x42], false]]);
stream('utf-8', {}, [[[0xef, 0xbb], true], [[0xbf, 0x41], true], [[0xef, 0xbb, 0xbf, 0x42], false], [[0xef, 0xbb, 0xbf, 0x43], false]]);
stream('utf-8', { ignoreBOM: true }, [[[0xef, 0xbb, 0xbf], true], [[0x41], false]]);
stream('utf-8', {}, [[[0x41], true], [[0xef, 0xbb, 0xbf], false]]);
stream('utf-16le', {}, [[[0x3d], true], [[0xd8, 0x00], true], [[0xde], false]]);
stream('utf-16le', {}, [[[0xff], true], [[0xfe, 0x41], true], [[0x00], false]]);
stream('utf-16le', {}, [[[0x3d, 0xd8], true], [[], false]]);
stream('utf-16be', {}, [[[0xd8, 0x3d, 0xde], true], [[0x00], false]]);
stream('latin1', {}, [[[0x80, 0x9f], true], [[0x81, 0xe9], false], [[0x80], false]]);
stream('latin1', {}, [[[0x80], false], [[0x80], true]]);

const decoder = new TextDecoder('utf-16le', { fatal: true });
console.log(util.inspect(decoder), Object.prototype.toString.call(decoder));
console.log(util.inspect(new TextDecoder(), { showHidden: false }), util.TextDecoder === TextDecoder);
console.log(Object.keys(TextDecoder.prototype).join(','), Object.getOwnPropertyNames(TextDecoder.prototype).join(','));
try {
  TextDecoder.prototype.decode.call({});
} catch (err) {
  console.log(err.name, err.code, err.message);
}
try {
  Object.getOwnPropertyDescriptor(TextDecoder.prototype, 'encoding').get.call({});
} catch (err) {
  console.log(err.name, err.code, err.message);
}
const large = Buffer.from('héllo wörld 😀 '.repeat(20000));
console.log(new TextDecoder().decode(large).length);
