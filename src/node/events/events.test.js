// Compares src/node/events/events.js with Node's own `events`: each scenario
// runs against both modules and the logs it returns must be equal.
// Run with `node src/node/events/events.test.js`; the harness is
// src/node/checker.js.
'use strict';

const checker = require('../checker.js');

const nodeEvents = process.getBuiltinModule('events');

const mine = checker.requireBuiltin('events');

function describeError(error) {
  if (!(error instanceof Error)) return { thrown: error };
  const described = { name: error.name, code: error.code, message: error.message };
  if ('context' in error) described.context = error.context;
  if ('cause' in error) described.cause = error.cause;
  return described;
}

function attempt(fn) {
  try {
    return { value: fn() };
  } catch (error) {
    return { error: describeError(error) };
  }
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

// Runs `fn` with process.emitWarning recorded instead of printed.
function withWarnings(fn) {
  const warnings = [];
  const original = process.emitWarning;
  process.emitWarning = (warning) => warnings.push(warning);
  try {
    fn();
  } finally {
    process.emitWarning = original;
  }
  return warnings;
}

function describeWarning(warning, emitter) {
  return {
    name: warning.name,
    message: warning.message,
    sameEmitter: warning.emitter === emitter,
    type: warning.type,
    count: warning.count,
    isError: warning instanceof Error,
  };
}

const scenarios = {};

scenarios['on/emit with arguments and return values'] = (EE) => {
  const log = [];
  const ee = new EE();
  log.push(ee.emit('x', 1));
  ee.on('x', function(...args) {
    log.push(['first', this === ee, args]);
  });
  ee.addListener('x', (...args) => log.push(['second', args]));
  log.push(ee.emit('x', 1, 'two', { three: 3 }));
  log.push(ee.emit('y'));
  log.push(ee.on === ee.addListener, ee.off === ee.removeListener);
  return log;
};

scenarios['once, prepend and prependOnce ordering'] = (EE) => {
  const log = [];
  const ee = new EE();
  ee.on('e', () => log.push('on'));
  ee.once('e', () => log.push('once'));
  ee.prependListener('e', () => log.push('prepend'));
  ee.prependOnceListener('e', () => log.push('prependOnce'));
  ee.emit('e');
  ee.emit('e');
  log.push(ee.listenerCount('e'));
  return log;
};

scenarios['listeners() unwraps once wrappers, rawListeners() does not'] = (EE) => {
  const ee = new EE();
  const a = () => {};
  const b = () => {};
  ee.on('e', a);
  ee.once('e', b);
  const raw = ee.rawListeners('e');
  const log = [ee.listeners('e')[0] === a, ee.listeners('e')[1] === b, raw[0] === a, raw[1] === b,
    raw[1].listener === b, typeof raw[1], ee.listeners('none'), ee.rawListeners('none')];
  raw[1]();
  log.push(ee.listenerCount('e'));
  ee.once('single', b);
  log.push(ee.listeners('single')[0] === b, ee.rawListeners('single')[0].listener === b);
  return log;
};

scenarios['listener array is copied before emitting'] = (EE) => {
  const log = [];
  const ee = new EE();
  const c = () => log.push('c');
  const b = () => {
    log.push('b');
    ee.removeListener('e', c);
    ee.on('e', () => log.push('late'));
  };
  ee.on('e', () => log.push('a'));
  ee.on('e', b);
  ee.on('e', c);
  ee.emit('e');
  log.push('--');
  ee.emit('e');
  return log;
};

scenarios['once listener removing itself during emit'] = (EE) => {
  const log = [];
  const ee = new EE();
  ee.once('e', () => {
    log.push('once');
    ee.emit('e');
  });
  ee.on('e', () => log.push('on'));
  ee.emit('e');
  return log;
};

scenarios['newListener is emitted before adding, with the unwrapped listener'] = (EE) => {
  const log = [];
  const ee = new EE();
  const b = () => log.push('B');
  const onceFn = () => {};
  ee.on('newListener', (name, listener) => {
    log.push(['newListener', String(name), listener === onceFn, ee.listenerCount(name)]);
    if (name === 'foo' && listener !== b) ee.on('foo', b);
  });
  ee.on('foo', () => log.push('A'));
  ee.emit('foo');
  ee.once('bar', onceFn);
  ee.on(Symbol('sym'), () => {});
  return log;
};

scenarios['removeListener event and semantics'] = (EE) => {
  const log = [];
  const ee = new EE();
  const a = () => {};
  const b = () => {};
  const c = () => {};
  ee.on('removeListener', (name, listener) => {
    log.push(['removed', name, listener === a ? 'a' : listener === b ? 'b' : listener === c ? 'c' : '?',
      ee.listenerCount(name)]);
  });
  ee.on('x', a);
  ee.on('x', b);
  ee.on('x', a);
  ee.once('y', c);
  ee.removeListener('x', a);
  log.push(ee.listeners('x').map((fn) => (fn === a ? 'a' : 'b')));
  ee.removeListener('x', c);
  ee.removeListener('nothing', a);
  ee.emit('y');
  ee.off('x', b);
  ee.off('x', a);
  log.push(ee.eventNames());
  return log;
};

scenarios['removeAllListeners order and return values'] = (EE) => {
  const log = [];
  const ee = new EE();
  const name = (fn) => fn.label;
  const make = (label) => Object.assign(() => {}, { label });
  ee.on('a', make('a1'));
  ee.on('a', make('a2'));
  ee.on('b', make('b1'));
  ee.on(Symbol.for('s'), make('s1'));
  ee.on('removeListener', Object.assign((event, listener) => log.push([String(event), name(listener)]),
                                        { label: 'rl' }));
  log.push(ee.removeAllListeners('a') === ee);
  log.push(ee.eventNames().map(String));
  ee.removeAllListeners();
  log.push(ee.eventNames(), ee._eventsCount);
  const plain = new EE();
  plain.on('a', () => {});
  plain.on('b', () => {});
  plain.removeAllListeners('a');
  log.push(plain.eventNames(), plain._eventsCount, plain.removeAllListeners('zzz') === plain);
  plain.removeAllListeners();
  log.push(plain.eventNames(), plain._eventsCount);
  return log;
};

scenarios['eventNames includes symbols in insertion order'] = (EE) => {
  const ee = new EE();
  const sym = Symbol('s');
  ee.on('b', () => {});
  ee.on(sym, () => {});
  ee.on('a', () => {});
  ee.on('1', () => {});
  return ee.eventNames().map((key) => (typeof key === 'symbol' ? key.toString() : key));
};

scenarios['listenerCount with and without a listener'] = (EE) => {
  const ee = new EE();
  const a = () => {};
  const b = () => {};
  ee.on('e', a);
  ee.once('e', a);
  ee.on('e', b);
  ee.on('one', b);
  return [ee.listenerCount('e'), ee.listenerCount('e', a), ee.listenerCount('e', b), ee.listenerCount('none'),
    ee.listenerCount('none', a), ee.listenerCount('one', b), ee.listenerCount('one', a),
    EE.listenerCount(ee, 'e'), EE.listenerCount(ee, 'none')];
};

scenarios['error without listener throws the error itself'] = (EE) => {
  const ee = new EE();
  const error = new TypeError('boom');
  const result = attempt(() => ee.emit('error', error));
  return [result.error.message, result.error.name, (() => {
    try {
      ee.emit('error', error);
    } catch (thrown) {
      return thrown === error;
    }
    return false;
  })()];
};

scenarios['error with non-Error values'] = (EE) => {
  const values = ['text', 42, undefined, null, { a: 1 }, [1, 2], Symbol.for('s')];
  const log = values.map((value) => attempt(() => new EE().emit('error', value)));
  log.push(attempt(() => new EE().emit('error')));
  return log;
};

scenarios['errorMonitor runs first and does not consume errors'] = (EE) => {
  const log = [];
  const ee = new EE();
  ee.on(EE.errorMonitor, (err) => log.push(['monitor', err.message]));
  log.push(attempt(() => ee.emit('error', new Error('first'))).error.message);
  ee.on('error', (err) => log.push(['handler', err.message]));
  log.push(ee.emit('error', new Error('second')));
  return log;
};

scenarios['emit on objects that never ran the constructor'] = (EE) => {
  const bare = Object.create(EE.prototype);
  return [bare.emit('x'), attempt(() => bare.emit('error', new Error('e'))).error.message,
    attempt(() => bare.emit('error', 'str')).error, bare.listenerCount('x'), bare.eventNames(),
    bare.listeners('x'), bare.removeAllListeners() === bare];
};

scenarios['setMaxListeners / getMaxListeners / defaultMaxListeners'] = (EE) => {
  const log = [];
  const ee = new EE();
  log.push(ee.getMaxListeners(), EE.defaultMaxListeners, ee.setMaxListeners(3) === ee, ee.getMaxListeners());
  for (const bad of [-1, NaN, '1', null, undefined]) {
    log.push(attempt(() => ee.setMaxListeners(bad)));
    log.push(attempt(() => { EE.defaultMaxListeners = bad; }));
  }
  log.push(ee.setMaxListeners(Infinity).getMaxListeners(), ee.setMaxListeners(0).getMaxListeners());
  const before = EE.defaultMaxListeners;
  EE.defaultMaxListeners = 4;
  log.push(new EE().getMaxListeners(), EE.getMaxListeners(new EE()), EE.getMaxListeners(ee));
  EE.setMaxListeners(6);
  log.push(EE.defaultMaxListeners, new EE().getMaxListeners());
  const a = new EE();
  const b = new EE();
  EE.setMaxListeners(2, a, b);
  log.push(a.getMaxListeners(), b.getMaxListeners(), EE.defaultMaxListeners);
  EE.defaultMaxListeners = before;
  log.push(attempt(() => EE.setMaxListeners(1, {})), attempt(() => EE.setMaxListeners(-2)));
  log.push(attempt(() => EE.getMaxListeners({})), attempt(() => EE.getMaxListeners(null)));
  return log;
};

scenarios['MaxListenersExceededWarning once per event'] = (EE) => {
  const log = [];
  const ee = new EE();
  const warnings = withWarnings(() => {
    for (let i = 0; i < 12; i++) ee.on('data', () => {});
    for (let i = 0; i < 11; i++) ee.prependListener(Symbol('tick'), () => {});
    for (let i = 0; i < 11; i++) ee.once(Symbol.for('tock'), () => {});
    for (let i = 0; i < 10; i++) ee.on('under', () => {});
  });
  log.push(warnings.map((warning) => describeWarning(warning, ee)));
  class Custom extends EE {}
  const custom = new Custom();
  custom.setMaxListeners(1);
  log.push(withWarnings(() => {
    custom.on('x', () => {});
    custom.on('x', () => {});
  }).map((warning) => describeWarning(warning, custom)));
  const unlimited = new EE().setMaxListeners(0);
  log.push(withWarnings(() => {
    for (let i = 0; i < 20; i++) unlimited.on('x', () => {});
  }).length);
  return log;
};

scenarios['warning is issued again after the array is rebuilt'] = (EE) => {
  const ee = new EE();
  ee.setMaxListeners(1);
  const fns = [() => {}, () => {}];
  return withWarnings(() => {
    ee.on('x', fns[0]);
    ee.on('x', fns[1]);
    ee.removeListener('x', fns[1]);
    ee.on('x', fns[1]);
    ee.removeAllListeners('x');
    ee.on('x', fns[0]);
    ee.on('x', fns[1]);
  }).map((warning) => warning.message);
};

scenarios['internal fields _events, _eventsCount, _maxListeners'] = (EE) => {
  const ee = new EE();
  const fn = () => {};
  const log = [Object.keys(ee), Object.getPrototypeOf(ee._events), ee._eventsCount, ee._maxListeners,
    EE.prototype._events, EE.prototype._eventsCount, EE.prototype._maxListeners];
  ee.on('a', fn);
  log.push(ee._events.a === fn, ee._eventsCount);
  ee.on('a', fn);
  log.push(Array.isArray(ee._events.a), ee._events.a.length, ee._eventsCount);
  ee.removeListener('a', fn);
  log.push(ee._events.a === fn, ee._eventsCount);
  ee.removeListener('a', fn);
  log.push(Object.keys(ee._events), ee._eventsCount);
  ee.setMaxListeners(5);
  log.push(ee._maxListeners, Object.keys(ee));
  return log;
};

scenarios['re-running init keeps the listener table (shape mode)'] = (EE) => {
  const ee = new EE();
  const a = () => {};
  ee.on('a', a);
  ee.on('b', a);
  EE.init.call(ee);
  ee.removeListener('a', a);
  const log = [Reflect.ownKeys(ee._events), ee._events.a, ee._eventsCount, ee.emit('a'), ee.listenerCount('a')];
  ee.removeAllListeners('b');
  log.push(Reflect.ownKeys(ee._events), ee._eventsCount);
  ee.on('c', a);
  ee.removeListener('c', a);
  log.push(Reflect.ownKeys(ee._events), ee._eventsCount);
  return log;
};

scenarios['EventEmitter.init and pre-ES6 inheritance'] = (EE) => {
  function Legacy() {
    EE.call(this);
  }
  Object.setPrototypeOf(Legacy.prototype, EE.prototype);
  const legacy = new Legacy();
  const log = [];
  legacy.on('x', (v) => log.push(v));
  legacy.emit('x', 'legacy');
  const target = {};
  EE.init.call(target);
  log.push(Object.keys(target), target._eventsCount);
  class WithMax extends EE {
    constructor() {
      super();
      this.setMaxListeners(2);
    }
  }
  log.push(new WithMax().getMaxListeners());
  const reinit = new EE();
  reinit.on('x', () => {});
  EE.init.call(reinit);
  log.push(reinit.listenerCount('x'));
  log.push(attempt(() => new EE({ captureRejections: 1 })), attempt(() => new EE({ captureRejections: 0 })).error);
  return log;
};

scenarios['listener validation'] = (EE) => {
  const ee = new EE();
  const log = [];
  for (const bad of [1, 'str', null, undefined, {}, [], Symbol('x'), 10n, true]) {
    for (const method of ['on', 'addListener', 'prependListener', 'once', 'prependOnceListener', 'removeListener',
      'off']) {
      log.push(attempt(() => ee[method]('e', bad)));
    }
  }
  return log;
};

scenarios['static members'] = (EE) => [
  EE.EventEmitter === EE, EE.usingDomains, EE.captureRejectionSymbol === Symbol.for('nodejs.rejection'),
  EE.errorMonitor.toString(), EE.captureRejections, typeof EE.once, typeof EE.on, typeof EE.getEventListeners,
  typeof EE.getMaxListeners, typeof EE.setMaxListeners, typeof EE.addAbortListener, typeof EE.listenerCount,
  typeof EE.init, EE.kMaxEventTargetListeners.toString(), EE.kMaxEventTargetListenersWarned.toString(),
  attempt(() => { EE.captureRejections = 'yes'; }), EE.name, EE.length,
  Object.getOwnPropertyNames(EE.prototype).filter((key) => !key.startsWith('_')).sort(),
  EE.prototype.addListener.name, EE.prototype.on.name, EE.prototype.off.name, EE.prototype.emit.name,
];

scenarios['getEventListeners'] = (EE) => {
  const ee = new EE();
  const a = () => {};
  ee.on('x', a);
  ee.once('x', a);
  return [EE.getEventListeners(ee, 'x').map((fn) => fn === a), EE.getEventListeners(ee, 'y'),
    attempt(() => EE.getEventListeners({}, 'x')), attempt(() => EE.getEventListeners(5, 'x'))];
};

scenarios['captureRejections routes rejections to error'] = async (EE) => {
  const log = [];
  const ee = new EE({ captureRejections: true });
  ee.on('e', async (value) => {
    throw new Error(`rejected ${value}`);
  });
  ee.on('error', (err) => log.push(['error', err.message]));
  ee.emit('e', 1);
  await tick();
  const custom = new EE({ captureRejections: true });
  custom[Symbol.for('nodejs.rejection')] = (err, event, ...args) => log.push(['custom', err.message, event, args]);
  custom.on('e', async () => {
    throw new Error('to custom');
  });
  custom.emit('e', 'a', 'b');
  await tick();
  const thenThrows = new EE({ captureRejections: true });
  thenThrows.on('error', (err) => log.push(['then getter', err.message]));
  thenThrows.on('e', () => ({
    get then() {
      throw new Error('bad then');
    },
  }));
  thenThrows.emit('e');
  const off = new EE();
  off.on('e', async () => 'fine');
  log.push(off.emit('e'));
  await tick();
  log.push(EE.captureRejections);
  return log;
};

scenarios['events.once resolves with the arguments'] = async (EE) => {
  const ee = new EE();
  const pending = EE.once(ee, 'ready');
  ee.emit('ready', 1, 2);
  const log = [await pending, ee.listenerCount('ready'), ee.listenerCount('error')];
  const failing = EE.once(ee, 'ready');
  ee.emit('error', new Error('nope'));
  log.push(await failing.catch((err) => err.message), ee.listenerCount('ready'), ee.listenerCount('error'));
  const onError = EE.once(ee, 'error');
  ee.emit('error', new Error('as value'));
  log.push((await onError)[0].message);
  return log;
};

scenarios['events.once with AbortSignal'] = async (EE) => {
  const log = [];
  const ee = new EE();
  const controller = new AbortController();
  const pending = EE.once(ee, 'x', { signal: controller.signal });
  log.push(ee.listenerCount('x'));
  controller.abort('why');
  log.push(await pending.catch(describeError), ee.listenerCount('x'), ee.listenerCount('error'));
  log.push(await EE.once(ee, 'x', { signal: AbortSignal.abort('early') }).catch(describeError));
  log.push(await EE.once(ee, 'x', { signal: 'bad' }).catch(describeError));
  log.push(await EE.once(ee, 'x', { signal: null }).catch(describeError));
  const resolved = EE.once(ee, 'x', { signal: new AbortController().signal });
  ee.emit('x', 'ok');
  log.push(await resolved);
  return log;
};

scenarios['events.once on an EventTarget'] = async (EE) => {
  const target = new EventTarget();
  const pending = EE.once(target, 'ping');
  target.dispatchEvent(new Event('ping'));
  const [event] = await pending;
  return [event.type];
};

scenarios['events.on iterates until return'] = async (EE) => {
  const ee = new EE();
  const log = [];
  const iterator = EE.on(ee, 'data');
  log.push(Object.getPrototypeOf(Object.getPrototypeOf(iterator)) === Object.prototype,
           typeof iterator[Symbol.asyncIterator]);
  ee.emit('data', 1);
  ee.emit('data', 2, 3);
  setImmediate(() => ee.emit('data', 4));
  for await (const args of iterator) {
    log.push(args);
    if (args[0] === 4) break;
  }
  log.push(ee.listenerCount('data'), ee.listenerCount('error'));
  log.push(await iterator.next());
  return log;
};

scenarios['events.on rejects on error and closes on close events'] = async (EE) => {
  const log = [];
  const ee = new EE();
  const iterator = EE.on(ee, 'data', { close: ['end'] });
  ee.emit('data', 'a');
  ee.emit('end');
  log.push(await iterator.next(), await iterator.next(), ee.listenerCount('data'), ee.listenerCount('end'));
  const failing = EE.on(ee, 'data');
  const waiting = failing.next();
  ee.emit('error', new Error('bad'));
  log.push(await waiting.catch((err) => err.message), await failing.next());
  const queued = EE.on(ee, 'data');
  ee.emit('data', 1);
  ee.emit('error', new Error('later'));
  log.push(await queued.next(), await queued.next().catch((err) => err.message), await queued.next());
  const thrown = EE.on(ee, 'data');
  log.push(attempt(() => thrown.throw('not an error')));
  log.push(attempt(() => thrown.throw(new Error('thrown'))), await thrown.next().catch((err) => err.message));
  log.push(attempt(() => EE.on(ee, 'data', { highWaterMark: 0 })));
  log.push(attempt(() => EE.on(ee, 'data', { lowWaterMark: 1.5 })));
  log.push(attempt(() => EE.on(ee, 'data', { signal: {} })));
  return log;
};

scenarios['events.on with AbortSignal and watermarks'] = async (EE) => {
  const log = [];
  const ee = new EE();
  const controller = new AbortController();
  const iterator = EE.on(ee, 'data', { signal: controller.signal });
  const waiting = iterator.next();
  controller.abort('stop');
  log.push(await waiting.catch(describeError), ee.listenerCount('data'));
  log.push(attempt(() => EE.on(ee, 'data', { signal: AbortSignal.abort() })));
  const paused = [];
  ee.pause = () => paused.push('pause');
  ee.resume = () => paused.push('resume');
  const marked = EE.on(ee, 'data', { highWaterMark: 2, lowWaterMark: 1 });
  for (let i = 0; i < 4; i++) ee.emit('data', i);
  const watermark = marked[Symbol.for('nodejs.watermarkData')];
  log.push(watermark.size, watermark.high, watermark.low, watermark.isPaused);
  for (let i = 0; i < 4; i++) log.push((await marked.next()).value);
  log.push(paused, watermark.isPaused);
  await marked.return();
  return log;
};

scenarios['addAbortListener'] = async (EE) => {
  const log = [];
  const controller = new AbortController();
  const disposable = EE.addAbortListener(controller.signal, () => log.push('aborted'));
  log.push(typeof disposable[Symbol.dispose]);
  controller.abort();
  const second = new AbortController();
  const removed = EE.addAbortListener(second.signal, () => log.push('never'));
  removed[Symbol.dispose]();
  second.abort();
  EE.addAbortListener(AbortSignal.abort(), () => log.push('already aborted'));
  log.push('sync');
  await tick();
  log.push(attempt(() => EE.addAbortListener(undefined, () => {})));
  log.push(attempt(() => EE.addAbortListener({}, () => {})));
  log.push(attempt(() => EE.addAbortListener(new AbortController().signal, 'x')));
  return log;
};

scenarios['once and on validate their options'] = async (EE) => {
  const ee = new EE();
  const log = [];
  for (const options of [null, 1, 'x', [], () => {}]) {
    log.push(await EE.once(ee, 'x', options).catch(describeError));
    log.push(attempt(() => EE.on(ee, 'x', options)));
  }
  log.push(attempt(() => EE.on(ee, 'x', { highWaterMark: 0 })), attempt(() => EE.on(ee, 'x', { lowWaterMark: 1.5 })));
  return log;
};

scenarios['captureRejections: option validation, errorMonitor and a throwing error handler'] = async (EE) => {
  const log = [];
  for (const value of [1, 'yes', null]) log.push(attempt(() => typeof new EE({ captureRejections: value })));
  log.push(attempt(() => { EE.captureRejections = 'x'; }));
  const ee = new EE({ captureRejections: true });
  ee.on(EE.errorMonitor, (err) => log.push(['monitor', err.message]));
  ee.on('error', (err) => log.push(['error', err.message]));
  ee.on('e', () => Promise.reject(new Error('rejected')));
  ee.emit('e');
  await tick();
  const sync = new EE({ captureRejections: true });
  sync.on('e', () => { throw new Error('sync throw is not captured'); });
  log.push(attempt(() => sync.emit('e')));
  return log;
};

scenarios['emit error without an Error'] = (EE) => {
  const log = [];
  for (const args of [[], [undefined], [null], ['text'], [{ a: 1 }], [42]]) {
    log.push(attempt(() => new EE().emit('error', ...args)));
  }
  const monitored = new EE();
  monitored.on(EE.errorMonitor, (...args) => log.push(['monitor', args.length]));
  log.push(attempt(() => monitored.emit('error', 'still thrown')));
  return log;
};

async function main() {
  const tally = checker.createTally();
  for (const [name, scenario] of Object.entries(scenarios)) {
    const [actual, expected] = [await runScenario(scenario, mine), await runScenario(scenario, nodeEvents)];
    tally.compare(name, actual, expected, { depth: 6 });
  }
  tally.finish();
}

async function runScenario(scenario, EE) {
  try {
    return { value: await scenario(EE) };
  } catch (error) {
    return { error: describeError(error) };
  }
}

main();
