//! The contract between a process and whatever hosts it: output, ports and
//! answers to requests go out through [`Host`]; requests and time come in
//! through [`crate::Process`] methods.
//!
//! Everything here is synchronous and called on the process's own thread, so a
//! host can forward each call at once (a browser worker posts a message, the
//! native host writes to a socket) and output is never held back by a busy loop.

#[cfg(not(target_arch = "wasm32"))]
pub mod native;

#[cfg(target_arch = "wasm32")]
pub mod browser;

pub mod files;

/// Why a port could not be listened on, as the `code` of Node's error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListenError {
    AddressInUse,
    AccessDenied,
    AddressNotAvailable,
}

impl ListenError {
    pub fn code(self) -> &'static str {
        match self {
            ListenError::AddressInUse => "EADDRINUSE",
            ListenError::AccessDenied => "EACCES",
            ListenError::AddressNotAvailable => "EADDRNOTAVAIL",
        }
    }

    /// libuv's (negative) errno on Linux, which Node exposes as `err.errno`.
    pub fn errno(self) -> i32 {
        match self {
            ListenError::AddressInUse => -98,
            ListenError::AccessDenied => -13,
            ListenError::AddressNotAvailable => -99,
        }
    }
}

/// The status line and headers of a server's answer, in the order written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResponseHead {
    pub status: u16,
    pub status_message: String,
    pub headers: Vec<(String, String)>,
}

/// Headers about the connection rather than the message (framing and
/// keep-alive). Node writes them on the wire; every host answers through a
/// transport that frames for itself, so they are dropped before it.
pub fn is_hop_by_hop(name: &str) -> bool {
    ["connection", "keep-alive", "transfer-encoding"].iter().any(|h| name.eq_ignore_ascii_case(h))
}

/// The machine a process runs on, as `os` reports it.
#[derive(Debug, Clone, PartialEq)]
pub struct Machine {
    pub hostname: String,
    /// `uname -r` and `uname -v`.
    pub release: String,
    pub version: String,
    pub cpu_model: String,
    /// MHz.
    pub cpu_speed: u32,
    /// Per logical CPU, milliseconds spent in user, nice, sys, idle and irq;
    /// there is at least one.
    pub cpu_times: Vec<[f64; 5]>,
    /// Bytes.
    pub total_memory: f64,
    pub free_memory: f64,
    /// Seconds since the machine started.
    pub uptime: f64,
    pub loadavg: [f64; 3],
}

impl Machine {
    /// A small Linux box with `cpus` CPUs and `memory` bytes that started
    /// `uptime_ms` ago and has been mostly idle: what hosts that cannot see a
    /// real machine (a browser tab, tests) report.
    pub fn virtual_linux(cpus: usize, memory: f64, uptime_ms: f64) -> Self {
        let uptime_ms = uptime_ms.max(0.0).floor();
        let (user, sys) = ((uptime_ms * 0.05).floor(), (uptime_ms * 0.02).floor());
        Self {
            hostname: "localhost".into(),
            release: "6.8.0".into(),
            version: "#1 SMP PREEMPT_DYNAMIC".into(),
            cpu_model: "Virtual CPU @ 2.40GHz".into(),
            cpu_speed: 2400,
            cpu_times: vec![[user, 0.0, sys, uptime_ms - user - sys, 0.0]; cpus.max(1)],
            total_memory: memory,
            free_memory: (memory / 2.0).floor(),
            uptime: (uptime_ms / 10.0).floor() / 100.0,
            loadavg: [0.0; 3],
        }
    }
}

/// What a process asks of its host. Request ids are the ones the host gave
/// to [`crate::Process::dispatch_request`].
pub trait Host {
    fn write_stdout(&self, data: &[u8]);
    fn write_stderr(&self, data: &[u8]);
    /// Claim `port` (0 = pick a free one) for this process; returns the port.
    fn listen(&self, port: u16, hostname: &str) -> Result<u16, ListenError>;
    fn unlisten(&self, port: u16);
    fn response_head(&self, request: u64, head: ResponseHead);
    fn response_body(&self, request: u64, chunk: &[u8]);
    fn response_end(&self, request: u64);
    /// The process is gone; `reason` says why for requests still in flight
    /// (an uncaught exception's stack), so the host can answer them.
    fn process_exited(&self, code: i32, reason: Option<&str>);
    /// The machine, for `os`; `uptime_ms` is the host clock's reading, which
    /// hosts without a real machine use as its uptime.
    fn machine(&self, uptime_ms: f64) -> Machine {
        Machine::virtual_linux(2, 4.0 * 1024.0 * 1024.0 * 1024.0, uptime_ms)
    }
    /// Fills `buf` from a cryptographically secure source (`crypto.randomBytes`
    /// and friends). An error says why none could be read; never fall back
    /// to a weaker source.
    fn fill_random(&self, buf: &mut [u8]) -> Result<(), String>;
}
