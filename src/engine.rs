//! The engine layer: one QuickJS runtime and context per Node process, the
//! bootstrap of Node's built-in modules, and the event-loop phases run on it.
//!
//! The native side of every built-in module is reached from JavaScript through
//! `internalBinding(name)`; the bindings are defined in `crate::node` and their
//! contract is written down in `src/node/README.md`. Everything JavaScript keeps
//! for Rust across turns (the loop hooks, pending rejections) lives in
//! [`Shared`] and is released in [`Process`]'s `Drop`, before the runtime.

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet, VecDeque};
use std::mem::MaybeUninit;
use std::rc::Rc;

use rquickjs::{qjs, CatchResultExt, Context, Ctx, Function, Object, Persistent, Runtime, Value};

use crate::event_loop::{Clock, EventLoop, Phases, Step};
use crate::host::{Host, ResponseHead};
use crate::node;
use crate::node::modules::code_cache::CodeCache;
use crate::vfs::FileSystem;

/// How much of the C stack JavaScript may use before QuickJS throws
/// "Maximum call stack size exceeded". It must stay below the real stack: on
/// wasm that is the 8 MiB shadow stack set in .cargo/config.toml, natively
/// the main thread's 8 MiB.
///
/// In wasm that is not the stack that runs out first: the wasm frames live on
/// the host engine's native stack, which V8 keeps small. The host measures
/// what it has and passes it in [`ProcessOptions::native_stack_limit`]; see
/// `NATIVE_STACK` in build/quickjs_patch.rs.
const MAX_STACK_SIZE: usize = 6 * 1024 * 1024;

extern "C" {
    // Added by build/quickjs_patch.rs.
    fn JS_NodelingSetNativeStackLimit(rt: *mut qjs::JSRuntime, limit: usize);
}

/// Ids of requests made by the process to its own servers (`http.get` to a
/// port it listens on) start here, far above any id a host hands out.
const LOCAL_REQUEST_BASE: u64 = 1 << 48;

#[derive(Debug, Clone)]
pub struct ProcessOptions {
    /// `process.argv`: `[execPath, script, ...args]` (`[execPath, ...args]`
    /// with `-e`).
    pub argv: Vec<String>,
    /// `process.execArgv`: the options given before the script.
    pub exec_argv: Vec<String>,
    /// What those options ask for (see `node::process::cli`).
    pub node_options: node::process::cli::NodeOptions,
    pub env: Vec<(String, String)>,
    pub cwd: String,
    pub exec_path: String,
    pub pid: u32,
    /// Compiled user code, shared by the processes of one pod.
    pub code_cache: Rc<CodeCache>,
    /// How many bytes of the host's native stack the engine may use, where
    /// that is not the C stack QuickJS measures (wasm in a JS engine).
    pub native_stack_limit: Option<usize>,
}

impl Default for ProcessOptions {
    fn default() -> Self {
        Self {
            argv: vec!["/usr/local/bin/node".into()],
            exec_argv: Vec::new(),
            node_options: node::process::cli::NodeOptions::default(),
            env: Vec::new(),
            cwd: "/".into(),
            exec_path: "/usr/local/bin/node".into(),
            pid: 42,
            code_cache: CodeCache::new(),
            native_stack_limit: None,
        }
    }
}

/// An I/O completion waiting for the poll phase.
#[derive(Debug, Clone)]
pub enum IoEvent {
    Request { id: u64, port: u16, method: String, url: String, headers: Vec<(String, String)> },
    RequestBody { id: u64, chunk: Vec<u8> },
    RequestEnd { id: u64 },
    ResponseHead { id: u64, head: ResponseHead },
    ResponseBody { id: u64, chunk: Vec<u8> },
    ResponseEnd { id: u64 },
    /// A request of ours could not be made (for example nothing listens).
    RequestError { id: u64, code: &'static str, errno: i32, syscall: &'static str, address: String, port: u16 },
    /// Work done for `loop.queueCompletion`: run its callback (kept in
    /// [`Shared::completions`] under `id`), as libuv delivers a threadpool
    /// result.
    Completion { id: u64 },
}

