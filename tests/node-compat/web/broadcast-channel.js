// BroadcastChannel between objects of one process: who receives, order, close, errors, and keeping the process alive.
const log = (...args) => console.log(...args);
const util = require('util');
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();

const a = als.run('a was made here', () => new BroadcastChannel('news'));
const b = new BroadcastChannel('news');
const c = new BroadcastChannel(42);
const other = new BroadcastChannel('sports');
const poster = new BroadcastChannel('42');
log('names', a.name, typeof c.name, c.name, util.inspect(a), Object.keys(BroadcastChannel.prototype).join());

const received = [];
a.onmessage = (event) => received.push(`a <- ${JSON.stringify(event.data)} (store: ${als.getStore()})`);
b.addEventListener('message', (event) => {
  received.push(`b <- ${JSON.stringify(event.data)} ${event.constructor.name} target=${event.target === b}`);
});
other.onmessage = (event) => received.push(`other <- ${JSON.stringify(event.data)}`);
c.onmessage = (event) => received.push(`42 <- ${JSON.stringify(event.data)}`);

als.run('posting', () => {
  a.postMessage({ from: 'a', list: [1, 2] });
  b.postMessage('from b');
  poster.postMessage('to the channel named "42"');
});
setImmediate(() => {
  log(received.join('\n'));
  a.close();
  a.close();
  b.postMessage('after a closed');
  setImmediate(() => {
    log('after close:', received.length);
    for (const [label, thunk] of [
      ['postMessage on closed', () => a.postMessage('x')],
      ['postMessage()', () => b.postMessage()],
      ['new BroadcastChannel()', () => new BroadcastChannel()],
      ['function', () => b.postMessage(() => {})],
      ['name on {}', () => Object.getOwnPropertyDescriptor(BroadcastChannel.prototype, 'name').get.call({})],
    ]) {
      try {
        thunk();
        log(label, 'no error');
      } catch (error) {
        log(label, error.name, error.code, JSON.stringify(error.message));
      }
    }
    log(util.inspect(a), 'ref/unref return the channel', b.unref() === b, b.ref() === b);
    // Open channels keep the process alive: close them all, one later.
    b.close();
    c.close();
    poster.close();
    other.unref();
    setTimeout(() => {
      log('still alive until the last channel closes');
      process.on('exit', () => log('exit'));
    }, 10);
  });
});
