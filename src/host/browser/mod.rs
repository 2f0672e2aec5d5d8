//! The browser host: the only module that knows it runs in a browser. A
//! [`Pod`] lives in a dedicated Web Worker and holds the pod's files, its port
//! table and its processes (one QuickJS runtime each). Everything a process
//! says goes out through one JS callback, `emit(kind, ...args)`, which the
//! worker script forwards to the page; see `www/nodeling-worker.js`.
//!
//! Emitted kinds: `stdout`/`stderr` (pid, text), `listen` (pid, port),
//! `unlisten` (pid, port), `head` (request, status, statusText, [name, value,
//! ...]), `body` (request, Uint8Array), `end` (request), `exit` (pid, code,
//! reason or undefined).
//!
//! Files: the worker's [`MemoryFs`] is the pod's live tree. [`Pod::changes`]
//! hands the worker what changed since it last asked (see
//! [`crate::host::files::FileFeed`]) so the page can mirror and persist it,
//! [`Pod::restore`] loads a mirror back, and the `fs_*` methods are the page's
//! `pod.fs`. Entries cross to JS as `{ path, type: 'file' | 'directory' |
//! 'symlink', mode, uid, gid, times: [atime s, ns, mtime s, ns, ctime s, ns,
//! birthtime s, ns], data?: Uint8Array, target?: string }`; a failed `fs_*`
//! call throws `{ code, errno, description, syscall, path?, dest? }`.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::{Rc, Weak};

use js_sys::{Array, Function, Object, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;

use crate::event_loop::Clock;
use crate::host::files::{self, Batch, FileFeed, MountItem, MountKind, OpError};
use crate::host::{is_hop_by_hop, Host, ListenError, Machine, ResponseHead};
use crate::node::modules::code_cache::CodeCache;
use crate::node::process::cli::{launch, Invocation, Launch};
use crate::vfs::{Entry, EntryData, FileSystem, MemoryFs, Stats, Timespec};
use crate::{Process, Step};

/// QuickJS reads the time of day through this import (`Date.now()`).
#[no_mangle]
pub extern "C" fn __rquickjs_host_now_us() -> f64 {
    js_sys::Date::now() * 1000.0
}

/// `performance.now()`: monotonic, and available in workers and pages alike.
struct PerformanceClock {
    performance: Option<web_sys::Performance>,
}

impl PerformanceClock {
    fn new() -> Self {
        let performance = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("performance"))
            .ok()
            .and_then(|value| value.dyn_into::<web_sys::Performance>().ok());
        Self { performance }
    }
}

impl Clock for PerformanceClock {
    fn now_ms(&self) -> f64 {
        self.performance.as_ref().map_or_else(js_sys::Date::now, web_sys::Performance::now)
    }
}

struct Slot {
    process: Process,
    /// Loop time at which the process wants to run again; `None`: only on I/O.
    wake_at: Option<f64>,
    runnable: bool,
}

struct PodState {
    emit: Function,
    fs: Rc<MemoryFs>,
    /// What the page has been told about the files.
    feed: FileFeed,
    clock: Rc<PerformanceClock>,
    ports: RefCell<BTreeMap<u16, u32>>,
    processes: RefCell<BTreeMap<u32, Slot>>,
    /// Every process of the pod compiles a module once between them.
    code_cache: Rc<CodeCache>,
    /// What the engine may use of the host's native stack.
    native_stack_limit: usize,
}

impl PodState {
    fn emit(&self, args: &[JsValue]) {
        let array: Array = args.iter().collect();
        // An exception in the page's handler must not unwind into the engine.
        let _ = self.emit.apply(&JsValue::NULL, &array);
    }
}

/// Web crypto's `crypto.getRandomValues`, looked up on the global object so
/// that it works in a Worker as well as a Window. It hands out at most 65536
/// bytes a call, so larger requests go in chunks.
fn fill_random(buf: &mut [u8]) -> Result<(), String> {
    const MAX_CHUNK: usize = 65536;
    let crypto = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("crypto"))
        .ok()
        .filter(|crypto| crypto.is_object())
        .ok_or("this context has no web crypto (crypto is not defined)")?;
    let get_random_values: Function = js_sys::Reflect::get(&crypto, &JsValue::from_str("getRandomValues"))
        .ok()
        .and_then(|f| f.dyn_into().ok())
        .ok_or("crypto.getRandomValues is not a function")?;
    let scratch = Uint8Array::new_with_length(buf.len().min(MAX_CHUNK) as u32);
    for chunk in buf.chunks_mut(MAX_CHUNK) {
        let view = scratch.subarray(0, chunk.len() as u32);
        get_random_values.call1(&crypto, &view).map_err(|error| format!("crypto.getRandomValues threw: {error:?}"))?;
        view.copy_to(chunk);
    }
    Ok(())
}

