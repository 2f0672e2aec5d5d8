//! The `node` command line: the options before the script, environment
//! files, and what a host does before (or instead of) starting a process.
//! Both hosts go through [`launch`]: the native CLI with its real argv, the
//! browser pod's `spawn` with `['node', ...args]`.
//!
//! Options understood: `--env-file F` / `--env-file=F`, `--env-file-if-exists`
//! (both forms), `-e`/`--eval CODE`, `-p`/`--print CODE`, `-pe CODE`,
//! `-r`/`--require MODULE`, `--no-warnings`, `--no-deprecation`,
//! `--pending-deprecation`, `--throw-deprecation`, `--trace-deprecation`,
//! `--trace-warnings`, `--expose-gc` (also `--expose_gc`), `-v`/`--version`,
//! and `--` to end the options. Accepted because they change nothing here:
//! `--zero-fill-buffers` (our Buffer memory is always zero-filled),
//! `--experimental-vm-modules` (the vm module's flag, kept in execArgv),
//! `--no-node-snapshot` (there is no startup snapshot) and V8's
//! `--gc-interval=N` and `--stress-compaction` (GC tuning, meaningless to
//! QuickJS). Any other
//! option before the script is Node's `bad option` (exit 9), including real
//! Node options we do not implement, so that none is silently ignored.
//!
//! Environment files follow Node 24 (src/node.cc, src/node_dotenv.cc): every
//! `--env-file*` argument up to a `--` is read before anything starts, even
//! one after the script (a missing one stops the start); their entries are
//! applied only if such an option came before the script; keys already in the
//! environment keep their values; a later file wins over an earlier one.
//!
//! NODE-DIFF: with neither a script nor `-e`/`-p`, Node starts its REPL (or
//! reads the script from stdin); we print a usage line and exit 9.
//! NODE-DIFF: `NODE_OPTIONS` (from the environment or an env file) is not read.

use std::collections::BTreeMap;

use super::dotenv::{self, FileError};
use crate::engine::ProcessOptions;
use crate::node::modules::code_cache::CodeCache;
use crate::vfs::{normalize, FileSystem};

/// Node's exit code for a bad command line (`ExitCode::kInvalidCommandLineArgument`).
pub const BAD_COMMAND_LINE: i32 = 9;

pub const USAGE: &str = "Usage: node [options] [ script.js | -e \"script\" ] [arguments]";

/// What the options before the script ask of the runtime, beyond argv.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodeOptions {
    /// `-e`/`-p`: code to run instead of a script.
    pub eval: Option<String>,
    /// `-p`: print the result of `eval` when the process exits.
    pub print: bool,
    /// `-r`: modules to load before the main one, in order.
    pub require: Vec<String>,
    /// false with `--no-warnings`.
    pub warnings: bool,
    /// false with `--no-deprecation`.
    pub deprecation: bool,
    /// `--pending-deprecation`: deprecations Node only announces are emitted.
    pub pending_deprecation: bool,
    /// `--throw-deprecation`: a deprecation warning is thrown instead.
    pub throw_deprecation: bool,
    /// `--trace-deprecation`: deprecation warnings print their stack.
    pub trace_deprecation: bool,
    /// `--trace-warnings`: every warning prints its stack.
    pub trace_warnings: bool,
    /// `--expose-gc`: a global `gc()`.
    pub expose_gc: bool,
}

impl Default for NodeOptions {
    fn default() -> Self {
        Self {
            eval: None,
            print: false,
            require: Vec::new(),
            warnings: true,
            deprecation: true,
            pending_deprecation: false,
            throw_deprecation: false,
            trace_deprecation: false,
            trace_warnings: false,
            expose_gc: false,
        }
    }
}

