// A FileHandle closes through Symbol.asyncDispose, and readFile/writeFile accept a FileHandle.
const fsp = require('fs/promises');
(async () => {
  const handle = await fsp.open('hello.txt', 'r+');
  console.log(typeof handle[Symbol.asyncDispose]);
  console.log(JSON.stringify(await fsp.readFile(handle, 'utf8')));
  await fsp.writeFile(handle, 'appended at the end');
  await handle[Symbol.asyncDispose]();
  console.log(handle.fd);
  console.log(JSON.stringify(await fsp.readFile('hello.txt', 'utf8')));
})();
