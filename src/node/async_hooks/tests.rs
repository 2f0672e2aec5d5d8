//! The engine's continuation data (our QuickJS-NG patch) and the frames the
//! loop's callbacks run in, driven from JavaScript.

use std::rc::Rc;

use crate::host::native::direct::DirectProcess;
use crate::vfs::{MemoryFs, Timespec};

/// Runs `source` with the `async_context_frame` binding as `frame` and a
/// `log` that prints its arguments joined by spaces, then the loop; returns
/// stdout.
fn run(source: &str) -> String {
    let fs = MemoryFs::new(Rc::new(Timespec::now));
    fs.put_file("/work/main.js", "").unwrap();
    let mut process = DirectProcess::start_with(Rc::new(fs), "/work", "/work/main.js").unwrap();
    let prelude = "const frame = internalBinding('async_context_frame');\n\
                   const log = (...args) => console.log(args.map(String).join(' '));\n";
    process.eval_internal(&format!("{prelude}{source}")).unwrap();
    process.run_until_idle();
    let stderr = process.stderr();
    assert!(stderr.is_empty(), "stderr: {stderr}");
    process.stdout()
}

#[test]
fn a_reaction_runs_with_the_data_current_when_it_was_registered() {
    let out = run(r#"
        let resolve;
        const pending = new Promise((r) => { resolve = r; });
        frame.setContinuationPreservedEmbedderData('at then');
        pending.then(() => log('then:', frame.getContinuationPreservedEmbedderData()));
        frame.setContinuationPreservedEmbedderData('at resolve');
        resolve();
        frame.setContinuationPreservedEmbedderData(undefined);
        Promise.resolve().then(() => log('after the jobs:', frame.getContinuationPreservedEmbedderData()));
    "#);
    assert_eq!(out, "then: at then\nafter the jobs: undefined\n");
}

#[test]
fn await_resumes_with_the_data_of_the_await() {
    let out = run(r#"
        async function task(name) {
            frame.setContinuationPreservedEmbedderData(name);
            await null;
            log(name, 'after await null:', frame.getContinuationPreservedEmbedderData());
            await new Promise((r) => setTimeout(r, 1));
            log(name, 'after a timer:', frame.getContinuationPreservedEmbedderData());
        }
        task('a');
        task('b');
        frame.setContinuationPreservedEmbedderData(undefined);
    "#);
    assert_eq!(out, "a after await null: a\nb after await null: b\na after a timer: a\nb after a timer: b\n");
}

#[test]
fn a_thenable_is_called_with_the_data_of_the_resolve() {
    let out = run(r#"
        const thenable = { then(resolve) { log('then called with', frame.getContinuationPreservedEmbedderData()); resolve(); } };
        frame.setContinuationPreservedEmbedderData('resolver');
        Promise.resolve(thenable);
        frame.setContinuationPreservedEmbedderData(undefined);
    "#);
    assert_eq!(out, "then called with resolver\n");
}

#[test]
fn a_completion_runs_in_the_frame_it_was_queued_in_and_the_loop_starts_from_none() {
    let out = run(r#"
        const loop = internalBinding('loop');
        frame.setContinuationPreservedEmbedderData('queued');
        loop.queueCompletion(() => {
            log('completion:', frame.getContinuationPreservedEmbedderData());
            process.nextTick(() => log('its tick:', frame.getContinuationPreservedEmbedderData()));
        });
        frame.setContinuationPreservedEmbedderData(undefined);
        loop.queueCompletion(() => log('second:', frame.getContinuationPreservedEmbedderData()));
    "#);
    assert_eq!(out, "completion: queued\nits tick: queued\nsecond: undefined\n");
}
