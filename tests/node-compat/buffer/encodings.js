// Buffer.from(string, encoding), toString(encoding) and byteLength in every encoding and alias, lone surrogates included.
'use strict';
const show = (value) => (typeof value === 'string' ? JSON.stringify(value) : String(value));
const strings = ['', 'hello', 'héllo wörld', '€uro', '😀 emoji', 'a\ud800b', '\udc00', '\ud800\udc00', 'x\ud83d',
  'ÿ\u0100\u0141', '\u0000\u007f\u0080', 'QUJD', 'ffee00', ' \t\n'];
const encodings = ['utf8', 'utf-8', 'UTF8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'latin1', 'binary', 'ascii',
  'base64', 'base64url', 'hex', 'HEX', 'Latin1'];
for (const string of strings) {
  for (const encoding of encodings) {
    const buf = Buffer.from(string, encoding);
    console.log(show(string), encoding, buf.toString('hex'), Buffer.byteLength(string, encoding),
      show(buf.toString(encoding)));
  }
}
// Bytes out in each encoding.
const bytes = Buffer.from([0x00, 0x41, 0x7f, 0x80, 0xe9, 0xff, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80]);
for (const encoding of ['utf8', 'ucs2', 'latin1', 'ascii', 'base64', 'base64url', 'hex']) {
  for (const [start, end] of [[0, 15], [1, 4], [3, 3], [6, 9], [-5, 100], [10, 2], ['2', '5']]) {
    console.log(encoding, start, end, show(bytes.toString(encoding, start, end)));
  }
}
console.log(Buffer.byteLength('héllo'), Buffer.byteLength('héllo', 'nope'), Buffer.byteLength(Buffer.alloc(7)),
  Buffer.byteLength(new ArrayBuffer(9)), Buffer.byteLength(new Uint16Array(3)), Buffer.byteLength('QUJD==', 'base64'),
  Buffer.byteLength('abc', 'hex'), Buffer.byteLength('\ud800'));
for (const name of ['utf8', 'UTF-8', 'Ucs2', 'utf-16LE', 'binary', 'Base64url', 'hex', 'buffer', '', 'utf16', null, 5]) {
  console.log('isEncoding', show(name), Buffer.isEncoding(name));
}