/// State shared between the process and the native functions it installs.
pub struct Shared {
    pub host: Rc<dyn Host>,
    pub fs: Rc<dyn FileSystem>,
    pub clock: Rc<dyn Clock>,
    pub options: ProcessOptions,
    pub start_ms: f64,
    /// The loop's cached time (libuv's `uv_now`), whole milliseconds.
    pub now: Cell<f64>,
    pub timer_deadline: Cell<Option<f64>>,
    pub timer_refed: Cell<bool>,
    pub immediate_count: Cell<u32>,
    pub immediate_ref_count: Cell<u32>,
    /// Referenced handles and requests: listening servers, requests in flight.
    pub handle_refs: Cell<i64>,
    pub io_queue: RefCell<VecDeque<IoEvent>>,
    pub listening: RefCell<HashSet<u16>>,
    pub local_requests: RefCell<HashSet<u64>>,
    pub next_local_request: Cell<u64>,
    pub exit_code: Cell<Option<i32>>,
    pub fatal_report: RefCell<Option<String>>,
    pub rejections: RefCell<Vec<Rejection>>,
    pub hooks: RefCell<Option<Persistent<Object<'static>>>>,
    pub code_cache: Rc<CodeCache>,
    /// Names the modules `require()` of an ES module declares.
    pub next_synthetic_module: Cell<u64>,
    /// The working directory (`process.cwd()`), absolute; the `fs` binding
    /// resolves relative paths against it.
    pub cwd: RefCell<String>,
    /// Open file descriptors, closed when the process ends.
    pub fds: node::fs::FdTable,
    /// Callbacks of `loop.queueCompletion` waiting for the poll phase, each
    /// with the async context frame current when it was queued.
    pub completions: RefCell<HashMap<u64, Completion>>,
    pub next_completion: Cell<u64>,
    /// The deadlines of `vm` timeouts in force (polled by the interrupt handler).
    pub vm: node::vm::VmState,
}

/// A callback of `loop.queueCompletion`: it runs in the async context frame
/// (`AsyncLocalStorage` stores) of the code that started the work, as Node
/// runs a request's callback in its AsyncWrap's frame.
pub struct Completion {
    pub callback: Persistent<Function<'static>>,
    pub frame: Persistent<Value<'static>>,
}

/// A promise whose rejection state changed, for `processPromiseRejections`.
pub struct Rejection {
    pub promise: Persistent<Value<'static>>,
    pub reason: Persistent<Value<'static>>,
    pub handled: bool,
}

impl Shared {
    /// Queues an I/O event for the next poll phase.
    pub fn push_event(&self, event: IoEvent) {
        self.io_queue.borrow_mut().push_back(event);
    }

    pub fn is_local(&self, id: u64) -> bool {
        self.local_requests.borrow().contains(&id)
    }

    pub fn new_local_request(&self) -> u64 {
        let id = self.next_local_request.get();
        self.next_local_request.set(id + 1);
        self.local_requests.borrow_mut().insert(id);
        id
    }

    pub fn add_ref(&self, delta: i64) {
        self.handle_refs.set(self.handle_refs.get() + delta);
    }

    /// Queues `callback` to run in the next poll phase; the loop stays alive
    /// until it has.
    pub fn queue_completion<'js>(&self, ctx: &Ctx<'js>, callback: Function<'js>) {
        let id = self.next_completion.get();
        self.next_completion.set(id + 1);
        let frame = node::async_hooks::current(ctx);
        let completion = Completion { callback: Persistent::save(ctx, callback), frame: Persistent::save(ctx, frame) };
        self.completions.borrow_mut().insert(id, completion);
        self.push_event(IoEvent::Completion { id });
    }

    pub fn request_exit(&self, code: i32) {
        if self.exit_code.get().is_none() {
            self.exit_code.set(Some(code));
        }
    }
}

pub struct Process {
    event_loop: EventLoop,
    shared: Rc<Shared>,
    context: Context,
    runtime: Runtime,
    exited: bool,
}

