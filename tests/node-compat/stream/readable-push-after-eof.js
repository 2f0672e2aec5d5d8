// push() after push(null) errors with ERR_STREAM_PUSH_AFTER_EOF, and the stream is destroyed.
'use strict';
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.push(null);
console.log('push after eof returns', r.push('x'));
console.log('destroyed', r.destroyed, 'errored', r.errored && r.errored.code);
r.on('error', (err) => console.log('error', err.name, err.code, err.message));
r.on('close', () => console.log('close'));
r.on('end', () => console.log('end (not expected)'));
