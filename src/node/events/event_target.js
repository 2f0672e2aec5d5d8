'use strict';
// The DOM's EventTarget, Event and CustomEvent as Node 24 has them as
// globals: listeners by type in insertion order, `once`, `capture` (only as
// part of a listener's identity: there is no tree to capture through),
// `passive`, removal by `signal`, `handleEvent` objects, `preventDefault` on
// cancelable events, and a listener's throw reported as an uncaught
// exception on the next tick while the other listeners still run.
//
// Not covered: NodeEventTarget and the max-listeners warning of EventTarget.

const {
  codes: { ERR_EVENT_RECURSION, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_MISSING_ARGS },
} = require('internal/errors');
const { validateAbortSignal, validateObject } = require('internal/validators');

const kType = Symbol('type');
const kState = Symbol('kState');
const kListeners = Symbol('kEvents');
const kTrusted = Symbol('kTrusted');
const kDetail = Symbol('detail');
const kIsBeingDispatched = Symbol('kIsBeingDispatched');

const NONE = 0;
const AT_TARGET = 2;

function isEvent(value) {
  return typeof value?.[kType] === 'string';
}

class Event {
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (options !== undefined && options !== null) validateObject(options, 'options', 1);
    this[kType] = `${type}`;
    this[kState] = {
      bubbles: !!options?.bubbles,
      cancelable: !!options?.cancelable,
      composed: !!options?.composed,
      defaultPrevented: false,
      stopImmediate: false,
      propagationStopped: false,
      target: null,
      currentTarget: null,
      phase: NONE,
      timeStamp: globalThis.performance ? globalThis.performance.now() : Date.now(),
      dispatching: false,
    };
    if (options?.[kTrusted]) Object.defineProperty(this, 'isTrusted', { value: true, enumerable: true });
  }

  get type() {
    check(this, 'type');
    return this[kType];
  }

  get target() {
    check(this, 'target');
    return this[kState].target;
  }

  get currentTarget() {
    check(this, 'currentTarget');
    return this[kState].currentTarget;
  }

  get srcElement() {
    check(this, 'srcElement');
    return this[kState].target;
  }

  get eventPhase() {
    check(this, 'eventPhase');
    return this[kState].phase;
  }

  get bubbles() {
    check(this, 'bubbles');
    return this[kState].bubbles;
  }

  get cancelable() {
    check(this, 'cancelable');
    return this[kState].cancelable;
  }

  get composed() {
    check(this, 'composed');
    return this[kState].composed;
  }

  get defaultPrevented() {
    check(this, 'defaultPrevented');
    return this[kState].cancelable && this[kState].defaultPrevented;
  }

  get returnValue() {
    check(this, 'returnValue');
    return !this.defaultPrevented;
  }

  get timeStamp() {
    check(this, 'timeStamp');
    return this[kState].timeStamp;
  }

  get cancelBubble() {
    check(this, 'cancelBubble');
    return this[kState].propagationStopped;
  }

  set cancelBubble(value) {
    check(this, 'cancelBubble');
    if (value) this[kState].propagationStopped = true;
  }

  composedPath() {
    check(this, 'composedPath');
    return this[kState].dispatching ? [this[kState].currentTarget] : [];
  }

  preventDefault() {
    check(this, 'preventDefault');
    this[kState].defaultPrevented = true;
  }

  stopPropagation() {
    check(this, 'stopPropagation');
    this[kState].propagationStopped = true;
  }

  stopImmediatePropagation() {
    check(this, 'stopImmediatePropagation');
    this[kState].propagationStopped = true;
    this[kState].stopImmediate = true;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    const { inspect } = require('internal/util/inspect');
    return `${name} ${inspect({
      type: this[kType],
      defaultPrevented: this.defaultPrevented,
      cancelable: this.cancelable,
      timeStamp: this.timeStamp,
    }, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

function check(self, name) {
  if (!isEvent(self)) throw new ERR_INVALID_THIS('Event');
  return name;
}

// isTrusted is an own, non-configurable getter in the DOM; false unless the
// runtime itself dispatched the event (AbortSignal's 'abort').
Object.defineProperty(Event.prototype, 'isTrusted', { get: () => false, enumerable: true, configurable: false });
for (const name of ['type', 'target', 'currentTarget', 'srcElement', 'eventPhase', 'bubbles', 'cancelable',
  'composed', 'defaultPrevented', 'returnValue', 'timeStamp', 'cancelBubble', 'composedPath', 'preventDefault',
  'stopPropagation', 'stopImmediatePropagation']) {
  Object.defineProperty(Event.prototype, name, { ...Object.getOwnPropertyDescriptor(Event.prototype, name), enumerable: true });
}
const phases = { NONE: 0, CAPTURING_PHASE: 1, AT_TARGET: 2, BUBBLING_PHASE: 3 };
for (const [name, value] of Object.entries(phases)) {
  Object.defineProperty(Event, name, { value, enumerable: true });
  Object.defineProperty(Event.prototype, name, { value, enumerable: true });
}
Object.defineProperty(Event.prototype, Symbol.toStringTag, { value: 'Event', configurable: true });

class CustomEvent extends Event {
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this[kDetail] = options?.detail ?? null;
  }

  get detail() {
    if (!(kDetail in this)) throw new ERR_INVALID_THIS('CustomEvent');
    return this[kDetail];
  }
}
Object.defineProperty(CustomEvent.prototype, 'detail', { ...Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail'), enumerable: true });
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, { value: 'CustomEvent', configurable: true });

function isEventTarget(value) {
  return value?.[kListeners] instanceof Map;
}

// `capture` from a boolean or an options object; the rest only from objects.
function flatten(options) {
  if (typeof options === 'boolean' || options == null) return { capture: !!options };
  if (typeof options !== 'object' && typeof options !== 'function') return { capture: !!options };
  return {
    once: !!options.once,
    capture: !!options.capture,
    passive: !!options.passive,
    signal: options.signal,
  };
}

function validListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') return true;
  if (listener == null) return false;
  if (typeof listener === 'object') return true; // handleEvent is looked up when called
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

class EventTarget {
  constructor() {
    this[kListeners] = new Map();
  }

  addEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    const { once, capture, passive, signal } = flatten(options);
    if (!validListener(listener)) {
      process.emitWarning(
        `addEventListener called with ${listener} which has no effect.`, 'AddEventListenerArgumentTypeWarning');
      return;
    }
    if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
    if (signal?.aborted) return;
    type = `${type}`;
    let list = this[kListeners].get(type);
    if (list === undefined) {
      list = [];
      this[kListeners].set(type, list);
    }
    if (list.some((entry) => entry.listener === listener && entry.capture === capture && !entry.removed)) return;
    const entry = { listener, capture, once, passive, removed: false };
    list.push(entry);
    if (signal !== undefined) {
      signal.addEventListener('abort', () => this.removeEventListener(type, listener, { capture }), { once: true });
    }
  }

  removeEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    const { capture } = flatten(options);
    type = `${type}`;
    const list = this[kListeners].get(type);
    if (list === undefined) return;
    const index = list.findIndex((entry) => entry.listener === listener && entry.capture === capture);
    if (index === -1) return;
    list[index].removed = true;
    list.splice(index, 1);
    if (list.length === 0) this[kListeners].delete(type);
  }

  dispatchEvent(event) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!(event instanceof Event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    const state = event[kState];
    if (state.dispatching) throw new ERR_EVENT_RECURSION(event.type);
    state.dispatching = true;
    state.target = this;
    state.currentTarget = this;
    state.phase = AT_TARGET;
    const list = this[kListeners].get(event.type);
    // Listeners added while dispatching wait for the next event; removed
    // ones are skipped (the `removed` mark).
    for (const entry of list ? [...list] : []) {
      if (entry.removed) continue;
      if (entry.once) this.removeEventListener(event.type, entry.listener, { capture: entry.capture });
      const { listener } = entry;
      try {
        let result;
        if (typeof listener === 'function') {
          result = listener.call(this, event);
        } else if (typeof listener.handleEvent === 'function') {
          result = listener.handleEvent(event);
        }
        if (result !== undefined && result !== null && typeof result.then === 'function') {
          result.then(undefined, (error) => process.nextTick(() => { throw error; }));
        }
      } catch (error) {
        process.nextTick(() => { throw error; });
      }
      if (state.stopImmediate) break;
    }
    state.dispatching = false;
    state.currentTarget = null;
    state.phase = NONE;
    return !event.defaultPrevented;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    const { inspect } = require('internal/util/inspect');
    return `${name} ${inspect({}, options)}`;
  }
}
for (const name of ['addEventListener', 'removeEventListener', 'dispatchEvent']) {
  Object.defineProperty(EventTarget.prototype, name, { ...Object.getOwnPropertyDescriptor(EventTarget.prototype, name), enumerable: true });
}
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, { value: 'EventTarget', configurable: true });

// `on<type>` attribute handlers (AbortSignal's onabort): one listener slot
// whose current function is called.
function defineEventHandler(target, type, name = type) {
  const key = Symbol(`on${name}`);
  Object.defineProperty(target, `on${name}`, {
    get() {
      return this[key]?.handler ?? null;
    },
    set(value) {
      if (!this[key]) {
        const slot = { handler: null };
        this[key] = slot;
        this.addEventListener(type, function(event) {
          if (typeof slot.handler === 'function') return slot.handler.call(this, event);
        });
      }
      this[key].handler = typeof value === 'function' || (typeof value === 'object' && value !== null) ? value : null;
    },
    enumerable: true,
    configurable: true,
  });
}

module.exports = {
  CustomEvent,
  Event,
  EventTarget,
  defineEventHandler,
  isEventTarget,
  kTrusted,
  kIsBeingDispatched,
};
