// require of relative .js and .json files, extension and index probing, package main.
const counter = require('./fixtures/counter');
console.log(counter.increment(), require('./fixtures/counter.js').increment(), counter.loadedAs, counter.thisIsExports);
console.log(require('./fixtures/data.json'));
console.log(require('./fixtures/dir'), require('./fixtures/pkg'));
