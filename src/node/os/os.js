'use strict';
// `os`: the machine as a Linux x86-64 box describes itself. What changes with
// the machine (host name, kernel release, CPUs, memory, uptime, load) comes
// from the host through internalBinding('os'): the native host reports the
// real machine, the browser a small virtual one. The rest is fixed Linux
// behaviour: constants, EOL, devNull, tmpdir's rules, endianness.
//
// NODE-DIFF: arch() is 'x64' and machine() 'x86_64' even in a browser on
// wasm32, because programs branch on these to pick Linux binaries and paths;
// process.arch says the same.
// NODE-DIFF: userInfo() is the pod's user (uid 1000, 'user'), matching
// process.getuid(); networkInterfaces() shows loopback only; setPriority and
// getPriority act on this process alone (another pid is ESRCH), with Linux's
// rule that only root may raise a priority.

const binding = internalBinding('os');
const { codes } = require('internal/errors');
const { validateInt32 } = require('internal/validators');

const kUser = { uid: 1000, gid: 1000, username: 'user', homedir: '/home/user', shell: '/bin/bash' };

const [, version, release, machine] = binding.info();

function withPrimitive(fn, name) {
  fn[Symbol.toPrimitive] = () => fn();
  Object.defineProperty(fn, 'name', { __proto__: null, value: name, configurable: true });
  return fn;
}

const arch = withPrimitive(() => process.arch, 'arch');
const platform = withPrimitive(() => process.platform, 'platform');
const type = withPrimitive(() => 'Linux', 'getOSType');
const getRelease = withPrimitive(() => release, 'getOSRelease');
const getVersion = withPrimitive(() => version, 'getOSVersion');
const getMachine = withPrimitive(() => machine, 'getMachine');
const hostname = withPrimitive(() => binding.info()[0], 'getHostname');
const totalmem = withPrimitive(() => binding.memory()[0], 'getTotalMem');
const freemem = withPrimitive(() => binding.memory()[1], 'getFreeMem');
const uptime = withPrimitive(() => binding.uptime(), 'getUptime');
const availableParallelism = withPrimitive(() => binding.cpuCount(), 'getAvailableParallelism');
const endianness = withPrimitive(() => 'LE', 'endianness');

// libuv's uv_os_homedir: $HOME when set and not empty, else the passwd entry.
const homedir = withPrimitive(() => process.env.HOME || kUser.homedir, 'getHomeDirectory');

