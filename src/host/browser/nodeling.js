// Nodeling's page API (DESIGN.md, "Public API"): boot a pod in a Web Worker,
// spawn processes in it, fetch from its servers, and preview them through
// the service worker. The worker's tree is the pod's; the page mirrors every
// change the worker reports (and persists it with `persist`), so a worker
// that must be terminated (a process stuck in `while (true) {}`) is
// replaced without losing what the pod wrote before. See nodeling-files.js.

import { FileMirror, PodFileSystem, invalidArgType, invalidArgValue, openStore } from './nodeling-files.js';

const PREVIEW_PREFIX = '/__nodeling__/';
const KILL_GRACE_MS = 500;
const SIGKILL_EXIT = 137;

const encoder = new TextEncoder();
const pods = new Map();

function toBytes(data) {
  if (typeof data === 'string') return encoder.encode(data);
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  throw new TypeError('file contents must be a string, Uint8Array or ArrayBuffer');
}

function normalizePath(path, cwd = '/') {
  const parts = [];
  for (const part of (path.startsWith('/') ? path : `${cwd}/${path}`).split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '' && part !== '.') parts.push(part);
  }
  return `/${parts.join('/')}`;
}

function systemError(code, message) {
  return Object.assign(new Error(message), { code });
}

class Emitter {
  #listeners = new Map();
  on(event, listener) {
    if (!this.#listeners.has(event)) this.#listeners.set(event, new Set());
    this.#listeners.get(event).add(listener);
    return () => this.off(event, listener);
  }
  off(event, listener) {
    this.#listeners.get(event)?.delete(listener);
  }
  // Whether anyone listened.
  emit(event, ...args) {
    const listeners = this.#listeners.get(event) ?? new Set();
    for (const listener of listeners) listener(...args);
    return listeners.size > 0;
  }
}

// A ReadableStream<string> the pod writes into; once the reader cancels it,
// what the process writes next is dropped instead of failing the write.
function textStream() {
  let controller;
  let open = true;
  const stream = new ReadableStream({
    start: (c) => (controller = c),
    cancel: () => void (open = false),
  });
  return {
    stream,
    write(text) {
      if (open) controller.enqueue(text);
    },
    close() {
      if (open) controller.close();
      open = false;
    },
  };
}

class PodProcess {
  #pod;
  #streams;
  constructor(pod, pid) {
    this.#pod = pod;
    this.pid = pid;
    let resolveExit;
    this.exit = new Promise((resolve) => (resolveExit = resolve));
    this._resolveExit = resolveExit;
    this.#streams = { output: textStream(), stdout: textStream(), stderr: textStream() };
    // Both interleaved as written, for a terminal; and each on its own, as
    // a ChildProcess has them, for a page that tells them apart.
    this.output = this.#streams.output.stream;
    this.stdout = this.#streams.stdout.stream;
    this.stderr = this.#streams.stderr.stream;
    this._exited = false;
  }

  kill() {
    this.#pod._kill(this.pid);
  }

  // `kind` is 'stdout' or 'stderr'.
  _write(kind, text) {
    if (this._exited) return;
    this.#streams.output.write(text);
    this.#streams[kind].write(text);
  }

