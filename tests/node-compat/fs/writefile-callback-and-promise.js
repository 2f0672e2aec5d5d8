// writeFile through a callback and through a promise, then appendFile in both styles.
const fs = require('fs');
fs.writeFile('cb.txt', 'one\n', function (error) {
  console.log('writeFile cb', error, arguments.length);
  fs.appendFile('cb.txt', 'two\n', (error2) => {
    console.log('appendFile cb', error2, JSON.stringify(fs.readFileSync('cb.txt', 'utf8')));
    fs.promises.writeFile('p.txt', Buffer.from('three\n')).then((result) => {
      console.log('writeFile promise', result);
      return fs.promises.appendFile('p.txt', 'four\n');
    }).then(() => {
      console.log('appendFile promise', JSON.stringify(fs.readFileSync('p.txt', 'utf8')));
    });
  });
});
