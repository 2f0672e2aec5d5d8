'use strict';
// The DOM's Event, CustomEvent and EventTarget as Node 24 has them as
// globals, and NodeEventTarget (the EventTarget with an EventEmitter face
// that MessagePort and BroadcastChannel are).
//
// Node's choices are kept where they differ from the DOM: there is no tree,
// so `capture` is only part of a listener's identity and every event is
// dispatched AT_TARGET; listeners live in a linked list walked during
// dispatch, so one appended while an earlier listener runs is called in the
// same dispatch; after the first DOM-style listener returns the event no
// longer reports itself as being dispatched (currentTarget null, phase
// NONE); `handleEvent` is looked up when the event arrives and called
// through an async function, so its throw (like a listener's rejected
// promise) becomes an uncaught exception on the next tick, while a
// function listener's throw is reported the same way and the remaining
// listeners still run. More than `events.defaultMaxListeners` listeners of
// one type draw a MaxListenersExceededWarning once per target.
//
// Not covered: bubbling and capturing through a tree (there is none).

const {
  codes: { ERR_EVENT_RECURSION, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS, ERR_MISSING_ARGS },
} = require('internal/errors');
const { validateAbortSignal, validateObject, validateString } = require('internal/validators');
const EventEmitter = require('events');

// The performance clock, loaded on the first event (it needs the process
// binding, which the events checker does not have).
let perfNow;
function now() {
  perfNow ??= require('internal/perf/utils').now;
  return perfNow();
}

const { kMaxEventTargetListeners, kMaxEventTargetListenersWarned } = EventEmitter;

const kIsEventTarget = Symbol.for('nodejs.event_target');
const kIsNodeEventTarget = Symbol('kIsNodeEventTarget');
const kEvents = Symbol('kEvents');
const kIsBeingDispatched = Symbol('kIsBeingDispatched');
const kStop = Symbol('kStop');
const kTarget = Symbol('kTarget');
const kHandlers = Symbol('kHandlers');
const kWeakHandler = Symbol('kWeak');
const kResistStopPropagation = Symbol('kResistStopPropagation');
const kHybridDispatch = Symbol.for('nodejs.internal.kHybridDispatch');
const kRemoveWeakListenerHelper = Symbol('kRemoveWeakListenerHelper');
const kCreateEvent = Symbol('kCreateEvent');
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');
const kIsNodeStyleListener = Symbol('kIsNodeStyleListener');
const kTrustEvent = Symbol('kTrustEvent');
const kType = Symbol('type');
const kDetail = Symbol('detail');
const kInPassiveListener = Symbol('kInPassiveListener');
const customInspect = Symbol.for('nodejs.util.inspect.custom');

let inspectFunction;
function inspect(value, options) {
  inspectFunction ??= require('internal/util/inspect').inspect;
  return inspectFunction(value, options);
}

// What a custom inspect prints below `depth`: the object's fields one level down.
function inspectFields(self, fields, depth, options) {
  const name = self.constructor.name;
  if (depth < 0) return name;
  const nested = { ...options, depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth };
  return `${name} ${inspect(fields, nested)}`;
}

function defineEnumerable(prototype, names) {
  for (const name of names) {
    const descriptor = Object.getOwnPropertyDescriptor(prototype, name);
    Object.defineProperty(prototype, name, { ...descriptor, enumerable: true });
  }
}

function defineToStringTag(prototype, tag) {
  Object.defineProperty(prototype, Symbol.toStringTag, { value: tag, writable: false, enumerable: false, configurable: true });
}

// --- Event ---

// isTrusted is true only for events the runtime dispatches (AbortSignal's
// 'abort'); Node keeps them in a set rather than on each event.
const trustedEvents = new WeakSet();

function isEvent(value) {
  return typeof value?.[kType] === 'string';
}

function checkEvent(value) {
  if (!isEvent(value)) throw new ERR_INVALID_THIS('Event');
}

