// An unref'd timer still fires if something else keeps the loop alive long enough.
setTimeout(() => console.log('unref 10'), 10).unref();
setTimeout(() => console.log('ref 40'), 40);
setTimeout(() => console.log('unref 5000 (should not run)'), 5000).unref();
