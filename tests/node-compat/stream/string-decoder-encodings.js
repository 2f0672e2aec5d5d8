// StringDecoder for utf16le, base64, base64url, hex, latin1 and ascii, with chunks split mid-unit.
'use strict';
const { StringDecoder } = require('string_decoder');

function run(encoding, chunks) {
  const d = new StringDecoder(encoding);
  const parts = chunks.map((c) => {
    const s = d.write(Buffer.from(c));
    return `${JSON.stringify(s)}(${d.lastNeed}/${d.lastTotal})`;
  });
  parts.push(`end ${JSON.stringify(d.end())}`);
  console.log(d.encoding, parts.join(' '));
}

const emoji = [...Buffer.from('a😀b', 'utf16le')];
run('utf16le', [emoji.slice(0, 1), emoji.slice(1, 3), emoji.slice(3, 5), emoji.slice(5)]);
run('ucs2', [emoji.slice(0, 4)]);
run('utf16le', [[0x41]]);
run('base64', [[1], [2, 3, 4], [5, 6, 7, 8]]);
run('base64url', [[0xfb, 0xff], [0xfe]]);
run('base64', [[104, 105]]);
run('hex', [[0, 255], [16]]);
run('latin1', [[0xe9, 0x41], [0xff]]);
run('binary', [[0xa9]]);
run('ascii', [[0xe9, 0x41]]);
for (const bad of ['utf7', 42]) {
  try {
    // eslint-disable-next-line no-new
    new StringDecoder(bad);
  } catch (err) {
    console.log('bad', JSON.stringify(bad), err.name, err.code, err.message);
  }
}
const d = new StringDecoder();
console.log('default', d.encoding, JSON.stringify(d.write('passes strings')), JSON.stringify(d.end(Buffer.from('x'))));
console.log('views', new StringDecoder('hex').write(new Uint16Array([0x0102])), new StringDecoder().write(new DataView(Buffer.from('dv').buffer, Buffer.from('dv').byteOffset, 2)));
try {
  d.write(123);
} catch (err) {
  console.log('bad write', err.code, err.message);
}
console.log('text()', JSON.stringify(new StringDecoder('utf8').text(Buffer.from('skip-this'), 5)));
