// Edge cases found with Node's own tests: one signal for many listeners, brand checks, constructors, transfer lists.
const log = (...args) => console.log(...args);
const attempt = (label, thunk) => {
  try {
    const value = thunk();
    log(label, 'ok', value);
  } catch (error) {
    log(label, error.name, error.code, JSON.stringify(error.message));
  }
};

// One AbortSignal removes every listener it was given to, even those
// whose removal callbacks nothing else holds.
let count = 0;
const target = new EventTarget();
const controller = new AbortController();
const options = { signal: controller.signal, once: true };
target.addEventListener('first', () => count++, options);
target.addEventListener('second', () => count++, options);
target.addEventListener('third', () => count++, { signal: controller.signal });
controller.abort();
for (const type of ['first', 'second', 'third']) target.dispatchEvent(new Event(type));
log('listeners left after abort', count);

// Native atob's DOMException is a DOMException.
try {
  atob('\u6211');
} catch (error) {
  log('atob throws a DOMException', error instanceof DOMException, error.name);
}

// An object whose prototype is DOMException's is not one.
const fake = Object.setPrototypeOf({}, DOMException.prototype);
log('structuredClone of a fake', structuredClone(fake) instanceof DOMException);
attempt('name of a fake', () => fake.name);

attempt('MessagePort()', () => MessagePort());
attempt('MessageChannel()', () => MessageChannel());
log('constructor', new MessageChannel().port1.constructor === MessagePort);

const { port1, port2 } = new MessageChannel();
attempt('transfer: null', () => port1.postMessage(5, { transfer: null }));
attempt('transfer: {}', () => port1.postMessage(5, { transfer: {} }));
attempt('iterator without next', () => port1.postMessage(5, { transfer: { [Symbol.iterator]() { return {}; } } }));
attempt('next returns null', () => port1.postMessage(5, { transfer: { [Symbol.iterator]() { return { next: () => null }; } } }));
attempt('options without transfer', () => port1.postMessage(5, {}));
port1.close();

attempt('performance.mark(symbol)', () => performance.mark(Symbol('a')));
attempt('performance.clearMarks(symbol)', () => performance.clearMarks(Symbol('a')));
attempt('performance.getEntriesByName(symbol)', () => performance.getEntriesByName(Symbol('a')));
const { nodeTiming } = performance;
log('milestones in order', nodeTiming.nodeStart >= 0 && nodeTiming.v8Start > nodeTiming.nodeStart &&
  nodeTiming.environment > nodeTiming.v8Start && nodeTiming.bootstrapComplete > nodeTiming.environment,
'loopStart during the main script', nodeTiming.loopStart);

// Posting a port's own peer loses the channel; buffers still move.
const lost = new MessageChannel();
const buffer = new ArrayBuffer(4);
process.on('warning', (warning) => log('warning', warning.message));
lost.port2.onmessage = () => log('never delivered');
lost.port2.postMessage(null, [lost.port1, buffer]);
log('buffer moved', buffer.byteLength);

// A channel closed by a listener hears no more of what was queued.
const c1 = new BroadcastChannel('edge').unref();
const c2 = new BroadcastChannel('edge');
const c3 = new BroadcastChannel('edge');
const heard = [];
c2.onmessage = (event) => { heard.push(`c2 ${event.data}`); c2.close(); };
c3.onmessage = (event) => {
  heard.push(`c3 ${event.data}`);
  if (event.data === 'done') {
    log(heard.join(', '));
    c3.close();
  }
};
c1.postMessage('first');
c1.postMessage('done');

// close() after the peer closed still gets its 'close' event.
const both = new MessageChannel();
both.port1.close();
both.port2.close(() => log('port2 close callback, though port1 closed it first'));
log('postMessage answers', both.port1.postMessage('to nobody'));
