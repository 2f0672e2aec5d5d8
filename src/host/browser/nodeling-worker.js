// The pod's Web Worker: loads the wasm and forwards messages both ways.
// All logic lives in Rust (src/host/browser/mod.rs) or in the page API.

import init, { Pod } from './nodeling_wasm.js';

let pod = null;
let timer = null;
const ready = init({ module_or_path: new URL('./nodeling_wasm_bg.wasm', import.meta.url) });

// Events wait for the end of the wasm call that made them and go out in one
// message; output goes at once, so a process stuck after printing shows it.
let batch = [];

function flush() {
  if (batch.length === 0) return;
  self.postMessage(batch);
  batch = [];
}

function emit(kind, ...args) {
  batch.push({ kind, args });
  if (kind === 'stdout' || kind === 'stderr') flush();
}

// Runs the pod's event loops until they wait, then sleeps until the next timer.
function schedule() {
  clearTimeout(timer);
  const delay = pod.run();
  flush();
  if (delay >= 0) timer = setTimeout(schedule, delay);
}

const handlers = {
  init({ files }) {
    pod = new Pod(emit);
    for (const [path, bytes] of files) pod.writeFile(path, bytes);
  },
  write({ path, bytes }) {
    pod.writeFile(path, bytes);
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

self.onmessage = async ({ data }) => {
  await ready;
  handlers[data.type](data);
  if (pod !== null) schedule();
  flush();
};