/// What one process asks of the pod.
struct ProcessHost {
    pid: u32,
    pod: Weak<PodState>,
}

impl ProcessHost {
    fn with_pod(&self, f: impl FnOnce(&PodState)) {
        if let Some(pod) = self.pod.upgrade() {
            f(&pod);
        }
    }
}

impl Host for ProcessHost {
    fn write_stdout(&self, data: &[u8]) {
        self.with_pod(|pod| {
            pod.emit(&["stdout".into(), self.pid.into(), String::from_utf8_lossy(data).as_ref().into()]);
        });
    }

    fn write_stderr(&self, data: &[u8]) {
        self.with_pod(|pod| {
            pod.emit(&["stderr".into(), self.pid.into(), String::from_utf8_lossy(data).as_ref().into()]);
        });
    }

    fn listen(&self, port: u16, _hostname: &str) -> Result<u16, ListenError> {
        let pod = self.pod.upgrade().ok_or(ListenError::AddressNotAvailable)?;
        let mut ports = pod.ports.borrow_mut();
        let port = if port == 0 {
            // Node's ephemeral range on Linux.
            (32768..=60999).find(|p| !ports.contains_key(p)).ok_or(ListenError::AddressInUse)?
        } else if ports.contains_key(&port) {
            return Err(ListenError::AddressInUse);
        } else {
            port
        };
        ports.insert(port, self.pid);
        drop(ports);
        pod.emit(&["listen".into(), self.pid.into(), port.into()]);
        Ok(port)
    }

    fn unlisten(&self, port: u16) {
        self.with_pod(|pod| {
            if pod.ports.borrow().get(&port) == Some(&self.pid) {
                pod.ports.borrow_mut().remove(&port);
                pod.emit(&["unlisten".into(), self.pid.into(), port.into()]);
            }
        });
    }

    fn response_head(&self, request: u64, head: ResponseHead) {
        self.with_pod(|pod| {
            let headers: Array = head
                .headers
                .iter()
                .filter(|(name, _)| !is_hop_by_hop(name))
                .flat_map(|(n, v)| [JsValue::from_str(n), JsValue::from_str(v)])
                .collect();
            pod.emit(&["head".into(), (request as f64).into(), head.status.into(), head.status_message.into(), headers.into()]);
        });
    }

    fn response_body(&self, request: u64, chunk: &[u8]) {
        self.with_pod(|pod| pod.emit(&["body".into(), (request as f64).into(), Uint8Array::from(chunk).into()]));
    }

    fn response_end(&self, request: u64) {
        self.with_pod(|pod| pod.emit(&["end".into(), (request as f64).into()]));
    }

    fn fill_random(&self, buf: &mut [u8]) -> Result<(), String> {
        fill_random(buf)
    }

    fn process_exited(&self, code: i32, reason: Option<&str>) {
        self.with_pod(|pod| {
            pod.ports.borrow_mut().retain(|_, pid| *pid != self.pid);
            // Requests still in flight get their answer from the page, which
            // knows how to say "crashed" in the preview.
            pod.emit(&["exit".into(), self.pid.into(), code.into(), reason.map_or(JsValue::UNDEFINED, JsValue::from_str)]);
        });
    }

    /// A virtual Linux box with the tab's CPU count and the device's memory
    /// (`navigator.deviceMemory`, in GiB, where the browser tells it).
    fn machine(&self, uptime_ms: f64) -> Machine {
        let navigator = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("navigator")).unwrap_or(JsValue::UNDEFINED);
        let number = |name: &str| {
            js_sys::Reflect::get(&navigator, &JsValue::from_str(name)).ok().and_then(|v| v.as_f64()).filter(|v| *v > 0.0)
        };
        let cpus = number("hardwareConcurrency").map_or(2, |n| n as usize);
        let memory = number("deviceMemory").unwrap_or(4.0) * 1024.0 * 1024.0 * 1024.0;
        Machine::virtual_linux(cpus, memory, uptime_ms)
    }
}

