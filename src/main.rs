//! `nodeling [options] app.js`: runs a script as `node [options] app.js`
//! would, on the real directory it starts in, serving its ports on loopback
//! TCP. The command line is read by `node::process::cli`, as in the browser.

use std::io::Write;

use nodeling::host::native::run_script;
use nodeling::node::process::cli::{launch, Invocation, Launch};

fn main() {
    let argv: Vec<String> = std::env::args().collect();
    let cwd = std::env::current_dir().map(|d| d.to_string_lossy().into_owned()).unwrap_or_else(|_| "/".into());
    let exec_path = std::env::current_exe().map(|p| p.to_string_lossy().into_owned()).unwrap_or_else(|_| "nodeling".into());
    let invocation = Invocation {
        argv: &argv,
        env: std::env::vars().collect(),
        cwd,
        exec_path,
        pid: std::process::id(),
        fs: &nodeling::vfs::DiskFs::new(),
    };
    match launch(invocation) {
        Launch::Run { options, stderr } => {
            let _ = std::io::stderr().write_all(stderr.as_bytes());
            std::process::exit(run_script(options));
        }
        Launch::Exit { code, stdout, stderr } => {
            let _ = std::io::stdout().write_all(stdout.as_bytes());
            let _ = std::io::stderr().write_all(stderr.as_bytes());
            std::process::exit(code);
        }
    }
}
