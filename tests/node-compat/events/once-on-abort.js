// events.once and events.on with AbortSignal, close events and EventTargets.
const { EventEmitter, once, on, addAbortListener } = require('events');
const log = (...args) => console.log(...args);
const describe = (error) => `${error.name} ${error.code} ${error.message}${'cause' in error ? ` cause=${String(error.cause?.name ?? error.cause)}` : ''}`;

async function main() {
  const ee = new EventEmitter();
  const controller = new AbortController();
  const waiting = once(ee, 'never', { signal: controller.signal });
  log('listeners while waiting', ee.listenerCount('never'), ee.listenerCount('error'));
  controller.abort();
  await waiting.catch((error) => log('once aborted:', describe(error)));
  log('listeners after abort', ee.listenerCount('never'), ee.listenerCount('error'));
  await once(ee, 'x', { signal: AbortSignal.abort('early') }).catch((error) => log('already aborted:', describe(error)));
  await once(ee, 'x', { signal: 'no' }).catch((error) => log('bad signal:', describe(error)));

  setImmediate(() => ee.emit('value', 1, 2));
  log('once resolved with', await once(ee, 'value'));
  setImmediate(() => ee.emit('error', new Error('boom')));
  await once(ee, 'value').catch((error) => log('once rejected by error:', error.message));

  const target = new EventTarget();
  setImmediate(() => target.dispatchEvent(new Event('ping')));
  const [event] = await once(target, 'ping');
  log('once on an EventTarget', event.type, event instanceof Event);

  const iterator = on(ee, 'tick', { close: ['end'] });
  setImmediate(() => {
    ee.emit('tick', 'a');
    ee.emit('tick', 'b');
    ee.emit('end');
    ee.emit('tick', 'after end');
  });
  for await (const args of iterator) log('on got', args);
  log('iterator closed by a close event; listeners left', ee.listenerCount('tick'), ee.listenerCount('end'));

  const abortIterating = new AbortController();
  setImmediate(() => {
    ee.emit('tick', 'before abort');
    abortIterating.abort('stop');
  });
  try {
    for await (const args of on(ee, 'tick', { signal: abortIterating.signal })) log('on got', args);
  } catch (error) {
    log('on aborted:', describe(error));
  }
  try {
    on(ee, 'tick', { signal: AbortSignal.abort() });
  } catch (error) {
    log('on with an aborted signal throws at once:', describe(error));
  }

  const errors = on(ee, 'tick');
  setImmediate(() => ee.emit('error', new Error('iteration error')));
  try {
    for await (const args of errors) log('never', args);
  } catch (error) {
    log('on rejects with the error:', error.message);
  }

  const signalController = new AbortController();
  const disposable = addAbortListener(signalController.signal, (e) => log('addAbortListener called with', e.type));
  log('disposable', typeof disposable[Symbol.dispose]);
  signalController.abort();
  addAbortListener(AbortSignal.abort(), () => log('addAbortListener on an aborted signal runs in a microtask'));
  log('after addAbortListener on an aborted signal');
  await null;
}

main().then(() => log('done'));
