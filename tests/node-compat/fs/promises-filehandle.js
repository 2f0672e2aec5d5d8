// fs/promises open gives a FileHandle: read, write, stat, truncate, readFile, writeFile, close.
const fsp = require('fs/promises');
(async () => {
  const handle = await fsp.open('handle.txt', 'w+');
  console.log(typeof handle.fd, handle.constructor.name);
  const written = await handle.write('hello filehandle');
  console.log(written.bytesWritten, written.buffer);
  const bufferWrite = await handle.write(Buffer.from('HELLO'), 0, 5, 0);
  console.log(bufferWrite.bytesWritten, bufferWrite.buffer.toString());
  const target = Buffer.alloc(16);
  const read = await handle.read(target, 0, 16, 0);
  console.log(read.bytesRead, read.buffer === target, target.toString());
  const defaults = await handle.read({ buffer: Buffer.alloc(5), position: 6 });
  console.log(defaults.bytesRead, defaults.buffer.toString());
  console.log((await handle.stat()).size, (await handle.stat({ bigint: true })).size);
  await handle.truncate(5);
  console.log((await handle.stat()).size);
  await handle.writeFile('rewritten');
  console.log(JSON.stringify(await fsp.readFile('handle.txt', 'utf8')));
  await handle.appendFile('+');
  const vector = await handle.writev([Buffer.from('a'), Buffer.from('b')], 0);
  console.log(vector.bytesWritten, vector.buffers.length);
  await handle.sync();
  await handle.datasync();
  await handle.chmod(0o600);
  console.log(((await handle.stat()).mode & 0o777).toString(8));
  await handle.utimes(1000, 2000);
  console.log((await handle.stat()).mtimeMs);
  let closes = 0;
  handle.on('close', () => closes++);
  await handle.close();
  console.log(handle.fd, closes);
  await handle.close();
  try {
    await handle.read(Buffer.alloc(1), 0, 1, 0);
  } catch (error) {
    console.log(error.code, error.syscall, error.message);
  }
  const reader = await fsp.open('lines.txt');
  console.log(JSON.stringify(await reader.readFile('utf8')));
  console.log(JSON.stringify(await reader.readFile('utf8')));
  await reader.close();
  console.log(JSON.stringify(await fsp.readFile('handle.txt', 'utf8')));
})();
