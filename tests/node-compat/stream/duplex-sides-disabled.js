// Duplex with readable: false or writable: false: flags, isReadable/isWritable, and when 'close' comes.
'use strict';
const { Duplex, isReadable, isWritable } = require('stream');

const onlyWrite = new Duplex({ readable: false, write(c, e, cb) { cb(); } });
console.log('readable:false ->', onlyWrite.readable, onlyWrite.writable, isReadable(onlyWrite), isWritable(onlyWrite),
  onlyWrite.readableEnded);
onlyWrite.on('finish', () => console.log('onlyWrite finish'));
onlyWrite.on('close', () => console.log('onlyWrite close'));
onlyWrite.end('x');

const onlyRead = new Duplex({ writable: false, read() {} });
console.log('writable:false ->', onlyRead.readable, onlyRead.writable, isReadable(onlyRead), isWritable(onlyRead),
  onlyRead.writableFinished);
onlyRead.on('end', () => console.log('onlyRead end'));
onlyRead.on('close', () => console.log('onlyRead close'));
onlyRead.push(null);
onlyRead.resume();
