// Compares src/node/string_decoder/string_decoder.js with Node's own
// `string_decoder`: every encoding, hand-picked byte sequences and thousands
// of random ones cut at random places, checking each write()'s string, the
// lastNeed/lastTotal/lastChar state after it, and end().
// Our byte decoding (Rust, internalBinding('buffer').decode) is stood in for
// by Node's Buffer#toString here; tests/node-compat/stream/string-decoder-*
// check the two together inside the runtime.
// Run with `node src/node/string_decoder/string_decoder.test.js`; the harness
// is src/node/checker.js.
'use strict';

const fs = require('fs');
const nodePath = require('path');
const checker = require('../checker.js');

const { StringDecoder: NodeDecoder } = process.getBuiltinModule('string_decoder');

// The module reads `require('buffer')` and `internalBinding('buffer')`,
// neither of which the checker can provide from our sources: Node's stand in.
function loadMine() {
  const file = nodePath.join(checker.srcDir, checker.builtinFiles.get('string_decoder'));
  const source = fs.readFileSync(file, 'utf8');
  const binding = {
    decode(bytes, encoding) {
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString(encoding);
    },
  };
  // internal/buffer needs our natives: its string-length check (what makes
  // ERR_STRING_TOO_LONG) is left out here and tested inside the runtime
  // (tests/node-compat/globals/v8-words.js and Node's test-string-decoder.js).
  const internalBuffer = { checkStringLength() {}, encodingsMap: {} };
  const requireFor = (id) => (id === 'buffer' ? require('buffer') :
    id === 'internal/buffer' ? internalBuffer : checker.requireBuiltin(id));
  const module = { exports: {} };
  // eslint-disable-next-line no-new-func
  new Function('exports', 'require', 'module', 'internalBinding', source)(
    module.exports, requireFor, module, (name) => {
      if (name !== 'buffer') throw new Error(`unexpected binding ${name}`);
      return binding;
    });
  return module.exports;
}

const { StringDecoder: MyDecoder } = loadMine();
const tally = checker.createTally({ maxReported: 20 });

function outcome(fn) {
  try {
    return { value: fn() };
  } catch (error) {
    return { error: { name: error.name, code: error.code, message: error.message } };
  }
}

function snapshot(decoder, result) {
  return { result, lastNeed: decoder.lastNeed, lastTotal: decoder.lastTotal, lastChar: [...decoder.lastChar] };
}

// Feeds the same chunks to both decoders, comparing after every step.
function compareRun(encoding, chunks) {
  const label = `${encoding} ${JSON.stringify(chunks.map((c) => [...c]))}`;
  const mine = new MyDecoder(encoding);
  const node = new NodeDecoder(encoding);
  const actual = [];
  const expected = [];
  for (const chunk of chunks) {
    actual.push(snapshot(mine, mine.write(chunk)));
    expected.push(snapshot(node, node.write(chunk)));
  }
  actual.push(snapshot(mine, mine.end()));
  expected.push(snapshot(node, node.end()));
  // A decoder is reusable after end().
  actual.push(mine.write(Buffer.from('ok')));
  expected.push(node.write(Buffer.from('ok')));
  tally.compare(label, actual, expected);
}

const encodings = ['utf8', 'utf16le', 'base64', 'base64url', 'hex', 'latin1', 'ascii'];

// --- Names and argument errors ---

for (const name of [undefined, null, '', 'utf8', 'UTF-8', 'ucs2', 'UCS-2', 'utf-16le', 'binary', 'Latin1',
  'base64', 'BASE64URL', 'hex', 'ascii', 'utf7', 'buffer', 0, false, {}]) {
  tally.compare(`new StringDecoder(${JSON.stringify(name)})`,
    outcome(() => new MyDecoder(name).encoding), outcome(() => new NodeDecoder(name).encoding));
}
for (const value of [42, null, {}, [1, 2], 'text', new Uint16Array([0x4142]), new DataView(new ArrayBuffer(2))]) {
  tally.compare(`write(${Object.prototype.toString.call(value)})`,
    outcome(() => new MyDecoder('utf8').write(value)), outcome(() => new NodeDecoder('utf8').write(value)));
}
tally.compare('text()', outcome(() => new MyDecoder().text(Buffer.from('abcdef'), 2)),
  outcome(() => new NodeDecoder().text(Buffer.from('abcdef'), 2)));

// --- Hand-picked sequences ---

const samples = [
  'a€b😀c©', '😀😀', 'ü', '\u0800', '\uffff', '\u{10ffff}',
].map((text) => Buffer.from(text, 'utf8'));
samples.push(...[
  [0x80], [0xc2], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80],
  [0xf8, 0x88, 0x80, 0x80, 0x80], [0xff, 0xfe], [0x3d, 0xd8], [0x3d, 0xd8, 0x00, 0xde], [0x00, 0xdc, 0x3d, 0xd8],
].map((bytes) => Buffer.from(bytes)));
for (const encoding of encodings) {
  for (const bytes of samples) {
    for (let cut = 0; cut <= bytes.length; cut++) {
      compareRun(encoding, [bytes.subarray(0, cut), bytes.subarray(cut)]);
    }
    compareRun(encoding, [...bytes].map((b) => Buffer.from([b])));
  }
}

// --- Random sequences, random cuts ---

let seed = 0x2545f491;
function random(n) {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % n;
}

// Lead, continuation, surrogate-half and plain bytes, so that characters are
// split and broken in every way.
const alphabet = [0x00, 0x41, 0x7f, 0x80, 0x8f, 0x9f, 0xa0, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xe2, 0xed, 0xef, 0xf0,
  0xf4, 0xf5, 0xf8, 0xff, 0xd8, 0xdb, 0xdc, 0xdf, 0x3d];

for (const encoding of encodings) {
  for (let round = 0; round < 1500; round++) {
    const bytes = Buffer.alloc(random(20));
    for (let i = 0; i < bytes.length; i++) bytes[i] = alphabet[random(alphabet.length)];
    const chunks = [];
    let pos = 0;
    while (pos < bytes.length) {
      const size = random(6);
      chunks.push(bytes.subarray(pos, pos + size));
      pos += size;
    }
    compareRun(encoding, chunks);
  }
}

tally.finish();
