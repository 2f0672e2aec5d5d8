//! Runs every script under tests/node-compat/ through a Nodeling process and
//! compares stdout and the exit code with what real Node printed (the
//! `.stdout` and `.exit` files beside each script, made by regen.sh).
//!
//! Time comes from a manual clock that jumps to each timer's deadline, so the
//! suite runs in moments and the same way every time.

use std::path::{Path, PathBuf};

use nodeling::host::native::direct::DirectProcess;

struct Outcome {
    stdout: String,
    stderr: String,
    code: Option<i32>,
}

/// Runs a script to its end the way `node script.js` would in its directory.
fn run_script(script: &Path) -> Outcome {
    let mut process = DirectProcess::start(script).expect("process starts");
    // A script still waiting when nothing can wake it would hang under Node.
    let code = process.run_until_idle();
    Outcome { stdout: process.stdout(), stderr: process.stderr(), code }
}

fn scripts() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/node-compat");
    let mut scripts = Vec::new();
    for suite in std::fs::read_dir(&root).expect("tests/node-compat exists") {
        let suite = suite.expect("readable").path();
        if !suite.is_dir() {
            continue;
        }
        for entry in std::fs::read_dir(&suite).expect("readable") {
            let path = entry.expect("readable").path();
            if path.extension().is_some_and(|e| e == "js" || e == "mjs") && path.with_extension("stdout").exists() {
                scripts.push(path);
            }
        }
    }
    scripts.sort();
    scripts
}

#[test]
fn scripts_behave_as_under_node() {
    // JavaScript may use 6 MiB of stack (engine.rs); test threads have 2.
    let runner = std::thread::Builder::new().stack_size(16 << 20).spawn(check_every_script).expect("thread starts");
    if let Err(panic) = runner.join() {
        std::panic::resume_unwind(panic);
    }
}

fn check_every_script() {
    let filter = std::env::var("NODE_COMPAT_FILTER").unwrap_or_default();
    let (mut passed, mut failed) = (0, Vec::new());
    for script in scripts().into_iter().filter(|s| s.to_string_lossy().contains(&filter)) {
        let expected_stdout = std::fs::read_to_string(script.with_extension("stdout")).expect("golden stdout");
        let expected_code: i32 = std::fs::read_to_string(script.with_extension("exit"))
            .expect("golden exit code")
            .trim()
            .parse()
            .expect("exit code is a number");
        let outcome = run_script(&script);
        if outcome.stdout == expected_stdout && outcome.code == Some(expected_code) {
            passed += 1;
        } else {
            failed.push(format!(
                "--- {}\nexpected exit {expected_code}, got {:?}\n--- expected stdout\n{expected_stdout}--- actual stdout\n{}--- stderr\n{}",
                script.display(),
                outcome.code,
                outcome.stdout,
                outcome.stderr
            ));
        }
    }
    for failure in &failed {
        eprintln!("{failure}");
    }
    eprintln!("node-compat: {passed} passed, {} failed", failed.len());
    assert!(failed.is_empty(), "{} scripts differ from Node", failed.len());
    assert!(passed > 0, "no script ran");
}
