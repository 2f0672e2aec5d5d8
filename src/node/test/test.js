'use strict';
// `node:test` for a script run directly (`node file.js`): test(), it(),
// describe()/suite() with options (skip, todo, only as a mark, timeout,
// plan), sync, async and callback (`done`) test functions, subtests through
// t.test() (run one at a time; the parent waits for them), hooks (before,
// after, beforeEach, afterEach, at top level, in suites and on a context),
// the context's assert/plan/skip/todo/diagnostic/signal/mock, and mock.fn /
// mock.method / mock.getter / mock.setter with call records. Results are
// written as Node 24's default `spec` reporter writes them, to stdout, and a
// failed test sets the exit code to 1. Tests still pending when the event
// loop empties fail as Node's do.
//
// Not covered: the `--test` runner and run(), reporters other than spec,
// concurrency above 1, `only` filtering (needs --test-only), snapshots,
// mock.timers and mock.module (they throw ERR_METHOD_NOT_IMPLEMENTED).
//
// NODE-DIFF: Node prints each report line from a stream a tick after the
// test ends, so a test's console output usually comes before its line;
// here lines are written as soon as the top-level test ends, which keeps
// the same order for a test's own output and its line.

const assert = require('assert');
const { inspect } = require('internal/util/inspect');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_METHOD_NOT_IMPLEMENTED, ERR_TEST_FAILURE },
} = require('internal/errors');
const { validateFunction, validateNumber, validateObject } = require('internal/validators');

const now = () => (globalThis.performance ? globalThis.performance.now() : Date.now());

// --- Tests and suites ---

class Test {
  constructor({ name, options, fn, parent, kind }) {
    this.name = name;
    this.options = options;
    this.fn = fn;
    this.parent = parent;
    this.kind = kind; // 'test' | 'suite' | 'root'
    this.children = [];
    this.queue = [];
    this.hooks = { before: [], after: [], beforeEach: [], afterEach: [] };
    this.skip = options.skip === undefined || options.skip === false ? false : options.skip;
    this.todo = options.todo === undefined || options.todo === false ? false : options.todo;
    this.timeout = options.timeout ?? Infinity;
    this.plan = options.plan ?? null;
    this.assertions = 0;
    this.error = null;
    this.passed = false;
    this.finished = false;
    this.started = false;
    this.duration = 0;
    this.controller = new AbortController();
    this.mock = null;
    this.done = new Promise((resolve) => (this.resolveDone = resolve));
    this.depth = parent ? parent.depth + 1 : -1;
    this.reported = false;
  }

  fullName() {
    const names = [];
    for (let test = this; test && test.kind !== 'root'; test = test.parent) names.unshift(test.name);
    return names.join(' > ');
  }

  // Children run one after another, in the order they were made.
  enqueue(child) {
    this.children.push(child);
    this.queue.push(child);
    if (!this.draining) this.drain();
    return child.done;
  }

  async drain() {
    this.draining = true;
    if (this.kind === 'root') await this.startRoot();
    while (this.queue.length) {
      const child = this.queue.shift();
      // A running test's children start once its function is under way.
      await child.run();
      if (this.kind === 'root') report(child);
    }
    this.draining = false;
    this.idle?.();
  }

  // The root's before hooks run as the first test is declared, as Node's
  // do (their synchronous part before the rest of the module).
  startRoot() {
    this.beforeDone ??= runHooks(this.hooks.before, this).catch((error) => {
      this.error = wrapFailure(error);
    });
    return this.beforeDone;
  }

  waitIdle() {
    if (!this.draining && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => (this.idle = resolve));
  }

  async run() {
    this.started = true;
    const start = now();
    if (this.skip !== false || (this.todo !== false && typeof this.fn !== 'function')) {
      this.passed = true;
      return this.finish(start);
    }
    try {
      if (this.kind === 'suite') {
        await this.built;
        await runHooks(this.hooks.before, this);
        await this.drainAll();
        await runHooks(this.hooks.after, this);
      } else {
        await runEachHooks(this, 'beforeEach');
        await this.runFunction();
        await this.drainAll();
        await runHooks(this.hooks.after, this);
        await runEachHooks(this, 'afterEach');
      }
      const failed = this.children.filter((child) => !child.passed && child.todo === false).length;
      if (failed && !this.error) {
        this.error = new ERR_TEST_FAILURE(`${failed} subtest${failed === 1 ? '' : 's'} failed`, 'subtestsFailed');
      }
      if (!this.error && this.plan !== null) {
        const received = this.assertions + this.children.length;
        if (received !== this.plan) {
          this.error = new ERR_TEST_FAILURE(`plan expected ${this.plan} assertions but received ${received}`, 'testCodeFailure');
        }
      }
    } catch (error) {
      this.error ??= wrapFailure(error);
    }
    this.passed = this.error === null;
    return this.finish(start);
  }

