// await suspends until a microtask turn; code after await interleaves with other microtasks.
async function f() {
  console.log('f start');
  await null;
  console.log('f after await 1');
  await null;
  console.log('f after await 2');
  return 'f done';
}
f().then((v) => console.log(v));
Promise.resolve().then(() => console.log('then 1')).then(() => console.log('then 2')).then(() => console.log('then 3'));
console.log('sync end');
