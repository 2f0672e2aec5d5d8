// The os module's exports and the shape of what each returns (types and fixed Linux answers, not machine-dependent values).
'use strict';
const os = require('os');

console.log(Object.keys(os).join(' '));
console.log(JSON.stringify(os.EOL), os.devNull, os.platform(), os.type(), os.arch(), os.machine(), os.endianness());
console.log(`${os.platform} ${os.type} ${os.endianness} ${os.arch}`);
for (const name of ['EOL', 'devNull']) {
  const d = Object.getOwnPropertyDescriptor(os, name);
  console.log(name, d.writable, d.enumerable, d.configurable);
}

const cpus = os.cpus();
console.log('cpus', Array.isArray(cpus), cpus.length > 0, cpus.length === os.availableParallelism());
console.log('cpu', cpus.every((cpu) => typeof cpu.model === 'string' && Number.isInteger(cpu.speed) &&
  Object.keys(cpu.times).join() === 'user,nice,sys,idle,irq' &&
  Object.values(cpu.times).every((t) => Number.isFinite(t) && t >= 0)));

const total = os.totalmem();
const free = os.freemem();
console.log('memory', Number.isInteger(total), Number.isInteger(free), total > 0, free > 0, free <= total);
console.log('uptime', typeof os.uptime(), os.uptime() > 0);
const load = os.loadavg();
console.log('loadavg', load.length, load.every((n) => typeof n === 'number' && n >= 0));
console.log('hostname', typeof os.hostname(), os.hostname().length > 0);
console.log('release', typeof os.release(), os.release().length > 0, typeof os.version(), os.version().length > 0);

const user = os.userInfo();
console.log('userInfo', Object.getPrototypeOf(user), Object.keys(user).join(), typeof user.uid, typeof user.gid,
  typeof user.username, user.homedir.startsWith('/'), typeof user.shell);
const raw = os.userInfo({ encoding: 'buffer' });
console.log('userInfo buffer', Buffer.isBuffer(raw.username), Buffer.isBuffer(raw.homedir), raw.username.toString() === user.username);

const lo = os.networkInterfaces().lo;
console.log('lo', JSON.stringify(lo));
