//! Where Nodeling deliberately differs from Node: APIs it does not support
//! yet must throw Node-style errors with a code, never do nothing. Real
//! Node cannot produce these outputs, so they are checked here rather than
//! in tests/node-compat.

use std::process::Command;

/// Runs `source` as a script with `nodeling` and returns its stdout.
fn run(name: &str, source: &str) -> String {
    let dir = std::env::temp_dir().join(format!("nodeling-diff-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(dir.join("main.js"), source).expect("write script");
    let output = Command::new(env!("CARGO_BIN_EXE_nodeling")).arg("main.js").current_dir(&dir).output().expect("runs");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn web_stream_adapters_throw_method_not_implemented() {
    let script = r#"
const { Readable, Writable, Duplex } = require('stream');
const calls = {
  'Readable.toWeb': () => Readable.toWeb(new Readable({ read() {} })),
  'Readable.fromWeb': () => Readable.fromWeb({}),
  'Writable.toWeb': () => Writable.toWeb(new Writable()),
  'Writable.fromWeb': () => Writable.fromWeb({}),
  'Duplex.toWeb': () => Duplex.toWeb(new Duplex()),
  'Duplex.fromWeb': () => Duplex.fromWeb({}),
};
for (const [name, call] of Object.entries(calls)) {
  try {
    call();
    console.log(name, 'returned');
  } catch (err) {
    console.log(name, err.code, err.message);
  }
}
"#;
    let expected = "\
Readable.toWeb ERR_METHOD_NOT_IMPLEMENTED The Readable.toWeb method is not implemented
Readable.fromWeb ERR_METHOD_NOT_IMPLEMENTED The Readable.fromWeb method is not implemented
Writable.toWeb ERR_METHOD_NOT_IMPLEMENTED The Writable.toWeb method is not implemented
Writable.fromWeb ERR_METHOD_NOT_IMPLEMENTED The Writable.fromWeb method is not implemented
Duplex.toWeb ERR_METHOD_NOT_IMPLEMENTED The Duplex.toWeb method is not implemented
Duplex.fromWeb ERR_METHOD_NOT_IMPLEMENTED The Duplex.fromWeb method is not implemented
";
    assert_eq!(run("webstreams", script), expected);
}

#[test]
fn web_streams_in_pipeline_compose_and_duplex_from_are_refused() {
    let script = r#"
const { pipeline, compose, Duplex, PassThrough, finished } = require('stream');
const webReadable = { pipeThrough() {}, getReader() {}, cancel() {} };
const webWritable = { getWriter() {}, abort() {} };
const calls = {
  pipeline: () => pipeline(webReadable, new PassThrough(), () => {}),
  compose: () => compose(new PassThrough(), webWritable),
  'Duplex.from': () => Duplex.from(webReadable),
  finished: () => finished(webWritable, () => {}),
};
for (const [name, call] of Object.entries(calls)) {
  try {
    call();
    console.log(name, 'returned');
  } catch (err) {
    console.log(name, err.code);
  }
}
"#;
    let expected = "\
pipeline ERR_METHOD_NOT_IMPLEMENTED
compose ERR_METHOD_NOT_IMPLEMENTED
Duplex.from ERR_METHOD_NOT_IMPLEMENTED
finished ERR_METHOD_NOT_IMPLEMENTED
";
    assert_eq!(run("webpipeline", script), expected);
}

#[test]
fn blob_stream_throws_method_not_implemented() {
    // No ReadableStream in the runtime yet: Blob#stream() says so.
    let script = r#"
const blob = new Blob(['abc']);
try {
  blob.stream();
  console.log('returned');
} catch (err) {
  console.log(err.name, err.code, err.message);
}
try {
  Blob.prototype.stream.call({});
} catch (err) {
  console.log(err.code);
}
"#;
    let expected = "\
Error ERR_METHOD_NOT_IMPLEMENTED The Blob.stream() method is not implemented
ERR_INVALID_THIS
";
    assert_eq!(run("blobstream", script), expected);
}
