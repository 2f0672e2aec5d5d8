// Readable.from(async generator): when values arrive relative to ticks, and return() on destroy.
'use strict';
const { Readable } = require('stream');

async function* source() {
  try {
    for (let i = 0; i < 3; i++) {
      console.log('gen before yield', i);
      yield `v${i}`;
      await null;
      console.log('gen after yield', i);
    }
  } finally {
    console.log('gen finally');
  }
}

const r = Readable.from(source());
r.on('data', (d) => {
  console.log('data', d);
  process.nextTick(() => console.log('  tick', d));
});
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close'));

async function* endless() {
  try {
    let i = 0;
    while (true) yield i++;
  } finally {
    console.log('endless finally');
  }
}
const e = Readable.from(endless());
e.once('data', (d) => {
  console.log('endless data', d);
  e.destroy();
});
e.on('close', () => console.log('endless close'));
