//! Nodeling: a Node.js-compatible runtime on QuickJS-NG, for the browser, edge
//! workers and the command line.
//!
//! Layers, each knowing only the one below it (see DESIGN.md):
//! hosts (`host`) → event loop (`event_loop`) → engine (`engine`) → Node
//! modules (`node`) → user code. Only `host::browser` touches wasm-bindgen.

pub mod engine;
pub mod event_loop;
pub mod host;
pub mod node;
pub mod vfs;

pub use engine::{Process, ProcessOptions};
pub use event_loop::{Clock, ManualClock, Step};
pub use host::{Host, ListenError, ResponseHead};