/// What stays unused of the host's native stack when the engine stops
/// JavaScript: for the work after the engine's last check (a native module,
/// the host's own callbacks, V8 throwing) and for calls into the pod that
/// start deeper than `new Pod` did.
const NATIVE_STACK_RESERVE: usize = 64 * 1024;

/// The smallest native stack seen (Chromium's workers), should measuring fail.
const NATIVE_STACK_ASSUMED: usize = 480 * 1024;

/// How much of the host engine's native stack is left here, to 16 KiB. V8
/// runs wasm on it and keeps it small (about 1 MB on a page or in Node,
/// 500 KB in Chromium's dedicated workers, more with Node's --stack-size),
/// and says so only by throwing; a call whose arguments do not fit throws
/// before running anything, so the largest `Object.prototype.valueOf`
/// applied to N arguments that fits measures it (up to 2 MiB).
fn native_stack_headroom() -> Option<usize> {
    const SLOT: usize = 8;
    let value_of: Function = Reflect::get(&Object::new(), &JsValue::from_str("valueOf")).ok()?.dyn_into().ok()?;
    let (mut fits, mut fails) = (0u32, (2 << 20) / SLOT as u32);
    let args = Array::new_with_length(fails);
    args.fill(&JsValue::from(0), 0, fails);
    while fails - fits > (16 << 10) / SLOT as u32 {
        let mid = fits + (fails - fits) / 2;
        if Reflect::apply(&value_of, &JsValue::from(0), &args.slice(0, mid)).is_ok() {
            fits = mid;
        } else {
            fails = mid;
        }
    }
    (fits > 0).then_some(fits as usize * SLOT)
}

#[wasm_bindgen]
pub struct Pod {
    state: Rc<PodState>,
}

#[wasm_bindgen]
impl Pod {
    #[wasm_bindgen(constructor)]
    pub fn new(emit: Function) -> Pod {
        // File times come from the page's clock: SystemTime panics here.
        let fs = MemoryFs::new(Rc::new(|| Timespec::from_millis(js_sys::Date::now())));
        // An empty tree cannot refuse these.
        let _ = fs.make_standard_dirs();
        let state = PodState {
            emit,
            feed: FileFeed::new(&fs),
            fs: Rc::new(fs),
            clock: Rc::new(PerformanceClock::new()),
            ports: RefCell::new(BTreeMap::new()),
            processes: RefCell::new(BTreeMap::new()),
            code_cache: CodeCache::new(),
            native_stack_limit: native_stack_headroom()
                .unwrap_or(NATIVE_STACK_ASSUMED)
                .saturating_sub(NATIVE_STACK_RESERVE)
                .max(NATIVE_STACK_RESERVE),
        };
        Pod { state: Rc::new(state) }
    }

    /// Host side: writes a whole file, making missing parents, whatever the
    /// permissions say (the boot `files`).
    #[wasm_bindgen(js_name = writeFile)]
    pub fn write_file(&self, path: &str, data: Vec<u8>) -> Result<(), JsError> {
        self.state.fs.put_file(path, data).map_err(|e| JsError::new(&e.to_string()))
    }

    #[wasm_bindgen(js_name = readFile)]
    pub fn read_file(&self, path: &str) -> Option<Vec<u8>> {
        self.state.fs.read_file(path).ok()
    }

    /// Runs `argv` (`['node', ...args]`) as a `node` command: the options
    /// before the script are read as the native CLI reads them (env files
    /// come from the pod's files), then the script starts in a new process;
    /// a bad command line ends at once with Node's message and exit code.
    pub fn spawn(&self, pid: u32, argv: Vec<String>, env: Vec<String>, cwd: String) -> Result<(), JsError> {
        let env = env.chunks_exact(2).map(|pair| (pair[0].clone(), pair[1].clone())).collect();
        let invocation = Invocation { argv: &argv, env, cwd, exec_path: "/usr/local/bin/node".into(), pid, fs: self.state.fs.as_ref() };
        let mut options = match launch(invocation) {
            Launch::Run { options, stderr } => {
                if !stderr.is_empty() {
                    self.state.emit(&["stderr".into(), pid.into(), stderr.into()]);
                }
                options
            }
            Launch::Exit { code, stdout, stderr } => {
                for (kind, text) in [("stdout", stdout), ("stderr", stderr)] {
                    if !text.is_empty() {
                        self.state.emit(&[kind.into(), pid.into(), text.into()]);
                    }
                }
                self.state.emit(&["exit".into(), pid.into(), code.into(), JsValue::UNDEFINED]);
                return Ok(());
            }
        };
        options.code_cache = self.state.code_cache.clone();
        options.native_stack_limit = Some(self.state.native_stack_limit);
        let host = Rc::new(ProcessHost { pid, pod: Rc::downgrade(&self.state) });
        let mut process =
            Process::new(options, host, self.state.fs.clone(), self.state.clock.clone()).map_err(|e| JsError::new(&e))?;
        process.run_main();
        self.state.processes.borrow_mut().insert(pid, Slot { process, wake_at: None, runnable: true });
        Ok(())
    }

