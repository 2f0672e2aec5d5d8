//! Node's event loop (libuv's `uv_run` inside Node's `SpinEventLoop`) as a
//! resumable state machine.
//!
//! A browser worker cannot block, so where libuv would sleep in the poll
//! phase, [`EventLoop::run`] returns [`Step::Wait`] and the host calls it again
//! when the deadline passes or an I/O event arrives; the loop resumes in the
//! poll phase exactly where libuv would wake up. The loop never reads a clock
//! itself: time comes from the [`Clock`] the host hands the process, so tests
//! use a [`ManualClock`] and run instantly and exactly.
//!
//! Phases per iteration: timers → (pending callbacks, idle, prepare: nothing of
//! ours lives there) → poll (I/O events) → check (`setImmediate`) → close.
//! When nothing referenced is left, `beforeExit` is emitted; if that schedules
//! work the loop goes on, otherwise `exit` is emitted and the process ends.

use std::cell::Cell;

/// A source of time in milliseconds, monotonic within one process.
pub trait Clock {
    fn now_ms(&self) -> f64;
}

/// A clock that moves only when told to.
#[derive(Default)]
pub struct ManualClock {
    now: Cell<f64>,
}

impl ManualClock {
    pub fn new(start_ms: f64) -> Self {
        Self { now: Cell::new(start_ms) }
    }

    pub fn set(&self, ms: f64) {
        if ms > self.now.get() {
            self.now.set(ms);
        }
    }

    pub fn advance(&self, ms: f64) {
        self.now.set(self.now.get() + ms);
    }
}

impl Clock for ManualClock {
    fn now_ms(&self) -> f64 {
        self.now.get()
    }
}

/// The real monotonic clock, for native hosts.
#[cfg(not(target_arch = "wasm32"))]
pub struct SystemClock {
    origin: std::time::Instant,
}

#[cfg(not(target_arch = "wasm32"))]
impl Default for SystemClock {
    fn default() -> Self {
        Self { origin: std::time::Instant::now() }
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Clock for SystemClock {
    fn now_ms(&self) -> f64 {
        self.origin.elapsed().as_secs_f64() * 1000.0
    }
}

/// What the host should do after [`EventLoop::run`] returns.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Step {
    /// Call `run` again at `deadline` (loop time, ms), or sooner if an I/O event
    /// arrives; `None` means only an I/O event can wake the loop.
    Wait { deadline: Option<f64> },
    /// The process ended with this exit code.
    Exit(i32),
}

/// The work of each phase, done by the engine. Every callback it runs is
/// followed by draining `process.nextTick` and promise jobs, as Node does.
pub trait Phases {
    /// Reads the clock into the loop's cached time (libuv's `uv_update_time`).
    fn update_time(&mut self);
    fn now(&self) -> f64;
    /// Runs expired timers; the engine keeps track of the next deadline.
    fn run_timers(&mut self);
    /// The earliest pending timer (referenced or not), loop time in ms.
    fn next_timer(&self) -> Option<f64>;
    /// Delivers queued I/O events; returns whether there were any.
    fn poll_io(&mut self) -> bool;
    fn has_refed_immediates(&self) -> bool;
    fn run_immediates(&mut self);
    fn run_close_callbacks(&mut self);
    /// libuv's `uv_loop_alive`: a referenced handle or request is pending.
    fn alive(&self) -> bool;
    fn emit_before_exit(&mut self);
    /// Emits `exit` and returns the final exit code.
    fn emit_exit(&mut self) -> i32;
    /// Set once `process.exit()` ran or a fatal error ended the process.
    fn exit_requested(&self) -> Option<i32>;
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// Top of an iteration: the liveness check, then timers.
    Timers,
    /// Waiting for I/O, and where a resumed loop picks up.
    Poll,
    /// `setImmediate` callbacks, then close callbacks.
    Check,
    /// Nothing referenced is left: `beforeExit`, then maybe `exit`.
    Drained,
    Exited(i32),
}

pub struct EventLoop {
    phase: Phase,
}

impl Default for EventLoop {
    fn default() -> Self {
        Self { phase: Phase::Timers }
    }
}

impl EventLoop {
    pub fn new() -> Self {
        Self::default()
    }

