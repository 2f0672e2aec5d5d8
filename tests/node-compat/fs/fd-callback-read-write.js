// Callback read and write pass the byte count and the buffer or string back.
const fs = require('fs');
fs.open('cb.txt', 'w+', (error, fd) => {
  console.log('open', error, typeof fd);
  fs.write(fd, 'callback text', (error2, written, string) => {
    console.log('write string', error2, written, string);
    fs.write(fd, Buffer.from('XY'), 0, 2, 0, (error3, written2, buffer) => {
      console.log('write buffer', error3, written2, buffer.toString());
      const target = Buffer.alloc(13);
      fs.read(fd, target, 0, 13, 0, (error4, bytesRead, same) => {
        console.log('read', error4, bytesRead, same === target, target.toString());
        fs.read(fd, { buffer: Buffer.alloc(4), position: 2 }, (error5, n, buf) => {
          console.log('read options', error5, n, buf.toString());
          fs.close(fd, (error6) => {
            console.log('close', error6);
            fs.close(fd, (error7) => console.log('close again', error7.code, error7.syscall));
          });
        });
      });
    });
  });
});
