// A domain 'error' handler that throws, with no domain left to take it, ends the process with code 7 after 'exit'.
const domain = require('domain');
const d = domain.create();
d.on('error', (e) => {
  console.log('handler', e.message, process.domain);
  throw new Error('handler threw');
});
process.on('exit', (code) => console.log('exit', code));
d.run(() => setTimeout(() => { throw new Error('first'); }, 1));
setTimeout(() => console.log('never'), 50);