    /// Runs phases until the loop has to wait or the process ends.
    pub fn run(&mut self, phases: &mut impl Phases) -> Step {
        loop {
            if let Phase::Exited(code) = self.phase {
                return Step::Exit(code);
            }
            if let Some(code) = phases.exit_requested() {
                self.phase = Phase::Exited(code);
                continue;
            }
            match self.phase {
                Phase::Timers => {
                    if !phases.alive() {
                        self.phase = Phase::Drained;
                        continue;
                    }
                    phases.update_time();
                    phases.run_timers();
                    self.phase = Phase::Poll;
                }
                Phase::Poll => {
                    // libuv reads the clock when poll returns, before callbacks.
                    phases.update_time();
                    if !phases.poll_io() {
                        if let Some(wait) = poll_timeout(phases) {
                            return Step::Wait { deadline: wait };
                        }
                    }
                    self.phase = Phase::Check;
                }
                Phase::Check => {
                    phases.run_immediates();
                    phases.run_close_callbacks();
                    self.phase = Phase::Timers;
                }
                Phase::Drained => {
                    phases.emit_before_exit();
                    if phases.exit_requested().is_none() && phases.alive() {
                        self.phase = Phase::Timers;
                    } else if phases.exit_requested().is_none() {
                        self.phase = Phase::Exited(phases.emit_exit());
                    }
                }
                Phase::Exited(_) => {}
            }
        }
    }
}

/// How long poll would block (libuv's `uv__backend_timeout`): not at all when
/// referenced immediates are queued or nothing keeps the loop alive, until the
/// next timer otherwise, and indefinitely when only I/O can wake it.
/// `None` means "don't wait"; `Some(None)` means "wait for I/O only".
fn poll_timeout(phases: &impl Phases) -> Option<Option<f64>> {
    if phases.has_refed_immediates() || !phases.alive() {
        return None;
    }
    match phases.next_timer() {
        Some(deadline) if deadline <= phases.now() => None,
        Some(deadline) => Some(Some(deadline)),
        None => Some(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A scripted engine: timers are (deadline, label), immediates labels.
    #[derive(Default)]
    struct Script {
        now: f64,
        clock: f64,
        timers: Vec<(f64, &'static str)>,
        immediates: Vec<&'static str>,
        io: Vec<&'static str>,
        io_refs: usize,
        log: Vec<String>,
        before_exit_adds: Option<(f64, &'static str)>,
    }

    impl Phases for Script {
        fn update_time(&mut self) {
            self.now = self.clock;
        }
        fn now(&self) -> f64 {
            self.now
        }
        fn run_timers(&mut self) {
            let now = self.now;
            let (due, rest): (Vec<_>, Vec<_>) = self.timers.iter().partition(|(d, _)| *d <= now);
            self.timers = rest;
            for (_, label) in due {
                self.log.push(format!("timer {label}"));
            }
        }
        fn next_timer(&self) -> Option<f64> {
            self.timers.iter().map(|(d, _)| *d).reduce(f64::min)
        }
        fn poll_io(&mut self) -> bool {
            let any = !self.io.is_empty();
            for label in self.io.drain(..) {
                self.log.push(format!("io {label}"));
            }
            any
        }
        fn has_refed_immediates(&self) -> bool {
            !self.immediates.is_empty()
        }
        fn run_immediates(&mut self) {
            for label in self.immediates.drain(..) {
                self.log.push(format!("immediate {label}"));
            }
        }
        fn run_close_callbacks(&mut self) {}
        fn alive(&self) -> bool {
            !self.timers.is_empty() || !self.immediates.is_empty() || self.io_refs > 0
        }
        fn emit_before_exit(&mut self) {
            self.log.push("beforeExit".into());
            if let Some(timer) = self.before_exit_adds.take() {
                self.timers.push(timer);
            }
        }
        fn emit_exit(&mut self) -> i32 {
            self.log.push("exit".into());
            0
        }
        fn exit_requested(&self) -> Option<i32> {
            None
        }
    }

    #[test]
    fn waits_for_the_next_timer_then_runs_it() {
        let mut script = Script { timers: vec![(10.0, "a")], ..Default::default() };
        let mut event_loop = EventLoop::new();
        assert_eq!(event_loop.run(&mut script), Step::Wait { deadline: Some(10.0) });
        script.clock = 10.0;
        assert_eq!(event_loop.run(&mut script), Step::Exit(0));
        assert_eq!(script.log, ["timer a", "beforeExit", "exit"]);
    }

    #[test]
    fn immediates_run_before_due_timers_after_io() {
        let mut script = Script { io_refs: 1, ..Default::default() };
        let mut event_loop = EventLoop::new();
        assert_eq!(event_loop.run(&mut script), Step::Wait { deadline: None });
        script.io.push("request");
        script.immediates.push("i");
        script.timers.push((0.0, "t"));
        script.io_refs = 0;
        assert_eq!(event_loop.run(&mut script), Step::Exit(0));
        assert_eq!(script.log, ["io request", "immediate i", "timer t", "beforeExit", "exit"]);
    }

    #[test]
    fn before_exit_can_keep_the_loop_going() {
        let mut script = Script { before_exit_adds: Some((0.0, "late")), ..Default::default() };
        assert_eq!(EventLoop::new().run(&mut script), Step::Exit(0));
        assert_eq!(script.log, ["beforeExit", "timer late", "beforeExit", "exit"]);
    }
}