class Event {
  #cancelable = false;
  #bubbles = false;
  #composed = false;
  #defaultPrevented = false;
  #timestamp = now();
  #propagationStopped = false;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (options != null) validateObject(options, 'options');
    this.#bubbles = !!options?.bubbles;
    this.#cancelable = !!options?.cancelable;
    this.#composed = !!options?.composed;
    this[kType] = `${type}`;
    if (options?.[kTrustEvent]) trustedEvents.add(this);
    this[kTarget] = null;
    this[kIsBeingDispatched] = false;
    this[kInPassiveListener] = false;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (this[kIsBeingDispatched]) return;
    this[kType] = `${type}`;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }

  [customInspect](depth, options) {
    checkEvent(this);
    return inspectFields(this, {
      type: this[kType],
      defaultPrevented: this.#defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timestamp,
    }, depth, options);
  }

  stopImmediatePropagation() {
    checkEvent(this);
    this.stopPropagation();
    this[kStop] = true;
  }

  preventDefault() {
    checkEvent(this);
    if (!this.#cancelable || this[kInPassiveListener]) return;
    this.#defaultPrevented = true;
  }

  get target() {
    checkEvent(this);
    return this[kTarget];
  }

  get currentTarget() {
    checkEvent(this);
    return this[kIsBeingDispatched] ? this[kTarget] : null;
  }

  get srcElement() {
    checkEvent(this);
    return this[kTarget];
  }

  get type() {
    checkEvent(this);
    return this[kType];
  }

  get cancelable() {
    checkEvent(this);
    return this.#cancelable;
  }

  get defaultPrevented() {
    checkEvent(this);
    return this.#cancelable && this.#defaultPrevented;
  }

  get timeStamp() {
    checkEvent(this);
    return this.#timestamp;
  }

  composedPath() {
    checkEvent(this);
    return this[kIsBeingDispatched] ? [this[kTarget]] : [];
  }

  get returnValue() {
    checkEvent(this);
    return !this.#cancelable || !this.#defaultPrevented;
  }

  set returnValue(value) {
    checkEvent(this);
    if (!value && this.#cancelable && !this[kInPassiveListener]) this.#defaultPrevented = true;
  }

  get bubbles() {
    checkEvent(this);
    return this.#bubbles;
  }

  get composed() {
    checkEvent(this);
    return this.#composed;
  }

  get eventPhase() {
    checkEvent(this);
    return this[kIsBeingDispatched] ? Event.AT_TARGET : Event.NONE;
  }

  get cancelBubble() {
    checkEvent(this);
    return this.#propagationStopped;
  }

  set cancelBubble(value) {
    checkEvent(this);
    if (value) this.#propagationStopped = true;
  }

  stopPropagation() {
    checkEvent(this);
    this.#propagationStopped = true;
  }
}

defineEnumerable(Event.prototype, [
  'initEvent', 'stopImmediatePropagation', 'preventDefault', 'target', 'currentTarget', 'srcElement', 'type',
  'cancelable', 'defaultPrevented', 'timeStamp', 'composedPath', 'returnValue', 'bubbles', 'composed',
  'eventPhase', 'cancelBubble', 'stopPropagation',
]);
defineToStringTag(Event.prototype, 'Event');
// An accessor on the prototype, where the DOM has an own property on each
// event: Node's choice, for speed.
Object.defineProperty(Event.prototype, 'isTrusted', {
  get: Object.getOwnPropertyDescriptor({ get isTrusted() { return trustedEvents.has(this); } }, 'isTrusted').get,
  enumerable: true,
  configurable: false,
});
['NONE', 'CAPTURING_PHASE', 'AT_TARGET', 'BUBBLING_PHASE'].forEach((name, value) => {
  Object.defineProperty(Event, name, { value, writable: false, enumerable: true, configurable: false });
});

function isCustomEvent(value) {
  return isEvent(value) && value?.[kDetail] !== undefined;
}

class CustomEvent extends Event {
  constructor(type, options = {}) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this[kDetail] = options?.detail ?? null;
  }

  get detail() {
    if (!isCustomEvent(this)) throw new ERR_INVALID_THIS('CustomEvent');
    return this[kDetail];
  }
}

defineEnumerable(CustomEvent.prototype, ['detail']);
defineToStringTag(CustomEvent.prototype, 'CustomEvent');

