//! The native host: runs a process on this thread with the real clock and
//! the real directory, and serves its listening ports on loopback TCP with
//! hyper (on a tokio runtime in a second thread). Requests cross to the loop
//! thread over a channel; answers go back over per-request channels.
//! [`direct`] runs a process for Rust tests, which send requests to its
//! servers without sockets.

pub mod direct;
mod machine;

use std::cell::RefCell;
use std::collections::HashMap;
use std::convert::Infallible;
use std::io::Write;
use std::net::SocketAddr;
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{mpsc, Arc};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{combinators::BoxBody, BodyExt, Full, StreamBody};
use hyper::body::Frame;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use tokio::sync::{mpsc as async_mpsc, oneshot};

use crate::event_loop::{Clock, SystemClock};
use crate::host::{is_hop_by_hop, Host, ListenError, Machine, ResponseHead};
use crate::{Process, ProcessOptions, Step};

/// A request from a TCP client, on its way to the loop thread.
pub struct IncomingRequest {
    pub id: u64,
    pub port: u16,
    pub method: String,
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    respond: oneshot::Sender<(ResponseHead, async_mpsc::UnboundedReceiver<Bytes>)>,
}

type ResponseBody = BoxBody<Bytes, Infallible>;

/// Answers still being written, by request id (loop thread only).
struct Exchange {
    respond: Option<oneshot::Sender<(ResponseHead, async_mpsc::UnboundedReceiver<Bytes>)>>,
    body: Option<async_mpsc::UnboundedSender<Bytes>>,
    pending_body: Option<async_mpsc::UnboundedReceiver<Bytes>>,
}

pub struct NativeHost {
    runtime: tokio::runtime::Runtime,
    requests: mpsc::Sender<IncomingRequest>,
    next_id: Arc<AtomicU64>,
    listeners: RefCell<HashMap<u16, tokio::task::JoinHandle<()>>>,
    exchanges: RefCell<HashMap<u64, Exchange>>,
}

/// A request as the process receives it: id, port, method, URL, headers, body.
pub type TrackedRequest = (u64, u16, String, String, Vec<(String, String)>, Vec<u8>);

impl NativeHost {
    pub fn new(requests: mpsc::Sender<IncomingRequest>) -> std::io::Result<Self> {
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_io().build()?;
        Ok(Self {
            runtime,
            requests,
            next_id: Arc::new(AtomicU64::new(1)),
            listeners: RefCell::new(HashMap::new()),
            exchanges: RefCell::new(HashMap::new()),
        })
    }

    /// Keeps the way back to the client of a request handed to the process.
    pub fn track(&self, request: IncomingRequest) -> TrackedRequest {
        let exchange = Exchange { respond: Some(request.respond), body: None, pending_body: None };
        self.exchanges.borrow_mut().insert(request.id, exchange);
        (request.id, request.port, request.method, request.url, request.headers, request.body)
    }

    fn send_head(&self, exchange: &mut Exchange, head: ResponseHead) {
        let (sender, receiver) = async_mpsc::unbounded_channel();
        exchange.body = Some(sender);
        exchange.pending_body = None;
        if let Some(respond) = exchange.respond.take() {
            let _ = respond.send((head, receiver));
        }
    }

    /// Answers every request still in flight with a 502 that says why.
    fn fail_in_flight(&self, reason: &str) {
        let pending: Vec<u64> = self.exchanges.borrow().keys().copied().collect();
        for id in pending {
            let needs_head = self.exchanges.borrow().get(&id).is_some_and(|e| e.respond.is_some());
            if needs_head {
                let head = ResponseHead {
                    status: 502,
                    status_message: "Bad Gateway".into(),
                    headers: vec![("Content-Type".into(), "text/plain; charset=utf-8".into())],
                };
                self.response_head(id, head);
                self.response_body(id, reason.as_bytes());
            }
            self.response_end(id);
        }
    }
}

/// The operating system's secure random source, for every native host.
pub fn fill_random(buf: &mut [u8]) -> Result<(), String> {
    getrandom::fill(buf).map_err(|error| error.to_string())
}

