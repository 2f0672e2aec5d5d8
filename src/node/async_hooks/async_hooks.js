'use strict';
// node:async_hooks — AsyncLocalStorage, AsyncResource, createHook and the
// execution/trigger ids.
//
// AsyncLocalStorage is Node 24's default (AsyncContextFrame): stores follow
// promises (await, then), timers, immediates, process.nextTick,
// queueMicrotask, fs callbacks and AsyncResource scopes; EventEmitter
// listeners run in the emitter's caller's context, as in Node.
// createHook(), executionAsyncId(), triggerAsyncId() and
// executionAsyncResource() are approximate: see internal/async_hooks
// (no PROMISE resources, I/O callbacks have no resource).
//
// NODE-DIFF: http events (a server's 'request', a client's 'response') run
// with no store; Node runs them in the frame current when the server
// started listening or the request was made.

const {
  codes: { ERR_ASYNC_CALLBACK, ERR_ASYNC_TYPE, ERR_INVALID_ASYNC_ID },
} = require('internal/errors');
const { validateFunction, validateString } = require('internal/validators');
const internal = require('internal/async_hooks');
const AsyncContextFrame = require('internal/async_context_frame');

const {
  symbols: { async_id_symbol, trigger_async_id_symbol, init_symbol, before_symbol, after_symbol, destroy_symbol,
    promise_resolve_symbol },
  kNoPromiseHook,
} = internal;

class AsyncHook {
  constructor({ init, before, after, destroy, promiseResolve }) {
    if (init !== undefined && typeof init !== 'function') throw new ERR_ASYNC_CALLBACK('hook.init');
    if (before !== undefined && typeof before !== 'function') throw new ERR_ASYNC_CALLBACK('hook.before');
    if (after !== undefined && typeof after !== 'function') throw new ERR_ASYNC_CALLBACK('hook.after');
    if (destroy !== undefined && typeof destroy !== 'function') throw new ERR_ASYNC_CALLBACK('hook.destroy');
    if (promiseResolve !== undefined && typeof promiseResolve !== 'function') {
      throw new ERR_ASYNC_CALLBACK('hook.promiseResolve');
    }
    this[init_symbol] = init;
    this[before_symbol] = before;
    this[after_symbol] = after;
    this[destroy_symbol] = destroy;
    this[promise_resolve_symbol] = promiseResolve;
    this[kNoPromiseHook] = false;
  }

  enable() {
    internal.addHook(this);
    return this;
  }

  disable() {
    internal.removeHook(this);
    return this;
  }
}

function createHook(fns) {
  return new AsyncHook(fns);
}

const destroyedSymbol = Symbol('destroyed');
const contextFrameSymbol = Symbol('context_frame');

class AsyncResource {
  constructor(type, opts = {}) {
    validateString(type, 'type');
    let triggerAsyncId = opts;
    let requireManualDestroy = false;
    if (typeof opts !== 'number') {
      triggerAsyncId = opts.triggerAsyncId === undefined ? internal.getDefaultTriggerAsyncId() : opts.triggerAsyncId;
      requireManualDestroy = !!opts.requireManualDestroy;
    }
    if (!Number.isSafeInteger(triggerAsyncId) || triggerAsyncId < -1) {
      throw new ERR_INVALID_ASYNC_ID('triggerAsyncId', triggerAsyncId);
    }
    this[contextFrameSymbol] = AsyncContextFrame.current();
    const asyncId = internal.newAsyncId();
    this[async_id_symbol] = asyncId;
    this[trigger_async_id_symbol] = triggerAsyncId;
    if (internal.initHooksExist()) {
      if (internal.enabledHooksExist() && type.length === 0) throw new ERR_ASYNC_TYPE(type);
      internal.emitInit(asyncId, type, triggerAsyncId, this);
    }
    if (!requireManualDestroy && internal.destroyHooksExist()) {
      // NODE-DIFF: Node emits destroy when the resource is garbage
      // collected; QuickJS gives no hook for that, so it is never emitted
      // for a resource that is not destroyed by hand.
      this[destroyedSymbol] = { destroyed: false };
    }
  }

  runInAsyncScope(fn, thisArg, ...args) {
    const asyncId = this[async_id_symbol];
    internal.emitBefore(asyncId, this[trigger_async_id_symbol], this);
    const prior = AsyncContextFrame.exchange(this[contextFrameSymbol]);
    try {
      return Reflect.apply(fn, thisArg, args);
    } finally {
      AsyncContextFrame.set(prior);
      if (internal.hasAsyncIdStack()) internal.emitAfter(asyncId);
    }
  }