    /// Runs every process that has something to do. Returns the delay in ms
    /// until the next timer, or -1 when only I/O can wake the pod.
    pub fn run(&self) -> f64 {
        let now = self.state.clock.now_ms();
        let mut processes = self.state.processes.borrow_mut();
        let mut finished = Vec::new();
        for (pid, slot) in processes.iter_mut() {
            let due = slot.runnable || slot.wake_at.is_some_and(|at| at <= now);
            if !due {
                continue;
            }
            slot.runnable = false;
            match slot.process.run() {
                Step::Exit(_) => finished.push(*pid),
                Step::Wait { deadline } => slot.wake_at = deadline,
            }
        }
        for pid in finished {
            processes.remove(&pid);
        }
        let next = processes.values().filter_map(|slot| slot.wake_at).reduce(f64::min);
        next.map_or(-1.0, |at| (at - self.state.clock.now_ms()).max(0.0))
    }

    /// Hands a request to whichever process listens on `port`. Returns false
    /// when none does.
    pub fn request(&self, id: f64, port: u16, method: &str, url: &str, headers: Vec<String>, body: Option<Vec<u8>>) -> bool {
        let Some(pid) = self.state.ports.borrow().get(&port).copied() else { return false };
        let mut processes = self.state.processes.borrow_mut();
        let Some(slot) = processes.get_mut(&pid) else { return false };
        let id = id as u64;
        let headers = headers.chunks_exact(2).map(|pair| (pair[0].clone(), pair[1].clone())).collect();
        slot.process.dispatch_request(id, port, method, url, headers);
        if let Some(body) = body.filter(|b| !b.is_empty()) {
            slot.process.dispatch_request_body(id, body);
        }
        slot.process.dispatch_request_end(id);
        slot.runnable = true;
        true
    }

    /// Ends a process at once, as SIGKILL would.
    pub fn kill(&self, pid: u32) -> bool {
        let removed = self.state.processes.borrow_mut().remove(&pid);
        if removed.is_some() {
            self.state.ports.borrow_mut().retain(|_, owner| *owner != pid);
        }
        removed.is_some()
    }

    /// Loads entries the page kept (parents before children), restoring
    /// modes, owners and times exactly. The feed skips them: the page has
    /// them already.
    pub fn restore(&self, entries: Array) -> Result<(), JsError> {
        let entries = entries.iter().map(|value| entry_from_js(&value)).collect::<Result<Vec<_>, _>>()?;
        self.state.fs.import(entries).map_err(|e| JsError::new(&e.to_string()))?;
        self.state.feed.skip(&self.state.fs);
        Ok(())
    }

    /// What changed in the files since the previous call, as `{ reset,
    /// removed, entries }`; undefined when nothing did; null when the file
    /// contents would exceed `max_bytes` (Infinity: no limit), and the
    /// changes wait for a later call. May be called while a process runs
    /// (from an `emit`), as it only reads the tree.
    pub fn changes(&self, max_bytes: f64) -> JsValue {
        let fs = &self.state.fs;
        if !self.state.feed.pending(fs) {
            return JsValue::UNDEFINED;
        }
        let limit = if max_bytes >= u64::MAX as f64 { u64::MAX } else { max_bytes.max(0.0) as u64 };
        self.state.feed.drain(fs, limit).map_or(JsValue::NULL, |batch| batch_to_js(batch).into())
    }

    // `pod.fs`: paths are resolved against `cwd`; errors name them as given.

