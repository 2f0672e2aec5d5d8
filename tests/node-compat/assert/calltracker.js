// assert.CallTracker (deprecated, DEP0173): calls, report, verify, getCalls, reset.
'use strict';

const assert = require('assert');

process.on('warning', (warning) => console.log('warning:', warning.name, warning.code, warning.message));

const tracker = new assert.CallTracker();
function add(a, b) {
  return a + b;
}
const tracked = tracker.calls(add, 2);
console.log(tracked(1, 2), tracked.name, tracked.length);
console.log(tracker.report().map((r) => [r.message, r.actual, r.expected, r.operator, typeof r.stack]));
console.log(tracker.getCalls(tracked));
try {
  tracker.verify();
} catch (err) {
  console.log(err.name, err.code, err.message, Object.keys(err).join(','));
}
tracked(3, 4);
tracker.verify();
console.log('verified');
const noop = tracker.calls(1);
const other = tracker.calls();
try {
  tracker.verify();
} catch (err) {
  console.log(err.message);
  console.log(err['message 0'], err['operator 0'], err['actual 1'], err['expected 1']);
}
noop();
other();
tracker.reset(tracked);
console.log(tracker.report().length, tracker.getCalls(tracked).length);
tracker.reset();
console.log(tracker.report().length);
try {
  tracker.getCalls(add);
} catch (err) {
  console.log(err.name, err.code, err.message);
}
try {
  tracker.calls(add, -1);
} catch (err) {
  console.log(err.name, err.code, err.message);
}
new assert.CallTracker(); // eslint-disable-line no-new
