// diagnostics_channel: channels, subscribe/unsubscribe during publish, stores, errors, inspect, tracing channels.
const dc = require('diagnostics_channel');
const util = require('util');
console.log(require('node:diagnostics_channel') === dc, Object.keys(dc).sort());

const a = dc.channel('a');
console.log(a === dc.channel('a'), a instanceof dc.Channel, a.name, a.hasSubscribers, dc.hasSubscribers('a'), dc.hasSubscribers('none'));
console.log(util.inspect(a));
const sym = Symbol('s');
console.log(dc.channel(sym).name === sym);
for (const bad of [1, null, {}]) {
  try { dc.channel(bad); } catch (e) { console.log(e.code, e.message); }
}
try { a.subscribe(1); } catch (e) { console.log(e.code, e.message); }
const seen = [];
const first = (data, name) => { seen.push(['first', data, name]); dc.unsubscribe('a', first); };
const second = (data, name) => seen.push(['second', data, name]);
dc.subscribe('a', first);
a.subscribe(second);
console.log(util.inspect(a), a.hasSubscribers, dc.hasSubscribers('a'));
a.publish(1);
a.publish(2);
console.log(seen);
console.log(a.unsubscribe(first), a.unsubscribe(second), a.unsubscribe(second), a.hasSubscribers, util.inspect(a));
a.publish(3);

// A store: anything with run(value, fn).
const store = {
  value: undefined,
  run(value, fn) {
    const saved = this.value;
    this.value = value;
    try { return fn(); } finally { this.value = saved; }
  },
};
const b = dc.channel('b');
console.log(b.runStores({ x: 1 }, function (p, q) { return [this, p, q, store.value]; }, 'self', 'p', 'q'));
b.bindStore(store, (data) => ({ wrapped: data }));
b.subscribe((data) => console.log('published', data, store.value));
console.log(b.hasSubscribers, b.runStores('data', () => store.value));
console.log(b.unbindStore(store), b.unbindStore(store), b.hasSubscribers);

// Errors in subscribers become uncaught exceptions later; publishing goes on.
process.on('uncaughtException', (e) => console.log('uncaught', e.message));
const c = dc.channel('c');
c.subscribe(() => { throw new Error('boom'); });
c.subscribe(() => console.log('after boom'));
c.publish();
console.log('published c');

// Tracing channels.
const tc = dc.tracingChannel('t');
console.log(tc.start.name, tc.asyncEnd.name, tc.hasSubscribers, Object.keys(tc));
const log = (event) => (ctx) => console.log(event, JSON.stringify(ctx, (k, v) => (v instanceof Error ? `Error(${v.message})` : v)));
const handlers = { start: log('start'), end: log('end'), asyncStart: log('asyncStart'), asyncEnd: log('asyncEnd'), error: log('error') };
console.log(tc.traceSync(() => 'untraced'));
tc.subscribe(handlers);
console.log(tc.hasSubscribers, tc.traceSync(function (x) { return [this.n, x]; }, { id: 1 }, { n: 'this' }, 'arg'));
try { tc.traceSync(() => { throw new Error('sync'); }, { id: 2 }); } catch (e) { console.log('caught', e.message); }
for (const bad of [0, { start: '' }, {}]) {
  try { dc.tracingChannel(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { tc.traceCallback(() => {}, 0, {}, null, 'not a function'); } catch (e) { console.log(e.code, e.message); }
tc.traceCallback((x, cb) => setTimeout(() => cb(null, x * 2)), -1, { id: 3 }, null, 21, (err, value) => console.log('callback', err, value));
tc.traceCallback((cb) => setTimeout(() => cb(new Error('cb'))), 0, { id: 4 }, null, (err) => console.log('callback error', err.message));
setTimeout(async () => {
  console.log(await tc.tracePromise(async (x) => x + 1, { id: 5 }, null, 1));
  await tc.tracePromise(async () => { throw new Error('rejected'); }, { id: 6 }).catch((e) => console.log('rejected', e.message));
  console.log(await tc.tracePromise(() => ({ then(resolve) { resolve('thenable'); } }), { id: 7 }));
  console.log(tc.unsubscribe(handlers), tc.unsubscribe(handlers), tc.hasSubscribers);
}, 10);
