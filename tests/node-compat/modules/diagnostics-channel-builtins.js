// The channels Node itself publishes: module.require around require(), console.* before formatting.
const dc = require('diagnostics_channel');
const events = [];
const track = (name) => (ctx) => events.push([name, ctx.id, ctx.parentFilename === __filename, 'result' in ctx, ctx.error?.code]);
const handlers = { start: track('start'), end: track('end'), asyncStart: track('asyncStart'), asyncEnd: track('asyncEnd'), error: track('error') };
dc.tracingChannel('module.require').subscribe(handlers);
require('util');
require('./fixtures/counter.js');
try { require('./nope'); } catch {}
dc.tracingChannel('module.require').unsubscribe(handlers);
require('os');
console.log(events);

dc.subscribe('console.log', (args) => { args.push('(added)'); });
dc.subscribe('console.warn', (args) => { process.stdout.write(`warn args: ${JSON.stringify(args)}\n`); });
console.log('hello', 1);
console.warn('to stderr');
console.info('info is not log');