impl Process {
    pub fn new(
        options: ProcessOptions,
        host: Rc<dyn Host>,
        fs: Rc<dyn FileSystem>,
        clock: Rc<dyn Clock>,
    ) -> Result<Self, String> {
        let runtime = Runtime::new().map_err(|e| e.to_string())?;
        runtime.set_max_stack_size(MAX_STACK_SIZE);
        let context = Context::full(&runtime).map_err(|e| e.to_string())?;
        if let Some(limit) = options.native_stack_limit {
            context.with(|ctx| {
                // SAFETY: the runtime is alive (we hold it) and this only
                // stores a number in it.
                unsafe { JS_NodelingSetNativeStackLimit(qjs::JS_GetRuntime(ctx.as_raw().as_ptr()), limit) }
            });
        }
        let start_ms = clock.now_ms();
        let options_cache = options.code_cache.clone();
        let cwd = RefCell::new(options.cwd.clone());
        let shared = Rc::new(Shared {
            host,
            fs,
            clock,
            options,
            start_ms,
            now: Cell::new(start_ms.floor()),
            timer_deadline: Cell::new(None),
            timer_refed: Cell::new(false),
            immediate_count: Cell::new(0),
            immediate_ref_count: Cell::new(0),
            handle_refs: Cell::new(0),
            io_queue: RefCell::new(VecDeque::new()),
            listening: RefCell::new(HashSet::new()),
            local_requests: RefCell::new(HashSet::new()),
            next_local_request: Cell::new(LOCAL_REQUEST_BASE),
            exit_code: Cell::new(None),
            fatal_report: RefCell::new(None),
            rejections: RefCell::new(Vec::new()),
            hooks: RefCell::new(None),
            code_cache: options_cache,
            next_synthetic_module: Cell::new(0),
            cwd,
            fds: node::fs::FdTable::new(),
            completions: RefCell::new(HashMap::new()),
            next_completion: Cell::new(1),
            vm: node::vm::VmState::default(),
        });
        let tracker_shared = shared.clone();
        runtime.set_host_promise_rejection_tracker(Some(Box::new(move |ctx, promise, reason, handled| {
            tracker_shared.rejections.borrow_mut().push(Rejection {
                promise: Persistent::save(&ctx, promise),
                reason: Persistent::save(&ctx, reason),
                handled,
            });
        })));
        // QuickJS polls this while JS runs: how a vm `timeout` stops a script.
        let interrupt_shared = shared.clone();
        runtime.set_interrupt_handler(Some(Box::new(move || {
            interrupt_shared.vm.should_interrupt(|| interrupt_shared.clock.now_ms())
        })));
        let modules = || node::modules::esm::NodeModules { shared: shared.clone() };
        runtime.set_loader(modules(), modules());
        let process = Self { event_loop: EventLoop::new(), shared, context, runtime, exited: false };
        process.bootstrap()?;
        Ok(process)
    }

    pub fn shared(&self) -> &Rc<Shared> {
        &self.shared
    }

    /// Installs globals and built-in modules; the bootstrap script hands back
    /// the hooks the loop calls.
    fn bootstrap(&self) -> Result<(), String> {
        let shared = self.shared.clone();
        self.context.with(|ctx| {
            let bindings = node::bindings(&ctx, &shared).catch(&ctx).map_err(|e| e.to_string())?;
            let bootstrap: Function = node::compile_builtin(&ctx, "internal/bootstrap")
                .catch(&ctx)
                .map_err(|e| format!("bootstrap failed to compile: {e}"))?;
            // Called like every built-in, with internalBinding and the
            // still empty process object to use.
            let exports = Object::new(ctx.clone()).map_err(|e| e.to_string())?;
            let process = Object::new(ctx.clone()).map_err(|e| e.to_string())?;
            let unused = Value::new_undefined(ctx.clone());
            let hooks: Object = bootstrap
                .call((exports, unused.clone(), unused, bindings, process))
                .catch(&ctx)
                .map_err(|e| format!("bootstrap failed: {e}"))?;
            *shared.hooks.borrow_mut() = Some(Persistent::save(&ctx, hooks));
            Ok(())
        })
    }

    /// Runs `process.argv[1]` as the main module, then drains the tick and
    /// microtask queues, as Node does before entering the loop.
    pub fn run_main(&mut self) {
        self.call_hook("runMain", no_args);
    }

    /// Runs the loop until it must wait or the process ends.
    pub fn run(&mut self) -> Step {
        if self.exited {
            return Step::Exit(self.shared.exit_code.get().unwrap_or(0));
        }
        let mut event_loop = std::mem::take(&mut self.event_loop);
        let step = event_loop.run(self);
        self.event_loop = event_loop;
        if let Step::Exit(code) = step {
            self.exited = true;
            self.shared.fds.close_all();
            self.shared.request_exit(code);
            self.shared.host.process_exited(code, self.shared.fatal_report.borrow().as_deref());
        }
        step
    }

