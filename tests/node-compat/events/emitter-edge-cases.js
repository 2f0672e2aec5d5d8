// EventEmitter edge cases: captureRejections, Symbol.for('nodejs.rejection'), errorMonitor, unhandled 'error', max-listeners warnings.
const EventEmitter = require('events');
const log = (...args) => console.log(...args);
process.on('warning', (warning) => log(`warning ${warning.name}: ${warning.message}` +
  (warning.emitter ? ` [emitter ok: ${warning.emitter instanceof EventEmitter}, type: ${String(warning.type)}, count: ${warning.count}]` : '')));

const leaky = new EventEmitter();
for (let i = 0; i < 11; i++) leaky.on('data', () => {});
for (let i = 0; i < 12; i++) leaky.on(Symbol('sym'), () => {});
class Custom extends EventEmitter {}
const custom = new Custom().setMaxListeners(2);
custom.on('x', () => {}).on('x', () => {}).on('x', () => {}).on('x', () => {});
log('defaultMaxListeners', EventEmitter.defaultMaxListeners, custom.getMaxListeners(), EventEmitter.getMaxListeners(leaky));

const monitored = new EventEmitter();
monitored.on(EventEmitter.errorMonitor, (error) => log('errorMonitor saw', error.message));
try {
  monitored.emit('error', new Error('no error listener'));
} catch (error) {
  log('thrown', error.message);
}
for (const value of [undefined, 'text', { code: 1 }, 42]) {
  try {
    new EventEmitter().emit('error', value);
  } catch (error) {
    log('unhandled', error.code, error.message, error.context === value);
  }
}

const capturing = new EventEmitter({ captureRejections: true });
capturing.on('event', async (value) => {
  throw new Error(`async listener rejected with ${value}`);
});
capturing.on('error', (error) => log('captured into error:', error.message));
capturing.emit('event', 1);

const withHandler = new EventEmitter({ captureRejections: true });
withHandler[Symbol.for('nodejs.rejection')] = (error, event, ...args) => log('nodejs.rejection:', error.message, event, args.join());
withHandler.on('ready', async () => {
  throw new Error('to the rejection handler');
});
withHandler.emit('ready', 'a', 'b');

const notCapturing = new EventEmitter();
notCapturing.on('event', async () => 'resolved values are ignored');
log('emit returns', notCapturing.emit('event'), notCapturing.emit('nothing'));
log('captureRejectionSymbol', EventEmitter.captureRejectionSymbol === Symbol.for('nodejs.rejection'), EventEmitter.captureRejections);

// Listener order with prepend and once; removal during emit.
const ordered = new EventEmitter();
const order = [];
ordered.on('e', () => order.push('on'));
ordered.prependListener('e', () => order.push('prepend'));
ordered.once('e', () => order.push('once'));
ordered.prependOnceListener('e', () => order.push('prependOnce'));
const removedDuringEmit = () => order.push('removed during emit still runs this time');
ordered.on('e', () => ordered.off('e', removedDuringEmit));
ordered.on('e', removedDuringEmit);
ordered.emit('e');
log(order.join(' | '));
order.length = 0;
ordered.emit('e');
log(order.join(' | '));

const meta = new EventEmitter();
meta.on('newListener', (event, listener) => log('newListener', String(event), typeof listener));
meta.on('removeListener', (event) => log('removeListener', String(event)));
const handler = () => {};
meta.once('x', handler);
meta.removeListener('x', handler);
meta.removeAllListeners();
log('eventNames after removeAllListeners', meta.eventNames());

const untyped = new EventEmitter().on('x', () => {});
log('listeners() without a type', untyped.listeners().length, untyped.rawListeners().length, new EventEmitter().listeners('x').length);

process.on('exit', () => log('exit'));
