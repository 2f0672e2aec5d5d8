// destroy() inside a 'data' handler: no further 'data', no 'end'; 'close' follows.
'use strict';
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.push('a');
r.push('b');
r.push('c');
r.on('data', (d) => {
  console.log('data', d.toString());
  if (d.toString() === 'a') {
    r.destroy();
    console.log('destroyed in handler', r.destroyed, 'readableAborted', r.readableAborted);
  }
});
r.on('end', () => console.log('end (not expected)'));
r.on('close', () => console.log('close', 'length', r.readableLength));
console.log('push after destroy', r.push('d'));
