// duplexPair(): what one side writes, the other reads; end() on one side ends the other.
'use strict';
const { duplexPair } = require('stream');

const [a, b] = duplexPair();
b.on('data', (d) => console.log('b got', d.toString()));
b.on('end', () => console.log('b end'));
a.on('data', (d) => console.log('a got', d.toString()));
a.on('finish', () => console.log('a finish'));
a.write('ping', () => console.log('a write cb'));
b.write('pong');
a.end();
