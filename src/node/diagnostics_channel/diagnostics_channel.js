'use strict';
// `diagnostics_channel` as Node 24 has it: named channels (string or symbol)
// with subscribe/unsubscribe/publish, stores bound to a channel and entered
// by runStores (any object with `run(value, fn)`, such as AsyncLocalStorage),
// the module-level channel/hasSubscribers/subscribe/unsubscribe, and
// TracingChannel with traceSync, tracePromise and traceCallback.
//
// A channel is an inactive `Channel` until something subscribes or binds a
// store; it then becomes an `ActiveChannel` (its prototype is swapped, as in
// Node, so `util.inspect` names it the same way) until the last one leaves.
// The registry holds a channel weakly unless it is active, so a channel
// nobody references or listens to can be collected and a later
// `channel(name)` makes a new one.
//
// Built-in channels published here: `module.require` (a tracing channel
// around every require() from a CommonJS module, see modules/loader.js) and
// `console.log`/`info`/`debug`/`warn`/`error` (see console/console.js).
// NODE-DIFF: `module.import` (dynamic import() is the engine's own), and the
// http, net, dgram, child_process and worker_threads channels are not
// published.

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateFunction } = require('internal/validators');

// Node keeps a channel's stores in a SafeMap, which util.inspect shows by name.
class SafeMap extends Map {}

const channels = new Map();
// Channels with subscribers or stores stay alive while they have them.
const active = new Set();
const registry = typeof FinalizationRegistry === 'function' ?
  new FinalizationRegistry((name) => {
    const ref = channels.get(name);
    if (ref !== undefined && ref.deref() === undefined) channels.delete(name);
  }) : null;

function lookup(name) {
  const ref = channels.get(name);
  return ref === undefined ? undefined : ref.deref();
}

// A subscriber that throws does not stop the others: its error becomes an
// uncaught exception on the next tick.
function reportLater(error) {
  process.nextTick(() => {
    throw error;
  });
}

function activate(channel) {
  Object.setPrototypeOf(channel, ActiveChannel.prototype);
  channel._subscribers = [];
  channel._stores = new SafeMap();
  active.add(channel);
}

function deactivateIfIdle(channel) {
  if (channel._subscribers.length > 0 || channel._stores.size > 0) return;
  Object.setPrototypeOf(channel, Channel.prototype);
  channel._subscribers = undefined;
  channel._stores = undefined;
  active.delete(channel);
}

class Channel {
  constructor(name) {
    this._subscribers = undefined;
    this._stores = undefined;
    this.name = name;
    channels.set(name, new WeakRef(this));
    registry?.register(this, name);
  }

  static [Symbol.hasInstance](instance) {
    // V8's words for Object.getPrototypeOf(undefined), which Node calls here.
    if (instance === undefined || instance === null) throw new TypeError('Cannot convert undefined or null to object');
    const prototype = Object.getPrototypeOf(instance);
    return prototype === Channel.prototype || prototype === ActiveChannel.prototype;
  }

  subscribe(subscription) {
    activate(this);
    this.subscribe(subscription);
  }

  unsubscribe() {
    return false;
  }

  bindStore(store, transform) {
    activate(this);
    this.bindStore(store, transform);
  }

  unbindStore() {
    return false;
  }

  get hasSubscribers() {
    return false;
  }

  publish() {}

  runStores(data, fn, thisArg, ...args) {
    return Reflect.apply(fn, thisArg, args);
  }
}

class ActiveChannel {
  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    // A new array, so a publish under way keeps the list it started with.
    this._subscribers = [...this._subscribers, subscription];
  }

  unsubscribe(subscription) {
    const index = this._subscribers.indexOf(subscription);
    if (index === -1) return false;
    this._subscribers = this._subscribers.filter((_, i) => i !== index);
    deactivateIfIdle(this);
    return true;
  }

  bindStore(store, transform) {
    this._stores.set(store, transform);
  }

  unbindStore(store) {
    if (!this._stores.has(store)) return false;
    this._stores.delete(store);
    deactivateIfIdle(this);
    return true;
  }

  get hasSubscribers() {
    return true;
  }

  publish(data) {
    const subscribers = this._subscribers;
    if (subscribers === undefined) return;
    for (let i = 0; i < subscribers.length; i++) {
      try {
        subscribers[i](data, this.name);
      } catch (error) {
        reportLater(error);
      }
    }
  }

  // Enters every bound store (with the value its transform makes of `data`,
  // or `data` itself), publishes `data`, then calls fn inside them all.
  runStores(data, fn, thisArg, ...args) {
    let run = () => {
      this.publish(data);
      return Reflect.apply(fn, thisArg, args);
    };
    for (const [store, transform] of this._stores) {
      const next = run;
      run = () => {
        let value;
        try {
          value = transform === undefined ? data : transform(data);
        } catch (error) {
          reportLater(error);
          return next();
        }
        return store.run(value, next);
      };
    }
    return run();
  }
}