    #[wasm_bindgen(js_name = fs_readFile)]
    pub fn fs_read_file(&self, cwd: &str, path: &str, flags: u32) -> Result<Vec<u8>, JsValue> {
        files::read_file(self.fs(), cwd, path, flags).map_err(op_error)
    }

    #[wasm_bindgen(js_name = fs_writeFile)]
    pub fn fs_write_file(&self, cwd: &str, path: &str, data: &[u8], flags: u32, mode: u32) -> Result<(), JsValue> {
        files::write_file(self.fs(), cwd, path, data, flags, mode).map_err(op_error)
    }

    /// Names and libuv dirent types, flattened: `[name, type, name, type, ...]`.
    #[wasm_bindgen(js_name = fs_readdir)]
    pub fn fs_readdir(&self, cwd: &str, path: &str) -> Result<Array, JsValue> {
        let entries = files::readdir(self.fs(), cwd, path).map_err(op_error)?;
        Ok(entries.iter().flat_map(|e| [JsValue::from_str(&e.name), e.kind.dirent_type().into()]).collect())
    }

    /// The first directory made with `recursive`, else undefined.
    #[wasm_bindgen(js_name = fs_mkdir)]
    pub fn fs_mkdir(&self, cwd: &str, path: &str, mode: u32, recursive: bool) -> Result<Option<String>, JsValue> {
        files::mkdir(self.fs(), cwd, path, mode, recursive).map_err(op_error)
    }

    #[wasm_bindgen(js_name = fs_rm)]
    pub fn fs_rm(&self, cwd: &str, path: &str, recursive: bool, force: bool) -> Result<(), JsValue> {
        files::rm(self.fs(), cwd, path, recursive, force).map_err(op_error)
    }

    /// `[dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,` then
    /// seconds and nanoseconds of atime, mtime, ctime, birthtime`]`.
    #[wasm_bindgen(js_name = fs_stat)]
    pub fn fs_stat(&self, cwd: &str, path: &str) -> Result<Vec<f64>, JsValue> {
        files::stat(self.fs(), cwd, path).map(|s| stats_array(&s)).map_err(op_error)
    }

    #[wasm_bindgen(js_name = fs_lstat)]
    pub fn fs_lstat(&self, cwd: &str, path: &str) -> Result<Vec<f64>, JsValue> {
        files::lstat(self.fs(), cwd, path).map(|s| stats_array(&s)).map_err(op_error)
    }

    #[wasm_bindgen(js_name = fs_rename)]
    pub fn fs_rename(&self, cwd: &str, from: &str, to: &str) -> Result<(), JsValue> {
        files::rename(self.fs(), cwd, from, to).map_err(op_error)
    }

    #[wasm_bindgen(js_name = fs_symlink)]
    pub fn fs_symlink(&self, cwd: &str, target: &str, path: &str) -> Result<(), JsValue> {
        files::symlink(self.fs(), cwd, target, path).map_err(op_error)
    }

    #[wasm_bindgen(js_name = fs_readlink)]
    pub fn fs_readlink(&self, cwd: &str, path: &str) -> Result<String, JsValue> {
        files::readlink(self.fs(), cwd, path).map_err(op_error)
    }

    /// `items`: `[path relative to the mount point, 'file' | 'directory' |
    /// 'symlink', Uint8Array | target | undefined]`, parents first.
    #[wasm_bindgen(js_name = fs_mount)]
    pub fn fs_mount(&self, cwd: &str, mount_point: &str, items: Array) -> Result<(), JsValue> {
        let items = items.iter().map(|item| mount_item(&item)).collect::<Result<Vec<_>, JsError>>()?;
        files::mount(self.fs(), cwd, mount_point, &items).map_err(op_error)
    }

    /// Entries of the directory at `path` and below, its own first.
    #[wasm_bindgen(js_name = fs_export)]
    pub fn fs_export(&self, cwd: &str, path: &str) -> Result<Array, JsValue> {
        let entries = files::export(&self.state.fs, cwd, path).map_err(op_error)?;
        Ok(entries.into_iter().map(|e| JsValue::from(entry_to_js(e))).collect())
    }
}

impl Pod {
    fn fs(&self) -> &dyn FileSystem {
        self.state.fs.as_ref()
    }
}

fn set(object: &Object, key: &str, value: impl Into<JsValue>) {
    // Setting a property on a fresh plain object cannot fail.
    let _ = Reflect::set(object, &JsValue::from_str(key), &value.into());
}

