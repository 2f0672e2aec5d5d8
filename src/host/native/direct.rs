//! A host for Rust tests: runs a process on a manual clock, records what it
//! writes, and sends requests straight to its servers with no socket between.

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::Path;
use std::rc::Rc;

use crate::host::{Host, ListenError, ResponseHead};
use crate::vfs::{DiskFs, FileSystem};
use crate::{ManualClock, Process, ProcessOptions, Step};

/// An answer as the client sees it.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Response {
    pub status: u16,
    pub status_message: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub complete: bool,
}

impl Response {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

#[derive(Default)]
struct Recorder {
    stdout: RefCell<Vec<u8>>,
    stderr: RefCell<Vec<u8>>,
    ports: RefCell<Vec<u16>>,
    responses: RefCell<HashMap<u64, Response>>,
}

impl Host for Recorder {
    fn write_stdout(&self, data: &[u8]) {
        self.stdout.borrow_mut().extend_from_slice(data);
    }
    fn write_stderr(&self, data: &[u8]) {
        self.stderr.borrow_mut().extend_from_slice(data);
    }
    fn listen(&self, port: u16, _hostname: &str) -> Result<u16, ListenError> {
        let mut ports = self.ports.borrow_mut();
        // Port 0 picks from Linux's ephemeral range, as the kernel would.
        let port = if port == 0 { (32768..).find(|p| !ports.contains(p)).ok_or(ListenError::AddressInUse)? } else { port };
        ports.push(port);
        Ok(port)
    }
    fn unlisten(&self, port: u16) {
        self.ports.borrow_mut().retain(|p| *p != port);
    }
    fn response_head(&self, request: u64, head: ResponseHead) {
        let mut responses = self.responses.borrow_mut();
        let response = responses.entry(request).or_default();
        response.status = head.status;
        response.status_message = head.status_message;
        response.headers = head.headers;
    }
    fn response_body(&self, request: u64, chunk: &[u8]) {
        self.responses.borrow_mut().entry(request).or_default().body.extend_from_slice(chunk);
    }
    fn response_end(&self, request: u64) {
        self.responses.borrow_mut().entry(request).or_default().complete = true;
    }
    fn process_exited(&self, _code: i32, _reason: Option<&str>) {}
    fn fill_random(&self, buf: &mut [u8]) -> Result<(), String> {
        super::fill_random(buf)
    }
}

/// A process started from a script on disk, as `node script` in its folder.
pub struct DirectProcess {
    process: Process,
    recorder: Rc<Recorder>,
    clock: Rc<ManualClock>,
    next_request: u64,
    exit_code: Option<i32>,
}

impl DirectProcess {
    pub fn start(script: &Path) -> Result<Self, String> {
        let dir = script.parent().map(|d| d.to_string_lossy().into_owned()).unwrap_or_else(|| "/".into());
        Self::start_with(Rc::new(DiskFs::new()), &dir, &script.to_string_lossy())
    }

    /// A process over any file system: `node script_path` run in `cwd`
    /// (both paths in `fs`). Tests run a script over a [`crate::vfs::MemoryFs`]
    /// loaded from a real directory (`MemoryFs::load_dir`) this way.
    pub fn start_with(fs: Rc<dyn FileSystem>, cwd: &str, script_path: &str) -> Result<Self, String> {
        let options = ProcessOptions {
            argv: vec!["/usr/local/bin/node".into(), script_path.into()],
            cwd: cwd.into(),
            ..ProcessOptions::default()
        };
        let recorder = Rc::new(Recorder::default());
        let clock = Rc::new(ManualClock::new(1000.0));
        let mut process = Process::new(options, recorder.clone(), fs, clock.clone())?;
        process.run_main();
        Ok(Self { process, recorder, clock, next_request: 1, exit_code: None })
    }

    /// Runs the loop, jumping the clock to each timer, until the process
    /// exits or only I/O from outside could wake it.
    pub fn run_until_idle(&mut self) -> Option<i32> {
        while self.exit_code.is_none() {
            match self.process.run() {
                Step::Exit(code) => self.exit_code = Some(code),
                Step::Wait { deadline: Some(deadline) } => self.clock.set(deadline),
                Step::Wait { deadline: None } => break,
            }
        }
        self.exit_code
    }

    /// Sends one request to `port` and runs the loop until it is answered
    /// (or the process can make no more progress).
    pub fn request(&mut self, port: u16, method: &str, url: &str, headers: &[(&str, &str)], body: &[u8]) -> Response {
        let id = self.next_request;
        self.next_request += 1;
        let headers = headers.iter().map(|(n, v)| (n.to_string(), v.to_string())).collect();
        self.process.dispatch_request(id, port, method, url, headers);
        if !body.is_empty() {
            self.process.dispatch_request_body(id, body.to_vec());
        }
        self.process.dispatch_request_end(id);
        self.run_until_idle();
        self.recorder.responses.borrow_mut().remove(&id).unwrap_or_default()
    }

    /// Runs `source` with `internalBinding` in scope (tests of natives).
    #[cfg(test)]
    pub(crate) fn eval_internal(&self, source: &str) -> Result<(), String> {
        self.process.eval_with_bindings(source)
    }

    /// How many descriptors the process holds (stdio included).
    #[cfg(test)]
    pub(crate) fn open_fds(&self) -> usize {
        self.process.shared().fds.len()
    }

    pub fn listening_ports(&self) -> Vec<u16> {
        self.recorder.ports.borrow().clone()
    }

    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.recorder.stdout.borrow()).into_owned()
    }

    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.recorder.stderr.borrow()).into_owned()
    }
}
