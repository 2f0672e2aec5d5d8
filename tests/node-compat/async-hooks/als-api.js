// AsyncLocalStorage API: run nesting, exit, enterWith, disable, defaultValue, name, bind, snapshot, errors.
const { AsyncLocalStorage, AsyncResource } = require('async_hooks');
const log = (...args) => console.log(...args);
const als = new AsyncLocalStorage();

log('empty', als.getStore(), JSON.stringify(als.name));
log('run returns', als.run(1, (a, b) => a + b, 2, 3));
als.run('outer', () => {
  log('outer', als.getStore());
  als.run('inner', () => {
    log('inner', als.getStore());
    als.exit(() => log('exit inside inner', als.getStore()));
    log('inner again', als.getStore());
  });
  log('outer again', als.getStore());
});
log('after run', als.getStore());

try {
  als.run('throwing', () => { throw new Error('thrown from run'); });
} catch (error) {
  log('caught', error.message, 'store after', als.getStore());
}

const withDefault = new AsyncLocalStorage({ defaultValue: 'default', name: 42 });
log('defaultValue', withDefault.getStore(), JSON.stringify(withDefault.name));
withDefault.run('set', () => log('defaultValue inside run', withDefault.getStore()));
log('defaultValue after run', withDefault.getStore());
withDefault.run(undefined, () => log('run(undefined) with default', withDefault.getStore()));

for (const bad of [null, 1, 'x']) {
  try {
    new AsyncLocalStorage(bad);
  } catch (error) {
    log('bad options', error.code);
  }
}

// bind and snapshot capture the store at the time they are called.
const bound = als.run('bound', () => AsyncLocalStorage.bind(function(x) { return [als.getStore(), x, this]; }));
log('bind', JSON.stringify(bound.call('self', 'arg')), bound.length);
const snapshot = als.run('snap', () => AsyncLocalStorage.snapshot());
als.run('elsewhere', () => log('snapshot', snapshot(() => als.getStore()), 'then', als.getStore()));
log('snapshot passes args', snapshot((a, b) => a * b, 6, 7));

// AsyncResource: runInAsyncScope, bind, ids.
const resource = als.run('resource', () => new AsyncResource('MyResource'));
log('runInAsyncScope', resource.runInAsyncScope(function(a) { return [als.getStore(), a, this.tag].join(); }, { tag: 'this' }, 'arg'));
const boundByResource = resource.bind(() => als.getStore());
log('resource.bind', boundByResource(), typeof resource.asyncId(), resource.asyncId() > resource.triggerAsyncId());
log('AsyncResource.bind', als.run('static', () => AsyncResource.bind(() => als.getStore()))());
log('resource.emitDestroy returns itself', resource.emitDestroy() === resource);
for (const thunk of [() => new AsyncResource(), () => new AsyncResource('x', { triggerAsyncId: -2 }),
  () => new AsyncResource('x', 1.5), () => resource.bind(1)]) {
  try {
    thunk();
  } catch (error) {
    log('AsyncResource error', error.code, error.name, error.message);
  }
}

// enterWith lasts for the rest of the synchronous run and what it schedules.
function enter() {
  als.enterWith('entered');
  log('enterWith', als.getStore());
}
enter();
log('enterWith after the call', als.getStore());
setTimeout(() => log('enterWith timeout', als.getStore()), 1);
Promise.resolve().then(() => log('enterWith promise', als.getStore()));

// disable() drops the store from the current frame and what shares it.
const disabled = new AsyncLocalStorage();
disabled.run('before disable', () => {
  setTimeout(() => log('timer after disable', disabled.getStore()), 2);
  disabled.disable();
  log('after disable', disabled.getStore());
});
disabled.run('runs again', () => log('run after disable', disabled.getStore()));
