// require('timers') and require('node:timers') expose the same functions as the globals.
const timers = require('timers');
const nodeTimers = require('node:timers');
console.log('same module %s', timers === nodeTimers);
for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate']) {
  console.log('%s %s %s', name, timers[name] === globalThis[name], nodeTimers[name] === globalThis[name]);
}
console.log('promises object %s', typeof timers.promises);
console.log('promises same %s', timers.promises === require('timers/promises'));
timers.setTimeout((v) => console.log('module setTimeout %s', v), 1, 'ok');
