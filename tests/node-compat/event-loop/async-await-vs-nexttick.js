// nextTick callbacks run before async-function continuations; awaiting a timer promise yields to the loop.
async function main() {
  console.log('main start');
  process.nextTick(() => console.log('tick from main'));
  await undefined;
  console.log('after await');
  await new Promise((r) => setTimeout(r, 1));
  console.log('after timer await');
}
main().then(() => console.log('main resolved'));
process.nextTick(() => console.log('tick from top'));
Promise.resolve().then(() => console.log('then from top'));
console.log('sync end');
