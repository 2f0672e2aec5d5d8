// finished(): ERR_STREAM_PREMATURE_CLOSE when destroyed early, the error when errored, nothing when done.
'use strict';
const { finished, Readable, Writable, PassThrough } = require('stream');

const r = new Readable({ read() {} });
finished(r, (err) => console.log('readable destroyed early:', err.code, err.message));
r.push('data');
r.destroy();

const w = new Writable({ write(c, e, cb) { cb(); } });
finished(w, (err) => console.log('writable errored:', err.message));
w.destroy(new Error('kaput'));

const ok = new PassThrough();
finished(ok, (err) => console.log('passthrough done:', err));
ok.resume();
ok.end('bye');

const onlyReadable = new PassThrough();
finished(onlyReadable, { writable: false }, (err) => console.log('readable side only:', err));
onlyReadable.end('z');
onlyReadable.resume();

const cleanupTest = new PassThrough();
const cleanup = finished(cleanupTest, () => console.log('not called after cleanup'));
cleanup();
cleanupTest.destroy();
setImmediate(() => console.log('listeners after cleanup', cleanupTest.listenerCount('close')));