// --- Listeners ---

// A weak listener (kWeakHandler, used by AbortSignal for the targets it
// removes listeners from) does not keep its callback alive: the `retainer`
// object given as the option does, and once the callback is collected the
// listener leaves the list. Node keeps one callback per retainer, which
// V8's lazy collector forgives; QuickJS frees a callback the moment its
// last reference goes, so every callback of a retainer is kept.
let weakListenerRegistry = null;
const weakListenerRetainers = new WeakMap();
function retain(retainer, listener) {
  let listeners = weakListenerRetainers.get(retainer);
  if (listeners === undefined) weakListenerRetainers.set(retainer, listeners = new Set());
  listeners.add(listener);
}
function weakRegistry() {
  weakListenerRegistry ??= new FinalizationRegistry(({ target, listener, type }) => {
    target.deref()?.[kRemoveWeakListenerHelper](type, listener);
  });
  return weakListenerRegistry;
}

const kFlagOnce = 1;
const kFlagCapture = 2;
const kFlagPassive = 4;
const kFlagNodeStyle = 8;
const kFlagWeak = 16;
const kFlagRemoved = 32;
const kFlagResistStopPropagation = 64;

// One node of a type's doubly linked list; the list's head is the `root`
// record `{ size, next, resistStopPropagation }`.
class Listener {
  constructor(target, type, previous, listener, flags, retainer) {
    this.next = undefined;
    if (previous !== undefined) previous.next = this;
    this.previous = previous;
    this.flags = flags;
    if (flags & kFlagWeak) {
      this.callback = new WeakRef(listener);
      weakRegistry().register(listener, { target: new WeakRef(target), listener: this, type }, this);
      retain(retainer, listener);
      this.retainer = new WeakRef(retainer);
      this.listener = this.callback;
    } else if (typeof listener === 'function') {
      this.callback = listener;
      this.listener = listener;
    } else {
      // handleEvent is looked up when the event comes; as an async
      // function, its throw becomes a rejection (reported like one).
      this.callback = async (...args) => {
        if (listener.handleEvent) await Reflect.apply(listener.handleEvent, listener, args);
      };
      this.listener = listener;
    }
  }

  get once() {
    return (this.flags & kFlagOnce) !== 0;
  }

  get capture() {
    return (this.flags & kFlagCapture) !== 0;
  }

  get passive() {
    return (this.flags & kFlagPassive) !== 0;
  }

  get isNodeStyleListener() {
    return (this.flags & kFlagNodeStyle) !== 0;
  }

  get weak() {
    return (this.flags & kFlagWeak) !== 0;
  }

  get resistStopPropagation() {
    return (this.flags & kFlagResistStopPropagation) !== 0;
  }

  get removed() {
    return (this.flags & kFlagRemoved) !== 0;
  }

  same(listener, capture) {
    const own = this.weak ? this.listener.deref() : this.listener;
    return own === listener && this.capture === capture;
  }

  remove() {
    if (this.previous !== undefined) this.previous.next = this.next;
    if (this.next !== undefined) this.next.previous = this.previous;
    this.flags |= kFlagRemoved;
    if (this.weak) {
      weakRegistry().unregister(this);
      const callback = this.callback.deref();
      if (callback !== undefined) weakListenerRetainers.get(this.retainer.deref())?.delete(callback);
    }
  }
}

function validateEventListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') return true;
  if (listener == null) return false;
  // An object without handleEvent yet: it is looked up at dispatch.
  if (typeof listener === 'object') return true;
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function listenerOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null) return {};
  validateObject(options, 'options', { allowArray: true, allowFunction: true });
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal: options.signal,
    weak: options[kWeakHandler],
    resistStopPropagation: options[kResistStopPropagation] ?? false,
    isNodeStyleListener: Boolean(options[kIsNodeStyleListener]),
  };
}

// WebIDL's DOMString: anything but a symbol, as a string.
function domString(value) {
  if (typeof value === 'symbol') throw new ERR_INVALID_ARG_VALUE('value', value);
  return String(value);
}

