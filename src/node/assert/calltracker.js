'use strict';
// `assert.CallTracker` (deprecated since Node 20, DEP0173, still present in
// 24): wraps functions to count their calls and reports those not called the
// expected number of times.

const { codes } = require('internal/errors');
const AssertionError = require('internal/assert/assertion_error');
const { validateUint32 } = require('internal/validators');

// Function.prototype: callable, and nameless so reports say 'calls'.
const noop = Function.prototype;

class CallTrackerContext {
  #expected;
  #calls = [];
  #name;
  #stackTrace;

  constructor({ expected, stackTrace, name }) {
    this.#expected = expected;
    this.#stackTrace = stackTrace;
    this.#name = name;
  }

  track(thisArg, args) {
    this.#calls.push(Object.freeze({ thisArg, arguments: Object.freeze(Array.prototype.slice.call(args)) }));
  }

  get delta() {
    return this.#calls.length - this.#expected;
  }

  reset() {
    this.#calls = [];
  }

  getCalls() {
    return Object.freeze(this.#calls.slice());
  }

  report() {
    if (this.delta === 0) return undefined;
    return {
      message: `Expected the ${this.#name} function to be executed ${this.#expected} time(s) but was ` +
        `executed ${this.#calls.length} time(s).`,
      actual: this.#calls.length,
      expected: this.#expected,
      operator: this.#name,
      stack: this.#stackTrace,
    };
  }
}

class CallTracker {
  #callChecks = new Set();
  #trackedFunctions = new WeakMap();

  #contextOf(tracked) {
    if (!this.#trackedFunctions.has(tracked)) {
      throw new codes.ERR_INVALID_ARG_VALUE('tracked', tracked, 'is not a tracked function');
    }
    return this.#trackedFunctions.get(tracked);
  }

  reset(tracked) {
    if (tracked === undefined) {
      for (const context of this.#callChecks) context.reset();
      return;
    }
    this.#contextOf(tracked).reset();
  }

  getCalls(tracked) {
    return this.#contextOf(tracked).getCalls();
  }

  calls(fn, expected = 1) {
    if (process._exiting) throw new codes.ERR_UNAVAILABLE_DURING_EXIT();
    if (typeof fn === 'number') {
      expected = fn;
      fn = noop;
    } else if (fn === undefined) {
      fn = noop;
    }
    validateUint32(expected, 'expected', true);
    const context = new CallTrackerContext({
      expected,
      stackTrace: new Error(),
      name: fn.name || 'calls',
    });
    const tracked = new Proxy(fn, {
      __proto__: null,
      apply(target, thisArg, args) {
        context.track(thisArg, args);
        return Reflect.apply(target, thisArg, args);
      },
    });
    this.#callChecks.add(context);
    this.#trackedFunctions.set(tracked, context);
    return tracked;
  }

  report() {
    const errors = [];
    for (const context of this.#callChecks) {
      const report = context.report();
      if (report !== undefined) errors.push(report);
    }
    return errors;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ? errors[0].message : 'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errors });
  }
}

module.exports = CallTracker;
