// How Node decodes bad input: UTF-8 replacement per maximal subpart, lenient base64 and hex, odd UTF-16 lengths.
'use strict';
const utf8 = ['c328', 'a0a1', 'e228a1', 'e28228', 'f0288cbc', 'f09f98', 'eda080', 'edbfbf', 'c080', 'e08080',
  'f08f8080', 'f4908080', 'f5', 'ff', 'fe', 'e282', 'f09f', 'f09f9880f0', 'efbbbf41', '80bf', 'c2', 'e0a080', 'ed9fbf',
  'f48fbfbf', '61e282ac62'];
for (const hex of utf8) {
  const text = Buffer.from(hex, 'hex').toString();
  console.log('utf8', hex, JSON.stringify(text), Array.from(text, (c) => c.codePointAt(0).toString(16)).join(' '));
}
const base64 = ['QUJD', 'QUJ', 'QU', 'Q', 'QUJD====', 'QU=JD', 'Q U J D', 'QU\nJD', 'QUJD*QUJD', '-_-_', '+/+/',
  'QUJD\u0141\u0141', '\u00c1QUJD', '=QUJD', 'QQ==QQ==', 'QUJDRA', 'QUJDRA=', 'QUJDRA==', '   ', ''];
for (const text of base64) {
  console.log('base64', JSON.stringify(text), Buffer.from(text, 'base64').toString('hex'),
    Buffer.from(text, 'base64url').toString('hex'), Buffer.byteLength(text, 'base64'));
}
const hex = ['abc', 'abcd', 'zz11', '11zz', 'a', '', 'ABCDEF', '0g', ' 1', '\u0141\u0141', '\u00e9e9', '1234567'];
for (const text of hex) console.log('hex', JSON.stringify(text), Buffer.from(text, 'hex').toString('hex'));
for (const bytes of [[0x41], [0x41, 0x00, 0x42], [0x00, 0xd8], [0x00, 0xd8, 0x00, 0xdc], [0x00, 0xdc, 0x41, 0x00]]) {
  const text = Buffer.from(bytes).toString('utf16le');
  console.log('utf16le', bytes.join(','), text.length, Array.from(text, (c) => c.charCodeAt(0).toString(16)).join(' '));
}
console.log('ascii', JSON.stringify(Buffer.from([0x41, 0xc1, 0xff, 0x80]).toString('ascii')));
console.log('latin1', JSON.stringify(Buffer.from([0x41, 0xc1, 0xff, 0x80]).toString('latin1')));
console.log('ascii write', Buffer.from('Aé\u0141\ud800', 'ascii').toString('hex'));
