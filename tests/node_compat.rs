//! Runs every script under tests/node-compat/ through a Nodeling process and
//! compares stdout and the exit code with what real Node printed (the
//! `.stdout` and `.exit` files beside each script, made by regen.sh).
//!
//! Time comes from a manual clock that jumps to each timer's deadline, so the
//! suite runs in moments and the same way every time.
//!
//! A suite with a `.sandbox` file (fs/) runs each script twice, in a fresh copy
//! of its `fixtures/` both times: on the real disk (a temporary directory) and
//! in a MemoryFs loaded with the same tree. The sandbox's absolute path reads
//! `<sandbox>` in stdout, as regen.sh writes it in the goldens.

use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};

use nodeling::host::native::direct::DirectProcess;
use nodeling::vfs::{DiskFs, FileSystem, MemoryFs, Timespec};

/// Where a MemoryFs sandbox sits inside its file system.
const MEMORY_SANDBOX: &str = "/tmp/nodeling-sandbox";

struct Outcome {
    stdout: String,
    stderr: String,
    code: Option<i32>,
}

/// Runs a script to its end the way `node script.js` would in its directory.
fn run_script(script: &Path) -> Outcome {
    finish(DirectProcess::start(script).expect("process starts"), None)
}

// A script still waiting when nothing can wake it would hang under Node.
fn finish(mut process: DirectProcess, sandbox: Option<&str>) -> Outcome {
    let code = process.run_until_idle();
    let mut stdout = process.stdout();
    if let Some(sandbox) = sandbox {
        stdout = stdout.replace(sandbox, "<sandbox>");
    }
    Outcome { stdout, stderr: process.stderr(), code }
}

/// Which file systems a sandboxed script runs over.
#[derive(Clone, Copy, Debug)]
enum Sandbox {
    Disk,
    Memory,
}

fn is_sandboxed(script: &Path) -> bool {
    script.parent().is_some_and(|suite| suite.join(".sandbox").is_file())
}

/// Runs a script with cwd = a fresh copy of its suite's fixtures/.
fn run_sandboxed(script: &Path, kind: Sandbox) -> Outcome {
    let fixtures = script.parent().expect("script in a suite").join("fixtures");
    let script_path = script.to_string_lossy().into_owned();
    match kind {
        Sandbox::Disk => {
            static NEXT: AtomicU32 = AtomicU32::new(0);
            let name = format!("nodeling-sandbox-{}-{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed));
            let dir = std::env::temp_dir().join(name);
            copy_tree(&fixtures, &dir).expect("fixtures copied");
            let dir = dir.canonicalize().expect("sandbox exists");
            let cwd = dir.to_string_lossy().into_owned();
            let process = DirectProcess::start_with(Rc::new(DiskFs::new()), &cwd, &script_path).expect("process starts");
            let outcome = finish(process, Some(&cwd));
            remove_tree(&dir);
            outcome
        }
        Sandbox::Memory => {
            let fs = MemoryFs::new(Rc::new(Timespec::now));
            fs.load_dir(&fixtures, MEMORY_SANDBOX).expect("fixtures loaded");
            fs.put_file(&script_path, std::fs::read(script).expect("script readable")).expect("script stored");
            let fs: Rc<dyn FileSystem> = Rc::new(fs);
            let process = DirectProcess::start_with(fs, MEMORY_SANDBOX, &script_path).expect("process starts");
            finish(process, Some(MEMORY_SANDBOX))
        }
    }
}

/// `cp -a` for the fixtures: files with their modes, directories, symlinks.
fn copy_tree(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let (source, target) = (entry.path(), to.join(entry.file_name()));
        let kind = entry.file_type()?;
        if kind.is_symlink() {
            std::os::unix::fs::symlink(std::fs::read_link(&source)?, &target)?;
        } else if kind.is_dir() {
            copy_tree(&source, &target)?;
        } else {
            std::fs::copy(&source, &target)?;
        }
    }
    std::fs::set_permissions(to, std::fs::metadata(from)?.permissions())
}

/// Removes a sandbox even where a script took away its own permissions.
fn remove_tree(dir: &Path) {
    use std::os::unix::fs::PermissionsExt;
    fn open_up(dir: &Path) {
        let _ = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755));
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                open_up(&entry.path());
            }
        }
    }
    open_up(dir);
    let _ = std::fs::remove_dir_all(dir);
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
        let runs: Vec<(String, Outcome)> = if is_sandboxed(&script) {
            [Sandbox::Disk, Sandbox::Memory]
                .into_iter()
                .map(|kind| (format!(" (over {kind:?}Fs)"), run_sandboxed(&script, kind)))
                .collect()
        } else {
            vec![(String::new(), run_script(&script))]
        };
        for (label, outcome) in runs {
            if outcome.stdout == expected_stdout && outcome.code == Some(expected_code) {
                passed += 1;
            } else {
                failed.push(format!(
                    "--- {}{label}\nexpected exit {expected_code}, got {:?}\n--- expected stdout\n{expected_stdout}--- actual stdout\n{}--- stderr\n{}",
                    script.display(),
                    outcome.code,
                    outcome.stdout,
                    outcome.stderr
                ));
            }
        }
    }
    for failure in &failed {
        eprintln!("{failure}");
    }
    eprintln!("node-compat: {passed} passed, {} failed", failed.len());
    assert!(failed.is_empty(), "{} scripts differ from Node", failed.len());
    assert!(passed > 0, "no script ran");
}
