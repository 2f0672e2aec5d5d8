// AsyncLocalStorage and events: listeners run in the emitter's caller's context; EventEmitterAsyncResource binds them.
const { AsyncLocalStorage } = require('async_hooks');
const { EventEmitter, EventEmitterAsyncResource, once, on } = require('events');
const als = new AsyncLocalStorage();
const log = (...args) => console.log(...args);

const emitter = als.run('created', () => new EventEmitter());
als.run('listener added', () => emitter.on('ping', (from) => log('EventEmitter listener', from, als.getStore())));
als.run('emitter A', () => emitter.emit('ping', 'A'));
emitter.emit('ping', 'none');
als.run('timer', () => setTimeout(() => emitter.emit('ping', 'from a timer'), 1));

const target = new EventTarget();
als.run('listener added', () => target.addEventListener('foo', () => log('EventTarget listener', als.getStore())));
als.run('dispatcher', () => target.dispatchEvent(new Event('foo')));

const bound = als.run('resource', () => new EventEmitterAsyncResource({ name: 'MyEmitter' }));
bound.on('ping', () => log('EventEmitterAsyncResource listener', als.getStore()));
als.run('emitter B', () => bound.emit('ping'));
log('asyncResource', bound.asyncResource.constructor.name, typeof bound.asyncId, bound.asyncId === bound.asyncResource.asyncId(),
  bound.asyncResource.eventEmitter === bound);
class Named extends EventEmitterAsyncResource {}
const subclassed = new Named();
const fromString = new EventEmitterAsyncResource('a string name');
log('subclass', subclassed instanceof EventEmitter, typeof subclassed.triggerAsyncId, fromString.asyncId > subclassed.asyncId);
for (const options of [undefined, { name: 1 }]) {
  try {
    new EventEmitterAsyncResource(options);
  } catch (error) {
    log('needs a name', error.code, error.message);
  }
}

als.run('waiter', async () => {
  const [value] = await once(emitter, 'later');
  log('events.once resolved', value, als.getStore());
  const iterator = on(emitter, 'tick');
  for await (const [n] of iterator) {
    log('events.on', n, als.getStore());
    if (n === 2) break;
  }
  log('after events.on', als.getStore());
});
als.run('emitter C', () => setTimeout(() => {
  emitter.emit('later', 'v');
  setTimeout(() => {
    emitter.emit('tick', 1);
    emitter.emit('tick', 2);
  }, 1);
}, 5));
