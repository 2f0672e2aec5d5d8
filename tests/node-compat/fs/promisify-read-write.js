// util.promisify on fs.read/write/exists resolves to Node's documented shapes.
const fs = require('fs');
const { promisify } = require('util');
(async () => {
  console.log(await promisify(fs.exists)('hello.txt'), await promisify(fs.exists)('missing'));
  const fd = await promisify(fs.open)('hello.txt', 'r+');
  const read = await promisify(fs.read)(fd, Buffer.alloc(5), 0, 5, 0);
  console.log(Object.keys(read).join(','), read.bytesRead, read.buffer.toString());
  const written = await promisify(fs.write)(fd, Buffer.from('J'), 0, 1, 0);
  console.log(Object.keys(written).join(','), written.bytesWritten);
  await promisify(fs.close)(fd);
  console.log(fs.readFileSync('hello.txt', 'utf8').trim());
  console.log((await promisify(fs.stat)('tree')).isDirectory());
})();
