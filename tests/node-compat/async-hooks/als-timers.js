// AsyncLocalStorage in timers, intervals, immediates, process.nextTick, queueMicrotask and timers/promises.
const { AsyncLocalStorage } = require('async_hooks');
const timersPromises = require('timers/promises');
const als = new AsyncLocalStorage();
const log = (...args) => console.log(...args);

als.run('tick', () => process.nextTick((x) => {
  log('nextTick', als.getStore(), x);
  process.nextTick(() => log('nextTick from nextTick', als.getStore()));
}, 1));
als.run('microtask', () => queueMicrotask(() => log('queueMicrotask', als.getStore())));
als.run('immediate', () => setImmediate(() => {
  log('setImmediate', als.getStore());
  als.run('nested', () => setImmediate(() => {
    log('nested setImmediate', als.getStore());
    timers();
  }));
  log('back in immediate', als.getStore());
}));

// Timers start from the last immediate, 30 ms apart, so none races another.
function timers() {
  als.run('timeout', () => setTimeout((arg) => log('setTimeout', als.getStore(), arg), 1, 'arg'));
  als.run('interval', () => {
    let n = 0;
    const interval = setInterval(() => {
      n++;
      log('setInterval', n, als.getStore());
      if (n === 2) clearInterval(interval);
    }, 30);
  });
  setTimeout(() => log('unscoped timeout', als.getStore()), 90);
  // A timer made outside any store, refreshed inside one, keeps its own.
  const timer = setTimeout(() => log('refreshed timer', als.getStore()), 120);
  als.run('refresher', () => timer.refresh());
  // Stores of different instances are independent.
  const other = new AsyncLocalStorage();
  als.run('first', () => other.run('second', () => setTimeout(() => {
    log('two stores', als.getStore(), other.getStore());
    promises();
  }, 150)));
}

function promises() {
  als.run('promises', async () => {
    await timersPromises.setTimeout(1);
    log('timers/promises setTimeout', als.getStore());
    await timersPromises.setImmediate();
    log('timers/promises setImmediate', als.getStore());
    let count = 0;
    for await (const _ of timersPromises.setInterval(5)) {
      if (++count === 2) break;
    }
    log('timers/promises setInterval', als.getStore());
  });
}