    pub fn exit_code(&self) -> Option<i32> {
        self.exited.then(|| self.shared.exit_code.get().unwrap_or(0))
    }

    /// A request arrived for `port` from outside the process.
    pub fn dispatch_request(&self, id: u64, port: u16, method: &str, url: &str, headers: Vec<(String, String)>) {
        self.shared.push_event(IoEvent::Request { id, port, method: method.into(), url: url.into(), headers });
    }

    pub fn dispatch_request_body(&self, id: u64, chunk: Vec<u8>) {
        self.shared.push_event(IoEvent::RequestBody { id, chunk });
    }

    pub fn dispatch_request_end(&self, id: u64) {
        self.shared.push_event(IoEvent::RequestEnd { id });
    }

    /// Whether `port` is one this process listens on.
    pub fn is_listening(&self, port: u16) -> bool {
        self.shared.listening.borrow().contains(&port)
    }

    /// Calls `hooks[name](...args)` and drains ticks and microtasks after it,
    /// turning an exception into Node's uncaught-exception handling.
    fn call_hook(&self, name: &str, args: impl for<'js> FnOnce(&Ctx<'js>) -> rquickjs::Result<Vec<Value<'js>>>) -> Option<f64> {
        self.try_call_hook(name, args).ok().flatten()
    }

    /// As [`Self::call_hook`], telling apart a hook that threw (`Err`).
    fn try_call_hook(
        &self,
        name: &str,
        args: impl for<'js> FnOnce(&Ctx<'js>) -> rquickjs::Result<Vec<Value<'js>>>,
    ) -> Result<Option<f64>, ()> {
        self.try_call(|ctx| self.hook(ctx, name), args)
    }

    /// Calls the function `function` gives, as a hook is called.
    fn try_call(
        &self,
        function: impl for<'js> FnOnce(&Ctx<'js>) -> rquickjs::Result<Function<'js>>,
        args: impl for<'js> FnOnce(&Ctx<'js>) -> rquickjs::Result<Vec<Value<'js>>>,
    ) -> Result<Option<f64>, ()> {
        self.try_call_then(function, args, |_| {})
    }

    /// As [`Self::try_call`], handing a successful call's number to
    /// `on_result` before the ticks and promise jobs after it run (which may
    /// change what it said).
    fn try_call_then(
        &self,
        function: impl for<'js> FnOnce(&Ctx<'js>) -> rquickjs::Result<Function<'js>>,
        args: impl for<'js> FnOnce(&Ctx<'js>) -> rquickjs::Result<Vec<Value<'js>>>,
        on_result: impl FnOnce(Option<f64>),
    ) -> Result<Option<f64>, ()> {
        if self.shared.exit_code.get().is_some() {
            return Ok(None);
        }
        self.context.with(|ctx| {
            let result: rquickjs::Result<Value> =
                function(&ctx).and_then(|f| f.call((rquickjs::function::Rest(args(&ctx)?),)));
            let value = match result {
                Ok(value) => {
                    on_result(value.as_number());
                    Ok(value.as_number())
                }
                Err(error) => {
                    self.report_fatal(&ctx, error);
                    Err(())
                }
            };
            self.drain_ticks(&ctx);
            value
        })
    }

    /// Node's CheckImmediate calls processImmediate through MakeCallback:
    /// when an immediate throws, the callback scope is marked failed and
    /// does not drain the ticks; they run between the next immediates (or
    /// after the next callback), once the exception was reported.
    fn call_immediates(&self) {
        if self.shared.exit_code.get().is_some() {
            return;
        }
        self.context.with(|ctx| {
            let result = self.hook(&ctx, "processImmediate").and_then(|f| f.call::<_, Value>(()));
            match result {
                Ok(_) => self.drain_ticks(&ctx),
                Err(error) => self.report_fatal(&ctx, error),
            }
        });
    }

    fn hook<'js>(&self, ctx: &Ctx<'js>, name: &str) -> rquickjs::Result<Function<'js>> {
        let hooks = self.shared.hooks.borrow().clone().ok_or_else(|| rquickjs::Error::new_from_js("undefined", "hooks"))?;
        hooks.restore(ctx)?.get(name)
    }

    /// Node's `InternalCallbackScope::Close`: run `process.nextTick` callbacks
    /// and promise jobs until both queues are empty.
    fn drain_ticks(&self, ctx: &Ctx) {
        while self.shared.exit_code.get().is_none() {
            match self.hook(ctx, "afterCallback").and_then(|f| f.call::<_, ()>(())) {
                Ok(()) => return,
                Err(error) => self.report_fatal(ctx, error),
            }
        }
    }

    /// Hands an exception to `process._fatalException`-like JS, which emits
    /// `uncaughtException` or prints the error and ends the process.
    fn report_fatal(&self, ctx: &Ctx, error: rquickjs::Error) {
        if self.shared.exit_code.get().is_some() {
            // process.exit() unwinds with an uncatchable error; nothing to report.
            let _ = ctx.catch();
            return;
        }
        let exception = match error {
            rquickjs::Error::Exception => ctx.catch(),
            other => rquickjs::Exception::from_message(ctx.clone(), &other.to_string())
                .map(|e| e.into_value())
                .unwrap_or_else(|_| Value::new_undefined(ctx.clone())),
        };
        let handled = self.hook(ctx, "fatalException").and_then(|f| f.call::<_, ()>((exception,)));
        if handled.is_err() {
            let _ = ctx.catch();
            self.shared.request_exit(7);
        }
    }

    fn has_pending_io(&self) -> bool {
        !self.shared.io_queue.borrow().is_empty()
    }
}

