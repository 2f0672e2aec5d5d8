// Blob and File: parts of every kind, type and endings options, size, slice, text/arrayBuffer/bytes, inspect, object URLs.
'use strict';
const util = require('util');
const { Blob: BufferBlob, File: BufferFile, resolveObjectURL } = require('buffer');
const t = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (err) {
    console.log(label, 'throws', err.name, err.code, err.message);
  }
};
async function main() {
  const parts = [['abc'], ['a', 'é', '\ud800'], [Buffer.from('buf')], [new Uint16Array([0x4142])], [new ArrayBuffer(2)],
    [new DataView(new Uint8Array([0x43, 0x44]).buffer)], [new Blob(['inner'])], [5, null, undefined, {}, [1, 2]],
    ['a\r\nb\nc\rd'], []];
  for (const sources of parts) {
    for (const options of [undefined, { type: 'Text/HTML; charset=UTF-8' }, { type: 'é' }, { endings: 'native' }]) {
      const blob = new Blob(sources, options);
      console.log(blob.size, JSON.stringify(blob.type), JSON.stringify(await blob.text()),
        Buffer.from(await blob.arrayBuffer()).toString('hex'), (await blob.bytes()).constructor.name);
    }
  }
  const blob = new Blob(['0123456789'], { type: 'text/plain' });
  for (const args of [[], [2], [2, 5], [-3], [-3, -1], [5, 2], [100], [-100, 3], [1.5, 4.9], ['2', '4'], [NaN, 3],
    [0, 10, 'Application/JSON'], [0, 10, 'bad\u0000'], [2 ** 53, -(2 ** 53)]]) {
    const slice = blob.slice(...args);
    console.log('slice', JSON.stringify(args), slice.size, JSON.stringify(slice.type), await slice.text(),
      slice instanceof Blob, Object.keys(slice).join(','));
  }
  console.log(util.inspect(blob), util.inspect(new Blob([])), util.inspect({ nested: { deeper: blob } }, { depth: 0 }));
  console.log(String(blob), Object.prototype.toString.call(blob), Object.keys(Blob.prototype).join(','));
  t('bad sources', () => new Blob('abc'));
  t('bad sources null', () => new Blob(null));
  t('bad sources number', () => new Blob(5));
  t('bad options', () => new Blob([], 5));
  t('bad endings', () => new Blob([], { endings: 'unix' }));
  t('size getter on object', () => Object.getOwnPropertyDescriptor(Blob.prototype, 'size').get.call({}));
  t('stream on object', () => Blob.prototype.stream.call({}));
  try {
    await Blob.prototype.text.call({});
  } catch (err) {
    console.log('text on object', err.name, err.code, err.message);
  }
  const file = new File(['file body'], 'name\ud800.txt', { type: 'TEXT/plain', lastModified: 1234 });
  console.log(file.name === 'name\ufffd.txt', file.size, file.type, file.lastModified, await file.text(), file instanceof Blob,
    Object.prototype.toString.call(file), util.inspect(file));
  console.log(new File([], 'x', { lastModified: 'nope' }).lastModified, new File([], 'x', { lastModified: '42' }).lastModified,
    typeof new File([], 'x').lastModified, new File([], 5).name, new File([], 'x').slice(0).constructor === Blob);
  t('File missing name', () => new File(['x']));
  t('File no args', () => new File());
  t('name getter on blob', () => Object.getOwnPropertyDescriptor(File.prototype, 'name').get.call(blob));
  console.log(BufferBlob === Blob, BufferFile === File, Object.keys(File.prototype).join(','));
  const url = URL.createObjectURL(blob);
  console.log(/^blob:nodedata:[0-9a-f-]{36}$/.test(url));
  const resolved = resolveObjectURL(url);
  console.log(resolved instanceof Blob, resolved === blob, resolved.size, resolved.type, await resolved.text());
  URL.revokeObjectURL(url);
  console.log(resolveObjectURL(url));
  t('createObjectURL bad', () => URL.createObjectURL('x'));
  t('revokeObjectURL none', () => URL.revokeObjectURL());
  const consumers = require('stream/consumers');
  const { Readable } = require('stream');
  const fromStream = await consumers.blob(Readable.from([Buffer.from('str'), Buffer.from('eam')]));
  console.log('consumers.blob', fromStream instanceof Blob, fromStream.size, await fromStream.text());
  const order = [];
  const pending = new Blob(['x']).text().then(() => order.push('text'));
  await Promise.resolve();
  order.push('tick');
  await pending;
  console.log(order.length);
}
main();
