// Readable.from with a null value destroys the stream with ERR_STREAM_NULL_VALUES.
'use strict';
const { Readable } = require('stream');

const r = Readable.from(['ok', null, 'never']);
r.on('data', (d) => console.log('data', d));
r.on('error', (err) => console.log('error', err.name, err.code, err.message));
r.on('close', () => console.log('close', r.destroyed));