impl Phases for Process {
    fn update_time(&mut self) {
        let now = self.shared.clock.now_ms().floor();
        if now > self.shared.now.get() {
            self.shared.now.set(now);
        }
    }

    fn now(&self) -> f64 {
        self.shared.now.get()
    }

    fn run_timers(&mut self) {
        let now = self.shared.now.get();
        let Some(deadline) = self.shared.timer_deadline.get() else { return };
        if deadline > now {
            return;
        }
        self.shared.timer_deadline.set(None);
        // processTimers returns the next expiry, negative when no timer left
        // is referenced, 0 when none is left (Node's contract with C++). It
        // holds until the ticks after the call run: they may schedule, ref or
        // unref timers themselves (scheduleTimer, toggleTimerRef).
        let shared = self.shared.clone();
        let apply = move |next: Option<f64>| {
            let next = next.unwrap_or(0.0);
            if next != 0.0 {
                shared.timer_deadline.set(Some(next.abs()));
                shared.timer_refed.set(next > 0.0);
            }
        };
        // Like Node's RunTimers: a timer that throws is reported, and the
        // timers still due run in the same phase.
        loop {
            let outcome = self.try_call_then(
                |ctx| self.hook(ctx, "processTimers"),
                |ctx| Ok(vec![Value::new_number(ctx.clone(), now)]),
                apply.clone(),
            );
            match outcome {
                Ok(_) => return,
                Err(()) if self.shared.exit_code.get().is_none() => continue,
                Err(()) => return,
            }
        }
    }

    fn next_timer(&self) -> Option<f64> {
        self.shared.timer_deadline.get()
    }

    fn poll_io(&mut self) -> bool {
        let mut delivered = false;
        // Events that callbacks queue now wait for the next poll phase, as a
        // reply from the kernel would.
        let pending: Vec<IoEvent> = self.shared.io_queue.borrow_mut().drain(..).collect();
        for event in pending {
            if self.shared.exit_code.get().is_some() {
                break;
            }
            delivered = true;
            match event {
                IoEvent::Completion { id } => self.complete(id),
                event => node::http::deliver(self, event),
            }
        }
        delivered
    }

    fn has_refed_immediates(&self) -> bool {
        self.shared.immediate_ref_count.get() > 0
    }

    fn run_immediates(&mut self) {
        if self.shared.immediate_count.get() > 0 {
            self.call_immediates();
        }
    }

    fn run_close_callbacks(&mut self) {}

    fn alive(&self) -> bool {
        (self.shared.timer_deadline.get().is_some() && self.shared.timer_refed.get())
            || self.shared.immediate_ref_count.get() > 0
            || self.shared.handle_refs.get() > 0
            || self.has_pending_io()
    }

    fn emit_before_exit(&mut self) {
        self.call_hook("emitBeforeExit", no_args);
    }

