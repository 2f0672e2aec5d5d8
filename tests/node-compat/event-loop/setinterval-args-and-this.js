// setInterval passes extra args to every call; the callback's `this` is the Timeout object.
let n = 0;
const iv = setInterval(function (a, b) {
  n++;
  console.log('run %d %s %s same=%s', n, a, b, this === iv);
  if (n === 2) clearInterval(iv);
}, 1, 'x', 'y');