function reportUncaught(error) {
  process.nextTick(() => {
    throw error;
  });
}

function catchRejection(result) {
  const then = result.then;
  if (typeof then === 'function') then.call(result, undefined, reportUncaught);
}

// --- EventTarget ---

// Node's test, which accepts targets of other realms (the marker is a
// registered symbol on the constructor).
function isEventTarget(value) {
  return value?.constructor?.[kIsEventTarget];
}

function isNodeEventTarget(value) {
  return value?.constructor?.[kIsNodeEventTarget];
}

function initEventTarget(self) {
  self[kEvents] = new Map();
  self[kMaxEventTargetListeners] = EventEmitter.defaultMaxListeners;
  self[kMaxEventTargetListenersWarned] = false;
  self[kHandlers] = new Map();
}

class EventTarget {
  static [kIsEventTarget] = true;

  constructor() {
    initEventTarget(this);
  }

  [kNewListener](size, type) {
    const max = this[kMaxEventTargetListeners];
    if (max > 0 && size > max && !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      const warning = new Error(`Possible EventTarget memory leak detected. ${size} ${type} listeners added to ` +
        `${inspect(this, { depth: -1 })}. MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`);
      warning.name = 'MaxListenersExceededWarning';
      warning.target = this;
      warning.type = type;
      warning.count = size;
      process.emitWarning(warning);
    }
  }

  [kRemoveListener]() {}

  addEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    let flags = 0;
    let retainer;
    if (options !== undefined) {
      // Options are read before the listener is checked: the DOM runs
      // their getters first.
      const parsed = listenerOptions(options);
      if (parsed.once) flags |= kFlagOnce;
      if (parsed.capture) flags |= kFlagCapture;
      if (parsed.passive) flags |= kFlagPassive;
      if (parsed.isNodeStyleListener) flags |= kFlagNodeStyle;
      if (parsed.weak) {
        flags |= kFlagWeak;
        retainer = parsed.weak;
      }
      if (parsed.resistStopPropagation) flags |= kFlagResistStopPropagation;
      const signal = parsed.signal;
      validateAbortSignal(signal, 'options.signal');
      if (signal) {
        if (signal.aborted) return;
        signal.addEventListener('abort', () => {
          this.removeEventListener(type, listener, options);
        }, { __proto__: null, once: true, [kWeakHandler]: this, [kResistStopPropagation]: true });
      }
    }
    if (!validateEventListener(listener)) {
      const warning = new Error(`addEventListener called with ${listener} which has no effect.`);
      warning.name = 'AddEventListenerArgumentTypeWarning';
      warning.target = this;
      warning.type = type;
      process.emitWarning(warning);
      return;
    }
    type = domString(type);
    const capture = (flags & kFlagCapture) !== 0;
    let root = this[kEvents].get(type);
    if (root === undefined) {
      root = { size: 1, next: undefined, resistStopPropagation: (flags & kFlagResistStopPropagation) !== 0 };
      new Listener(this, type, root, listener, flags, retainer);
      this[kNewListener](root.size, type, listener, (flags & kFlagOnce) !== 0, capture,
        (flags & kFlagPassive) !== 0, (flags & kFlagWeak) !== 0);
      this[kEvents].set(type, root);
      return;
    }
    let previous = root;
    for (let handler = root.next; handler !== undefined; handler = handler.next) {
      if (handler.same(listener, capture)) return; // already there
      previous = handler;
    }
    new Listener(this, type, previous, listener, flags, retainer);
    root.size++;
    root.resistStopPropagation ||= (flags & kFlagResistStopPropagation) !== 0;
    this[kNewListener](root.size, type, listener, (flags & kFlagOnce) !== 0, capture,
      (flags & kFlagPassive) !== 0, (flags & kFlagWeak) !== 0);
  }

  removeEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!validateEventListener(listener)) return;
    type = domString(type);
    const capture = options?.capture === true;
    const root = this[kEvents].get(type);
    if (root === undefined) return;
    for (let handler = root.next; handler !== undefined; handler = handler.next) {
      if (handler.same(listener, capture)) {
        handler.remove();
        root.size--;
        if (root.size === 0) this[kEvents].delete(type);
        this[kRemoveListener](root.size, type, listener, capture);
        return;
      }
    }
  }

  [kRemoveWeakListenerHelper](type, listener) {
    const root = this[kEvents].get(type);
    if (root === undefined) return;
    for (let handler = root.next; handler !== undefined; handler = handler.next) {
      if (handler === listener) {
        handler.remove();
        root.size--;
        if (root.size === 0) this[kEvents].delete(type);
        this[kRemoveListener](root.size, type, undefined, listener.capture);
        return;
      }
    }
  }

  dispatchEvent(event) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!(event instanceof Event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (event[kIsBeingDispatched]) throw new ERR_EVENT_RECURSION(event.type);
    this[kHybridDispatch](event, event.type, event);
    return event.defaultPrevented !== true;
  }

  // Dispatches `event`, or for NodeEventTarget#emit (event undefined) calls
  // node-style listeners with `nodeValue` and makes a CustomEvent for the
  // others only if one exists.
  [kHybridDispatch](nodeValue, type, event) {
    const createEvent = () => {
      if (event === undefined) {
        event = this[kCreateEvent](nodeValue, type);
        event[kTarget] = this;
        event[kIsBeingDispatched] = true;
      }
      return event;
    };
    if (event !== undefined) {
      event[kTarget] = this;
      event[kIsBeingDispatched] = true;
    }
    const root = this[kEvents].get(type);
    if (root === undefined || root.next === undefined) {
      if (event !== undefined) event[kIsBeingDispatched] = false;
      return true;
    }
    let handler = root.next;
    while (handler !== undefined &&
      (root.resistStopPropagation || handler.passive || event?.[kStop] !== true)) {
      const next = handler.next;
      if (handler.removed || (event?.[kStop] === true && !handler.resistStopPropagation)) {
        handler = next;
        continue;
      }
      // Taken before a `once` removal, which may let a weak callback go.
      const callback = handler.weak ? handler.callback.deref() : handler.callback;
      if (handler.once) {
        handler.remove();
        root.size--;
        this[kRemoveListener](root.size, type, handler.listener, handler.capture);
      }
      let arg;
      try {
        arg = handler.isNodeStyleListener ? nodeValue : createEvent();
        let result;
        if (callback) {
          if (handler.passive && !handler.isNodeStyleListener) arg[kInPassiveListener] = true;
          result = Reflect.apply(callback, this, [arg]);
          if (!handler.isNodeStyleListener) arg[kIsBeingDispatched] = false;
        }
        if (result !== undefined && result !== null) catchRejection(result);
      } catch (error) {
        reportUncaught(error);
      } finally {
        if (arg?.[kInPassiveListener]) arg[kInPassiveListener] = false;
      }
      handler = next;
    }
    if (event !== undefined) event[kIsBeingDispatched] = false;
  }

  [kCreateEvent](nodeValue, type) {
    return new CustomEvent(type, { detail: nodeValue });
  }

  [customInspect](depth, options) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    return inspectFields(this, {}, depth, options);
  }
}

defineEnumerable(EventTarget.prototype, ['addEventListener', 'removeEventListener', 'dispatchEvent']);
defineToStringTag(EventTarget.prototype, 'EventTarget');

// --- NodeEventTarget ---

function checkNodeEventTarget(value) {
  if (!isNodeEventTarget(value)) throw new ERR_INVALID_THIS('NodeEventTarget');
}

class NodeEventTarget extends EventTarget {
  static [kIsNodeEventTarget] = true;
  static defaultMaxListeners = 10;

  constructor() {
    super();
    initEventTarget(this);
  }

  setMaxListeners(n) {
    checkNodeEventTarget(this);
    EventEmitter.setMaxListeners(n, this);
  }

  getMaxListeners() {
    checkNodeEventTarget(this);
    return this[kMaxEventTargetListeners];
  }

  eventNames() {
    checkNodeEventTarget(this);
    return Array.from(this[kEvents].keys());
  }