/// A `node ...` command as a host received it.
pub struct Invocation<'a> {
    /// `argv[0]` is the program's name as invoked (Node prefixes its command
    /// line errors with it); then options, the script and its arguments.
    pub argv: &'a [String],
    /// The environment the command was started with.
    pub env: Vec<(String, String)>,
    pub cwd: String,
    pub exec_path: String,
    pub pid: u32,
    /// Where environment files are read from: the process's file system.
    pub fs: &'a dyn FileSystem,
}

/// What the host should do.
#[derive(Debug)]
pub enum Launch {
    /// Write `stderr` (notes such as a missing `--env-file-if-exists`), then
    /// start a process with `options`.
    Run { options: ProcessOptions, stderr: String },
    /// Start nothing: write `stdout` and `stderr`, and end with `code`.
    Exit { code: i32, stdout: String, stderr: String },
}

/// An option that takes a value, by the names it is given.
fn takes_value(name: &str) -> bool {
    matches!(name, "--env-file" | "--env-file-if-exists" | "-e" | "--eval" | "-p" | "--print" | "-pe" | "-r" | "--require")
}

/// V8's `--gc-interval=N` (also spelled `--gc_interval`).
fn is_gc_interval(arg: &str) -> bool {
    ["--gc-interval=", "--gc_interval="]
        .iter()
        .any(|prefix| arg.strip_prefix(prefix).is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())))
}

/// The options before the script, parsed.
struct Parsed {
    exec_argv: Vec<String>,
    /// Index in `args` of the script (or, with `-e`, the first argument).
    rest: usize,
    node: NodeOptions,
    version: bool,
    has_env_file: bool,
    bad: Vec<String>,
}

/// Parses the options before the script; `Err` is Node's message for an
/// option missing its value, which ends the parse.
fn parse_options(args: &[String]) -> Result<Parsed, String> {
    let mut parsed = Parsed {
        exec_argv: Vec::new(),
        rest: args.len(),
        node: NodeOptions::default(),
        version: false,
        has_env_file: false,
        bad: Vec::new(),
    };
    let mut i = 0;
    while i < args.len() {
        let arg = &args[i];
        if arg == "--" {
            parsed.rest = i + 1;
            return Ok(parsed);
        }
        if !arg.starts_with('-') || arg == "-" {
            parsed.rest = i;
            return Ok(parsed);
        }
        let (name, inline) = match arg.split_once('=') {
            Some((name, value)) if arg.starts_with("--") => (name, Some(value.to_string())),
            _ => (arg.as_str(), None),
        };
        let start = i;
        if takes_value(name) {
            let value = match inline {
                Some(value) => value,
                None if i + 1 < args.len() => {
                    i += 1;
                    args[i].clone()
                }
                None => return Err(format!("{name} requires an argument")),
            };
            match name {
                "--env-file" | "--env-file-if-exists" => parsed.has_env_file = true,
                "-e" | "--eval" => parsed.node.eval = Some(value),
                "-r" | "--require" => parsed.node.require.push(value),
                _ => {
                    // -p, --print, -pe
                    parsed.node.eval = Some(value);
                    parsed.node.print = true;
                }
            }
        } else {
            match arg.as_str() {
                "-v" | "--version" => parsed.version = true,
                "--no-warnings" => parsed.node.warnings = false,
                "--no-deprecation" => parsed.node.deprecation = false,
                "--pending-deprecation" => parsed.node.pending_deprecation = true,
                "--throw-deprecation" => parsed.node.throw_deprecation = true,
                "--trace-deprecation" => parsed.node.trace_deprecation = true,
                "--trace-warnings" => parsed.node.trace_warnings = true,
                "--expose-gc" | "--expose_gc" => parsed.node.expose_gc = true,
                "--zero-fill-buffers" | "--experimental-vm-modules" | "--no-node-snapshot" | "--stress-compaction" => {}
                _ if is_gc_interval(arg) => {}
                _ => parsed.bad.push(arg.clone()),
            }
        }
        parsed.exec_argv.extend(args[start..=i].iter().cloned());
        i += 1;
    }
    Ok(parsed)
}

/// One environment file named on the command line.
struct EnvFile {
    path: String,
    optional: bool,
}

