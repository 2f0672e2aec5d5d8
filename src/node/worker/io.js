'use strict';
// MessageChannel, MessagePort, BroadcastChannel and MessageEvent within one
// process, as Node 24 has them (the same classes worker_threads exports).
//
// A message is a structured clone (internal/structured_clone), made when it
// is posted and delivered later as a macrotask: a port with messages waiting
// is serviced in the loop's poll phase, as libuv services the port's
// uv_async handle. Ports are serviced in the order they were created; each
// one delivers what it has (at least 1000 messages, more if more were
// waiting), with process.nextTick callbacks and promise jobs run after each
// message, and a message posted meanwhile arrives in the same round. A port
// starts when it gets its first 'message' listener (on, addEventListener or
// onmessage) or start(); it then holds the loop open until it is closed,
// unref()'d or loses its last listener. Listeners run in the async context
// of the port's (or channel's) creation. close() closes both ends and fires
// 'close' on each.
//
// NODE-DIFF: 'close' is emitted from an immediate, where Node emits it in
// the loop's close phase; a message waiting for an unref()'d port keeps the
// loop alive until it is delivered. There are no workers: messages only
// travel within the process.

const {
  codes: {
    ERR_CLOSED_MESSAGE_PORT, ERR_CONSTRUCT_CALL_INVALID, ERR_INVALID_THIS, ERR_METHOD_NOT_IMPLEMENTED, ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const {
  Event, EventTarget, NodeEventTarget, defineEventHandler, initNodeEventTarget, kCreateEvent, kNewListener,
  kRemoveListener,
} = require('internal/event_target');
const {
  serialize, deserialize, toTransferList, registerTransferable, markAsUncloneable, markAsUntransferable,
  isMarkedAsUntransferable,
} = require('internal/structured_clone');
const AsyncContextFrame = require('internal/async_context_frame');
const { initResource, enterResource, exitResource } = require('internal/async_hooks');

const loop = internalBinding('loop');
const customInspect = Symbol.for('nodejs.util.inspect.custom');

let runNextTicks;
function drainTicks() {
  runNextTicks ??= require('internal/process/task_queues').runNextTicks;
  runNextTicks();
}

function inspect(value, options) {
  return require('internal/util/inspect').inspect(value, options);
}

// --- MessageEvent ---

const kData = Symbol('kData');
const kConstruct = Symbol('kConstruct');

function webidlError(message) {
  return new TypeError(message);
}

class MessageEvent extends Event {
  #init;

  constructor(type, init = undefined) {
    if (type === kConstruct) {
      super(arguments[1]);
      this.#init = arguments[2];
      return;
    }
    if (arguments.length === 0) throw webidlError('MessageEvent constructor: 1 argument required, but 0 found.');
    if (typeof type === 'symbol') throw webidlError('MessageEvent constructor: Symbol cannot be converted to a DOMString.');
    type = `${type}`;
    if (init !== undefined && init !== null && typeof init !== 'object' && typeof init !== 'function') {
      throw webidlError(`MessageEvent constructor: Expected ${typeof init === 'string' ? `"${init}"` : String(init)} ` +
        'to be one of: Null, Undefined, Object.');
    }
    const ports = init?.ports === undefined ? [] : [...init.ports];
    ports.forEach((port, index) => {
      if (!isMessagePort(port)) {
        throw webidlError(`MessageEvent constructor: Expected eventInitDict.ports[${index}] ("${String(port)}") ` +
          'to be an instance of MessagePort.');
      }
    });
    super(type, init ?? undefined);
    this.#init = {
      data: init?.data ?? null,
      origin: init?.origin === undefined ? '' : `${init.origin}`,
      lastEventId: init?.lastEventId === undefined ? '' : `${init.lastEventId}`,
      source: init?.source ?? null,
      ports,
    };
  }

  static #check(self) {
    if (!(#init in self)) throw new TypeError('Illegal invocation');
  }

  get data() {
    MessageEvent.#check(this);
    return this.#init.data;
  }

  get origin() {
    MessageEvent.#check(this);
    return this.#init.origin;
  }

  get lastEventId() {
    MessageEvent.#check(this);
    return this.#init.lastEventId;
  }

  get source() {
    MessageEvent.#check(this);
    return this.#init.source;
  }

  get ports() {
    MessageEvent.#check(this);
    if (!Object.isFrozen(this.#init.ports)) Object.freeze(this.#init.ports);
    return this.#init.ports;
  }

  initMessageEvent(type, bubbles = false, cancelable = false, data = null, origin = '', lastEventId = '', source = null,
    ports = []) {
    MessageEvent.#check(this);
    this.initEvent(type, bubbles, cancelable);
    this.#init = { data, origin, lastEventId, source, ports: [...ports] };
  }
}

for (const name of ['data', 'origin', 'lastEventId', 'source', 'ports', 'initMessageEvent']) {
  Object.defineProperty(MessageEvent.prototype, name, {
    ...Object.getOwnPropertyDescriptor(MessageEvent.prototype, name), enumerable: true,
  });
}
Object.defineProperty(MessageEvent.prototype, Symbol.toStringTag, { value: 'MessageEvent', configurable: true });

// A MessageEvent the runtime makes for a delivered message.
function createMessageEvent(type, data, ports) {
  return new MessageEvent(kConstruct, type, { data: data ?? null, origin: '', lastEventId: '', source: null, ports });
}

// --- Endpoints: what a port or a broadcast channel receives through ---

let nextEndpointId = 1;
// Endpoints with messages to deliver, serviced in creation order.
const pendingEndpoints = new Set();
let serviceQueued = false;

class Endpoint {
  constructor(owner, deliver) {
    this.id = nextEndpointId++;
    this.owner = owner;
    this.deliver = deliver;
    this.queue = [];
    this.started = false;
    this.closed = false;
    this.refed = false;
    this.holdsLoop = false;
    this.draining = false;
    this.closedByPeer = false;
    // Called once the endpoint is closed and its last messages are out.
    this.onclose = undefined;
    this.frame = AsyncContextFrame.current();
  }

  updateLoopRef() {
    const hold = this.refed && !this.closed;
    if (hold !== this.holdsLoop) {
      this.holdsLoop = hold;
      loop.ref(hold ? 1 : -1);
    }
  }

  ref() {
    this.refed = true;
    this.updateLoopRef();
  }

  unref() {
    this.refed = false;
    this.updateLoopRef();
  }

  start() {
    if (this.closed) return;
    this.started = true;
    if (this.queue.length > 0) wake(this);
  }

  stop() {
    this.started = false;
  }

  receive(message) {
    if (this.closed) return;
    this.queue.push(message);
    if (this.started) wake(this);
  }

  // Closing from this side drops what has not started to arrive, but a
  // round of deliveries already under way finishes (Node closes the handle
  // asynchronously).
  close(byPeer = false) {
    if (this.closed) return;
    this.closed = true;
    this.closedByPeer = byPeer;
    if (!this.draining) {
      this.queue.length = 0;
      pendingEndpoints.delete(this);
    }
    this.updateLoopRef();
    this.onclose?.(byPeer);
  }

  // The other side closed: that news travels behind the messages it sent,
  // so they are delivered first (if this end is started).
  closeAfterQueue() {
    if (this.closed) return;
    if (this.queue.length === 0 || !this.started) {
      this.close(true);
      return;
    }
    this.queue.push(kCloseMarker);
    wake(this);
  }
}

const kCloseMarker = Symbol('kCloseMarker');

function wake(endpoint) {
  pendingEndpoints.add(endpoint);
  if (!serviceQueued) {
    serviceQueued = true;
    loop.queueCompletion(serviceEndpoints);
  }
}

// One poll-phase visit: every endpoint pending now, oldest first, each
// delivering its messages one callback at a time.
function serviceEndpoints() {
  serviceQueued = false;
  let first = true;
  const due = Array.from(pendingEndpoints).sort((a, b) => a.id - b.id);
  for (const endpoint of due) {
    if (!pendingEndpoints.has(endpoint)) continue;
    pendingEndpoints.delete(endpoint);
    let limit = Math.max(endpoint.queue.length, 1000);
    endpoint.draining = true;
    try {
      while ((endpoint.started || endpoint.queue[0] === kCloseMarker) && endpoint.queue.length > 0) {
        if (limit-- === 0) {
          wake(endpoint);
          break;
        }
        const message = endpoint.queue.shift();
        if (message === kCloseMarker) {
          endpoint.queue.length = 0;
          endpoint.close(true);
          break;
        }
        if (!first) drainTicks();
        first = false;
        const prior = AsyncContextFrame.exchange(endpoint.frame);
        try {
          endpoint.deliver(message);
        } finally {
          AsyncContextFrame.set(prior);
        }
      }
    } finally {
      endpoint.draining = false;
      if (endpoint.closed) endpoint.queue.length = 0;
    }
  }
}

// --- MessagePort ---

const kEndpoint = Symbol('kEndpoint');
const kPeer = Symbol('kPeer');
const kDetached = Symbol('kDetached');
const kCurrentlyReceivingPorts = Symbol.for('nodejs.internal.kCurrentlyReceivingPorts');
const kHybridDispatch = Symbol.for('nodejs.internal.kHybridDispatch');
let constructingPort = false;

function isMessagePort(value) {
  return value !== null && typeof value === 'object' && kEndpoint in value;
}

function checkPort(value) {
  if (!isMessagePort(value)) throw new ERR_INVALID_THIS('MessagePort');
}

// The port object around an endpoint; `peer` is the endpoint messages go to.
function createPort(endpointFor) {
  constructingPort = true;
  let port;
  try {
    port = new MessagePort();
  } finally {
    constructingPort = false;
  }
  port[kEndpoint] = endpointFor(port);
  port[kEndpoint].onclose = (byPeer) => {
    if (!port[kDetached]) emitClose(port, byPeer);
  };
  port[kDetached] = false;
  port[kCurrentlyReceivingPorts] = undefined;
  initResource(port, 'MESSAGEPORT');
  return port;
}

function portEndpoint(port) {
  return new Endpoint(port, (message) => deliverToPort(port, message));
}

function deliverToPort(port, message) {
  const [value, ports] = deserialize(message);
  const priorFrame = enterResource(port);
  try {
    port[kCurrentlyReceivingPorts] = ports;
    port[kHybridDispatch](value, 'message', undefined);
  } finally {
    port[kCurrentlyReceivingPorts] = undefined;
    exitResource(port, priorFrame);
  }
}

function entangle(a, b) {
  a[kPeer] = b[kEndpoint];
  b[kPeer] = a[kEndpoint];
}

// 'close' comes after the handle closed: from an immediate for the port
// closed here; for a port whose peer closed, only if something else keeps
// the loop running (the news reaches it through its unreferenced handle).
// A port's 'close' state: undefined, 'peer' (the peer's close is on its
// way, unreferenced), 'own' (this port was closed: as certain as Node's
// own handle close) or 'emitted'.
const kCloseState = Symbol('kCloseState');

function emitClose(port, byPeer) {
  const state = port[kCloseState];
  if (state === 'emitted' || state === 'own' || (byPeer && state === 'peer')) return;
  port[kCloseState] = byPeer ? 'peer' : 'own';
  const emit = () => {
    if (port[kCloseState] === 'emitted') return;
    port[kCloseState] = 'emitted';
    port.dispatchEvent(new Event('close'));
  };
  if (byPeer) setImmediate(() => setImmediate(emit).unref()).unref();
  else setImmediate(emit);
}

// A function rather than a class so that calling it without `new` fails with
// Node's code too; user code can do neither.
function MessagePort() {
  if (!constructingPort) throw new ERR_CONSTRUCT_CALL_INVALID();
  const port = Reflect.construct(NodeEventTarget, [], new.target ?? MessagePort);
  initNodeEventTarget(port);
  // Node's ports carry these two node-style listeners from birth.
  port.on('newListener', () => {});
  port.on('removeListener', () => {});
  return port;
}
Object.setPrototypeOf(MessagePort, NodeEventTarget);
Object.setPrototypeOf(MessagePort.prototype, NodeEventTarget.prototype);

class MessagePortMethods {
  postMessage(message, transfer = undefined) {
    checkPort(this);
    if (arguments.length === 0) {
      const error = new TypeError('Not enough arguments to MessagePort.postMessage');
      error.code = 'ERR_MISSING_ARGS';
      throw error;
    }
    let transferList = [];
    if (transfer !== undefined && transfer !== null) {
      if (typeof transfer === 'object' && typeof transfer[Symbol.iterator] !== 'function') {
        if (transfer.transfer !== undefined) {
          transferList = toTransferList(transfer.transfer, 'Optional options.transfer argument must be an iterable');
        }
      } else {
        transferList = toTransferList(transfer, 'Optional transferList argument must be an iterable');
      }
    }
    const peer = this[kPeer];
    const serialized = serialize(message, transferList, this);
    // Node answers true, or nothing from a port closed here or moved away.
    if (this[kDetached] || (this[kEndpoint].closed && !this[kEndpoint].closedByPeer)) return undefined;
    if (peer === undefined) return true;
    if (transferList.some((item) => isMessagePort(item) && item[kEndpoint] === peer)) {
      // The other end went into a message nobody will read: the channel is
      // lost, and this end closes.
      process.emitWarning('The target port was posted to itself, and the communication channel was lost');
      this.close();
      return true;
    }
    peer.receive(serialized);
    return true;
  }

  start() {
    checkPort(this);
    this[kEndpoint].start();
  }

  // Node's (native) ref and unref return nothing.
  ref() {
    checkPort(this);
    this[kEndpoint].ref();
  }

  unref() {
    checkPort(this);
    this[kEndpoint].unref();
  }

  hasRef() {
    checkPort(this);
    return this[kEndpoint].refed;
  }

  close(callback) {
    checkPort(this);
    if (typeof callback === 'function') this.once('close', callback);
    const endpoint = this[kEndpoint];
    if (endpoint.closed) {
      if (!this[kDetached]) emitClose(this, false);
      return;
    }
    endpoint.close();
    this[kPeer]?.closeAfterQueue();
  }

  [kCreateEvent](data, type) {
    if (type !== 'message' && type !== 'messageerror') return NodeEventTarget.prototype[kCreateEvent].call(this, data, type);
    const ports = this[kCurrentlyReceivingPorts] ?? [];
    this[kCurrentlyReceivingPorts] = undefined;
    return createMessageEvent(type, data, ports);
  }

  // The first 'message' listener starts the port and refs it; losing the
  // last one stops and unrefs it.
  [kNewListener](size, type, ...args) {
    if (type === 'message' && size - 1 === 0 && this[kEndpoint] !== undefined) {
      this[kEndpoint].ref();
      this[kEndpoint].start();
    }
    return NodeEventTarget.prototype[kNewListener].call(this, size, type, ...args);
  }

  [kRemoveListener](size, type, ...args) {
    if (type === 'message' && size === 0 && this[kEndpoint] !== undefined) {
      this[kEndpoint].stop();
      this[kEndpoint].unref();
    }
    return NodeEventTarget.prototype[kRemoveListener].call(this, size, type, ...args);
  }

  // Shown as a MessagePort holding its handle's state.
  [customInspect]() {
    if (!isMessagePort(this)) return this;
    const endpoint = this[kEndpoint];
    const state = endpoint.closed || this[kDetached] ? { active: false } : { active: true, refed: endpoint.refed };
    return Object.assign({ __proto__: MessagePort.prototype }, state);
  }
}

Object.defineProperties(MessagePort.prototype, Object.getOwnPropertyDescriptors(MessagePortMethods.prototype));
Object.defineProperty(MessagePort.prototype, 'constructor', { value: MessagePort, writable: true, configurable: true });
defineEventHandler(MessagePort.prototype, 'message');
defineEventHandler(MessagePort.prototype, 'messageerror');
// The prototype's own members in Node's order (its native methods first).
{
  const order = ['postMessage', 'start', 'constructor', 'ref', 'unref', 'hasRef', 'onmessage', 'onmessageerror', 'close'];
  const descriptors = Object.getOwnPropertyDescriptors(MessagePort.prototype);
  for (const name of order) delete MessagePort.prototype[name];
  for (const name of order) {
    Object.defineProperty(MessagePort.prototype, name, { ...descriptors[name], enumerable: name !== 'constructor' });
  }
}

// Moving a port (transfer lists): the old object is detached and a new one
// takes over its end of the channel.
registerTransferable({
  name: 'MessagePort',
  is: isMessagePort,
  isDetached: (port) => port[kDetached] || port[kEndpoint].closed,
  detach(port) {
    port[kDetached] = true;
    const endpoint = port[kEndpoint];
    const { queue } = endpoint;
    endpoint.close();
    return { peer: port[kPeer], queue };
  },
  attach({ peer, queue }) {
    const port = createPort(portEndpoint);
    port[kPeer] = peer;
    if (peer !== undefined) {
      // The other end now sends to the new port.
      const peerPort = peer.owner;
      if (peerPort !== undefined) peerPort[kPeer] = port[kEndpoint];
    }
    for (const message of queue) port[kEndpoint].receive(message);
    return port;
  },
});

// A function, so that a call without `new` fails with Node's code.
function MessageChannel() {
  if (new.target === undefined) {
    // Node's native wording, not its JS ERR_CONSTRUCT_CALL_REQUIRED's.
    const error = new TypeError('Cannot call constructor without `new`');
    error.code = 'ERR_CONSTRUCT_CALL_REQUIRED';
    throw error;
  }
  const port1 = createPort(portEndpoint);
  const port2 = createPort(portEndpoint);
  entangle(port1, port2);
  this.port1 = port1;
  this.port2 = port2;
}

// worker_threads.receiveMessageOnPort: the next waiting message, now.
function receiveMessageOnPort(port) {
  if (!isMessagePort(port)) {
    const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_TYPE('port', 'MessagePort', port);
  }
  const endpoint = port[kEndpoint];
  if (endpoint.queue.length === 0) return undefined;
  const [message] = deserialize(endpoint.queue.shift());
  return { message };
}

// There is one context per process: a port has nowhere to move to.
function moveMessagePortToContext(port) {
  if (isMessagePort(port) && (port[kEndpoint].closed || port[kDetached])) {
    throw new ERR_CLOSED_MESSAGE_PORT();
  }
  throw new ERR_METHOD_NOT_IMPLEMENTED('moveMessagePortToContext()');
}

// --- BroadcastChannel ---

const kType = Symbol('kType');
const kName = Symbol('kName');
const kChannel = Symbol('kChannel');
// Open channels by name.
const channelGroups = new Map();

function isBroadcastChannel(value) {
  return value?.[kType] === 'BroadcastChannel';
}

function checkChannel(value) {
  if (!isBroadcastChannel(value)) throw new ERR_INVALID_THIS('BroadcastChannel');
}

class BroadcastChannel extends EventTarget {
  constructor(name) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    super();
    this[kType] = 'BroadcastChannel';
    this[kName] = `${name}`;
    const endpoint = new Endpoint(this, (message) => {
      // A channel closed by an earlier message's listener hears no more.
      if (this[kChannel] !== endpoint) return;
      const [value] = deserialize(message);
      this.dispatchEvent(createMessageEvent('message', value, []));
    });
    // Like Node's, a channel listens from the start: it holds the loop open
    // until it is closed or unref()'d.
    endpoint.ref();
    endpoint.start();
    this[kChannel] = endpoint;
    let group = channelGroups.get(this[kName]);
    if (group === undefined) channelGroups.set(this[kName], group = new Set());
    group.add(endpoint);
  }

  [customInspect](depth, options) {
    checkChannel(this);
    if (depth < 0) return 'BroadcastChannel';
    const nested = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `BroadcastChannel ${inspect({ name: this[kName], active: this[kChannel] !== undefined }, nested)}`;
  }

  get name() {
    checkChannel(this);
    return this[kName];
  }

  close() {
    checkChannel(this);
    const endpoint = this[kChannel];
    if (endpoint === undefined) return;
    endpoint.close();
    const group = channelGroups.get(this[kName]);
    group.delete(endpoint);
    if (group.size === 0) channelGroups.delete(this[kName]);
    this[kChannel] = undefined;
  }

  postMessage(message) {
    checkChannel(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    if (this[kChannel] === undefined) throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    const serialized = serialize(message);
    for (const endpoint of channelGroups.get(this[kName])) {
      if (endpoint !== this[kChannel]) endpoint.receive(serialized);
    }
  }

  ref() {
    checkChannel(this);
    this[kChannel]?.ref();
    return this;
  }

  unref() {
    checkChannel(this);
    this[kChannel]?.unref();
    return this;
  }
}

for (const name of ['name', 'close', 'postMessage']) {
  Object.defineProperty(BroadcastChannel.prototype, name, {
    ...Object.getOwnPropertyDescriptor(BroadcastChannel.prototype, name), enumerable: true,
  });
}
defineEventHandler(BroadcastChannel.prototype, 'message');
defineEventHandler(BroadcastChannel.prototype, 'messageerror');

module.exports = {
  BroadcastChannel,
  MessageChannel,
  MessageEvent,
  MessagePort,
  isMessagePort,
  markAsUncloneable,
  markAsUntransferable,
  isMarkedAsUntransferable,
  moveMessagePortToContext,
  receiveMessageOnPort,
};