  listenerCount(type) {
    checkNodeEventTarget(this);
    const root = this[kEvents].get(String(type));
    return root !== undefined ? root.size : 0;
  }

  off(type, listener, options) {
    checkNodeEventTarget(this);
    this.removeEventListener(type, listener, options);
    return this;
  }

  removeListener(type, listener, options) {
    checkNodeEventTarget(this);
    this.removeEventListener(type, listener, options);
    return this;
  }

  on(type, listener) {
    checkNodeEventTarget(this);
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  addListener(type, listener) {
    checkNodeEventTarget(this);
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  emit(type, arg) {
    checkNodeEventTarget(this);
    validateString(type, 'type');
    const hadListeners = this.listenerCount(type) > 0;
    this[kHybridDispatch](arg, type);
    return hadListeners;
  }

  once(type, listener) {
    checkNodeEventTarget(this);
    this.addEventListener(type, listener, { once: true, [kIsNodeStyleListener]: true });
    return this;
  }

  removeAllListeners(type) {
    checkNodeEventTarget(this);
    if (type !== undefined) this[kEvents].delete(String(type));
    else this[kEvents].clear();
    return this;
  }
}

defineEnumerable(NodeEventTarget.prototype, [
  'setMaxListeners', 'getMaxListeners', 'eventNames', 'listenerCount', 'off', 'removeListener', 'on',
  'addListener', 'once', 'emit', 'removeAllListeners',
]);

// --- on<event> attributes ---

// `on<name>` handlers (onabort, onmessage): one listener per event, added
// when first set, calling whatever handler is current; it keeps its place
// among the listeners however often the handler changes.
function makeEventHandler(handler) {
  function eventHandler(...args) {
    if (typeof eventHandler.handler !== 'function') return undefined;
    return Reflect.apply(eventHandler.handler, this, args);
  }
  eventHandler.handler = handler;
  return eventHandler;
}

function checkHandlers(self) {
  if (typeof self !== 'object' || self === null || !(kHandlers in self)) throw new ERR_INVALID_THIS('EventTarget');
}

function defineEventHandler(emitter, name, event = name) {
  const property = `on${name}`;
  function get() {
    checkHandlers(this);
    return this[kHandlers]?.get(event)?.handler ?? null;
  }
  Object.defineProperty(get, 'name', { value: `get ${property}` });
  function set(value) {
    checkHandlers(this);
    let wrapped = this[kHandlers]?.get(event);
    if (wrapped) {
      if (typeof wrapped.handler === 'function') {
        const root = this[kEvents].get(event);
        root.size--;
        this[kRemoveListener](root.size, event, wrapped.handler, false);
      }
      wrapped.handler = value;
      if (typeof wrapped.handler === 'function') {
        const root = this[kEvents].get(event);
        root.size++;
        this[kNewListener](root.size, event, value, false, false, false, false);
      }
    } else {
      wrapped = makeEventHandler(value);
      this.addEventListener(event, wrapped);
    }
    this[kHandlers].set(event, wrapped);
  }
  Object.defineProperty(set, 'name', { value: `set ${property}` });
  Object.defineProperty(emitter, property, { get, set, configurable: true, enumerable: true });
}

// The listeners of `type` as events.getEventListeners() lists them: the
// functions or handleEvent objects (a collected weak one as undefined).
function getEventTargetListeners(target, type) {
  const listeners = [];
  for (let handler = target[kEvents].get(type)?.next; handler?.listener !== undefined; handler = handler.next) {
    listeners.push(handler.weak ? handler.listener.deref() : handler.listener);
  }
  return listeners;
}

module.exports = {
  Event,
  CustomEvent,
  EventTarget,
  NodeEventTarget,
  defineEventHandler,
  initEventTarget,
  initNodeEventTarget: initEventTarget,
  getEventTargetListeners,
  kCreateEvent,
  kNewListener,
  kTrustEvent,
  // The name the first version of this module gave kTrustEvent.
  kTrusted: kTrustEvent,
  kRemoveListener,
  kEvents,
  kWeakHandler,
  kResistStopPropagation,
  kIsBeingDispatched,
  isEventTarget,
};
