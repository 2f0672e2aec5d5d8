// util.MIMEType and util.MIMEParams: parsing, serialization, parameters, setters, errors and inspection.
'use strict';

const { MIMEType, MIMEParams, inspect } = require('util');

for (const input of ['text/html', 'TEXT/HTML; Charset="utf-8"; a=b;;c="x\\"y"', ' application/json ;q=1 ; Q=2',
  'multipart/form-data; boundary=----abc', 'text/plain;a="unterminated', 'text', 'te xt/html', 'text/ht ml',
  'text/plain;name=é', '']) {
  try {
    const mime = new MIMEType(input);
    console.log(String(mime), '|', mime.type, mime.subtype, mime.essence, JSON.stringify([...mime.params]),
                JSON.stringify(mime), `${mime.params}`);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
const mime = new MIMEType('text/plain;charset=utf-8');
mime.type = 'Application';
mime.subtype = 'X-Custom';
mime.params.set('charset', 'latin1');
mime.params.set('extra', 'needs quoting;');
console.log(String(mime), mime.params.get('charset'), mime.params.get('nope'), mime.params.has('extra'));
mime.params.delete('charset');
console.log(String(mime), [...mime.params.keys()], [...mime.params.values()], [...mime.params.entries()]);
for (const fn of [() => { mime.type = 'a b'; }, () => { mime.subtype = ''; }, () => mime.params.set('', 'x'),
  () => mime.params.set('k', '\u0100')]) {
  try {
    fn();
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
const params = new MIMEParams();
params.set('a', '');
console.log(params.toString(), JSON.stringify({ params }), [...params]);
console.log(inspect(mime), inspect(params), Object.keys(MIMEType.prototype), typeof MIMEParams.prototype[Symbol.iterator]);
