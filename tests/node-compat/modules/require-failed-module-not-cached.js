// A module that throws while loading is not left in the cache.
for (let i = 0; i < 2; i++) {
  try {
    require('./fixtures/throws');
  } catch (error) {
    console.log(i, error.message);
  }
}
console.log(Object.keys(require.cache).some((key) => key.endsWith('throws.js')));
