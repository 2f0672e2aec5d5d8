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
