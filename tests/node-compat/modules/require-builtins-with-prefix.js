// Built-ins load with and without the node: prefix, as the same object.
console.log(require('http') === require('node:http'), require('events') === require('node:events'));
console.log(require('timers').setTimeout === setTimeout, typeof require('node:util').inspect);
try {
  require('node:nonexistent');
} catch (error) {
  console.log(error.code);
}
