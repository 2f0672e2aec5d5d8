// mkdir with recursive returns the first directory it created, or undefined if none.
const fs = require('fs');
const path = require('path');
const first = fs.mkdirSync('a/b/c', { recursive: true });
console.log(path.relative(process.cwd(), first));
console.log(fs.mkdirSync('a/b/c', { recursive: true }));
console.log(path.relative(process.cwd(), fs.mkdirSync('a/b/x/y', { recursive: true })));
console.log(fs.mkdirSync('plain'));
console.log(fs.statSync('a/b/x/y').isDirectory());
fs.mkdir('p/q', { recursive: true }, (error, made) => {
  console.log('cb', error, path.relative(process.cwd(), made));
  fs.mkdir('p/q', { recursive: true }, function (error2, made2) {
    console.log('cb again', error2, made2, arguments.length);
    fs.promises.mkdir('r/s', { recursive: true }).then((made3) => {
      console.log('promise', path.relative(process.cwd(), made3));
      return fs.promises.mkdir('r/t');
    }).then((made4) => console.log('promise plain', made4));
  });
});