  async drainAll() {
    if (this.queue.length && !this.draining) this.drain();
    await this.waitIdle();
  }

  async runFunction() {
    const context = new TestContext(this);
    let body;
    if (this.fn.length >= 2) {
      body = new Promise((resolve, reject) => {
        const done = (error) => (error ? reject(error) : resolve());
        const result = this.fn.call(context, context, done);
        if (result && typeof result.then === 'function') {
          reject(new ERR_TEST_FAILURE('passed a callback but also returned a Promise', 'callbackAndPromisePresent'));
        }
      });
    } else {
      body = Promise.resolve(this.fn.call(context, context));
    }
    let timer;
    const limit = this.timeout === Infinity ? null : new Promise((resolve, reject) => {
      timer = setTimeout(() => {
        const error = new ERR_TEST_FAILURE(`test timed out after ${this.timeout}ms`, 'testTimeoutFailure');
        this.controller.abort(error);
        reject(error);
      }, this.timeout);
      timer.unref?.();
    });
    try {
      await (limit ? Promise.race([body, limit]) : body);
    } finally {
      clearTimeout(timer);
      this.mock?.restoreAll();
    }
  }

  finish(start) {
    this.duration = now() - start;
    this.finished = true;
    this.resolveDone();
  }
}

function wrapFailure(error) {
  if (error?.code === 'ERR_TEST_FAILURE') return error;
  const failure = new ERR_TEST_FAILURE(error, 'testCodeFailure');
  return failure;
}

async function runHooks(hooks, test) {
  for (const hook of hooks) await runHook(hook, test);
}

// beforeEach from the outermost suite in, afterEach from the innermost out.
async function runEachHooks(test, kind) {
  const chain = [];
  for (let owner = test.parent; owner; owner = owner.parent) chain.unshift(owner);
  if (kind === 'afterEach') chain.reverse();
  for (const owner of chain) await runHooks(owner.hooks[kind], test);
}

async function runHook(hook, test) {
  const context = new TestContext(test);
  if (hook.fn.length >= 2) {
    await new Promise((resolve, reject) => hook.fn.call(context, context, (error) => (error ? reject(error) : resolve())));
  } else {
    await hook.fn.call(context, context);
  }
}

class TestContext {
  #test;

  constructor(test) {
    this.#test = test;
  }

  get name() {
    return this.#test.name;
  }

  get fullName() {
    return this.#test.fullName();
  }

  get signal() {
    return this.#test.controller.signal;
  }

  get filePath() {
    return process.argv[1];
  }

  get mock() {
    this.#test.mock ??= new MockTracker();
    return this.#test.mock;
  }

  get assert() {
    const test = this.#test;
    const counted = {};
    for (const name of Object.keys(assert)) {
      if (typeof assert[name] !== 'function' || name === 'AssertionError' || name === 'strict') continue;
      counted[name] = (...args) => {
        test.assertions++;
        return assert[name](...args);
      };
    }
    counted.snapshot = () => {
      throw new ERR_METHOD_NOT_IMPLEMENTED('t.assert.snapshot()');
    };
    counted.fileSnapshot = () => {
      throw new ERR_METHOD_NOT_IMPLEMENTED('t.assert.fileSnapshot()');
    };
    return counted;
  }

  plan(count) {
    validateNumber(count, 'count', 0);
    this.#test.plan = count;
  }

