// addAbortSignal and the signal option: aborting destroys the stream with an AbortError (any object with
// `aborted` and addEventListener works as the signal).
'use strict';
const { addAbortSignal, Readable, finished } = require('stream');

function makeSignal() {
  const listeners = [];
  return {
    aborted: false,
    reason: undefined,
    addEventListener(type, fn) {
      listeners.push(fn);
    },
    removeEventListener(type, fn) {
      const i = listeners.indexOf(fn);
      if (i >= 0) listeners.splice(i, 1);
    },
    abort(reason) {
      this.aborted = true;
      this.reason = reason;
      for (const fn of listeners.slice()) fn({ type: 'abort' });
    },
    listenerCount() {
      return listeners.length;
    },
  };
}

const signal = makeSignal();
const r = addAbortSignal(signal, new Readable({ read() {} }));
r.on('error', (err) => console.log('error', err.name, err.code, err.message, 'cause', err.cause));
r.on('close', () => console.log('close'));
console.log('listening', signal.listenerCount());
signal.abort('why');

const pre = makeSignal();
pre.aborted = true;
const r2 = new Readable({ read() {}, signal: pre });
r2.on('error', (err) => console.log('pre-aborted', err.name));
console.log('pre-aborted destroyed at once', r2.destroyed);

const done = makeSignal();
const r3 = addAbortSignal(done, Readable.from(['x']));
r3.resume();
finished(r3, () => setImmediate(() => console.log('listener removed after finish', done.listenerCount())));

try {
  addAbortSignal({}, r3);
} catch (err) {
  console.log('bad signal', err.code);
}
try {
  addAbortSignal(makeSignal(), {});
} catch (err) {
  console.log('bad stream', err.code);
}
