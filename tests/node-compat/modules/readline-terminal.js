// readline with terminal: true: keypress decoding, line editing, history, the redraw written to the output, Ctrl+D.
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new PassThrough();
output.columns = 80;
let written = '';
output.on('data', (d) => { written += d; });
const rl = readline.createInterface({ input, output, terminal: true, prompt: '> ', historySize: 3, removeHistoryDuplicates: true });
const keys = [];
input.on('keypress', (s, k) => keys.push([s, k.name, k.ctrl, k.meta, k.shift]));
rl.on('line', (line) => console.log('line', JSON.stringify(line), rl.history));
rl.on('history', (h) => console.log('history event', h.length));
rl.prompt();
input.write('hello');
input.write('\x1b[D\x1b[DXY');          // left, left, insert
input.write('\x01[\x05]\r');            // Ctrl+A, Ctrl+E
input.write('foo bar baz\x17\x17\x7f!\n'); // Ctrl+W twice, backspace
input.write('abc\x1bb\x0b\x19\x19\r');   // Meta+B, Ctrl+K, Ctrl+Y twice
input.write('\x1b[A\x1b[A\r');           // history up twice
input.write('hello\r');
input.write('x\x1b[1;5D\x15z\r');        // ctrl+left, Ctrl+U
console.log(JSON.stringify(written));
console.log(keys.length, keys.slice(0, 8));
console.log(rl.line, rl.cursor, rl.getCursorPos());
written = '';
input.write('\t\x1f');
rl.write('typed');
console.log(rl.line, rl.cursor, JSON.stringify(written));
rl.write(null, { ctrl: true, name: 'u' });
rl.on('close', () => console.log('close', rl.closed));
input.write('\x04');
console.log(rl.closed);
