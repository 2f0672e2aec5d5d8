//! Natives of `os`: what the host knows of the machine (see
//! `crate::host::Machine`), read afresh on each call since memory, uptime and
//! load change.

use std::rc::Rc;

use rquickjs::{Ctx, Function, Object, Result, Value};

use crate::engine::Shared;
use crate::host::Machine;

fn machine(shared: &Shared) -> Machine {
    shared.host.machine(shared.clock.now_ms())
}

/// `info()` → `[hostname, version, release, machine]`, `cpuCount()`,
/// `cpus()` → flat `[model, speed, user, nice, sys, idle, irq, ...]`,
/// `memory()` → `[total, free]`, `uptime()`, `loadavg()` → `[1, 5, 15]`.
pub fn binding<'js>(ctx: &Ctx<'js>, shared: &Rc<Shared>) -> Result<Object<'js>> {
    let binding = Object::new(ctx.clone())?;
    let s = shared.clone();
    binding.set(
        "info",
        Function::new(ctx.clone(), move || {
            let m = machine(&s);
            vec![m.hostname, m.version, m.release, "x86_64".to_string()]
        })?,
    )?;
    let s = shared.clone();
    binding.set("cpuCount", Function::new(ctx.clone(), move || machine(&s).cpu_times.len() as u32)?)?;
    let s = shared.clone();
    binding.set(
        "cpus",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>| -> Result<Vec<Value<'js>>> {
            let m = machine(&s);
            let mut flat = Vec::with_capacity(m.cpu_times.len() * 7);
            for times in &m.cpu_times {
                flat.push(rquickjs::String::from_str(ctx.clone(), &m.cpu_model)?.into_value());
                flat.push(Value::new_number(ctx.clone(), f64::from(m.cpu_speed)));
                for time in times {
                    flat.push(Value::new_number(ctx.clone(), *time));
                }
            }
            Ok(flat)
        })?,
    )?;
    let s = shared.clone();
    binding.set(
        "memory",
        Function::new(ctx.clone(), move || {
            let m = machine(&s);
            vec![m.total_memory, m.free_memory]
        })?,
    )?;
    let s = shared.clone();
    binding.set("uptime", Function::new(ctx.clone(), move || machine(&s).uptime)?)?;
    let s = shared.clone();
    binding.set("loadavg", Function::new(ctx.clone(), move || machine(&s).loadavg.to_vec())?)?;
    Ok(binding)
}
