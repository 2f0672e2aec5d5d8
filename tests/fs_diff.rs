//! Where Nodeling's fs deliberately differs from Node, so real Node cannot
//! give the expected output: what is not supported throws
//! ERR_METHOD_NOT_IMPLEMENTED, and fs.watch reports changes the host makes to
//! a MemoryFs (as a playground's editor saving a file does).

use std::rc::Rc;

use nodeling::host::native::direct::DirectProcess;
use nodeling::vfs::{FileSystem, MemoryFs, Timespec};

/// Runs `source` as /app/main.js over a MemoryFs; `host` then acts on the
/// file system as a host would, before the loop runs.
fn run(source: &str, host: impl FnOnce(&MemoryFs)) -> (String, String, Option<i32>) {
    let fs = Rc::new(MemoryFs::new(Rc::new(Timespec::now)));
    fs.put_file("/app/main.js", source).expect("script stored");
    let shared: Rc<dyn FileSystem> = fs.clone();
    let mut process = DirectProcess::start_with(shared, "/app", "/app/main.js").expect("process starts");
    host(&fs);
    let code = process.run_until_idle();
    (process.stdout(), process.stderr(), code)
}

#[test]
fn unsupported_fs_apis_throw_method_not_implemented() {
    let script = r#"
const fs = require('fs');
const fsp = require('fs/promises');
for (const [name, call] of Object.entries({
  statfsSync: () => fs.statfsSync('/'),
  statfs: () => fs.statfs('/', () => {}),
  openAsBlob: () => fs.openAsBlob('/app/main.js'),
  globSync: () => fs.globSync('*'),
  glob: () => fs.glob('*', () => {}),
})) {
  try {
    call();
    console.log(name, 'returned');
  } catch (error) {
    console.log(name, error.code);
  }
}
(async () => {
  for (const [name, call] of Object.entries({
    'promises.statfs': () => fsp.statfs('/'),
    'promises.glob': () => fsp.glob('*'),
    'promises.lchmod': () => fsp.lchmod('/app/main.js', 0o600),
  })) {
    await call().then(() => console.log(name, 'resolved'), (error) => console.log(name, error.code));
  }
  const handle = await fsp.open('/app/main.js');
  await handle.readLines().catch((error) => console.log('readLines', error.code));
  try {
    handle.readableWebStream();
  } catch (error) {
    console.log('readableWebStream', error.code);
  }
  await handle.close();
})();
"#;
    let (stdout, stderr, code) = run(script, |_| {});
    assert_eq!(code, Some(0), "{stderr}");
    let expected = [
        "statfsSync", "statfs", "openAsBlob", "globSync", "glob", "promises.statfs", "promises.glob",
        "promises.lchmod", "readLines", "readableWebStream",
    ]
    .iter()
    .map(|name| format!("{name} ERR_METHOD_NOT_IMPLEMENTED\n"))
    .collect::<String>();
    assert_eq!(stdout, expected);
}

#[test]
fn fs_watch_reports_a_file_the_host_writes() {
    let script = r#"
const fs = require('fs');
fs.mkdirSync('/app/src');
const giveUp = setTimeout(() => {
  console.log('no event');
  watcher.close();
}, 5000);
const watcher = fs.watch('/app/src', (eventType, filename) => {
  console.log(eventType, filename);
  clearTimeout(giveUp);
  watcher.close();
});
"#;
    let (stdout, stderr, code) = run(script, |fs| {
        fs.put_file("/app/src/index.js", "// saved by the editor").expect("file written");
    });
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(stdout, "rename index.js\n");
}