fn op_error(error: OpError) -> JsValue {
    let object = Object::new();
    set(&object, "code", error.errno.code());
    set(&object, "errno", error.errno.errno());
    set(&object, "description", error.errno.description());
    set(&object, "syscall", error.syscall);
    if let Some(path) = error.path {
        set(&object, "path", path);
    }
    if let Some(dest) = error.dest {
        set(&object, "dest", dest);
    }
    object.into()
}

fn stats_array(s: &Stats) -> Vec<f64> {
    let mut out = vec![
        s.dev as f64,
        s.mode.into(),
        s.nlink as f64,
        s.uid.into(),
        s.gid.into(),
        s.rdev as f64,
        s.blksize as f64,
        s.ino as f64,
        s.size as f64,
        s.blocks as f64,
    ];
    for t in [s.atime, s.mtime, s.ctime, s.birthtime] {
        out.extend([t.sec as f64, t.nsec.into()]);
    }
    out
}

fn entry_to_js(entry: Entry) -> Object {
    let object = Object::new();
    set(&object, "path", entry.path.as_str());
    set(&object, "mode", entry.mode);
    set(&object, "uid", entry.uid);
    set(&object, "gid", entry.gid);
    let times: Array = [entry.atime, entry.mtime, entry.ctime, entry.birthtime]
        .iter()
        .flat_map(|t| [JsValue::from(t.sec as f64), JsValue::from(t.nsec)])
        .collect();
    set(&object, "times", times);
    match entry.data {
        EntryData::File(data) => {
            set(&object, "type", "file");
            set(&object, "data", Uint8Array::from(data.as_slice()));
        }
        EntryData::Directory => set(&object, "type", "directory"),
        EntryData::Symlink(target) => {
            set(&object, "type", "symlink");
            set(&object, "target", target);
        }
    }
    object
}

fn batch_to_js(batch: Batch) -> Object {
    let object = Object::new();
    set(&object, "reset", batch.reset);
    set(&object, "removed", batch.removed.iter().map(|p| JsValue::from_str(p)).collect::<Array>());
    set(&object, "entries", batch.entries.into_iter().map(|e| JsValue::from(entry_to_js(e))).collect::<Array>());
    object
}

fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn entry_from_js(value: &JsValue) -> Result<Entry, JsError> {
    let bad = |what: &str| JsError::new(&format!("nodeling: a stored entry has no valid {what}"));
    let path = get(value, "path").as_string().ok_or_else(|| bad("path"))?;
    let number = |key: &str| get(value, key).as_f64().map(|n| n as u32).ok_or_else(|| bad(key));
    let times: Vec<f64> = Array::from(&get(value, "times")).iter().filter_map(|t| t.as_f64()).collect();
    if times.len() != 8 {
        return Err(bad("times"));
    }
    let time = |i: usize| Timespec::new(times[i * 2] as i64, times[i * 2 + 1] as u32);
    let data = match get(value, "type").as_string().as_deref() {
        Some("file") => EntryData::File(get(value, "data").dyn_into::<Uint8Array>().map_err(|_| bad("data"))?.to_vec()),
        Some("directory") => EntryData::Directory,
        Some("symlink") => EntryData::Symlink(get(value, "target").as_string().ok_or_else(|| bad("target"))?),
        _ => return Err(bad("type")),
    };
    Ok(Entry {
        path,
        mode: number("mode")?,
        uid: number("uid")?,
        gid: number("gid")?,
        atime: time(0),
        mtime: time(1),
        ctime: time(2),
        birthtime: time(3),
        data,
    })
}

fn mount_item(value: &JsValue) -> Result<MountItem, JsError> {
    let item = Array::from(value);
    let path = item.get(0).as_string().ok_or_else(|| JsError::new("nodeling: a mount item has no path"))?;
    let kind = match item.get(1).as_string().as_deref() {
        Some("file") => MountKind::File(
            item.get(2).dyn_into::<Uint8Array>().map_err(|_| JsError::new("nodeling: a mounted file has no bytes"))?.to_vec(),
        ),
        Some("directory") => MountKind::Directory,
        Some("symlink") => {
            MountKind::Symlink(item.get(2).as_string().ok_or_else(|| JsError::new("nodeling: a mounted link has no target"))?)
        }
        _ => return Err(JsError::new("nodeling: a mount item has no valid kind")),
    };
    Ok(MountItem { path, kind })
}
