// atob and btoa (global and from buffer): forgiving base64, whitespace and padding rules, and their DOMExceptions.
'use strict';
const t = (label, fn) => {
  try {
    const value = fn();
    console.log(label, JSON.stringify(value), value.length);
  } catch (err) {
    console.log(label, 'throws', err.name, err.message, err.code, err instanceof DOMException, err.constructor.name);
  }
};
const inputs = ['', 'YQ==', 'YQ=', 'YQ', 'Y', 'YWI=', 'YWI', 'YWJj', 'YWJjZA==', ' Y Q = = ', 'YQ==\n', '\tYWJj\r\n',
  'YQ= =', 'Y=Q=', 'ab=c', 'a===', '=', '==', '  ', 'YQ\u000b', 'YQ\u00a0', 'Y-Q_', 'Y+Q/', 'YQ*', 'Zm9v\f',
  '/w==', '//8=', 'QUJDRA=', 'QUJD=', 'QUJDRA==', 'QUJDREU=', '\u0141', 'a\ud800', 12, null, undefined, true];
for (const input of inputs) t(`atob ${JSON.stringify(input) ?? 'undefined'}`, () => atob(input));
for (const input of ['', 'a', 'ab', 'abc', 'hello world', '\u00ff\u00fe\u0000', '\u0100', '€', '\ud800', 12, null, undefined, {}]) {
  t(`btoa ${JSON.stringify(input) ?? 'undefined'}`, () => btoa(input));
}
t('atob()', () => atob());
t('btoa()', () => btoa());
const buffer = require('buffer');
console.log(buffer.atob === atob, buffer.btoa('round') === btoa('round'), atob(btoa('\u00e9\u00ff')) === '\u00e9\u00ff');
console.log(Object.getOwnPropertyDescriptor(globalThis, 'atob').enumerable, typeof atob, atob.name, btoa.length);