/// Node's `Dotenv::GetDataFromArgs`: every `--env-file*` up to a `--`,
/// wherever it stands.
fn env_files(args: &[String]) -> Vec<EnvFile> {
    let mut files = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let arg = &args[i];
        if arg == "--" {
            break;
        }
        for flag in ["--env-file", "--env-file-if-exists"] {
            let optional = flag == "--env-file-if-exists";
            if arg == flag {
                match args.get(i + 1) {
                    Some(path) => files.push(EnvFile { path: path.clone(), optional }),
                    None => return files,
                }
            } else if let Some(path) = arg.strip_prefix(flag).and_then(|rest| rest.strip_prefix('=')) {
                files.push(EnvFile { path: path.to_string(), optional });
            }
        }
        i += 1;
    }
    files
}

/// `path` as the process would open it from `cwd`.
fn resolve(cwd: &str, path: &str) -> String {
    if path.starts_with('/') {
        normalize(path)
    } else {
        normalize(&format!("{cwd}/{path}"))
    }
}

fn exit(code: i32, stdout: String, stderr: String) -> Launch {
    Launch::Exit { code, stdout, stderr }
}

/// Decides what a `node ...` command does: start a process (with env files
/// applied and `process.execArgv` set), or exit at once as Node would.
pub fn launch(invocation: Invocation) -> Launch {
    let program = invocation.argv.first().map_or("node", String::as_str);
    let args = invocation.argv.get(1..).unwrap_or_default();
    let mut stderr = String::new();

    // Environment files are read before any option is looked at.
    let mut entries = BTreeMap::new();
    let mut errors = Vec::new();
    for file in env_files(args) {
        let result = if file.path.is_empty() {
            Err(FileError::Open)
        } else {
            dotenv::parse_file(invocation.fs, &resolve(&invocation.cwd, &file.path))
        };
        match result {
            Ok(found) => dotenv::merge(&mut entries, found),
            Err(FileError::Open) if file.optional => {
                stderr.push_str(&format!("{} not found. Continuing without it.\n", file.path));
            }
            Err(FileError::Open) => errors.push(format!("{}: not found", file.path)),
            Err(FileError::Read) => errors.push(format!("{}: invalid format", file.path)),
        }
    }
    if !errors.is_empty() {
        for error in errors {
            stderr.push_str(&format!("{program}: {error}\n"));
        }
        return exit(BAD_COMMAND_LINE, String::new(), stderr);
    }

    let parsed = match parse_options(args) {
        Ok(parsed) => parsed,
        Err(error) => return exit(BAD_COMMAND_LINE, String::new(), format!("{stderr}{program}: {error}\n")),
    };
    if !parsed.bad.is_empty() {
        for option in &parsed.bad {
            stderr.push_str(&format!("{program}: bad option: {option}\n"));
        }
        return exit(BAD_COMMAND_LINE, String::new(), stderr);
    }
    if parsed.version {
        return exit(0, format!("{}\n", super::super::NODE_VERSION), stderr);
    }
    let positional = &args[parsed.rest..];
    if parsed.node.eval.is_none() && positional.is_empty() {
        return exit(BAD_COMMAND_LINE, String::new(), format!("{stderr}{USAGE}\n"));
    }

    let mut env = invocation.env;
    if parsed.has_env_file {
        dotenv::apply(&mut env, &entries);
    }
    let mut argv = vec![invocation.exec_path.clone()];
    argv.extend(positional.iter().cloned());
    let options = ProcessOptions {
        argv,
        exec_argv: parsed.exec_argv,
        node_options: parsed.node,
        env,
        cwd: invocation.cwd,
        exec_path: invocation.exec_path,
        pid: invocation.pid,
        code_cache: CodeCache::new(),
        native_stack_limit: None,
    };
    Launch::Run { options, stderr }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vfs::MemoryFs;

    fn fs() -> MemoryFs {
        let fs = MemoryFs::new(std::rc::Rc::new(crate::vfs::Timespec::now));
        fs.put_file("/app/.env", "A=from-file\nB=from-file\n").expect("put_file");
        fs.put_file("/app/second.env", "B=second\nC=second\n").expect("put_file");
        fs.put_file("/app/app.js", "").expect("put_file");
        fs
    }

    fn run(args: &[&str], env: &[(&str, &str)]) -> Launch {
        let fs = fs();
        let argv: Vec<String> = std::iter::once("node").chain(args.iter().copied()).map(String::from).collect();
        launch(Invocation {
            argv: &argv,
            env: env.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
            cwd: "/app".into(),
            exec_path: "/usr/local/bin/node".into(),
            pid: 7,
            fs: &fs,
        })
    }

    fn started(args: &[&str], env: &[(&str, &str)]) -> (ProcessOptions, String) {
        match run(args, env) {
            Launch::Run { options, stderr } => (options, stderr),
            other => panic!("expected a start, got {other:?}"),
        }
    }

    fn exited(args: &[&str]) -> (i32, String, String) {
        match run(args, &[]) {
            Launch::Exit { code, stdout, stderr } => (code, stdout, stderr),
            other => panic!("expected an exit, got {other:?}"),
        }
    }

    fn get<'a>(env: &'a [(String, String)], key: &str) -> Option<&'a str> {
        env.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    #[test]
    fn options_before_the_script_become_exec_argv() {
        let (options, stderr) = started(&["--env-file", ".env", "--no-warnings", "app.js", "--bogus", "-v"], &[]);
        assert_eq!(options.exec_argv, ["--env-file", ".env", "--no-warnings"]);
        assert_eq!(options.argv, ["/usr/local/bin/node", "app.js", "--bogus", "-v"]);
        assert!(!options.node_options.warnings);
        assert_eq!(stderr, "");
    }

    #[test]
    fn pending_deprecation_is_an_option_and_off_by_default() {
        let (options, _) = started(&["--pending-deprecation", "app.js"], &[]);
        assert_eq!(options.exec_argv, ["--pending-deprecation"]);
        assert!(options.node_options.pending_deprecation);
        let (options, _) = started(&["app.js", "--pending-deprecation"], &[]);
        assert!(!options.node_options.pending_deprecation);
    }

    #[test]
    fn env_files_apply_in_order_without_overriding_the_environment() {
        let (options, _) = started(&["--env-file=.env", "--env-file", "second.env", "app.js"], &[("A", "real")]);
        assert_eq!(get(&options.env, "A"), Some("real"));
        assert_eq!(get(&options.env, "B"), Some("second"));
        assert_eq!(get(&options.env, "C"), Some("second"));
    }

    #[test]
    fn env_files_after_the_script_are_read_but_applied_only_with_one_before_it() {
        let (options, _) = started(&["app.js", "--env-file=.env"], &[]);
        assert_eq!(get(&options.env, "A"), None);
        let (options, _) = started(&["--env-file=.env", "app.js", "--env-file=second.env"], &[]);
        assert_eq!(get(&options.env, "C"), Some("second"));
        assert_eq!(exited(&["app.js", "--env-file=nope"]), (9, String::new(), "node: nope: not found\n".into()));
        // Nothing after `--` is looked at.
        let (options, _) = started(&["--", "app.js", "--env-file=nope"], &[]);
        assert_eq!(options.argv, ["/usr/local/bin/node", "app.js", "--env-file=nope"]);
    }

    #[test]
    fn missing_env_files() {
        assert_eq!(exited(&["--env-file=nope", "--env-file=/app", "app.js"]).2, "node: nope: not found\nnode: /app: invalid format\n");
        assert_eq!(exited(&["--env-file=", "app.js"]), (9, String::new(), "node: : not found\n".into()));
        let (options, stderr) = started(&["--env-file-if-exists=nope", "--env-file-if-exists=.env", "app.js"], &[]);
        assert_eq!(stderr, "nope not found. Continuing without it.\n");
        assert_eq!(get(&options.env, "A"), Some("from-file"));
        // Env file errors come before option errors, as in Node.
        assert_eq!(exited(&["--env-file=nope", "--bogus", "app.js"]).2, "node: nope: not found\n");
    }

    #[test]
    fn bad_options_and_missing_values_exit_9() {
        assert_eq!(exited(&["--bogus", "--inspect", "app.js"]), (9, String::new(), "node: bad option: --bogus\nnode: bad option: --inspect\n".into()));
        assert_eq!(exited(&["--bogus", "--eval"]).2, "node: --eval requires an argument\n");
        assert_eq!(exited(&["--no-warnings=1", "app.js"]).2, "node: bad option: --no-warnings=1\n");
    }

    #[test]
    fn version_and_usage() {
        assert_eq!(exited(&["-v", "app.js"]), (0, format!("{}\n", crate::node::NODE_VERSION), String::new()));
        assert_eq!(exited(&["--version", "--bogus"]).2, "node: bad option: --bogus\n");
        assert_eq!(exited(&["--no-warnings"]), (9, String::new(), format!("{USAGE}\n")));
    }

    #[test]
    fn eval_and_print_take_the_arguments_that_follow() {
        let (options, _) = started(&["-e", "1 + 1", "x", "y"], &[]);
        assert_eq!(options.node_options.eval.as_deref(), Some("1 + 1"));
        assert!(!options.node_options.print);
        assert_eq!(options.argv, ["/usr/local/bin/node", "x", "y"]);
        assert_eq!(options.exec_argv, ["-e", "1 + 1"]);
        let (options, _) = started(&["-pe", "2", "--", "-x"], &[]);
        assert!(options.node_options.print);
        assert_eq!(options.argv, ["/usr/local/bin/node", "-x"]);
        let (options, _) = started(&["--print=3"], &[]);
        assert_eq!((options.node_options.eval.as_deref(), options.node_options.print), (Some("3"), true));
    }

    #[test]
    fn deprecation_and_harmless_flags_are_accepted() {
        let (options, stderr) = started(
            &["--pending-deprecation", "--throw-deprecation", "--trace-deprecation", "--trace-warnings", "--expose_gc",
              "--zero-fill-buffers", "--experimental-vm-modules", "--no-node-snapshot", "--gc-interval=100", "app.js"],
            &[],
        );
        assert_eq!(stderr, "");
        let node = &options.node_options;
        assert!(node.pending_deprecation && node.throw_deprecation && node.trace_deprecation && node.trace_warnings && node.expose_gc);
        assert_eq!(options.exec_argv.len(), 9);
        assert!(started(&["--expose-gc", "app.js"], &[]).0.node_options.expose_gc);
        assert_eq!(exited(&["--gc-interval", "app.js"]).2, "node: bad option: --gc-interval\n");
        assert_eq!(exited(&["--gc-interval=x", "app.js"]).2, "node: bad option: --gc-interval=x\n");
        assert_eq!(exited(&["--inspect", "app.js"]).2, "node: bad option: --inspect\n");
    }

    #[test]
    fn require_collects_preloads() {
        let (options, _) = started(&["-r", "./a", "--require=b", "app.js"], &[]);
        assert_eq!(options.node_options.require, ["./a", "b"]);
    }

    #[test]
    fn the_program_name_prefixes_errors() {
        let fs = fs();
        let argv: Vec<String> = ["/opt/bin/nodeling", "--bogus"].map(String::from).to_vec();
        let launched = launch(Invocation { argv: &argv, env: Vec::new(), cwd: "/".into(), exec_path: "x".into(), pid: 1, fs: &fs });
        match launched {
            Launch::Exit { stderr, .. } => assert_eq!(stderr, "/opt/bin/nodeling: bad option: --bogus\n"),
            other => panic!("{other:?}"),
        }
    }
}
