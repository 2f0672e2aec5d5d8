// readline/promises question() with a signal, emitKeypressEvents, and process.stdin at end of input (stdin is /dev/null).
const readline = require('readline');
const readlinePromises = require('readline/promises');
const { PassThrough } = require('stream');

(async () => {
  const input = new PassThrough();
  const rl = readlinePromises.createInterface({ input, output: null });
  const answer = rl.question('q? ');
  input.write('forty two\n');
  console.log('answer', await answer);
  const ac = new AbortController();
  const pending = rl.question('never? ', { signal: ac.signal });
  ac.abort();
  await pending.catch((e) => console.log(e.name, e.code));
  await rl.question('x', { signal: AbortSignal.abort() }).catch((e) => console.log('already', e.name));
  rl.close();
  await rl.question('closed?').catch((e) => console.log(e.code));

  const keys = new PassThrough();
  readline.emitKeypressEvents(keys);
  readline.emitKeypressEvents(keys);
  keys.on('keypress', (s, k) => console.log('keypress', JSON.stringify(s), k.name, k.ctrl, k.meta, k.shift, JSON.stringify(k.sequence), k.code));
  keys.write('a\x1b[B\x03é\x1bx');

  const { stdin } = process;
  console.log(stdin === process.stdin, stdin.fd, stdin.readable, stdin.isTTY);
  const lines = [];
  const rl2 = readline.createInterface({ input: stdin });
  rl2.on('line', (l) => lines.push(l));
  rl2.on('close', () => console.log('stdin closed', lines));
})();
