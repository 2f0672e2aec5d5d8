// Relative paths resolve against process.cwd(), which process.chdir moves.
const fs = require('fs');
console.log(process.cwd());
process.chdir('tree');
console.log(process.cwd());
console.log(fs.readdirSync('.').sort().join(' '), fs.readFileSync('a.txt', 'utf8').trim());
fs.writeFileSync('made-here.txt', 'x');
process.chdir('..');
console.log(fs.existsSync('tree/made-here.txt'), fs.existsSync('made-here.txt'));
try {
  process.chdir('missing');
} catch (error) {
  console.log(error.code, error.syscall, error.message);
}
fs.realpath('.', (error, resolved) => console.log('realpath', error, resolved));
