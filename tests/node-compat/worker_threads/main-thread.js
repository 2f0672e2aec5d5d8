// The main thread's view of worker_threads.
const wt = require('worker_threads');
console.log(wt.isMainThread, wt.isInternalThread, wt.threadId, JSON.stringify(wt.threadName), wt.parentPort, wt.workerData);
console.log(JSON.stringify(wt.resourceLimits), String(wt.SHARE_ENV), wt.SHARE_ENV === Symbol.for('nodejs.worker_threads.SHARE_ENV'));
console.log(typeof wt.Worker, typeof wt.markAsUntransferable, typeof wt.setEnvironmentData);
wt.setEnvironmentData('answer', 42);
console.log(wt.getEnvironmentData('answer'), wt.getEnvironmentData('missing'));
wt.setEnvironmentData('answer', undefined);
console.log(wt.getEnvironmentData('answer'));
const object = {};
console.log(wt.isMarkedAsUntransferable(object));
wt.markAsUntransferable(object);
console.log(wt.isMarkedAsUntransferable(object), wt.isMarkedAsUntransferable(1), wt.isMarkedAsUntransferable(undefined));
