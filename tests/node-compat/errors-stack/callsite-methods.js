// The CallSite methods of V8, for this file's frames: file, line, column,
// function name, position in the source, the enclosing function's start, the
// script's SHA-256, flags, toString, and the prototype's shape.
'use strict';

const crypto = require('crypto');
const fs = require('fs');

const source = fs.readFileSync(__filename, 'utf8');
const relative = (text) => (typeof text === 'string' ? text.split(`${__dirname}/`).join('') : text);

function capture() {
  const saved = Error.prepareStackTrace;
  Error.prepareStackTrace = (error, sites) => sites;
  const sites = new Error('sites').stack;
  Error.prepareStackTrace = saved;
  return sites.filter((site) => site.getFileName() === __filename);
}

function describe(site) {
  return {
    fileName: relative(site.getFileName()),
    scriptName: relative(site.getScriptNameOrSourceURL()),
    line: site.getLineNumber(),
    column: site.getColumnNumber(),
    functionName: site.getFunctionName(),
    methodName: site.getMethodName(),
    typeName: site.getTypeName(),
    enclosing: [site.getEnclosingLineNumber(), site.getEnclosingColumnNumber()],
    positionMatches: source.split('\n').slice(0, site.getLineNumber() - 1).join('\n').length + site.getColumnNumber() === site.getPosition(),
    evalOrigin: site.getEvalOrigin(),
    promiseIndex: site.getPromiseIndex(),
    flags: [site.isToplevel(), site.isConstructor(), site.isEval(), site.isNative(), site.isAsync(), site.isPromiseAll()],
    string: relative(site.toString()),
  };
}

function named() {
  return capture();
}
class Maker {
  constructor() {
    this.sites = capture();
  }
}

for (const site of named()) console.log(describe(site));
for (const site of new Maker().sites) console.log(describe(site));

const [top] = named();
const hash = crypto.createHash('sha256').update(source).digest('hex');
console.log('script hash matches:', top.getScriptHash() === hash);
console.log('strict frame: getThis', top.getThis(), 'getFunction', top.getFunction());
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(top)));
console.log(Object.prototype.toString.call(top), typeof top.constructor, top.constructor.name);
