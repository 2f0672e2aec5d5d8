// readline over a stream: line endings across chunks, question, prompt, pause/resume/close events, the async iterator.
const readline = require('readline');
const { PassThrough, Readable } = require('stream');
console.log(Object.keys(readline), typeof readline.Interface, readline.promises === require('readline/promises'));

const input = new PassThrough();
const output = new PassThrough();
let written = '';
output.on('data', (d) => { written += d; });
const rl = readline.createInterface({ input, output, prompt: '$ ' });
console.log(rl.terminal, rl.crlfDelay, rl.getPrompt(), rl instanceof readline.Interface, rl.historySize, rl.line);
const events = [];
for (const name of ['line', 'pause', 'resume', 'close', 'history']) rl.on(name, (...args) => events.push([name, ...args]));
rl.prompt();
input.write('one\ntw');
input.write('o\r');
input.write('\nthree\r\nfour\rfive\u2028six\u2029seven');
rl.pause();
rl.resume();
rl.question('name? ', (answer) => events.push(['answer', answer]));
input.write('\nBob\n');
input.end('last');
setImmediate(() => {
  console.log(events);
  console.log(JSON.stringify(written));
  try { rl.question('again?', () => {}); } catch (e) { console.log(e.code, e.message); }
  try { rl.write('x'); } catch (e) { console.log(e.code); }
  iterate();
});

async function iterate() {
  const rl2 = readline.createInterface({ input: Readable.from(['a\nb', '\nc\n\nd']), crlfDelay: Infinity });
  const lines = [];
  for await (const line of rl2) lines.push(line);
  console.log(lines, rl2.crlfDelay, rl2.closed);
  // The options are checked.
  for (const options of [{ input, completer: 1 }, { input, historySize: -1 }, { input, escapeCodeTimeout: 'x' }, { input, tabSize: 0 }]) {
    try { readline.createInterface(options); } catch (e) { console.log(e.name, e.code, e.message); }
  }
  const ac = new AbortController();
  const rl3 = readline.createInterface({ input: new PassThrough(), signal: ac.signal });
  rl3.on('close', () => console.log('closed by signal'));
  ac.abort();
}