  // `stored`: settles when the files the process wrote are persisted.
  _finish(code, stored = null) {
    if (this._exited) return;
    this._exited = true;
    for (const stream of Object.values(this.#streams)) stream.close();
    if (stored === null) this._resolveExit(code);
    else stored.then(() => this._resolveExit(code), () => this._resolveExit(code));
  }
}

class Pod extends Emitter {
  #mirror;
  // Boot files not yet confirmed in the mirror: a replacement worker gets
  // them again until the first one says it has written them.
  #bootFiles;
  #persistent;
  #nextFsRequest = 1;
  #fsRequests = new Map();
  #env;
  #cwd;
  #worker = null;
  #workerUrl;
  #nextPid = 1;
  #nextRequest = 1;
  #processes = new Map();
  #ports = new Map();
  #requests = new Map();
  #pendingKills = new Map();
  #tornDown = false;

  // `storage`: what openStore() read for `persist`, or null.
  constructor({ files = {}, env = {}, cwd = '/', workerUrl }, storage = null) {
    super();
    this.id = Math.random().toString(36).slice(2, 10);
    this.#env = env;
    this.#cwd = cwd;
    this.#workerUrl = workerUrl ?? new URL('./nodeling-worker.js', import.meta.url);
    this.#persistent = storage !== null;
    this.#mirror = new FileMirror(storage?.db ?? null, storage?.entries ?? [], (error) => {
      const message = `nodeling: storing the pod's files failed: ${error?.message ?? error}`;
      if (!this.emit('error', { message })) console.error(message);
    });
    // With stored files, the boot files only seed a key's first boot, so a
    // reload keeps the user's edits.
    const seed = storage === null || storage.fresh;
    this.#bootFiles = seed ? Object.entries(files).map(([path, data]) => [normalizePath(path), toBytes(data)]) : [];
    this.fs = new PodFileSystem((op, args, mutates) => this.#fsRequest(op, args, mutates));
    this.#startWorker();
    pods.set(this.id, this);
  }

  // Asks the worker; resolves with its answer (once the change is stored,
  // for an operation that `mutates`), rejects with the error record it sends.
  #fsRequest(op, args, mutates) {
    if (this.#tornDown) return Promise.reject(systemError('ERR_INVALID_STATE', 'The pod has been torn down'));
    return new Promise((resolve, reject) => {
      const id = this.#nextFsRequest++;
      const message = { type: 'fs', id, op, cwd: this.#cwd, args };
      this.#fsRequests.set(id, { message, resolve, reject, mutates });
      this.#worker.postMessage(message);
    });
  }

  #onReply(id, value, error) {
    const request = this.#fsRequests.get(id);
    if (request === undefined) return;
    this.#fsRequests.delete(id);
    // A failed rm -r may have removed part of the tree: wait for that too.
    const stored = request.mutates ? this.#mirror.committed() : Promise.resolve();
    stored.then(() => (error === undefined ? request.resolve(value) : request.reject(error)), request.reject);
  }

  #startWorker() {
    this.#worker = new Worker(this.#workerUrl, { type: 'module' });
    this.#worker.onmessage = ({ data }) => {
      for (const { kind, args } of data) this.#onWorkerMessage(kind, args);
    };
    this.#worker.onerror = (event) => {
      event.preventDefault?.();
      for (const process of this.#processes.values()) {
        process._write('stderr', `nodeling: the pod's worker failed: ${event.message}\n`);
      }
      this.#replaceWorker(1);
    };
    this.#worker.postMessage({ type: 'init', entries: this.#mirror.entries(), files: this.#bootFiles });
    // Requests the previous worker never answered: their effects never
    // reached the mirror, so they run again, in order.
    for (const { message } of this.#fsRequests.values()) this.#worker.postMessage(message);
  }

