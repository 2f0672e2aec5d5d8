// The pod's files on the page side: `pod.fs` (Node's fs.promises shape, as
// the WebContainer API has it), the page's mirror of the worker's tree (what
// a replacement worker starts from), and its persistence in IndexedDB.
//
// The worker's tree is the truth. After every wasm call the worker sends
// what changed as whole entries (see src/host/files.rs); the mirror applies
// them in order, and with `persist` writes them to IndexedDB behind the pod:
// one transaction at a time, each holding the latest state of every path
// touched since the previous one, so a file rewritten many times while a
// transaction is in flight is written once more, not many times.
//
// Not covered: WebContainer's binary snapshots (`mount` of a Uint8Array,
// `export` as 'zip'), which reject with ERR_METHOD_NOT_IMPLEMENTED;
// `readdir({ recursive })` and `stat({ bigint })`, likewise; two pages using
// one `persist` key at once (the last writer of a path wins).

const encoder = new TextEncoder();
const utf8 = new TextDecoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

// --- Node-style errors ---

// util.inspect of a primitive, enough for error messages.
function inspect(value) {
  if (typeof value !== 'string') return typeof value === 'bigint' ? `${value}n` : String(value);
  const escapes = { '\n': '\\n', '\t': '\\t', '\b': '\\b', '\f': '\\f', '\r': '\\r', "'": "\\'", '\\': '\\\\' };
  const body = value.replace(/[\x00-\x1f\x7f'\\]/g, (c) => escapes[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return `'${body}'`;
}

// Node's "Received ..." tail of ERR_INVALID_ARG_TYPE.
function received(value) {
  if (value === null || value === undefined) return `Received ${value}`;
  if (typeof value === 'function') return `Received function ${value.name}`;
  if (typeof value === 'object') {
    const name = value.constructor?.name;
    return name ? `Received an instance of ${name}` : `Received ${inspect(value)}`;
  }
  let shown = inspect(value);
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return `Received type ${typeof value} (${shown})`;
}

function codedError(Base, code, message) {
  const error = new Base(message);
  Object.defineProperty(error, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  return error;
}

export function invalidArgType(name, expected, value) {
  const kind = name.includes('.') ? 'property' : 'argument';
  return codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "${name}" ${kind} must be ${expected}. ${received(value)}`);
}

export function invalidArgValue(name, reason, value) {
  const kind = name.includes('.') ? 'property' : 'argument';
  let shown = typeof value === 'object' && value !== null ? received(value).slice('Received '.length) : inspect(value);
  if (shown.length > 128) shown = `${shown.slice(0, 128)}...`;
  return codedError(TypeError, 'ERR_INVALID_ARG_VALUE', `The ${kind} '${name}' ${reason}. Received ${shown}`);
}

export function notImplemented(method) {
  return codedError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', `The ${method} method is not implemented`);
}

// A failed operation as the worker reports it, made into Node's error:
// `ENOENT: no such file or directory, open 'x'` with errno, code, syscall,
// path (and dest).
function uvError(record) {
  if (record.message !== undefined) return codedError(Error, record.code, record.message);
  const { code, errno, description, syscall, path, dest } = record;
  if (syscall === 'rm' && code === 'EISDIR') {
    // Node's rm says so through a SystemError of its own.
    const info = { code, message: 'is a directory', path, syscall, errno: -errno };
    const error = codedError(Error, 'ERR_FS_EISDIR', `Path is a directory: rm returned EISDIR (is a directory) ${path}`);
    error.name = 'SystemError';
    return Object.assign(error, { info, errno: -errno, syscall, path });
  }
  let message = `${code}: ${description}, ${syscall}`;
  if (path !== undefined) message += ` '${path}'`;
  if (dest !== undefined) message += ` -> '${dest}'`;
  const error = new Error(message);
  Object.assign(error, { errno, code, syscall });
  if (path !== undefined) error.path = path;
  if (dest !== undefined) error.dest = dest;
  return error;
}

// --- arguments ---

function toPath(value, name = 'path') {
  let path = value;
  if (value instanceof URL) {
    if (value.protocol !== 'file:') throw codedError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
    path = decodeURIComponent(value.pathname);
  } else if (value instanceof Uint8Array) {
    path = utf8.decode(value);
  } else if (typeof value !== 'string') {
    throw invalidArgType(name, 'of type string or an instance of Buffer or URL', value);
  }
  if (path.includes('\0')) throw invalidArgValue(name, 'must be a string, Uint8Array, or URL without null bytes', path);
  return path;
}

const ENCODINGS = {
  utf8: 'utf8', 'utf-8': 'utf8', latin1: 'latin1', binary: 'latin1', ascii: 'ascii', hex: 'hex', base64: 'base64',
  base64url: 'base64url', utf16le: 'utf16le', 'utf-16le': 'utf16le', ucs2: 'utf16le', 'ucs-2': 'utf16le', buffer: 'buffer',
};

function toEncoding(value) {
  if (value === undefined || value === null) return null;
  const encoding = typeof value === 'string' ? ENCODINGS[value.toLowerCase()] : undefined;
  if (encoding === undefined) throw invalidArgValue('encoding', 'is invalid encoding', value);
  return encoding;
}

function toOptions(options, name = 'options') {
  if (options === undefined || options === null) return {};
  if (typeof options === 'string') return { encoding: options };
  if (typeof options !== 'object') throw invalidArgType(name, 'of type object', options);
  return options;
}

// open() flags by name, with Linux's numbers (what the worker's fs takes).
const O_WRONLY = 1, O_RDWR = 2, O_CREAT = 0o100, O_EXCL = 0o200, O_TRUNC = 0o1000, O_APPEND = 0o2000, O_SYNC = 0o4010000;
const FLAGS = {
  r: 0, rs: O_SYNC, sr: O_SYNC, 'r+': O_RDWR, 'rs+': O_RDWR | O_SYNC, 'sr+': O_RDWR | O_SYNC,
  w: O_TRUNC | O_CREAT | O_WRONLY, wx: O_TRUNC | O_CREAT | O_WRONLY | O_EXCL, xw: O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'w+': O_TRUNC | O_CREAT | O_RDWR, 'wx+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL, 'xw+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  a: O_APPEND | O_CREAT | O_WRONLY, ax: O_APPEND | O_CREAT | O_WRONLY | O_EXCL, xa: O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  as: O_APPEND | O_CREAT | O_WRONLY | O_SYNC, sa: O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'a+': O_APPEND | O_CREAT | O_RDWR, 'ax+': O_APPEND | O_CREAT | O_RDWR | O_EXCL, 'xa+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'as+': O_APPEND | O_CREAT | O_RDWR | O_SYNC, 'sa+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
};

function toFlags(value, fallback) {
  if (value === undefined || value === null) return FLAGS[fallback];
  if (Number.isInteger(value) && value >= 0) return value;
  if (typeof value === 'string' && value in FLAGS) return FLAGS[value];
  throw invalidArgValue('flags', 'is invalid', value);
}

function toMode(value, fallback) {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && /^[0-7]+$/.test(value)) return Number.parseInt(value, 8);
  if (Number.isInteger(value) && value >= 0 && value <= 0xffffffff) return value;
  throw invalidArgValue('mode', 'must be a 32-bit unsigned integer or an octal string', value);
}

function toBoolean(value, name) {
  if (value === undefined) return false;
  if (typeof value !== 'boolean') throw invalidArgType(name, 'of type boolean', value);
  return value;
}

// --- encodings ---

function latin1String(bytes, mask = 0xff) {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    const chunk = bytes.subarray(i, i + 0x8000);
    out += String.fromCharCode.apply(null, mask === 0xff ? chunk : chunk.map((b) => b & mask));
  }
  return out;
}

function encode(text, encoding) {
  switch (encoding ?? 'utf8') {
    case 'latin1':
    case 'ascii':
      return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
    case 'utf16le': {
      const bytes = new Uint8Array(text.length * 2);
      for (let i = 0; i < text.length; i++) {
        const unit = text.charCodeAt(i);
        bytes[i * 2] = unit & 0xff;
        bytes[i * 2 + 1] = unit >> 8;
      }
      return bytes;
    }
    case 'hex': {
      // As Node: up to the first pair that is not hex.
      const bytes = [];
      for (let i = 0; i + 1 < text.length; i += 2) {
        const byte = Number.parseInt(text.slice(i, i + 2), 16);
        if (!/^[0-9a-fA-F]{2}$/.test(text.slice(i, i + 2))) break;
        bytes.push(byte);
      }
      return Uint8Array.from(bytes);
    }
    case 'base64':
    case 'base64url': {
      const clean = text.replace(/-/g, '+').replace(/_/g, '/').replace(/[^A-Za-z0-9+/]/g, '');
      const padded = clean.length % 4 === 1 ? clean.slice(0, -1) : clean;
      const binary = atob(padded + '='.repeat((4 - (padded.length % 4)) % 4));
      return Uint8Array.from(binary, (c) => c.charCodeAt(0));
    }
    default:
      return encoder.encode(text);
  }
}

function decode(bytes, encoding) {
  switch (encoding) {
    case 'latin1':
      return latin1String(bytes);
    case 'ascii':
      return latin1String(bytes, 0x7f);
    case 'utf16le':
      return new TextDecoder('utf-16le').decode(bytes.subarray(0, bytes.length & ~1));
    case 'hex':
      return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    case 'base64':
      return btoa(latin1String(bytes));
    case 'base64url':
      return btoa(latin1String(bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    default:
      return utf8.decode(bytes);
  }
}

function toBytes(data, name, encoding) {
  if (typeof data === 'string') return encode(data, encoding);
  if (ArrayBuffer.isView(data)) {
    // A view on part of a buffer would carry the whole buffer to the worker.
    const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    return bytes.byteLength === data.buffer.byteLength ? bytes : bytes.slice();
  }
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  // NODE-DIFF: an ArrayBuffer is accepted too, as WebContainer's API takes it.
  throw invalidArgType(name, 'of type string or an instance of Buffer, TypedArray, or DataView', data);
}

// --- Stats and Dirent, as Node's ---

const S_IFMT = 0o170000;
const S_IFREG = 0o100000, S_IFDIR = 0o040000, S_IFLNK = 0o120000, S_IFIFO = 0o010000, S_IFSOCK = 0o140000;
const S_IFCHR = 0o020000, S_IFBLK = 0o060000;

export class Stats {
  constructor(raw) {
    const fields = ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks'];
    fields.forEach((name, i) => (this[name] = raw[i]));
    ['atime', 'mtime', 'ctime', 'birthtime'].forEach((name, i) => {
      this[`${name}Ms`] = raw[10 + i * 2] * 1000 + raw[11 + i * 2] / 1e6;
    });
    for (const name of ['atime', 'mtime', 'ctime', 'birthtime']) this[name] = new Date(this[`${name}Ms`]);
  }
  isFile() { return (this.mode & S_IFMT) === S_IFREG; }
  isDirectory() { return (this.mode & S_IFMT) === S_IFDIR; }
  isSymbolicLink() { return (this.mode & S_IFMT) === S_IFLNK; }
  isFIFO() { return (this.mode & S_IFMT) === S_IFIFO; }
  isSocket() { return (this.mode & S_IFMT) === S_IFSOCK; }
  isCharacterDevice() { return (this.mode & S_IFMT) === S_IFCHR; }
  isBlockDevice() { return (this.mode & S_IFMT) === S_IFBLK; }
}

// libuv's dirent types: 1 file, 2 directory, 3 link, 4 FIFO, 5 socket, 6 char, 7 block.
export class Dirent {
  #type;
  constructor(name, type, parentPath) {
    this.name = name;
    this.parentPath = parentPath;
    this.#type = type;
  }
  isFile() { return this.#type === 1; }
  isDirectory() { return this.#type === 2; }
  isSymbolicLink() { return this.#type === 3; }
  isFIFO() { return this.#type === 4; }
  isSocket() { return this.#type === 5; }
  isCharacterDevice() { return this.#type === 6; }
  isBlockDevice() { return this.#type === 7; }
}

// --- FileSystemTree (WebContainer's shape) ---

// `{ name: { file: { contents } } | { file: { symlink } } | { directory: {...} } }`
// as [relative path, kind, bytes or target] items, parents first.
function flattenTree(tree, prefix, name, items) {
  if (tree === null || typeof tree !== 'object' || Array.isArray(tree)) throw invalidArgType(name, 'of type object', tree);
  for (const [key, node] of Object.entries(tree)) {
    const at = `${name}.${key}`;
    if (key === '' || key === '.' || key === '..' || key.includes('/') || key.includes('\0')) {
      throw invalidArgValue(name, 'has a name that is not a single path component', key);
    }
    const path = prefix ? `${prefix}/${key}` : key;
    if (node !== null && typeof node === 'object' && 'directory' in node) {
      items.push([path, 'directory']);
      flattenTree(node.directory, path, `${at}.directory`, items);
    } else if (node !== null && typeof node === 'object' && node.file !== null && typeof node.file === 'object') {
      if ('symlink' in node.file) {
        if (typeof node.file.symlink !== 'string') throw invalidArgType(`${at}.file.symlink`, 'of type string', node.file.symlink);
        items.push([path, 'symlink', node.file.symlink]);
      } else {
        items.push([path, 'file', toBytes(node.file.contents, `${at}.file.contents`)]);
      }
    } else {
      throw invalidArgValue(at, 'must be { file: { contents } }, { file: { symlink } } or { directory }', node);
    }
  }
  return items;
}

// A glob over '/'-separated paths: `**` any number of components, `*` and
// `?` within one.
function globToRegExp(glob) {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      source += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

function toGlobs(value, name) {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((g) => typeof g !== 'string')) throw invalidArgType(name, 'an array of strings', value);
  return value.map(globToRegExp);
}

// Entries of one directory (its own first) as a FileSystemTree.
function buildTree(entries, format, includes, excludes) {
  const root = entries[0].path;
  const tree = {};
  const dirs = new Map([['', tree]]);
  const matchesWithin = (rel, globs) => {
    const parts = rel.split('/');
    for (let i = 1; i <= parts.length; i++) if (globs.some((g) => g.test(parts.slice(0, i).join('/')))) return true;
    return false;
  };
  const directoryAt = (rel) => {
    if (dirs.has(rel)) return dirs.get(rel);
    const slash = rel.lastIndexOf('/');
    const parent = directoryAt(slash < 0 ? '' : rel.slice(0, slash));
    const node = {};
    parent[rel.slice(slash + 1)] = { directory: node };
    dirs.set(rel, node);
    return node;
  };
  for (const entry of entries.slice(1)) {
    const rel = entry.path.slice(root === '/' ? 1 : root.length + 1);
    if (matchesWithin(rel, excludes) && !matchesWithin(rel, includes)) continue;
    if (entry.type === 'directory') {
      directoryAt(rel);
      continue;
    }
    const slash = rel.lastIndexOf('/');
    const parent = directoryAt(slash < 0 ? '' : rel.slice(0, slash));
    const name = rel.slice(slash + 1);
    if (entry.type === 'symlink') {
      parent[name] = { file: { symlink: entry.target } };
    } else {
      let contents = entry.data;
      if (format === 'json') {
        try {
          contents = strictUtf8.decode(entry.data);
        } catch {
          // Not UTF-8 text: the bytes themselves, so nothing is lost.
        }
      }
      parent[name] = { file: { contents } };
    }
  }
  return tree;
}

// --- pod.fs ---

// `request(op, args, mutates)` asks the pod's worker and settles with its
// answer, or rejects with the error record it sent.
export class PodFileSystem {
  #request;

  constructor(request) {
    this.#request = request;
  }

  async #call(op, args, mutates = false) {
    try {
      return await this.#request(op, args, mutates);
    } catch (record) {
      throw record instanceof Error ? record : uvError(record);
    }
  }

  async readFile(path, options) {
    path = toPath(path);
    options = toOptions(options);
    const encoding = toEncoding(options.encoding);
    const bytes = await this.#call('readFile', [path, toFlags(options.flag, 'r')]);
    return encoding === null || encoding === 'buffer' ? bytes : decode(bytes, encoding);
  }

  async writeFile(path, data, options) {
    path = toPath(path);
    options = toOptions(options);
    const encoding = toEncoding(options.encoding);
    const bytes = toBytes(data, 'data', encoding);
    await this.#call('writeFile', [path, bytes, toFlags(options.flag, 'w'), toMode(options.mode, 0o666)], true);
  }

  async readdir(path, options) {
    path = toPath(path);
    options = toOptions(options);
    const encoding = toEncoding(options.encoding);
    if (options.recursive) throw notImplemented('readdir({ recursive: true })');
    const flat = await this.#call('readdir', [path]);
    const out = [];
    for (let i = 0; i < flat.length; i += 2) {
      const name = encoding === 'buffer' ? encoder.encode(flat[i]) : flat[i];
      out.push(options.withFileTypes ? new Dirent(name, flat[i + 1], path) : name);
    }
    return out;
  }

  async mkdir(path, options) {
    path = toPath(path);
    options = typeof options === 'number' || typeof options === 'string' ? { mode: options } : toOptions(options);
    const recursive = toBoolean(options.recursive, 'options.recursive');
    return (await this.#call('mkdir', [path, toMode(options.mode, 0o777), recursive], true)) ?? undefined;
  }

  async rm(path, options) {
    path = toPath(path);
    options = toOptions(options);
    // maxRetries and retryDelay concern busy files on Windows; nothing here is busy.
    const recursive = toBoolean(options.recursive, 'options.recursive');
    const force = toBoolean(options.force, 'options.force');
    await this.#call('rm', [path, recursive, force], true);
  }

  async stat(path, options) {
    path = toPath(path);
    if (toOptions(options).bigint) throw notImplemented('stat({ bigint: true })');
    return new Stats(await this.#call('stat', [path]));
  }

  async lstat(path, options) {
    path = toPath(path);
    if (toOptions(options).bigint) throw notImplemented('lstat({ bigint: true })');
    return new Stats(await this.#call('lstat', [path]));
  }

  async rename(oldPath, newPath) {
    await this.#call('rename', [toPath(oldPath, 'oldPath'), toPath(newPath, 'newPath')], true);
  }

  async symlink(target, path) {
    await this.#call('symlink', [toPath(target, 'target'), toPath(path)], true);
  }

  async readlink(path, options) {
    path = toPath(path);
    const encoding = toEncoding(toOptions(options).encoding);
    const target = await this.#call('readlink', [path]);
    return encoding === 'buffer' ? encoder.encode(target) : target;
  }

  // WebContainer's mount: many files in one call.
  async mount(tree, options = {}) {
    if (tree instanceof ArrayBuffer || ArrayBuffer.isView(tree)) throw notImplemented('mount(snapshot)');
    options = toOptions(options);
    const mountPoint = options.mountPoint === undefined ? '.' : toPath(options.mountPoint, 'options.mountPoint');
    const items = flattenTree(tree, '', 'tree', []);
    await this.#call('mount', [mountPoint, items], true);
  }

  // WebContainer's export: the directory at `path` as a FileSystemTree.
  async export(path = '/', options = {}) {
    path = toPath(path);
    options = toOptions(options);
    const format = options.format ?? 'json';
    if (format === 'zip') throw notImplemented("export({ format: 'zip' })");
    if (format !== 'json' && format !== 'binary') {
      throw invalidArgValue('options.format', "must be one of: 'json', 'binary', 'zip'", format);
    }
    const includes = toGlobs(options.includes, 'options.includes');
    const excludes = toGlobs(options.excludes, 'options.excludes');
    return buildTree(await this.#call('export', [path]), format, includes, excludes);
  }
}

// --- the mirror and its persistence ---

const DATABASE_PREFIX = 'nodeling:';

function settle(request) {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

// Opens (or creates) the IndexedDB database of a `persist` key and reads
// every entry. `fresh`: nothing was ever stored under this key.
export async function openStore(key) {
  const open = indexedDB.open(`${DATABASE_PREFIX}${key}`, 1);
  open.onupgradeneeded = () => {
    open.result.createObjectStore('entries');
    open.result.createObjectStore('meta');
  };
  const db = await settle(open);
  // Let another page delete or upgrade the database.
  db.onversionchange = () => db.close();
  const tx = db.transaction(['entries', 'meta'], 'readonly');
  const [entries, created] = await Promise.all([settle(tx.objectStore('entries').getAll()), settle(tx.objectStore('meta').get('created'))]);
  return { db, entries, fresh: created === undefined };
}

function emptyWork() {
  return { clear: false, removed: new Set(), puts: new Set() };
}

// The page's copy of the pod's tree (path → entry as the worker sends it;
// large contents arrive as Blobs, which the page and IndexedDB hold by
// reference), written to IndexedDB behind the pod when there is a database.
export class FileMirror {
  #entries = new Map();
  #db;
  #applied = 0;
  #committed = 0;
  #waiters = [];
  #work = emptyWork();
  #writing = false;
  #onError;

  constructor(db, entries, onError) {
    this.#db = db;
    this.#onError = onError;
    for (const entry of entries) this.#entries.set(entry.path, entry);
  }

  // Every entry, parents before their children.
  entries() {
    return [...this.#entries.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  // Applies a batch from the worker: `removed` paths go with everything
  // below them, then `entries` are set (all of them when `reset`).
  apply({ reset, removed, entries }) {
    if (reset) {
      this.#entries.clear();
      this.#work = { clear: true, removed: new Set(), puts: new Set() };
    }
    for (const root of removed) {
      const entry = this.#entries.get(root);
      this.#entries.delete(root);
      this.#work.removed.add(root);
      // The mirror never holds a path without its parent, so only a
      // directory can have anything below it.
      if (entry?.type === 'directory') {
        const prefix = root === '/' ? '/' : `${root}/`;
        for (const path of this.#entries.keys()) if (path.startsWith(prefix)) this.#entries.delete(path);
      }
    }
    for (const entry of entries) {
      this.#entries.set(entry.path, entry);
      this.#work.puts.add(entry.path);
    }
    this.#applied++;
    if (this.#db === null) this.#committed = this.#applied;
    else if (!this.#writing) this.#persist();
  }

  // Settles once every batch applied so far is in the database.
  committed() {
    if (this.#committed >= this.#applied) return Promise.resolve();
    const upTo = this.#applied;
    return new Promise((resolve, reject) => this.#waiters.push({ upTo, resolve, reject }));
  }

  async close() {
    await this.committed().catch(() => {});
    this.#db?.close();
  }

  async #persist() {
    this.#writing = true;
    while (this.#committed < this.#applied) {
      const upTo = this.#applied;
      const work = this.#work;
      this.#work = emptyWork();
      try {
        await this.#write(work);
      } catch (error) {
        // Keep the work for the next batch to retry; tell whoever waits.
        const next = this.#work;
        this.#work = {
          clear: work.clear || next.clear,
          removed: next.clear ? next.removed : new Set([...work.removed, ...next.removed]),
          puts: new Set([...work.puts, ...next.puts]),
        };
        this.#settle(upTo, error);
        this.#onError(error);
        break;
      }
      this.#committed = upTo;
      this.#settle(upTo, null);
    }
    this.#writing = false;
  }

  #settle(upTo, error) {
    this.#waiters = this.#waiters.filter((waiter) => {
      if (waiter.upTo > upTo) return true;
      if (error) waiter.reject(error);
      else waiter.resolve();
      return false;
    });
  }

  // One transaction: clear or remove subtrees first, then the current state
  // of every path touched (deleted if it is gone again).
  #write(work) {
    return new Promise((resolve, reject) => {
      const tx = this.#db.transaction(['entries', 'meta'], 'readwrite');
      const store = tx.objectStore('entries');
      if (work.clear) store.clear();
      for (const root of work.removed) {
        if (root === '/') {
          store.clear();
          continue;
        }
        // Keys below `root` sort between `root/` and `root0` ('0' follows '/').
        store.delete(IDBKeyRange.bound(`${root}/`, `${root}0`, false, true));
        store.delete(root);
      }
      for (const path of work.puts) {
        const entry = this.#entries.get(path);
        if (entry) store.put(entry, path);
        else store.delete(path);
      }
      tx.objectStore('meta').put(true, 'created');
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('nodeling: the storage transaction was aborted'));
      tx.commit?.();
    });
  }
}
