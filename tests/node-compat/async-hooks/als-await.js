// AsyncLocalStorage across await chains, Promise.all/race, then chains, thenables and async generators.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
const log = (...args) => console.log(...args);

const thenable = { then(resolve) { resolve(`thenable:${als.getStore()}`); } };

async function leaf(tag, n) {
  await null;
  const a = als.getStore();
  await Promise.resolve();
  const b = als.getStore();
  await thenable;
  return `${tag}${n}:${a}/${b}`;
}

async function* generate() {
  yield als.getStore();
  await null;
  yield als.getStore();
}

async function main(tag) {
  log(tag, 'sync', als.getStore());
  const all = await Promise.all([leaf(tag, 1), leaf(tag, 2)]);
  log(tag, 'all', all.join(' '), als.getStore());
  const race = await Promise.race([leaf(tag, 3), new Promise((r) => setTimeout(r, 50))]);
  log(tag, 'race', race, als.getStore());
  const settled = await Promise.allSettled([Promise.reject(new Error('no')), leaf(tag, 4)]);
  log(tag, 'allSettled', settled.map((s) => s.status).join(','), als.getStore());
  try {
    await Promise.reject(new Error('boom'));
  } catch (error) {
    log(tag, 'catch', error.message, als.getStore());
  }
  const seen = [];
  for await (const store of generate()) seen.push(store);
  log(tag, 'for await', seen.join(','), als.getStore());
  log(tag, 'thenable', await thenable);
  return tag;
}

const a = als.run('A', () => main('a'));
const b = als.run('B', () => main('b'));
log('outside', als.getStore());
Promise.all([a, b]).then((tags) => log('done', tags.join(','), als.getStore()));

// A reaction registered inside run() keeps the store even when the promise
// is resolved outside it.
let resolveLater;
const later = new Promise((resolve) => { resolveLater = resolve; });
als.run('registered', () => later.then((v) => log('then registered inside run:', v, als.getStore())));
als.run('resolver', () => resolveLater('value'));
later.then(() => log('then registered outside run:', als.getStore()));

// An async function called in one store and awaited in another.
als.run('caller', async () => {
  const p = als.run('callee', async () => {
    await null;
    return als.getStore();
  });
  log('callee saw', await p, 'caller still', als.getStore());
});
