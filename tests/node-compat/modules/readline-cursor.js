// readline's cursor helpers and readline/promises' Readline: the CSI sequences they write, callbacks and validation.
const readline = require('readline');
const { Readline } = require('readline/promises');
const { Writable } = require('stream');

const chunks = [];
const stream = new Writable({ write(chunk, enc, cb) { chunks.push(chunk.toString()); cb(); } });
console.log(readline.cursorTo(stream, 3), readline.cursorTo(stream, 3, 4), readline.moveCursor(stream, -2, 5),
  readline.moveCursor(stream, 4, -1), readline.moveCursor(stream, 0, 0), readline.clearLine(stream, -1),
  readline.clearLine(stream, 1), readline.clearLine(stream, 0), readline.clearScreenDown(stream));
console.log(JSON.stringify(chunks));
console.log(readline.cursorTo(null, 1), readline.cursorTo(stream), readline.moveCursor(null, 1, 1), readline.clearLine(undefined, 0));
for (const call of [() => readline.cursorTo(stream, NaN), () => readline.cursorTo(stream, 1, NaN),
  () => readline.cursorTo(stream, 'a', 1), () => readline.clearLine(stream, 0, 'cb'), () => readline.moveCursor(stream, 1, 1, 1)]) {
  try { call(); } catch (e) { console.log(e.name, e.code, e.message); }
}
readline.cursorTo(null, 1, () => console.log('callback without a stream'));
readline.clearScreenDown(stream, () => console.log('written callback'));

const rl = new Readline(stream);
chunks.length = 0;
rl.cursorTo(1).cursorTo(2, 3).moveCursor(1, 1).moveCursor(0, 0).clearLine(0).clearScreenDown();
console.log(JSON.stringify(chunks));
rl.commit().then(() => {
  console.log(JSON.stringify(chunks));
  chunks.length = 0;
  rl.cursorTo(5).rollback();
  return rl.commit();
}).then(() => {
  console.log(JSON.stringify(chunks));
  const auto = new Readline(stream, { autoCommit: true });
  auto.clearLine(1);
  console.log('queued', chunks.length);
  process.nextTick(() => console.log('auto', JSON.stringify(chunks)));
  for (const call of [() => new Readline({}), () => rl.clearLine(2), () => rl.cursorTo(1.5), () => new Readline(stream, { autoCommit: 1 })]) {
    try { call(); } catch (e) { console.log(e.name, e.code, e.message); }
  }
});
