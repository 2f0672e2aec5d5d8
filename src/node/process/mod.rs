//! Natives of `process` and of the event loop (`internalBinding('loop')`),
//! the `node` command line ([`cli`]) and environment files ([`dotenv`]).

pub mod cli;
pub mod dotenv;

use std::rc::Rc;

use rquickjs::{Ctx, Function, Object, Result, Value};

use crate::engine::{run_microtasks, throw_uncatchable, Shared};

pub fn loop_binding<'js>(ctx: &Ctx<'js>, shared: &Rc<Shared>) -> Result<Object<'js>> {
    let binding = Object::new(ctx.clone())?;
    let s = shared.clone();
    // Node's GetNow: the loop's time brought up to date first (uv_update_time),
    // so a timer set late in a long callback counts from when it was set.
    binding.set(
        "now",
        Function::new(ctx.clone(), move || {
            let now = s.clock.now_ms().floor();
            if now > s.now.get() {
                s.now.set(now);
            }
            s.now.get()
        })?,
    )?;
    let s = shared.clone();
    binding.set(
        "scheduleTimer",
        Function::new(ctx.clone(), move |duration: f64| {
            s.timer_deadline.set(Some(s.now.get() + duration.max(1.0)));
        })?,
    )?;
    let s = shared.clone();
    binding.set("toggleTimerRef", Function::new(ctx.clone(), move |refed: bool| s.timer_refed.set(refed))?)?;
    let s = shared.clone();
    binding.set(
        "setImmediateCounts",
        Function::new(ctx.clone(), move |count: u32, ref_count: u32| {
            s.immediate_count.set(count);
            s.immediate_ref_count.set(ref_count);
        })?,
    )?;
    binding.set("runMicrotasks", Function::new(ctx.clone(), |ctx: Ctx<'js>| run_microtasks(&ctx))?)?;
    let s = shared.clone();
    binding.set("hasRejections", Function::new(ctx.clone(), move || !s.rejections.borrow().is_empty())?)?;
    let s = shared.clone();
    binding.set(
        "takeRejections",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>| -> Result<Vec<Value<'js>>> {
            let taken: Vec<_> = s.rejections.borrow_mut().drain(..).collect();
            let mut flat = Vec::with_capacity(taken.len() * 3);
            for rejection in taken {
                flat.push(rejection.promise.restore(&ctx)?);
                flat.push(rejection.reason.restore(&ctx)?);
                flat.push(Value::new_bool(ctx.clone(), rejection.handled));
            }
            Ok(flat)
        })?,
    )?;
    let s = shared.clone();
    binding.set(
        "reallyExit",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>, code: i32| -> Result<()> {
            s.request_exit(code);
            Err(throw_uncatchable(&ctx, "process.exit"))
        })?,
    )?;
    // The text of a fatal error, for hosts to answer requests in flight with.
    let s = shared.clone();
    binding.set("setFatalReport", Function::new(ctx.clone(), move |text: String| *s.fatal_report.borrow_mut() = Some(text))?)?;
    let s = shared.clone();
    binding.set("ref", Function::new(ctx.clone(), move |delta: i64| s.add_ref(delta))?)?;
    // Runs `callback()` in the next poll phase, as libuv delivers the result
    // of work done on its threadpool; the loop stays alive until then.
    let s = shared.clone();
    binding.set(
        "queueCompletion",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>, callback: Function<'js>| s.queue_completion(&ctx, callback))?,
    )?;
    Ok(binding)
}

pub fn binding<'js>(ctx: &Ctx<'js>, shared: &Rc<Shared>) -> Result<Object<'js>> {
    let binding = Object::new(ctx.clone())?;
    binding.set("version", super::NODE_VERSION)?;
    binding.set("argv", shared.options.argv.clone())?;
    binding.set("execArgv", shared.options.exec_argv.clone())?;
    let node_options = &shared.options.node_options;
    let options = Object::new(ctx.clone())?;
    options.set("eval", node_options.eval.clone())?;
    options.set("print", node_options.print)?;
    options.set("require", node_options.require.clone())?;
    options.set("warnings", node_options.warnings)?;
    options.set("deprecation", node_options.deprecation)?;
    options.set("pendingDeprecation", node_options.pending_deprecation)?;
    binding.set("options", options)?;
    binding.set("execPath", shared.options.exec_path.clone())?;
    let s = shared.clone();
    binding.set("cwd", Function::new(ctx.clone(), move || s.cwd.borrow().clone())?)?;
    let s = shared.clone();
    binding.set(
        "chdir",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>, directory: String| super::fs::chdir(&ctx, &s, &directory))?,
    )?;
    binding.set("pid", shared.options.pid)?;
    let env = Object::new(ctx.clone())?;
    for (key, value) in &shared.options.env {
        env.set(key.as_str(), value.as_str())?;
    }
    binding.set("env", env)?;
    let s = shared.clone();
    binding.set(
        "writeStdout",
        Function::new(ctx.clone(), move |data: Value<'js>| -> Result<()> {
            s.host.write_stdout(&super::bytes_of(&data)?);
            Ok(())
        })?,
    )?;
    let s = shared.clone();
    binding.set(
        "writeStderr",
        Function::new(ctx.clone(), move |data: Value<'js>| -> Result<()> {
            s.host.write_stderr(&super::bytes_of(&data)?);
            Ok(())
        })?,
    )?;
    // High-resolution time since the process started, in milliseconds.
    let s = shared.clone();
    binding.set("hrtimeMs", Function::new(ctx.clone(), move || s.clock.now_ms() - s.start_ms)?)?;
    binding.set(
        "memoryUsage",
        Function::new(ctx.clone(), |ctx: Ctx<'js>| -> Result<Vec<f64>> {
            // SAFETY: reads counters of the live runtime into a local struct.
            let usage = unsafe {
                let mut usage = std::mem::zeroed::<rquickjs::qjs::JSMemoryUsage>();
                rquickjs::qjs::JS_ComputeMemoryUsage(rquickjs::qjs::JS_GetRuntime(ctx.as_raw().as_ptr()), &mut usage);
                usage
            };
            Ok(vec![usage.malloc_size as f64, usage.memory_used_size as f64, usage.malloc_limit as f64])
        })?,
    )?;
    Ok(binding)
}
