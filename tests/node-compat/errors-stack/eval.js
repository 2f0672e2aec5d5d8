// Code run by eval and new Function: frames named `eval`, isEval(), no file
// name, and getEvalOrigin() naming the function and place that ran it.
'use strict';

const relative = (text) => (typeof text === 'string' ? text.split(`${__dirname}/`).join('') : text);

function sites(run) {
  const saved = Error.prepareStackTrace;
  Error.prepareStackTrace = (error, list) => list;
  let list;
  try {
    run();
  } catch (error) {
    list = error.stack;
  }
  Error.prepareStackTrace = saved;
  return list;
}

function describe(site) {
  return [site.getFunctionName(), site.isEval(), site.getFileName(), site.getLineNumber(), relative(site.getEvalOrigin())];
}

function runsEval() {
  return sites(() => eval('\n  throw new Error("in eval")'));
}
function runsFunction() {
  return sites(() => new Function('a', 'throw new Error("in new Function")')());
}

console.log(describe(runsEval()[0]), describe(runsEval()[1]).slice(0, 2));
console.log(describe(runsFunction()[0]));

// Positions in eval code are V8's: a `new` at its keyword, a call at its
// callee's name, in the code's own lines and columns.
const positions = (list) => list.filter((site) => site.isEval()).map((site) => `${site.getLineNumber()}:${site.getColumnNumber()}`);
console.log('eval', positions(sites(() => eval('let x = 1;\n  x = new Error("e"); throw x;'))));
console.log('eval call', positions(sites(() => eval('function inner() {\n  null.f();\n}\n  void inner();'))));
console.log('new Function', positions(sites(() => new Function('a', 'b', '\n  throw new TypeError("f")')())));
console.log('indirect', positions(sites(() => (0, eval)('[1].map(function f() {\n    throw new RangeError("r");\n  })'))));
console.log('stack text', sites.length, (() => {
  try {
    eval('\n\n    throw new Error("text")');
  } catch (error) {
    return error.stack.split('\n')[1].trim().replace(/\(eval at .*?\), /, '(');
  }
})());
