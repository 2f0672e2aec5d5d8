// stream/consumers: text (UTF-8 split across chunks, BOM dropped), json, buffer and arrayBuffer.
'use strict';
const { text, json, buffer, arrayBuffer } = require('stream/consumers');
const { Readable, PassThrough } = require('stream');

(async () => {
  const euro = Buffer.from('\ufeffprice: 5€', 'utf8');
  console.log('text', JSON.stringify(await text(Readable.from([euro.subarray(0, 11), euro.subarray(11)]))));
  console.log('text of strings', await text(Readable.from(['a', 'b'])));
  console.log('json', await json(Readable.from(['{"a":', '[1,2]}'])));
  const buf = await buffer(Readable.from([Buffer.from('xy'), 'z', new Uint8Array([33])]));
  console.log('buffer', Buffer.isBuffer(buf), buf.toString());
  const ab = await arrayBuffer(Readable.from([Buffer.from([1, 2, 3])]));
  console.log('arrayBuffer', ab instanceof ArrayBuffer, ab.byteLength, [...new Uint8Array(ab)]);
  async function* gen() {
    yield Buffer.from('from ');
    yield Buffer.from('generator');
  }
  console.log('iterable', await text(gen()));
  const pt = new PassThrough();
  setImmediate(() => pt.end('later'));
  console.log('waits for end', await text(pt));
  try {
    await json(Readable.from(['{bad']));
  } catch (err) {
    console.log('bad json', err.name);
  }
  try {
    await text(Readable.from([{}]));
  } catch (err) {
    console.log('object chunk', err.code);
  }
})();
