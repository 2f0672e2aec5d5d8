// punycode: RFC 3492 vectors, IDNA labels, ucs2 helpers, RangeErrors, and DEP0040 only outside node_modules.
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
// A package requiring it first does not warn; the first require from here does.
const viaPackage = require('./fixtures/node_modules/uses-punycode');
const punycode = require('punycode');
console.log(viaPackage === punycode, require('node:punycode') === punycode);
console.log(Object.keys(punycode), punycode.version, Object.keys(punycode.ucs2));
const samples = ['ü', 'Goethe', 'Bücher', 'Willst du die Blüthe des frühen, die Früchte des späteren Jahres',
  '他们为什么不说中文', 'ليهمابتكلموشعربي؟', 'Pročprostěnemluvíčesky', 'почемужеонинеговорятпорусски',
  'PorquénopuedensimplementehablarenEspañol', 'MajiでKoiする5秒前', '3年B組金八先生', '', '-> $1.00 <-', '😀a😀'];
for (const s of samples) {
  const e = punycode.encode(s);
  console.log(JSON.stringify(s), e, punycode.decode(e) === s);
}
console.log(punycode.decode('ABC-'), punycode.decode('bcher-kva'), punycode.decode('Bcher-KVA'));
for (const bad of ['ls8h=', 'xn-\u00fc', '\u0081-', 'zzzzzzzzzzzzzzzz', 'a-9999999999']) {
  try {
    console.log('decoded', punycode.decode(bad));
  } catch (e) {
    console.log(JSON.stringify(bad), e.name, e.message);
  }
}
console.log(punycode.toASCII('mañana.com'), punycode.toASCII('джумла@джpумлатест.bрфa'), punycode.toASCII('example.com.'));
console.log(punycode.toASCII('ma\u3002ñana\uff0ecom\uff61'), punycode.toASCII('ABC.xn--mnchen-3ya'));
console.log(punycode.toUnicode('xn--maana-pta.com'), punycode.toUnicode('джумла@xn--p-8sbkgc5ag7bhce.xn--ba-lmcq'));
console.log(punycode.toUnicode('XN--MAANA-PTA.com'), punycode.toUnicode('plain.example'));
console.log(punycode.ucs2.decode('a\ud83d\ude00\ud800b\udc00'), punycode.ucs2.encode([0x61, 0x1f600, 0xd800]).length);
setTimeout(() => console.log('done'));
