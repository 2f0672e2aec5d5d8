// timers/promises setImmediate resolves with the value in the check phase, after nextTick and promises.
const { setImmediate: immediate } = require('node:timers/promises');
immediate('imm value').then((v) => console.log('resolved %s', v));
setImmediate(() => console.log('callback immediate'));
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('promise'));
(async () => {
  const a = await immediate(1);
  const b = await immediate(2);
  console.log('sum %d', a + b);
})();
