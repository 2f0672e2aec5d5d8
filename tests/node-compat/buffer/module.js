// The buffer module's exports and constants, transcode, isUtf8, isAscii, SlowBuffer and the globals it provides.
'use strict';
const buffer = require('buffer');
const t = (label, fn) => {
  try {
    const value = fn();
    console.log(label, Buffer.isBuffer(value) ? value.toString('hex') : value);
  } catch (err) {
    console.log(label, 'throws', err.name, err.code, err.errno, err.message);
  }
};
console.log(Object.keys(buffer).sort().join(' '));
console.log(Object.keys(buffer.constants).join(' '), buffer.constants.MAX_LENGTH === buffer.kMaxLength,
  buffer.constants.MAX_STRING_LENGTH === buffer.kStringMaxLength, buffer.INSPECT_MAX_BYTES, typeof buffer.kMaxLength);
console.log(Object.getOwnPropertyNames(buffer.Buffer).sort().join(' '));
console.log(Object.keys(Buffer.prototype).length, Object.getOwnPropertyNames(Buffer.prototype).sort().join(' '));
console.log(buffer.Buffer === Buffer, buffer.Blob === Blob, buffer.File === File, buffer.atob === atob, buffer.btoa === btoa);
console.log(require('node:buffer') === buffer, typeof buffer.SlowBuffer, buffer.SlowBuffer(4).length,
  buffer.SlowBuffer(2) instanceof Buffer);
const sources = [Buffer.from('aé€😀'), Buffer.from([0x61, 0xe9, 0xff, 0x80]), Buffer.from('a\u00ad\ufeffb', 'utf8'),
  Buffer.from('a\ud800b\ud83d\ude00', 'utf16le'), Buffer.from([0x61, 0x00, 0x62])];
const encodings = ['ascii', 'latin1', 'binary', 'ucs2', 'utf16le', 'utf8', 'UTF-8', 'hex', 'bogus'];
for (const source of sources) {
  for (const from of encodings) {
    console.log(source.toString('hex'), from, encodings.map((to) => {
      try {
        return buffer.transcode(source, from, to).toString('hex');
      } catch (err) {
        return `${err.code}/${err.errno}`;
      }
    }).join(' '));
  }
}
t('transcode empty', () => buffer.transcode(Buffer.alloc(0), 'x', 'y'));
t('transcode string', () => buffer.transcode('abc', 'utf8', 'ucs2'));
t('transcode error', () => buffer.transcode(Buffer.from('a'), 'utf8', 'hex'));
t('transcode Uint8Array', () => buffer.transcode(new Uint8Array([0x41]), 'latin1', 'utf16le'));
for (const bytes of [[], [0x41], [0xc3, 0xa9], [0xc3], [0xed, 0xa0, 0x80], [0xf4, 0x8f, 0xbf, 0xbf], [0xf4, 0x90, 0x80, 0x80],
  [0xc0, 0x80], [0x7f], [0x80], [0xef, 0xbb, 0xbf]]) {
  const u8 = new Uint8Array(bytes);
  console.log('isUtf8/isAscii', bytes.join(','), buffer.isUtf8(u8), buffer.isAscii(u8), buffer.isUtf8(u8.buffer),
    buffer.isAscii(Buffer.from(u8)));
}
t('isUtf8 Uint16Array', () => buffer.isUtf8(new Uint16Array([0xa9c3])));
t('isUtf8 bad', () => buffer.isUtf8('abc'));
t('isAscii bad', () => buffer.isAscii(null));
t('isUtf8 DataView', () => buffer.isUtf8(new DataView(new ArrayBuffer(1))));
t('resolveObjectURL unknown', () => buffer.resolveObjectURL('blob:nodedata:nope'));
t('resolveObjectURL garbage', () => buffer.resolveObjectURL('not a url'));
