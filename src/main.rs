//! `nodeling app.js`: runs a script as `node app.js` would, on the real
//! directory it starts in, serving its ports on loopback TCP.

use nodeling::host::native::run_script;
use nodeling::ProcessOptions;

const USAGE: &str = "Usage: nodeling [-v | --version] <script.js> [arguments...]";

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(script) = args.next() else {
        eprintln!("{USAGE}");
        std::process::exit(9);
    };
    if script == "-v" || script == "--version" {
        println!("{}", nodeling::node::NODE_VERSION);
        return;
    }
    let cwd = std::env::current_dir().map(|d| d.to_string_lossy().into_owned()).unwrap_or_else(|_| "/".into());
    let exec_path = std::env::current_exe().map(|p| p.to_string_lossy().into_owned()).unwrap_or_else(|_| "nodeling".into());
    let mut argv = vec![exec_path.clone(), script];
    argv.extend(args);
    let options = ProcessOptions { argv, env: std::env::vars().collect(), cwd, exec_path, pid: std::process::id(), ..Default::default() };
    std::process::exit(run_script(options));
}