impl Host for NativeHost {
    fn fill_random(&self, buf: &mut [u8]) -> Result<(), String> {
        fill_random(buf)
    }

    fn write_stdout(&self, data: &[u8]) {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(data).and_then(|()| out.flush());
    }

    fn write_stderr(&self, data: &[u8]) {
        let mut err = std::io::stderr().lock();
        let _ = err.write_all(data).and_then(|()| err.flush());
    }

    fn listen(&self, port: u16, hostname: &str) -> Result<u16, ListenError> {
        let ip: std::net::IpAddr = hostname.parse().map_err(|_| ListenError::AddressNotAvailable)?;
        let listener = std::net::TcpListener::bind(SocketAddr::new(ip, port)).map_err(|error| match error.kind() {
            std::io::ErrorKind::AddrInUse => ListenError::AddressInUse,
            std::io::ErrorKind::PermissionDenied => ListenError::AccessDenied,
            _ => ListenError::AddressNotAvailable,
        })?;
        let bound = listener.local_addr().map_err(|_| ListenError::AddressNotAvailable)?.port();
        listener.set_nonblocking(true).map_err(|_| ListenError::AddressNotAvailable)?;
        let requests = self.requests.clone();
        let next_id = self.next_id.clone();
        let task = self.runtime.spawn(async move {
            let Ok(listener) = tokio::net::TcpListener::from_std(listener) else { return };
            while let Ok((stream, _)) = listener.accept().await {
                // Node's servers set noDelay: without it a head and body
                // written apart wait on the client's delayed ACK.
                let _ = stream.set_nodelay(true);
                let requests = requests.clone();
                let next_id = next_id.clone();
                tokio::spawn(async move {
                    let service = service_fn(move |request| serve(request, bound, requests.clone(), next_id.clone()));
                    let _ = http1::Builder::new().serve_connection(TokioIo::new(stream), service).await;
                });
            }
        });
        self.listeners.borrow_mut().insert(bound, task);
        Ok(bound)
    }

    fn unlisten(&self, port: u16) {
        if let Some(task) = self.listeners.borrow_mut().remove(&port) {
            task.abort();
        }
    }

    fn response_head(&self, request: u64, head: ResponseHead) {
        if let Some(exchange) = self.exchanges.borrow_mut().get_mut(&request) {
            self.send_head(exchange, head);
        }
    }

    fn response_body(&self, request: u64, chunk: &[u8]) {
        if let Some(body) = self.exchanges.borrow().get(&request).and_then(|e| e.body.as_ref()) {
            let _ = body.send(Bytes::copy_from_slice(chunk));
        }
    }

    fn response_end(&self, request: u64) {
        // Dropping the sender ends the body stream.
        self.exchanges.borrow_mut().remove(&request);
    }

    fn process_exited(&self, _code: i32, reason: Option<&str>) {
        let reason = reason.unwrap_or("The server process exited before answering this request.");
        self.fail_in_flight(reason);
    }

    fn machine(&self, uptime_ms: f64) -> Machine {
        machine::linux_machine(uptime_ms)
    }
}

