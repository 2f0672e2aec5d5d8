// A require cycle sees the partial exports of the module still loading.
const a = require('./fixtures/cycle-a');
console.log(a);
