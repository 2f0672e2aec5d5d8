// Negative and NaN durations warn once per process, overflowing ones every
// time; undefined is 1 ms without a warning. timers/promises' scheduler is
// one instance of a class that cannot be constructed.
const { scheduler } = require('timers/promises');

process.on('warning', (warning) => {
  console.log('warning', warning.name, JSON.stringify(warning.message));
});

for (const after of [undefined, NaN, NaN, 'x', -1, -5, 2 ** 31, 2 ** 32, '7', null]) {
  const timer = setTimeout(() => {}, after);
  console.log(String(after), timer._idleTimeout);
  clearTimeout(timer);
}
const interval = setInterval(() => {}, NaN);
clearInterval(interval);

console.log(scheduler, Object.getOwnPropertyNames(Object.getPrototypeOf(scheduler)));
try {
  new scheduler.constructor();
} catch (error) {
  console.log(error.name, error.code, error.message);
}
try {
  scheduler.wait.call({}, 1);
} catch (error) {
  console.log(error.name, error.code, error.message);
}
scheduler.yield()
  .then(() => console.log('yielded'))
  .then(() => scheduler.wait(1))
  .then(() => console.log('waited'));
