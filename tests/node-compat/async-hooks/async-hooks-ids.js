// async_hooks: createHook init/before/after/destroy for timers, immediates, ticks and AsyncResource; ids and triggers.
const async_hooks = require('async_hooks');
const { createHook, executionAsyncId, triggerAsyncId, executionAsyncResource, AsyncResource } = async_hooks;
const log = (...args) => console.log(...args);

log(Object.keys(async_hooks).join());
log('main', executionAsyncId(), triggerAsyncId(), JSON.stringify(executionAsyncResource()));
log('providers', async_hooks.asyncWrapProviders.PROMISE, async_hooks.asyncWrapProviders.TCPWRAP, Object.isFrozen(async_hooks.asyncWrapProviders));

const events = [];
// Node emits destroy hooks from a queue of its own, at a place among the
// other events that depends on timing: they are reported apart.
const destroyed = [];
const types = new Map();
const hook = createHook({
  init(id, type, trigger) {
    // Node's own console writes make ticks too: only these types are ours.
    if (!['Timeout', 'Immediate', 'Thing'].includes(type)) return;
    types.set(id, type);
    events.push(`init ${type} trigger=${trigger === executionAsyncId() ? 'current' : trigger}`);
  },
  before(id) { if (types.has(id)) events.push(`before ${types.get(id)}`); },
  after(id) { if (types.has(id)) events.push(`after ${types.get(id)}`); },
  destroy(id) { if (types.has(id)) destroyed.push(types.get(id)); },
});
log('enable returns hook', hook.enable() === hook, hook.enable() === hook);

let timeoutId;
setImmediate(() => {
  log('immediate id differs from main', executionAsyncId() !== 1);
  const timeout = setTimeout(() => {
    timeoutId = executionAsyncId();
    log('in timeout: resource is the Timeout', executionAsyncResource() === timeout, 'trigger is the immediate',
      triggerAsyncId() !== 1);
    process.nextTick(() => {
      log('tick triggered by the timeout', triggerAsyncId() === timeoutId);
      // The report is scheduled from here, so its place does not depend on
      // how long the process took to start.
      setTimeout(report, 5);
    });
  }, 1);
});
const resource = new AsyncResource('Thing');
resource.runInAsyncScope(() => log('in resource scope', executionAsyncId() === resource.asyncId(), triggerAsyncId() === 1));
function report() {
  hook.disable();
  log(events.join('\n'));
  log('destroyed before the report', destroyed.sort().join());
  log('disabled, no more events', (setTimeout(() => {}, 1), events.length === events.length));
}

for (const bad of [{ init: 1 }, { before: 'x' }, { after: {} }, { destroy: 2 }, { promiseResolve: 3 }]) {
  try {
    createHook(bad);
  } catch (error) {
    log('createHook', error.code, error.message);
  }
}
