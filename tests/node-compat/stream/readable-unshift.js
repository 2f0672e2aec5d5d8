// unshift(): data goes back to the front; unshift after 'end' is ERR_STREAM_UNSHIFT_AFTER_END_EVENT.
'use strict';
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.push('world');
r.unshift('hello ');
console.log('read', String(r.read()));
r.push('abcdef');
const head = r.read(3);
console.log('head', String(head));
r.unshift(head);
console.log('after unshift', String(r.read()));
r.push(null);
r.on('end', () => {
  console.log('end');
  r.on('error', (err) => console.log('error', err.code, err.message));
  r.unshift('late');
});
r.on('close', () => console.log('close'));
r.resume();
