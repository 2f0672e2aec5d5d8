// With both 'readable' and 'data' listeners 'readable' controls the flow; removing it lets 'data' flow.
'use strict';
const { Readable } = require('stream');

const r = new Readable({ read() {} });
const onReadable = () => {
  console.log('readable event, length', r.readableLength);
  const chunk = r.read();
  console.log('read', chunk && chunk.toString());
};
r.on('readable', onReadable);
r.on('data', (d) => console.log('data', d.toString()));
console.log('flowing', r.readableFlowing);
r.push('one');
setImmediate(() => {
  r.removeListener('readable', onReadable);
  console.log('removed readable, flowing', r.readableFlowing);
  process.nextTick(() => console.log('next tick flowing', r.readableFlowing));
  setImmediate(() => {
    console.log('later flowing', r.readableFlowing);
    r.push('two');
    r.push(null);
  });
});
r.on('end', () => console.log('end'));
