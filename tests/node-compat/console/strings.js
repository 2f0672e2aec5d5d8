// Quoting and escaping of strings inside inspected values.
'use strict';
const util = require('util');

console.log('top-level strings print raw');
console.log(['plain', '', 'with space']);
console.log(["it's"]);
console.log(['it\'s "double"']);
console.log(['it\'s "double" `back`']);
console.log(['it\'s "double" ${template}']);
console.log(['tab\there', 'new\nline', 'carriage\rreturn', 'back\\slash']);
console.log(['\x00\x01\x07\x08\x0b\x0c\x1b\x1f']);
console.log(['\x7f\x80\x9f\xa0 latin-1']);
console.log(['lone \ud800 high', 'lone \udc00 low', 'pair \ud83d\ude00']);
console.log(['é à ü', '日本語', 'emoji 🎉']);
console.log(util.inspect('a string'));
console.log(util.inspect("it's"));
console.log({ text: 'first line that is fairly long\nsecond line that is fairly long\nthird' });
console.log(['This string is long enough that it has to be printed on several lines because it is long.']);
console.log({ key: 'short\nlines' });
console.log(util.inspect('x'.repeat(30), { maxStringLength: 10 }));
console.log(util.inspect('x'.repeat(11), { maxStringLength: 10 }));