// Node 24's GetTempDir: the first non-empty of TMPDIR, TMP, TEMP, with one
// trailing slash dropped (but not from '/'), else '/tmp'.
const tmpdir = withPrimitive(() => {
  let path = process.env.TMPDIR || process.env.TMP || process.env.TEMP;
  if (!path) return '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}, 'tmpdir');

function loadavg() {
  const [one, five, fifteen] = binding.loadavg();
  return [one, five, fifteen];
}

function cpus() {
  const data = binding.cpus();
  const result = [];
  for (let i = 0; i < data.length; i += 7) {
    result.push({
      model: data[i],
      speed: data[i + 1],
      times: { user: data[i + 2], nice: data[i + 3], sys: data[i + 4], idle: data[i + 5], irq: data[i + 6] },
    });
  }
  return result;
}

function networkInterfaces() {
  const mac = '00:00:00:00:00:00';
  return {
    lo: [
      { address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4', mac, internal: true, cidr: '127.0.0.1/8' },
      { address: '::1', netmask: 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', family: 'IPv6', mac, internal: true, cidr: '::1/128', scopeid: 0 },
    ],
  };
}

function userInfo(options) {
  const asBuffer = options !== null && typeof options === 'object' && options.encoding === 'buffer';
  const info = { __proto__: null, uid: kUser.uid, gid: kUser.gid };
  for (const key of ['username', 'homedir', 'shell']) {
    info[key] = asBuffer ? Buffer.from(kUser[key]) : kUser[key];
  }
  return info;
}

// The nice value of this process; others are out of reach.
let priority = 0;

function systemError(syscall, errno, code, message) {
  return new codes.ERR_SYSTEM_ERROR({ errno, code, message, syscall });
}

function checkPid(pid, syscall) {
  if (pid !== 0 && pid !== process.pid) throw systemError(syscall, -3, 'ESRCH', 'no such process');
}

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  else validateInt32(pid, 'pid');
  checkPid(pid, 'uv_os_getpriority');
  return priority;
}

function setPriority(pid, value) {
  if (value === undefined) {
    value = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(value, 'priority', -20, 19);
  checkPid(pid, 'uv_os_setpriority');
  // Lowering the nice value needs CAP_SYS_NICE; the pod's user is not root.
  if (value < priority) throw systemError('uv_os_setpriority', -13, 'EACCES', 'permission denied');
  priority = value;
}

function constantGroup(entries) {
  const group = Object.create(null);
  for (const [name, value] of entries) {
    Object.defineProperty(group, name, { __proto__: null, value, writable: false, enumerable: true, configurable: false });
  }
  return group;
}

// Linux's values, as Node's constants binding defines them.
const constants = Object.create(null);
Object.defineProperty(constants, 'UV_UDP_REUSEADDR', { __proto__: null, value: 4, writable: false, enumerable: true, configurable: false });
Object.assign(constants, {
  dlopen: constantGroup([['RTLD_LAZY', 1], ['RTLD_NOW', 2], ['RTLD_GLOBAL', 256], ['RTLD_LOCAL', 0], ['RTLD_DEEPBIND', 8]]),
  errno: constantGroup([
    ['E2BIG', 7], ['EACCES', 13], ['EADDRINUSE', 98], ['EADDRNOTAVAIL', 99], ['EAFNOSUPPORT', 97], ['EAGAIN', 11],
    ['EALREADY', 114], ['EBADF', 9], ['EBADMSG', 74], ['EBUSY', 16], ['ECANCELED', 125], ['ECHILD', 10],
    ['ECONNABORTED', 103], ['ECONNREFUSED', 111], ['ECONNRESET', 104], ['EDEADLK', 35], ['EDESTADDRREQ', 89],
    ['EDOM', 33], ['EDQUOT', 122], ['EEXIST', 17], ['EFAULT', 14], ['EFBIG', 27], ['EHOSTUNREACH', 113],
    ['EIDRM', 43], ['EILSEQ', 84], ['EINPROGRESS', 115], ['EINTR', 4], ['EINVAL', 22], ['EIO', 5], ['EISCONN', 106],
    ['EISDIR', 21], ['ELOOP', 40], ['EMFILE', 24], ['EMLINK', 31], ['EMSGSIZE', 90], ['EMULTIHOP', 72],
    ['ENAMETOOLONG', 36], ['ENETDOWN', 100], ['ENETRESET', 102], ['ENETUNREACH', 101], ['ENFILE', 23],
    ['ENOBUFS', 105], ['ENODATA', 61], ['ENODEV', 19], ['ENOENT', 2], ['ENOEXEC', 8], ['ENOLCK', 37],
    ['ENOLINK', 67], ['ENOMEM', 12], ['ENOMSG', 42], ['ENOPROTOOPT', 92], ['ENOSPC', 28], ['ENOSR', 63],
    ['ENOSTR', 60], ['ENOSYS', 38], ['ENOTCONN', 107], ['ENOTDIR', 20], ['ENOTEMPTY', 39], ['ENOTSOCK', 88],
    ['ENOTSUP', 95], ['ENOTTY', 25], ['ENXIO', 6], ['EOPNOTSUPP', 95], ['EOVERFLOW', 75], ['EPERM', 1],
    ['EPIPE', 32], ['EPROTO', 71], ['EPROTONOSUPPORT', 93], ['EPROTOTYPE', 91], ['ERANGE', 34], ['EROFS', 30],
    ['ESPIPE', 29], ['ESRCH', 3], ['ESTALE', 116], ['ETIME', 62], ['ETIMEDOUT', 110], ['ETXTBSY', 26],
    ['EWOULDBLOCK', 11], ['EXDEV', 18],
  ]),
  signals: constantGroup([
    ['SIGHUP', 1], ['SIGINT', 2], ['SIGQUIT', 3], ['SIGILL', 4], ['SIGTRAP', 5], ['SIGABRT', 6], ['SIGIOT', 6],
    ['SIGBUS', 7], ['SIGFPE', 8], ['SIGKILL', 9], ['SIGUSR1', 10], ['SIGSEGV', 11], ['SIGUSR2', 12], ['SIGPIPE', 13],
    ['SIGALRM', 14], ['SIGTERM', 15], ['SIGCHLD', 17], ['SIGSTKFLT', 16], ['SIGCONT', 18], ['SIGSTOP', 19],
    ['SIGTSTP', 20], ['SIGTTIN', 21], ['SIGTTOU', 22], ['SIGURG', 23], ['SIGXCPU', 24], ['SIGXFSZ', 25],
    ['SIGVTALRM', 26], ['SIGPROF', 27], ['SIGWINCH', 28], ['SIGIO', 29], ['SIGPOLL', 29], ['SIGPWR', 30],
    ['SIGSYS', 31],
  ]),
  priority: constantGroup([
    ['PRIORITY_LOW', 19], ['PRIORITY_BELOW_NORMAL', 10], ['PRIORITY_NORMAL', 0], ['PRIORITY_ABOVE_NORMAL', -7],
    ['PRIORITY_HIGH', -14], ['PRIORITY_HIGHEST', -20],
  ]),
});

module.exports = {
  arch,
  availableParallelism,
  cpus,
  endianness,
  freemem,
  getPriority,
  homedir,
  hostname,
  loadavg,
  networkInterfaces,
  platform,
  release: getRelease,
  setPriority,
  tmpdir,
  totalmem,
  type,
  userInfo,
  uptime,
  version: getVersion,
  machine: getMachine,
};

Object.defineProperties(module.exports, {
  constants: { __proto__: null, configurable: false, enumerable: true, value: constants },
  EOL: { __proto__: null, configurable: true, enumerable: true, writable: false, value: '\n' },
  devNull: { __proto__: null, configurable: true, enumerable: true, writable: false, value: '/dev/null' },
});