    fn emit_exit(&mut self) -> i32 {
        let code = self.call_hook("emitExit", no_args).unwrap_or(0.0) as i32;
        self.shared.exit_code.get().unwrap_or(code)
    }

    fn exit_requested(&self) -> Option<i32> {
        self.shared.exit_code.get()
    }
}

impl Process {
    /// Runs the callback `loop.queueCompletion` queued as `id`.
    fn complete(&self, id: u64) {
        let Some(Completion { callback, frame }) = self.shared.completions.borrow_mut().remove(&id) else { return };
        // The frame is current while the callback and the ticks after it
        // run, then the loop's own (none) comes back.
        self.context.with(|ctx| {
            if let Ok(frame) = frame.restore(&ctx) {
                node::async_hooks::set(&ctx, &frame);
            }
        });
        let _ = self.try_call(|ctx| callback.restore(ctx), no_args);
        self.context.with(|ctx| node::async_hooks::set(&ctx, &Value::new_undefined(ctx.clone())));
    }

    /// Calls an event handler from the poll phase (used by bindings).
    pub fn deliver(&self, hook: &str, args: impl for<'js> FnOnce(&Ctx<'js>) -> rquickjs::Result<Vec<Value<'js>>>) {
        self.call_hook(hook, args);
    }
}

impl Drop for Process {
    fn drop(&mut self) {
        // Persistent handles must be gone before the runtime frees its heap.
        // The tracker closure holds `shared` too: drop it first, then what
        // it collected.
        self.runtime.set_host_promise_rejection_tracker(None);
        self.runtime.set_interrupt_handler(None);
        self.shared.hooks.borrow_mut().take();
        self.shared.rejections.borrow_mut().clear();
        self.shared.completions.borrow_mut().clear();
        self.shared.fds.close_all();
    }
}

#[cfg(test)]
impl Process {
    /// Runs `source` as a function body with `internalBinding(name)` in
    /// scope, then drains ticks: how Rust tests reach natives that user code
    /// cannot. An exception comes back as its message.
    pub(crate) fn eval_with_bindings(&self, source: &str) -> Result<(), String> {
        let shared = self.shared.clone();
        self.context.with(|ctx| {
            let run = || -> rquickjs::Result<()> {
                let bindings = node::bindings(&ctx, &shared)?;
                let body = format!("const internalBinding = (name) => bindings[name];\n{source}");
                let function = node::compile_function(&ctx, &shared.code_cache, &body, "[test]", &["bindings"])?;
                function.call((bindings,))
            };
            let result = run().catch(&ctx).map_err(|e| e.to_string());
            self.drain_ticks(&ctx);
            result
        })
    }
}

fn no_args<'js>(_: &Ctx<'js>) -> rquickjs::Result<Vec<Value<'js>>> {
    Ok(Vec::new())
}

/// Runs promise jobs until none is left. A job that throws stops the drain
/// and its exception propagates to the caller, which reports it and drains
/// again, so the remaining jobs still run (as V8's microtask checkpoint does).
pub fn run_microtasks(ctx: &Ctx) -> rquickjs::Result<()> {
    loop {
        let mut job_ctx = MaybeUninit::<*mut qjs::JSContext>::uninit();
        // SAFETY: the runtime pointer comes from a live context, and
        // JS_ExecutePendingJob only writes the context pointer it returns.
        let result = unsafe { qjs::JS_ExecutePendingJob(qjs::JS_GetRuntime(ctx.as_raw().as_ptr()), job_ctx.as_mut_ptr()) };
        match result {
            0 => return Ok(()),
            r if r < 0 => {
                // A process has one context, so the exception is pending on ours.
                let exception = ctx.catch();
                return Err(ctx.throw(exception));
            }
            _ => {}
        }
    }
}

/// Throws `value` so that no `catch` or `finally` in JavaScript can stop it:
/// how `process.exit()` unwinds the stack at once.
pub fn throw_uncatchable(ctx: &Ctx, message: &str) -> rquickjs::Error {
    let error = match rquickjs::Exception::from_message(ctx.clone(), message) {
        Ok(error) => error.into_value(),
        Err(e) => return e,
    };
    let thrown = ctx.throw(error.clone());
    // SAFETY: `error` is a live object of this context; QuickJS only sets a
    // flag on it.
    unsafe { qjs::JS_SetUncatchableError(ctx.as_raw().as_ptr(), error.as_raw()) };
    thrown
}
