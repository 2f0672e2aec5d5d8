// Compares src/node/os/os.js with Node's own `os` where the answer does not
// depend on the machine: constants (values, property attributes, null
// prototypes), the export list and its attributes, EOL, devNull,
// endianness, tmpdir's rules under many environments, loopback interfaces,
// the shapes of cpus() and userInfo(), and argument errors of the priority
// functions. The machine-dependent values come from a binding built on
// Node's own os here, so only our formatting of them is checked.
// Run with `node src/node/os/os.test.js`; the harness is src/node/checker.js.
'use strict';

const checker = require('../checker.js');

const nodeOs = process.getBuiltinModule('os');
const util = process.getBuiltinModule('util');

const binding = {
  info: () => [nodeOs.hostname(), nodeOs.version(), nodeOs.release(), nodeOs.machine()],
  cpuCount: () => nodeOs.availableParallelism(),
  cpus: () => nodeOs.cpus().flatMap(({ model, speed, times }) => [model, speed, times.user, times.nice, times.sys, times.idle, times.irq]),
  memory: () => [nodeOs.totalmem(), nodeOs.freemem()],
  uptime: () => nodeOs.uptime(),
  loadavg: () => nodeOs.loadavg(),
};
const mine = checker.loadBuiltin('os', { internalBinding: (name) => (name === 'os' ? binding : undefined) });

const tally = checker.createTally();

// Every own property, recursively, with its attributes and prototype.
function describe(value) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
  if (typeof value === 'function') return 'function';
  const proto = Object.getPrototypeOf(value);
  const result = { proto: proto === null ? null : proto === Object.prototype ? 'Object' : 'other', props: {} };
  for (const key of Reflect.ownKeys(value)) {
    const { value: v, writable, enumerable, configurable, get } = Object.getOwnPropertyDescriptor(value, key);
    result.props[String(key)] = { value: get ? 'getter' : describe(v), writable, enumerable, configurable };
  }
  return result;
}

function outcome(fn) {
  try {
    return { value: fn() };
  } catch (error) {
    return { error: { name: error.name, code: error.code, message: error.message } };
  }
}

tally.compare('constants', describe(mine.constants), describe(nodeOs.constants));
tally.compare('exports', describe(mine), describe(nodeOs));
for (const name of ['EOL', 'devNull']) tally.compare(name, mine[name], nodeOs[name]);
for (const name of ['endianness', 'platform', 'type', 'machine', 'hostname', 'release', 'version', 'totalmem', 'availableParallelism']) {
  tally.compare(`${name}()`, mine[name](), nodeOs[name]());
  tally.compare(`${name} as a primitive`, `${mine[name]}`, `${nodeOs[name]}`);
}
tally.compare('loopback', mine.networkInterfaces().lo, nodeOs.networkInterfaces().lo);
tally.compare('cpus() shape', mine.cpus().map((cpu) => [cpu.model, cpu.speed, Object.keys(cpu.times)]),
  nodeOs.cpus().map((cpu) => [cpu.model, cpu.speed, Object.keys(cpu.times)]));
const shape = (info) => Object.entries(info).map(([k, v]) => [k, typeof v, Buffer.isBuffer(v)]);
tally.compare('userInfo() shape', shape(mine.userInfo()), shape(nodeOs.userInfo()));
tally.compare('userInfo() prototype', Object.getPrototypeOf(mine.userInfo()), Object.getPrototypeOf(nodeOs.userInfo()));
tally.compare('userInfo(buffer) shape', shape(mine.userInfo({ encoding: 'buffer' })), shape(nodeOs.userInfo({ encoding: 'buffer' })));
tally.compare('loadavg() length', mine.loadavg().length, nodeOs.loadavg().length);

// tmpdir reads TMPDIR, TMP and TEMP from process.env at each call.
const saved = { TMPDIR: process.env.TMPDIR, TMP: process.env.TMP, TEMP: process.env.TEMP, HOME: process.env.HOME };
const envs = [
  {},
  { TMPDIR: '/var/tmp' },
  { TMPDIR: '/var/tmp/' },
  { TMPDIR: '/var/tmp//' },
  { TMPDIR: '/' },
  { TMPDIR: '//' },
  { TMPDIR: '' , TMP: '/from/tmp/' },
  { TMP: '/from/tmp', TEMP: '/from/temp' },
  { TEMP: '/from/temp/' },
  { TMPDIR: '', TMP: '', TEMP: '' },
  { TMPDIR: 'relative/' },
];
for (const env of envs) {
  for (const key of ['TMPDIR', 'TMP', 'TEMP']) delete process.env[key];
  Object.assign(process.env, env);
  tally.compare(`tmpdir() with ${util.inspect(env)}`, mine.tmpdir(), nodeOs.tmpdir());
}
for (const home of ['/custom/home', '/custom/home/']) {
  process.env.HOME = home;
  tally.compare(`homedir() with HOME=${home}`, mine.homedir(), nodeOs.homedir());
}
for (const [key, value] of Object.entries(saved)) {
  if (value === undefined) delete process.env[key];
  else process.env[key] = value;
}

const priorityCalls = [
  ['getPriority', ['x']],
  ['getPriority', [1.5]],
  ['getPriority', [2 ** 31]],
  ['getPriority', [2147483647]],
  ['setPriority', [0, 20]],
  ['setPriority', [0, -21]],
  ['setPriority', ['0', 1]],
  ['setPriority', [2147483647, 1]],
  ['setPriority', []],
];
for (const [name, args] of priorityCalls) {
  tally.compare(`${name}(${args.map((a) => util.inspect(a)).join(', ')})`, outcome(() => mine[name](...args)),
    outcome(() => nodeOs[name](...args)));
}
tally.compare('getPriority()', mine.getPriority(), nodeOs.getPriority());

tally.finish();
