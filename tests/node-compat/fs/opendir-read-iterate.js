// opendir gives a Dir read one entry at a time, synchronously, by callback, by promise or by iteration.
const fs = require('fs');
const dir = fs.opendirSync('tree');
console.log(dir.path, dir instanceof fs.Dir);
const names = [];
let entry;
while ((entry = dir.readSync()) !== null) names.push(`${entry.name}:${entry.isDirectory()}:${entry.parentPath}`);
console.log(names.sort().join(' '));
console.log(dir.readSync());
dir.closeSync();
try {
  dir.readSync();
} catch (error) {
  console.log(error.code, error.message);
}
try {
  dir.closeSync();
} catch (error) {
  console.log(error.code);
}
fs.opendir('tree/b', (error, dir2) => {
  console.log('cb open', error, dir2.path);
  const seen = [];
  const next = () => dir2.read((error2, dirent) => {
    if (error2) throw error2;
    if (dirent === null) {
      console.log('cb read', seen.sort().join(' '));
      dir2.close((error3) => {
        console.log('cb close', error3);
        iterate();
      });
      return;
    }
    seen.push(dirent.name);
    next();
  });
  next();
});
async function iterate() {
  const found = [];
  for await (const dirent of await fs.promises.opendir('tree')) found.push(dirent.name);
  console.log('for await', found.sort().join(' '));
  const dir3 = await fs.promises.opendir('tree/b/d');
  console.log('promise read', (await dir3.read()).name, await dir3.read());
  await dir3.close();
  await dir3.close().catch((error) => console.log('close twice', error.code));
  try {
    fs.opendirSync('missing');
  } catch (error) {
    console.log(error.code, error.syscall);
  }
  try {
    fs.opendirSync('hello.txt');
  } catch (error) {
    console.log(error.code, error.syscall);
  }
}