  // Ends the worker and every process in it, keeping the files.
  #replaceWorker(exitCode) {
    this.#worker?.terminate();
    for (const [pid, process] of this.#processes) {
      this.#failRequestsOf(pid, 'The server process was killed before answering this request.');
      process._finish(this.#pendingKills.has(pid) ? exitCode : SIGKILL_EXIT);
    }
    this.#processes.clear();
    this.#ports.clear();
    this.#pendingKills.clear();
    if (!this.#tornDown) this.#startWorker();
  }

  #onWorkerMessage(kind, args) {
    switch (kind) {
      case 'fs':
        this.#mirror.apply(args[0]);
        return;
      case 'ready':
        this.#bootFiles = [];
        return;
      case 'reply':
        this.#onReply(...args);
        return;
      case 'stdout':
      case 'stderr': {
        const [pid, text] = args;
        this.#processes.get(pid)?._write(kind, text);
        return;
      }
      case 'listen': {
        const [pid, port] = args;
        this.#ports.set(port, pid);
        this.emit('server-ready', port, this.previewUrl(port));
        this.emit('port', port, 'open', this.previewUrl(port));
        return;
      }
      case 'unlisten': {
        const [, port] = args;
        this.#ports.delete(port);
        this.emit('port', port, 'close', this.previewUrl(port));
        return;
      }
      case 'head': {
        const [id, status, statusText, flat] = args;
        const headers = [];
        for (let i = 0; i < flat.length; i += 2) headers.push([flat[i], flat[i + 1]]);
        this.#requests.get(id)?.head(status, statusText, headers);
        return;
      }
      case 'body':
        this.#requests.get(args[0])?.body(args[1]);
        return;
      case 'end': {
        const request = this.#requests.get(args[0]);
        this.#requests.delete(args[0]);
        request?.end();
        return;
      }
      case 'refused': {
        const [id, port] = args;
        const request = this.#requests.get(id);
        this.#requests.delete(id);
        request?.fail(systemError('ECONNREFUSED', `connect ECONNREFUSED 127.0.0.1:${port}`));
        return;
      }
      case 'exit': {
        const [pid, code, reason] = args;
        clearTimeout(this.#pendingKills.get(pid));
        this.#pendingKills.delete(pid);
        this.#failRequestsOf(pid, reason ?? 'The server process exited before answering this request.');
        for (const [port, owner] of this.#ports) {
          if (owner === pid) {
            this.#ports.delete(port);
            this.emit('port', port, 'close', this.previewUrl(port));
          }
        }
        const process = this.#processes.get(pid);
        this.#processes.delete(pid);
        // What the process wrote came in this message or an earlier one.
        process?._finish(code, this.#persistent ? this.#mirror.committed() : null);
        return;
      }
      default:
        throw new Error(`nodeling: unknown message from the worker: ${kind}`);
    }
  }

  // Requests in flight to a process that ended get a 502 saying why.
  #failRequestsOf(pid, reason) {
    for (const [id, request] of this.#requests) {
      if (request.pid !== pid) continue;
      this.#requests.delete(id);
      request.crash(reason);
    }
  }

  spawn(command, args = [], options = {}) {
    if (this.#tornDown) throw systemError('ERR_INVALID_STATE', 'The pod has been torn down');
    if (command !== 'node') throw Object.assign(systemError('ENOENT', `spawn ${command} ENOENT`), { errno: -2, syscall: `spawn ${command}`, path: command, spawnargs: args });
    const pid = this.#nextPid++;
    const process = new PodProcess(this, pid);
    this.#processes.set(pid, process);
    const env = Object.entries({ ...this.#env, ...options.env }).flat();
    const cwd = options.cwd ? normalizePath(options.cwd, this.#cwd) : this.#cwd;
    this.#worker.postMessage({ type: 'spawn', pid, argv: ['node', ...args], env, cwd });
    return process;
  }

  _kill(pid) {
    if (!this.#processes.has(pid) || this.#pendingKills.has(pid)) return;
    this.#worker.postMessage({ type: 'kill', pid });
    // A process busy in a loop cannot hear us: replace the whole worker.
    this.#pendingKills.set(pid, setTimeout(() => this.#replaceWorker(143), KILL_GRACE_MS));
  }

  previewUrl(port) {
    return new URL(`${PREVIEW_PREFIX}${this.id}/${port}/`, location.href).href;
  }

  // Sends one request to the process listening on `port`; `sink` receives
  // head, body chunks and the end.
  _request(port, method, path, headers, body, sink) {
    const id = this.#nextRequest++;
    const pid = this.#ports.get(port);
    if (pid === undefined) {
      sink.fail(systemError('ECONNREFUSED', `connect ECONNREFUSED 127.0.0.1:${port}`));
      return id;
    }
    this.#requests.set(id, { pid, ...sink });
    this.#worker.postMessage({ type: 'request', id, port, method, url: path, headers, body });
    return id;
  }

  async fetch(input, init) {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const port = Number(url.port || 80);
    const headers = [];
    request.headers.forEach((value, name) => headers.push(name, value));
    if (!request.headers.has('host')) headers.push('host', url.host);
    const body = request.method === 'GET' || request.method === 'HEAD' ? null : new Uint8Array(await request.arrayBuffer());
    return new Promise((resolve, reject) => {
      let controller;
      const stream = new ReadableStream({ start: (c) => (controller = c) });
      this._request(port, request.method, url.pathname + url.search, headers, body, {
        head(status, statusText, pairs) {
          const nullBody = [101, 204, 205, 304].includes(status) || request.method === 'HEAD';
          resolve(new Response(nullBody ? null : stream, { status, statusText, headers: pairs }));
        },
        body: (chunk) => controller.enqueue(chunk),
        end: () => controller.close(),
        fail: (error) => reject(new TypeError('fetch failed', { cause: error })),
        crash: (reason) => {
          resolve(new Response(reason, { status: 502, statusText: 'Bad Gateway', headers: { 'content-type': 'text/plain; charset=utf-8' } }));
          try {
            controller.close();
          } catch {
            // The stream was already closed by an answer that got through.
          }
        },
      });
    });
  }

  // A request relayed by the service worker for a preview URL. What one
  // batch from the worker says about it goes back in one message.
  _serveFromServiceWorker({ port, method, path, headers, body }, channel) {
    let pending = null;
    const send = (message, transfer = []) => {
      if (pending === null) {
        pending = { messages: [], transfer: [] };
        queueMicrotask(() => {
          channel.postMessage(pending.messages, pending.transfer);
          pending = null;
        });
      }
      pending.messages.push(message);
      pending.transfer.push(...transfer);
    };
    const badGateway = (text) => {
      send({ type: 'head', status: 502, statusText: 'Bad Gateway', headers: [['content-type', 'text/plain; charset=utf-8']] });
      send({ type: 'body', chunk: encoder.encode(text) });
      send({ type: 'end' });
    };
    this._request(port, method, path, headers, body && new Uint8Array(body), {
      head: (status, statusText, pairs) => send({ type: 'head', status, statusText, headers: pairs }),
      body: (chunk) => send({ type: 'body', chunk }, [chunk.buffer]),
      end: () => send({ type: 'end' }),
      fail: () => badGateway(`Nothing is listening on port ${port} in this pod.`),
      crash: badGateway,
    });
  }

  async teardown() {
    if (this.#tornDown) return;
    this.#tornDown = true;
    pods.delete(this.id);
    this.#worker?.terminate();
    this.#worker = null;
    for (const process of this.#processes.values()) process._finish(SIGKILL_EXIT);
    this.#processes.clear();
    for (const { reject } of this.#fsRequests.values()) reject(systemError('ERR_INVALID_STATE', 'The pod has been torn down'));
    this.#fsRequests.clear();
    // Everything the pod reported is stored before teardown resolves.
    await this.#mirror.close();
  }
}

let serviceWorkerReady = null;

// Registers the service worker (served at the site root) once per page.
function startServiceWorker(url) {
  if (serviceWorkerReady) return serviceWorkerReady;
  if (!('serviceWorker' in navigator)) return Promise.resolve(null);
  navigator.serviceWorker.addEventListener('message', (event) => {
    const { data } = event;
    if (data?.type === 'nodeling-who') {
      event.ports[0]?.postMessage({ owns: pods.has(data.pod) });
    } else if (data?.type === 'nodeling-request') {
      pods.get(data.pod)?._serveFromServiceWorker(data, event.ports[0]);
    }
  });
  navigator.serviceWorker.startMessages();
  serviceWorkerReady = navigator.serviceWorker.register(url, { scope: '/' }).then(() => navigator.serviceWorker.ready);
  return serviceWorkerReady;
}

export async function boot(options = {}) {
  const { persist } = options;
  if (persist !== undefined && typeof persist !== 'string') throw invalidArgType('options.persist', 'of type string', persist);
  if (persist === '') throw invalidArgValue('options.persist', 'must not be empty', persist);
  const pod = new Pod(options, persist === undefined ? null : await openStore(persist));
  if (options.serviceWorker !== false) {
    const registration = await startServiceWorker(options.serviceWorkerUrl ?? '/nodeling-sw.js');
    registration?.active?.postMessage({ type: 'nodeling-owner', pod: pod.id });
  }
  return pod;
}
