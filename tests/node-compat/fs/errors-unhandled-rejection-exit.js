// An fs/promises rejection nobody handles ends the process with exit code 1.
const fsp = require('fs/promises');
console.log('before');
fsp.readFile('missing.txt');
process.on('exit', (code) => console.log('exit', code));
