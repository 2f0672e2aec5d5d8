// The pod's Web Worker: loads the wasm and forwards messages both ways.
// All logic lives in Rust (src/host/browser/mod.rs) or in the page API.
//
// Files: the worker's tree is the pod's. Every message to the page starts
// with what changed in it since the previous message (`fs`, a batch the page
// mirrors and persists), so a reply or an exit always comes after the
// changes made before it.

import init, { Pod } from './nodeling_wasm.js';

let pod = null;
let timer = null;
let memory = null;
const ready = init({ module_or_path: new URL('./nodeling_wasm_bg.wasm', import.meta.url) }).then((wasm) => {
  memory = wasm.memory;
});

// Output flushes in the middle of a wasm call take the changes made so far
// with them (so a process that then hangs loses nothing it wrote before
// printing), but copy at most this many bytes of file contents per call;
// the rest goes at the end of the call, once.
const MID_CALL_BYTES = 16 * 1024 * 1024;
let midCallBudget = MID_CALL_BYTES;

// Contents at least this large go to the page as a Blob, made here: the
// page then keeps and stores a reference, and its main thread never copies
// them (an IndexedDB put of a 50 MB array would stall it for ~100 ms).
const BLOB_BYTES = 256 * 1024;

// Events wait for the end of the wasm call that made them and go out in one
// message; output goes at once, so a process stuck after printing shows it.
let batch = [];

function flush(endOfCall) {
  let message = batch;
  batch = [];
  // Once a call's changes outgrow the budget they only grow: stop trying.
  const changes = endOfCall || midCallBudget > 0 ? pod?.changes(endOfCall ? Infinity : midCallBudget) : undefined;
  if (changes === null) midCallBudget = 0;
  if (changes) {
    for (const entry of changes.entries) {
      if (!endOfCall) midCallBudget -= entry.data?.byteLength ?? 0;
      if (entry.data?.byteLength >= BLOB_BYTES) entry.data = new Blob([entry.data]);
    }
    message = [{ kind: 'fs', args: [changes] }, ...message];
  }
  if (endOfCall) midCallBudget = MID_CALL_BYTES;
  if (message.length > 0) self.postMessage(message, transferables(message));
}

// File contents go to the page without a copy. Every array here was copied
// out of wasm memory, never a view on it (that buffer must not move).
function transferables(message) {
  const buffers = new Set();
  const add = (bytes) => {
    if (bytes instanceof Uint8Array && bytes.buffer !== memory?.buffer) buffers.add(bytes.buffer);
  };
  for (const { kind, args } of message) {
    if (kind === 'fs') for (const entry of args[0].entries) add(entry.data);
    if (kind === 'reply') {
      const value = args[1];
      add(value);
      if (Array.isArray(value)) for (const entry of value) add(entry?.data);
    }
  }
  return [...buffers];
}

function emit(kind, ...args) {
  batch.push({ kind, args });
  if (kind === 'stdout' || kind === 'stderr') flush(false);
}

// Runs the pod's event loops until they wait, then sleeps until the next timer.
function schedule() {
  clearTimeout(timer);
  const delay = pod.run();
  flush(true);
  if (delay >= 0) timer = setTimeout(schedule, delay);
}

// A thrown `fs_*` error is a plain record already; anything else (a bug)
// becomes one the page can still report.
function errorRecord(error) {
  if (error && typeof error === 'object' && typeof error.code === 'string' && 'syscall' in error) return error;
  return { code: 'ERR_INTERNAL_ASSERTION', message: `nodeling: ${error?.message ?? error}` };
}

const handlers = {
  async init({ entries, files }) {
    // Large contents the page kept as Blobs.
    await Promise.all(
      entries.map(async (entry) => {
        if (entry.data instanceof Blob) entry.data = new Uint8Array(await entry.data.arrayBuffer());
      }),
    );
    pod = new Pod(emit);
    if (entries.length > 0) pod.restore(entries);
    for (const [path, bytes] of files) pod.writeFile(path, bytes);
    emit('ready');
  },
  fs({ id, op, cwd, args }) {
    try {
      emit('reply', id, pod[`fs_${op}`](cwd, ...args));
    } catch (error) {
      emit('reply', id, undefined, errorRecord(error));
    }
  },
  spawn({ pid, argv, env, cwd }) {
    try {
      pod.spawn(pid, argv, env, cwd);
    } catch (error) {
      emit('stderr', pid, `nodeling: ${error.message}\n`);
      emit('exit', pid, 1);
    }
  },
  request({ id, port, method, url, headers, body }) {
    if (!pod.request(id, port, method, url, headers, body)) emit('refused', id, port);
  },
  kill({ pid }) {
    if (pod.kill(pid)) emit('exit', pid, 143);
  },
};

// One message at a time, in order, even when a handler waits (init).
let queue = ready;
self.onmessage = ({ data }) => {
  queue = queue.then(async () => {
    await handlers[data.type](data);
    if (pod !== null) schedule();
    flush(true);
  }).catch((error) => {
    // Reported as an uncaught error, as it was before messages queued: the
    // page replaces a worker that fails.
    setTimeout(() => {
      throw error;
    });
  });
};
