// FileHandle.createReadStream and createWriteStream stream through the handle.
const fsp = require('fs/promises');
(async () => {
  const writer = await fsp.open('streamed.txt', 'w');
  const out = writer.createWriteStream();
  out.write('from a ');
  out.end('filehandle');
  await new Promise((resolve) => out.on('close', resolve));
  console.log(writer.fd, JSON.stringify(await fsp.readFile('streamed.txt', 'utf8')));
  const reader = await fsp.open('streamed.txt');
  const chunks = [];
  for await (const chunk of reader.createReadStream({ highWaterMark: 5 })) chunks.push(chunk.toString());
  console.log(chunks.join('|'), reader.fd);
})();
