// V8's async stack traces: after the frames on the stack, the async
// functions waiting on the running promise job (`at async fn (file:l:c)`,
// pointing at their `await`), and the elements of Promise.all/allSettled/any
// they wait through (`at async Promise.all (index n)`). Lines from Node's own
// files are left out: their numbers are Node's.
'use strict';
const path = require('path');

function show(label, error) {
  const lines = error.stack.split('\n').slice(1)
    .filter((line) => !line.includes('node:'))
    .map((line) => line.replace(__filename, path.basename(__filename)));
  console.log(`${label}:\n${lines.join('\n')}`);
}

async function leaf() {
  await null;
  throw new Error('leaf');
}
async function middle() {
  const value = await leaf();
  return value;
}
async function top() {
  return await middle();
}

async function viaReturn() {
  // No await: the promise resolves top's with middle's.
  return middle();
}
async function waitsOnReturn() {
  await viaReturn();
}

async function element(n) {
  await null;
  if (n === 1) throw new Error(`element ${n}`);
  return n;
}
async function all() {
  await Promise.all([element(0), element(1)]);
}
async function allSettled() {
  const [, second] = await Promise.allSettled([element(0), nested()]);
  throw second.reason;
}
async function nested() {
  await Promise.all([element(1)]);
}
async function any() {
  await Promise.any([element(1)]);
}

async function thenChain() {
  await Promise.resolve().then(function handler() {
    throw new Error('in then');
  });
}

async function beforeAwait() {
  throw new Error('before any await');
}
async function callsBeforeAwait() {
  await beforeAwait();
}

async function captured() {
  await null;
  const holder = {};
  Error.captureStackTrace(holder, captured);
  return holder;
}
async function capturesAsync() {
  return await captured();
}
async function awaitsCapture() {
  const holder = {};
  await null;
  await inner();
  async function inner() {
    await null;
    Error.captureStackTrace(holder, awaitsCapture);
  }
  return holder;
}
async function callerOfAwaitsCapture() {
  return await awaitsCapture();
}

async function sites() {
  const saved = Error.prepareStackTrace;
  Error.prepareStackTrace = (error, callSites) => callSites.filter((site) => !String(site.getFileName()).startsWith('node:'));
  let callSites;
  try {
    await all();
  } catch (error) {
    callSites = error.stack;
  } finally {
    Error.prepareStackTrace = saved;
  }
  for (const site of callSites) {
    console.log(site.getFunctionName(), site.isAsync(), site.isPromiseAll(), site.getPromiseIndex(),
      site.getLineNumber(), site.getColumnNumber(), site.getFileName() === __filename || site.getFileName());
  }
}

async function limited() {
  const saved = Error.stackTraceLimit;
  Error.stackTraceLimit = 2;
  try {
    await top();
  } catch (error) {
    show('limit 2', error);
  } finally {
    Error.stackTraceLimit = saved;
  }
}

async function main() {
  for (const [label, run] of [
    ['chain', top], ['return without await', waitsOnReturn], ['Promise.all', all],
    ['Promise.allSettled', allSettled], ['Promise.any', any], ['then handler', thenChain],
    ['before the first await', callsBeforeAwait],
  ]) {
    try {
      await run();
    } catch (error) {
      show(label, error.errors ? error.errors[0] : error);
    }
  }
  show('captureStackTrace from the resumed function', await capturesAsync());
  show('captureStackTrace of a waiting function', await callerOfAwaitsCapture());
  await sites();
  await limited();
  // A job that is not about an async function has no async frames.
  await new Promise((resolve) => setTimeout(resolve, 1));
  show('after a timer', new Error('plain'));
}
main();
