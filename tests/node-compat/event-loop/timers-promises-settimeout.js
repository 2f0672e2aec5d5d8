// timers/promises setTimeout resolves with the given value after the delay; no value resolves undefined.
const { setTimeout: sleep } = require('timers/promises');
sleep(1).then((v) => console.log('no value -> %s', typeof v));
sleep(10, 'first').then((v) => console.log('resolved %s', v));
sleep(20, 'second').then((v) => console.log('resolved %s', v));
(async () => {
  const v = await sleep(30, 'awaited');
  console.log('await got %s', v);
})();
console.log('sync');