/// One HTTP request on the tokio side: hand it to the loop, await the head,
/// stream the body as the process writes it.
async fn serve(
    request: hyper::Request<hyper::body::Incoming>,
    port: u16,
    requests: mpsc::Sender<IncomingRequest>,
    next_id: Arc<AtomicU64>,
) -> Result<hyper::Response<ResponseBody>, Infallible> {
    let (parts, body) = request.into_parts();
    let body = body.collect().await.map(|b| b.to_bytes().to_vec()).unwrap_or_default();
    let url = parts.uri.path_and_query().map(|p| p.as_str().to_string()).unwrap_or_else(|| "/".into());
    let mut headers: Vec<(String, String)> = Vec::new();
    for (name, value) in &parts.headers {
        headers.push((title_case(name.as_str()), String::from_utf8_lossy(value.as_bytes()).into_owned()));
    }
    let (respond, answer) = oneshot::channel();
    let id = next_id.fetch_add(1, Ordering::Relaxed);
    let incoming = IncomingRequest { id, port, method: parts.method.to_string(), url, headers, body, respond };
    if requests.send(incoming).is_err() {
        return Ok(plain(503, "The server process is not running."));
    }
    let Ok((head, chunks)) = answer.await else {
        return Ok(plain(502, "The server process ended without answering."));
    };
    let mut response = hyper::Response::builder().status(head.status);
    for (name, value) in &head.headers {
        if !is_hop_by_hop(name) {
            response = response.header(name.as_str(), value.as_str());
        }
    }
    let stream = futures_stream(chunks);
    let body = BoxBody::new(StreamBody::new(stream));
    let mut response = response.body(body).unwrap_or_else(|_| plain(500, "invalid response head"));
    if let Ok(reason) = hyper::ext::ReasonPhrase::try_from(head.status_message.into_bytes()) {
        response.extensions_mut().insert(reason);
    }
    Ok(response)
}

fn futures_stream(
    mut chunks: async_mpsc::UnboundedReceiver<Bytes>,
) -> impl futures_core::Stream<Item = Result<Frame<Bytes>, Infallible>> {
    futures_util::stream::poll_fn(move |cx| chunks.poll_recv(cx).map(|chunk| chunk.map(|bytes| Ok(Frame::data(bytes)))))
}

fn plain(status: u16, text: &'static str) -> hyper::Response<ResponseBody> {
    let mut response = hyper::Response::new(BoxBody::new(Full::new(Bytes::from_static(text.as_bytes()))));
    *response.status_mut() = hyper::StatusCode::from_u16(status).unwrap_or(hyper::StatusCode::BAD_GATEWAY);
    response
}

/// hyper lower-cases header names; clients like curl send them title-cased,
/// which is what `req.rawHeaders` shows under Node.
fn title_case(name: &str) -> String {
    name.split('-')
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map(|c| c.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join("-")
}

/// Runs `argv[1]` as `node` would, serving its ports on loopback; returns
/// the exit code.
pub fn run_script(options: ProcessOptions) -> i32 {
    let (sender, receiver) = mpsc::channel();
    let host = match NativeHost::new(sender) {
        Ok(host) => Rc::new(host),
        Err(error) => {
            eprintln!("nodeling: cannot start the I/O thread: {error}");
            return 1;
        }
    };
    let clock = Rc::new(SystemClock::default());
    let fs = Rc::new(crate::vfs::DiskFs::new());
    let mut process = match Process::new(options, host.clone(), fs, clock.clone()) {
        Ok(process) => process,
        Err(error) => {
            eprintln!("nodeling: {error}");
            return 1;
        }
    };
    process.run_main();
    loop {
        match process.run() {
            Step::Exit(code) => {
                drop(process);
                if let Ok(host) = Rc::try_unwrap(host) {
                    host.shut_down();
                }
                return code;
            }
            Step::Wait { deadline } => {
                let first = match deadline {
                    Some(deadline) => {
                        let wait = (deadline - clock.now_ms()).max(0.0);
                        receiver.recv_timeout(Duration::from_secs_f64(wait / 1000.0)).ok()
                    }
                    None => receiver.recv().ok(),
                };
                for request in first.into_iter().chain(receiver.try_iter()) {
                    let (id, port, method, url, headers, body) = host.track(request);
                    process.dispatch_request(id, port, &method, &url, headers);
                    if !body.is_empty() {
                        process.dispatch_request_body(id, body);
                    }
                    process.dispatch_request_end(id);
                }
            }
        }
    }
}

impl NativeHost {
    /// Lets hyper write the answers already given, then stops the I/O
    /// thread without waiting on idle pool threads (which linger for 10 s).
    fn shut_down(self) {
        std::thread::sleep(Duration::from_millis(20));
        self.runtime.shutdown_timeout(Duration::from_millis(200));
    }
}
