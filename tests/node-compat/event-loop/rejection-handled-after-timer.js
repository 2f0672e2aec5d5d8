// With an 'unhandledRejection' listener, attaching a catch in a later timer triggers 'rejectionHandled'.
const p = Promise.reject(new Error('slow'));
process.on('unhandledRejection', (reason, promise) => console.log('unhandled %s same %s', reason.message, promise === p));
process.on('rejectionHandled', (promise) => console.log('rejectionHandled same %s', promise === p));
setTimeout(() => {
  p.catch((e) => console.log('caught %s', e.message));
}, 10);
process.on('exit', (code) => console.log('exit %d', code));
