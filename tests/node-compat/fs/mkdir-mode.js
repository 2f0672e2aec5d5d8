// mkdir's mode (number or octal string) is masked by the umask of 022.
const fs = require('fs');
fs.mkdirSync('m700', 0o700);
fs.mkdirSync('m777', { mode: 0o777 });
fs.mkdirSync('mstr', '750');
fs.mkdirSync('mdefault');
for (const name of ['m700', 'm777', 'mstr', 'mdefault']) {
  console.log(name, (fs.statSync(name).mode & 0o777).toString(8));
}
fs.writeFileSync('file600', 'x', { mode: 0o600 });
fs.writeFileSync('file-default', 'x');
console.log((fs.statSync('file600').mode & 0o777).toString(8), (fs.statSync('file-default').mode & 0o777).toString(8));
