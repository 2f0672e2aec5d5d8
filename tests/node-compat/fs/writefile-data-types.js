// writeFileSync writes strings in the given encoding and any ArrayBufferView's bytes.
const fs = require('fs');
function roundTrip(label, data, options) {
  fs.writeFileSync('out.bin', data, options);
  console.log(label, fs.readFileSync('out.bin').toString('hex'));
}
roundTrip('string', 'héllo');
roundTrip('latin1', 'héllo', 'latin1');
roundTrip('hex', 'deadbeef', { encoding: 'hex' });
roundTrip('base64', 'aGVsbG8=', 'base64');
roundTrip('utf16le', 'hi', 'utf16le');
roundTrip('buffer', Buffer.from([1, 2, 3]));
roundTrip('uint8array', new Uint8Array([4, 5, 6]));
roundTrip('uint16array', new Uint16Array([0x0102, 0x0304]));
roundTrip('dataview', new DataView(new Uint8Array([7, 8, 9, 10]).buffer, 1, 2));
roundTrip('subarray', Buffer.from('abcdef').subarray(2, 4));
for (const bad of [123, null, { a: 1 }]) {
  try {
    fs.writeFileSync('out.bin', bad);
  } catch (error) {
    console.log(error.code, error.message);
  }
}
