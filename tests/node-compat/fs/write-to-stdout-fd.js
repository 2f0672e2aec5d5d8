// Writing to descriptor 1 goes to stdout, in order with console.log.
const fs = require('fs');
console.log('first');
fs.writeSync(1, 'second\n');
console.log('third');
fs.writeSync(1, Buffer.from('fourth\n'));
fs.write(1, 'fifth\n', (error, written) => console.log('written', error, written));
