// writev and readv move several buffers in one call, at a position or the current one.
const fs = require('fs');
const fd = fs.openSync('v.txt', 'w+');
console.log(fs.writevSync(fd, [Buffer.from('ab'), Buffer.from('cd'), new Uint8Array([101, 102])]));
console.log(fs.writevSync(fd, [Buffer.from('XY')], 1));
const a = Buffer.alloc(3);
const b = Buffer.alloc(10);
console.log(fs.readvSync(fd, [a, b], 0), a.toString(), JSON.stringify(b.toString('utf8', 0, 3)));
console.log(fs.writevSync(fd, []));
fs.writev(fd, [Buffer.from('gh')], null, (error, written, buffers) => {
  console.log('cb writev', error, written, buffers.length);
  const c = Buffer.alloc(8);
  fs.readv(fd, [c], 0, (error2, bytesRead, buffers2) => {
    console.log('cb readv', error2, bytesRead, buffers2[0] === c, c.toString());
    fs.closeSync(fd);
  });
});