  emitDestroy() {
    if (this[destroyedSymbol] !== undefined) this[destroyedSymbol].destroyed = true;
    internal.emitDestroy(this[async_id_symbol]);
    return this;
  }

  asyncId() {
    return this[async_id_symbol];
  }

  triggerAsyncId() {
    return this[trigger_async_id_symbol];
  }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    let bound;
    if (thisArg === undefined) {
      const resource = this;
      bound = function(...args) {
        return Reflect.apply(resource.runInAsyncScope, resource, [fn, this, ...args]);
      };
    } else {
      bound = this.runInAsyncScope.bind(this, fn, thisArg);
    }
    let self = this;
    const warnOnce = () => {
      if (!warnedAsyncResource) {
        warnedAsyncResource = true;
        process.emitWarning('The asyncResource property on bound functions is deprecated', 'DeprecationWarning',
          'DEP0172');
      }
    };
    Object.defineProperties(bound, {
      length: { configurable: true, enumerable: false, value: fn.length, writable: false },
      asyncResource: {
        configurable: true,
        enumerable: true,
        get() {
          warnOnce();
          return self;
        },
        set(value) {
          warnOnce();
          self = value;
        },
      },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type ||= fn.name;
    return new AsyncResource(type || 'bound-anonymous-fn').bind(fn, thisArg);
  }
}
let warnedAsyncResource = false;

const asyncWrapProviders = Object.freeze({
  __proto__: null,
  ...Object.fromEntries([
    'NONE', 'DIRHANDLE', 'DNSCHANNEL', 'ELDHISTOGRAM', 'FILEHANDLE', 'FILEHANDLECLOSEREQ', 'BLOBREADER',
    'FSEVENTWRAP', 'FSREQCALLBACK', 'FSREQPROMISE', 'GETADDRINFOREQWRAP', 'GETNAMEINFOREQWRAP', 'HEAPSNAPSHOT',
    'HTTP2SESSION', 'HTTP2STREAM', 'HTTP2PING', 'HTTP2SETTINGS', 'HTTPINCOMINGMESSAGE', 'HTTPCLIENTREQUEST',
    'LOCKS', 'JSSTREAM', 'JSUDPWRAP', 'MESSAGEPORT', 'PIPECONNECTWRAP', 'PIPESERVERWRAP', 'PIPEWRAP',
    'PROCESSWRAP', 'PROMISE', 'QUERYWRAP', 'QUIC_ENDPOINT', 'QUIC_LOGSTREAM', 'QUIC_PACKET', 'QUIC_SESSION',
    'QUIC_STREAM', 'QUIC_UDP', 'SHUTDOWNWRAP', 'SIGNALWRAP', 'STATWATCHER', 'STREAMPIPE', 'TCPCONNECTWRAP',
    'TCPSERVERWRAP', 'TCPWRAP', 'TTYWRAP', 'UDPSENDWRAP', 'UDPWRAP', 'SIGINTWATCHDOG', 'WORKER',
    'WORKERCPUPROFILE', 'WORKERCPUUSAGE', 'WORKERHEAPPROFILE', 'WORKERHEAPSNAPSHOT', 'WORKERHEAPSTATISTICS',
    'WRITEWRAP', 'ZLIB', 'CHECKPRIMEREQUEST', 'PBKDF2REQUEST', 'KEYPAIRGENREQUEST', 'KEYGENREQUEST',
    'KEYEXPORTREQUEST', 'ARGON2REQUEST', 'CIPHERREQUEST', 'DERIVEBITSREQUEST', 'HASHREQUEST',
    'RANDOMBYTESREQUEST', 'RANDOMPRIMEREQUEST', 'SCRYPTREQUEST', 'SIGNREQUEST', 'TLSWRAP', 'VERIFYREQUEST',
  ].map((name, index) => [name, index])),
});

module.exports = {
  get AsyncLocalStorage() {
    return require('internal/async_local_storage/async_context_frame');
  },
  createHook,
  executionAsyncId: internal.executionAsyncId,
  triggerAsyncId: internal.triggerAsyncId,
  executionAsyncResource: internal.executionAsyncResource,
  asyncWrapProviders,
  AsyncResource,
};