function channel(name) {
  const existing = lookup(name);
  if (existing !== undefined) return existing;
  if (typeof name !== 'string' && typeof name !== 'symbol') {
    throw new ERR_INVALID_ARG_TYPE('channel', ['string', 'symbol'], name);
  }
  return new Channel(name);
}

function hasSubscribers(name) {
  const found = lookup(name);
  return found === undefined ? false : found.hasSubscribers;
}

function subscribe(name, subscription) {
  return channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
  return channel(name).unsubscribe(subscription);
}

const traceEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

function tracingChannelPart(nameOrChannels, event) {
  if (typeof nameOrChannels === 'string') return channel(`tracing:${nameOrChannels}:${event}`);
  if (typeof nameOrChannels === 'object' && nameOrChannels !== null) {
    const part = nameOrChannels[event];
    if (!(part instanceof Channel)) throw new ERR_INVALID_ARG_TYPE(`nameOrChannels.${event}`, ['Channel'], part);
    return part;
  }
  throw new ERR_INVALID_ARG_TYPE('nameOrChannels', ['string', 'object', 'TracingChannel'], nameOrChannels);
}

class TracingChannel {
  constructor(nameOrChannels) {
    for (const event of traceEvents) {
      Object.defineProperty(this, event, { __proto__: null, value: tracingChannelPart(nameOrChannels, event) });
    }
  }

  get hasSubscribers() {
    return traceEvents.some((event) => this[event].hasSubscribers);
  }

  subscribe(handlers) {
    for (const event of traceEvents) {
      if (handlers[event]) this[event]?.subscribe(handlers[event]);
    }
  }

  unsubscribe(handlers) {
    let all = true;
    for (const event of traceEvents) {
      if (handlers[event] && !this[event]?.unsubscribe(handlers[event])) all = false;
    }
    return all;
  }

  traceSync(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, error } = this;
    return start.runStores(context, () => {
      try {
        const result = Reflect.apply(fn, thisArg, args);
        context.result = result;
        return result;
      } catch (thrown) {
        context.error = thrown;
        error.publish(context);
        throw thrown;
      } finally {
        end.publish(context);
      }
    });
  }

  tracePromise(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, asyncStart, asyncEnd, error } = this;
    const settled = (result) => {
      context.result = result;
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return result;
    };
    const rejected = (reason) => {
      context.error = reason;
      error.publish(context);
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return Promise.reject(reason);
    };
    return start.runStores(context, () => {
      try {
        let promise = Reflect.apply(fn, thisArg, args);
        // A thenable becomes a real promise.
        if (!(promise instanceof Promise)) promise = Promise.resolve(promise);
        return promise.then(settled, rejected);
      } catch (thrown) {
        context.error = thrown;
        error.publish(context);
        throw thrown;
      } finally {
        end.publish(context);
      }
    });
  }

  traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, asyncStart, asyncEnd, error } = this;
    const callback = args.at(position);
    validateFunction(callback, 'callback');
    function wrappedCallback(err, result) {
      if (err) {
        context.error = err;
        error.publish(context);
      } else {
        context.result = result;
      }
      // runStores, so a subscriber can restore the context the callback runs in.
      asyncStart.runStores(context, () => {
        try {
          return Reflect.apply(callback, this, arguments);
        } finally {
          asyncEnd.publish(context);
        }
      });
    }
    args.splice(position, 1, wrappedCallback);
    return start.runStores(context, () => {
      try {
        return Reflect.apply(fn, thisArg, args);
      } catch (thrown) {
        context.error = thrown;
        error.publish(context);
        throw thrown;
      } finally {
        end.publish(context);
      }
    });
  }
}

function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

module.exports = {
  channel,
  hasSubscribers,
  subscribe,
  tracingChannel,
  unsubscribe,
  Channel,
};
