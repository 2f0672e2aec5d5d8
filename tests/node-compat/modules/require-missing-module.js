// A missing module throws MODULE_NOT_FOUND with Node's message and require stack.
const path = require('path');
try {
  require('./fixtures/nope');
} catch (error) {
  console.log(error.code, error.message.split('\n')[0]);
  console.log(error.requireStack.map((p) => path.basename(p)));
}
try {
  require('some-package-that-is-not-installed');
} catch (error) {
  console.log(error.code, error.message.split('\n')[0]);
}
