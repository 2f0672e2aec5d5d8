'use strict';
// The global fetch(). Node's is undici over real sockets; a pod has no
// network client yet, so every call returns a promise rejected with
// ERR_METHOD_NOT_IMPLEMENTED (the global exists because Node's has it, and
// code that lists Node's globals, such as Node's own test harness, reads it).
//
// Not covered: Headers, Request, Response, FormData.

const { codes: { ERR_METHOD_NOT_IMPLEMENTED } } = require('internal/errors');

// eslint-disable-next-line no-unused-vars
async function fetch(input, init = undefined) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('fetch()');
}

module.exports = { fetch };
