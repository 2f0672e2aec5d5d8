// process.setUncaughtExceptionCaptureCallback: takes uncaught exceptions instead of 'uncaughtException', and rules out domains.
process.on('uncaughtException', (e) => console.log('listener', e.message));
console.log(process.hasUncaughtExceptionCaptureCallback());
for (const bad of [1, 'x', {}]) {
  try { process.setUncaughtExceptionCaptureCallback(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
process.setUncaughtExceptionCaptureCallback((e) => console.log('captured', e.message));
console.log(process.hasUncaughtExceptionCaptureCallback());
try { process.setUncaughtExceptionCaptureCallback(() => {}); } catch (e) { console.log(e.code, e.message); }
try { require('domain'); } catch (e) { console.log(e.code, e.message); }
setTimeout(() => { throw new Error('one'); });
setTimeout(() => {
  process.setUncaughtExceptionCaptureCallback(null);
  console.log(process.hasUncaughtExceptionCaptureCallback());
  setImmediate(() => { throw new Error('two'); });
}, 5);