  diagnostic(message) {
    (this.#test.diagnostics ??= []).push(String(message));
  }

  skip(message) {
    this.#test.skip = message ?? true;
  }

  todo(message) {
    this.#test.todo = message ?? true;
  }

  runOnly() {}

  test(name, options, fn) {
    const child = makeTest('test', this.#test, name, options, fn);
    return this.#test.enqueue(child).then(() => undefined);
  }

  before(fn, options) {
    validateFunction(fn, 'fn');
    this.#test.hooks.before.push({ fn, options });
  }

  after(fn, options) {
    validateFunction(fn, 'fn');
    this.#test.hooks.after.push({ fn, options });
  }

  beforeEach(fn, options) {
    validateFunction(fn, 'fn');
    this.#test.hooks.beforeEach.push({ fn, options });
  }

  afterEach(fn, options) {
    validateFunction(fn, 'fn');
    this.#test.hooks.afterEach.push({ fn, options });
  }
}

// test(name?, options?, fn?) in any order Node accepts.
function parseArgs(name, options, fn) {
  if (typeof name === 'function') {
    fn = name;
    name = fn.name || '<anonymous>';
    options = {};
  } else if (name !== null && typeof name === 'object') {
    fn = options;
    options = name;
    name = typeof fn === 'function' && fn.name ? fn.name : '<anonymous>';
  } else {
    name = name === undefined ? (typeof fn === 'function' && fn.name) || (typeof options === 'function' && options.name) || '<anonymous>' : `${name}`;
    if (typeof options === 'function') {
      fn = options;
      options = {};
    }
  }
  options ??= {};
  validateObject(options, 'options');
  if (fn !== undefined && typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
  return { name, options, fn: fn ?? (() => {}) };
}

let root = null;
let collecting = null; // the suite whose body is running

function getRoot() {
  if (root) return root;
  root = new Test({ name: '<root>', options: {}, fn: null, parent: null, kind: 'root' });
  root.startTime = now();
  process.on('beforeExit', onBeforeExit);
  return root;
}

function makeTest(kind, parent, name, options, fn) {
  const args = parseArgs(name, options, fn);
  const test = new Test({ ...args, parent, kind });
  if (kind === 'suite') {
    const previous = collecting;
    collecting = test;
    try {
      const result = test.skip === false ? args.fn.call(undefined) : undefined;
      test.built = Promise.resolve(result).catch((error) => {
        test.error = wrapFailure(error);
      });
    } catch (error) {
      test.error = wrapFailure(error);
      test.built = Promise.resolve();
    } finally {
      collecting = previous;
    }
  }
  return test;
}

function addTo(kind) {
  return (name, options, fn) => {
    const parent = collecting ?? getRoot();
    const test = makeTest(kind, parent, name, options, fn);
    if (parent.kind === 'suite' && collecting === parent) {
      parent.children.push(test);
      parent.queue.push(test);
      return Promise.resolve();
    }
    if (parent.kind === 'root') {
      // Top-level tests start after the module's synchronous code, in order.
      parent.children.push(test);
      parent.queue.push(test);
      parent.startRoot();
      if (!parent.scheduled) {
        parent.scheduled = true;
        queueMicrotask(() => {
          parent.scheduled = false;
          if (!parent.draining) parent.drain();
        });
      }
      return test.done.then(() => undefined);
    }
    return parent.enqueue(test).then(() => undefined);
  };
}

function withVariants(fn, kind) {
  fn.skip = (name, options, body) => fn(...markArgs(name, options, body, 'skip'));
  fn.todo = (name, options, body) => fn(...markArgs(name, options, body, 'todo'));
  fn.only = (name, options, body) => fn(...markArgs(name, options, body, 'only'));
  Object.defineProperty(fn, 'name', { __proto__: null, value: kind });
  return fn;
}

function markArgs(name, options, body, mark) {
  const { name: parsedName, options: parsed, fn } = parseArgs(name, options, body);
  return [parsedName, { ...parsed, [mark]: parsed[mark] ?? true }, fn];
}

const test = withVariants(addTo('test'), 'test');
const it = withVariants(addTo('test'), 'it');
const describe = withVariants(addTo('suite'), 'describe');
const suite = withVariants(addTo('suite'), 'suite');

function hook(kind) {
  return (fn, options) => {
    validateFunction(fn, 'fn');
    const owner = collecting ?? getRoot();
    owner.hooks[kind].push({ fn, options });
  };
}

// Root-level after hooks run once every test is done.
// When the loop empties, a test still pending can never finish: it is
// reported as failed, as Node's are.
async function onBeforeExit() {
  if (!root || root.summarized) return;
  root.summarized = true;
  try {
    await runHooks(root.hooks.after, root);
  } catch (error) {
    root.error = wrapFailure(error);
  }
  summarize();
}

// --- The spec reporter ---

function write(text) {
  process.stdout.write(text);
}

function ms(duration) {
  return `(${Math.round(duration * 1e6) / 1e6}ms)`;
}

function report(test) {
  const indent = '  '.repeat(Math.max(0, test.depth));
  const hasChildren = test.children.length > 0 || test.kind === 'suite';
  if (hasChildren) {
    write(`${indent}▶ ${test.name}\n`);
    for (const child of test.children) report(child);
  }
  let suffix = '';
  if (test.skip !== false) suffix = ` # ${test.skip === true ? 'SKIP' : test.skip}`;
  else if (test.todo !== false) suffix = ` # ${test.todo === true ? 'TODO' : `TODO ${test.todo}`}`.replace('# TODO TODO', '# TODO');
  let mark;
  if (!test.finished) mark = '✖';
  else if (test.skip !== false) mark = '﹣';
  else mark = test.passed || test.todo !== false ? '✔' : '✖';
  write(`${indent}${mark} ${test.name} ${ms(test.duration)}${suffix}\n`);
  for (const diagnostic of test.diagnostics ?? []) write(`${indent}  ℹ ${diagnostic}\n`);
}

function formatError(error) {
  const cause = error?.code === 'ERR_TEST_FAILURE' && error.failureType === 'testCodeFailure' && error.cause !== undefined ?
    error.cause : error;
  return inspect(cause);
}

function walk(test, visit) {
  for (const child of test.children) {
    visit(child);
    walk(child, visit);
  }
}

function summarize() {
  const counts = { tests: 0, suites: 0, pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0 };
  const failures = [];
  walk(root, (test) => {
    if (test.kind === 'suite') {
      counts.suites++;
      return;
    }
    counts.tests++;
    if (!test.finished) {
      counts.cancelled++;
      failures.push(test);
    } else if (test.skip !== false) {
      counts.skipped++;
    } else if (test.todo !== false) {
      counts.todo++;
    } else if (test.passed) {
      counts.pass++;
    } else if (test.error?.failureType !== 'subtestsFailed') {
      counts.fail++;
      failures.push(test);
    } else {
      counts.fail++;
    }
  });
  // Tests left pending when the loop emptied: reported now, failed.
  for (const test of root.children) {
    if (!test.finished) {
      test.error = new ERR_TEST_FAILURE('Promise resolution is still pending but the event loop has already resolved', 'cancelledByParent');
      report(test);
    }
  }
  for (const [name, value] of Object.entries(counts)) write(`ℹ ${name} ${value}\n`);
  write(`ℹ duration_ms ${Math.round((now() - root.startTime) * 1e6) / 1e6}\n`);
  if (failures.length) {
    write('\n✖ failing tests:\n\n');
    for (const test of failures) {
      write(`✖ ${test.name} ${ms(test.duration)}\n  ${formatError(test.error).split('\n').join('\n  ')}\n\n`);
    }
  }
  if (counts.fail || counts.cancelled || root.error) {
    if (!process.exitCode) process.exitCode = 1;
  }
}

// --- Mocks ---

class MockFunctionContext {
  #calls = [];
  #implementation;
  #original;
  #once = new Map();
  #restore;
  #times;

  constructor(implementation, original, restore, times) {
    this.#implementation = implementation;
    this.#original = original;
    this.#restore = restore;
    this.#times = times;
  }

  get calls() {
    return [...this.#calls];
  }

  callCount() {
    return this.#calls.length;
  }

  mockImplementation(implementation) {
    validateFunction(implementation, 'implementation');
    this.#implementation = implementation;
  }

  mockImplementationOnce(implementation, onCall) {
    validateFunction(implementation, 'implementation');
    this.#once.set(onCall ?? this.#calls.length, implementation);
  }

  resetCalls() {
    this.#calls.length = 0;
  }

  restore() {
    this.#restore?.();
  }

  // Which function the call number `index` runs.
  pick(index) {
    const once = this.#once.get(index);
    if (once) {
      this.#once.delete(index);
      return once;
    }
    if (this.#times !== undefined && index >= this.#times) return this.#original;
    return this.#implementation;
  }

  record(call) {
    this.#calls.push(call);
  }
}

class MockTracker {
  #mocks = [];

  fn(original = function () {}, implementation = original, options = {}) {
    if (original !== null && typeof original === 'object') {
      options = original;
      original = function () {};
      implementation = original;
    } else if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = original;
    }
    validateFunction(original, 'original');
    validateFunction(implementation, 'implementation');
    return this.#make(original, implementation, options.times, null);
  }

  method(object, methodName, implementation, options = {}) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = undefined;
    }
    if (object === null || (typeof object !== 'object' && typeof object !== 'function')) {
      throw new ERR_INVALID_ARG_TYPE('object', 'Object', object);
    }
    const descriptor = findDescriptor(object, methodName);
    const kind = options.getter ? 'get' : options.setter ? 'set' : 'value';
    const original = descriptor?.[kind];
    if (typeof original !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('methodName', 'Function', original);
    }
    const ownDescriptor = Object.getOwnPropertyDescriptor(object, methodName);
    const restore = () => {
      if (ownDescriptor) Object.defineProperty(object, methodName, ownDescriptor);
      else delete object[methodName];
    };
    const mock = this.#make(original, implementation ?? original, options.times, restore);
    Object.defineProperty(object, methodName, { __proto__: null, ...descriptor, [kind]: mock });
    return mock;
  }

  getter(object, methodName, implementation, options = {}) {
    return this.method(object, methodName, implementation, { ...options, getter: true });
  }

  setter(object, methodName, implementation, options = {}) {
    return this.method(object, methodName, implementation, { ...options, setter: true });
  }

  #make(original, implementation, times, restore) {
    const context = new MockFunctionContext(implementation, original, restore, times);
    this.#mocks.push(context);
    const mock = new Proxy(original, {
      apply(target, thisArg, args) {
        const fn = context.pick(context.callCount());
        let result;
        let error;
        try {
          result = Reflect.apply(fn, thisArg, args);
        } catch (thrown) {
          error = thrown;
          throw thrown;
        } finally {
          context.record({ arguments: args, error, result, stack: new Error(), target: undefined, this: thisArg });
        }
        return result;
      },
      construct(target, args, newTarget) {
        const fn = context.pick(context.callCount());
        let result;
        let error;
        try {
          result = Reflect.construct(fn, args, newTarget === mock ? fn : newTarget);
        } catch (thrown) {
          error = thrown;
          throw thrown;
        } finally {
          context.record({ arguments: args, error, result, stack: new Error(), target: newTarget, this: result });
        }
        return result;
      },
      get(target, property, receiver) {
        if (property === 'mock') return context;
        return Reflect.get(target, property, receiver);
      },
    });
    return mock;
  }

  reset() {
    this.restoreAll();
    this.#mocks = [];
  }

  restoreAll() {
    for (const context of this.#mocks) context.restore();
  }

  get timers() {
    const refuse = () => {
      throw new ERR_METHOD_NOT_IMPLEMENTED('mock.timers');
    };
    return { enable: refuse, reset: refuse, tick: refuse, runAll: refuse, setTime: refuse };
  }

  module() {
    throw new ERR_METHOD_NOT_IMPLEMENTED('mock.module()');
  }

  property() {
    throw new ERR_METHOD_NOT_IMPLEMENTED('mock.property()');
  }
}

function findDescriptor(object, name) {
  for (let target = object; target !== null; target = Object.getPrototypeOf(target)) {
    const descriptor = Object.getOwnPropertyDescriptor(target, name);
    if (descriptor) return descriptor;
  }
  return undefined;
}

const mock = new MockTracker();

function run() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('run()');
}

test.test = test;
test.it = it;
test.describe = describe;
test.suite = suite;
test.before = hook('before');
test.after = hook('after');
test.beforeEach = hook('beforeEach');
test.afterEach = hook('afterEach');
test.mock = mock;
test.run = run;
test.snapshot = {
  setDefaultSnapshotSerializers() {
    throw new ERR_METHOD_NOT_IMPLEMENTED('snapshot.setDefaultSnapshotSerializers()');
  },
  setResolveSnapshotPath() {
    throw new ERR_METHOD_NOT_IMPLEMENTED('snapshot.setResolveSnapshotPath()');
  },
};

module.exports = test;
