//! Natives of `http`: ports, requests in and answers out.
//!
//! A request to a port this process listens on (`http.get` to itself) never
//! leaves the process: its id is marked local, and the server's answer comes
//! back through the poll phase as a reply from a socket would.

use std::rc::Rc;

use rquickjs::{Ctx, Function, Object, Result, TypedArray, Value};

use crate::engine::{IoEvent, Process, Shared};
use crate::host::ResponseHead;

fn pairs(flat: Vec<String>) -> Vec<(String, String)> {
    flat.chunks_exact(2).map(|pair| (pair[0].clone(), pair[1].clone())).collect()
}

fn flatten(pairs: &[(String, String)]) -> Vec<String> {
    pairs.iter().flat_map(|(name, value)| [name.clone(), value.clone()]).collect()
}

pub fn binding<'js>(ctx: &Ctx<'js>, shared: &Rc<Shared>) -> Result<Object<'js>> {
    let binding = Object::new(ctx.clone())?;
    // Returns the bound port, or [code, errno] when the port is taken.
    let s = shared.clone();
    binding.set(
        "listen",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>, port: u16, hostname: String| -> Result<Value<'js>> {
            let taken = port != 0 && s.listening.borrow().contains(&port);
            let result = if taken { Err(crate::host::ListenError::AddressInUse) } else { s.host.listen(port, &hostname) };
            match result {
                Ok(port) => {
                    s.listening.borrow_mut().insert(port);
                    Ok(Value::new_number(ctx, port as f64))
                }
                Err(error) => {
                    let pair = rquickjs::Array::new(ctx)?;
                    pair.set(0, error.code())?;
                    pair.set(1, error.errno())?;
                    Ok(pair.into_value())
                }
            }
        })?,
    )?;
    let s = shared.clone();
    binding.set(
        "unlisten",
        Function::new(ctx.clone(), move |port: u16| {
            if s.listening.borrow_mut().remove(&port) {
                s.host.unlisten(port);
            }
        })?,
    )?;
    let s = shared.clone();
    binding.set(
        "respondHead",
        Function::new(ctx.clone(), move |id: f64, status: u16, status_message: String, headers: Vec<String>| {
            let id = id as u64;
            let head = ResponseHead { status, status_message, headers: pairs(headers) };
            if s.is_local(id) {
                s.push_event(IoEvent::ResponseHead { id, head });
            } else {
                s.host.response_head(id, head);
            }
        })?,
    )?;
    let s = shared.clone();
    binding.set(
        "respondBody",
        Function::new(ctx.clone(), move |id: f64, chunk: Value<'js>| -> Result<()> {
            let (id, chunk) = (id as u64, super::bytes_of(&chunk)?);
            if s.is_local(id) {
                s.push_event(IoEvent::ResponseBody { id, chunk });
            } else {
                s.host.response_body(id, &chunk);
            }
            Ok(())
        })?,
    )?;
    let s = shared.clone();
    binding.set(
        "respondEnd",
        Function::new(ctx.clone(), move |id: f64| {
            let id = id as u64;
            if s.local_requests.borrow_mut().remove(&id) {
                s.push_event(IoEvent::ResponseEnd { id });
            } else {
                s.host.response_end(id);
            }
        })?,
    )?;
    // A request from this process. Only its own servers can answer for now.
    let s = shared.clone();
    binding.set(
        "request",
        Function::new(
            ctx.clone(),
            move |port: u16, address: String, method: String, path: String, headers: Vec<String>| -> f64 {
                let id = s.new_local_request();
                if s.listening.borrow().contains(&port) {
                    s.push_event(IoEvent::Request { id, port, method, url: path, headers: pairs(headers) });
                } else {
                    s.local_requests.borrow_mut().remove(&id);
                    let event = IoEvent::RequestError {
                        id,
                        code: "ECONNREFUSED",
                        errno: -111,
                        syscall: "connect",
                        address,
                        port,
                    };
                    s.push_event(event);
                }
                id as f64
            },
        )?,
    )?;
    let s = shared.clone();
    binding.set(
        "requestBody",
        Function::new(ctx.clone(), move |id: f64, chunk: Value<'js>| -> Result<()> {
            s.push_event(IoEvent::RequestBody { id: id as u64, chunk: super::bytes_of(&chunk)? });
            Ok(())
        })?,
    )?;
    let s = shared.clone();
    binding.set("requestEnd", Function::new(ctx.clone(), move |id: f64| s.push_event(IoEvent::RequestEnd { id: id as u64 }))?)?;
    Ok(binding)
}

/// Hands one I/O event to `http`'s JavaScript in the poll phase.
pub fn deliver(process: &Process, event: IoEvent) {
    if let IoEvent::Completion { .. } = event {
        return;
    }
    process.deliver("onHttpEvent", move |ctx| {
        let str = |s: &str| rquickjs::String::from_str(ctx.clone(), s).map(|s| s.into_value());
        let num = |n: f64| Value::new_number(ctx.clone(), n);
        let bytes = |b: Vec<u8>| TypedArray::new(ctx.clone(), b).map(|a| a.into_value());
        let list = |items: Vec<String>| rquickjs::convert::IntoJs::into_js(items, ctx);
        Ok(match event {
            IoEvent::Request { id, port, method, url, headers } => {
                vec![str("request")?, num(id as f64), num(port as f64), str(&method)?, str(&url)?, list(flatten(&headers))?]
            }
            IoEvent::RequestBody { id, chunk } => vec![str("requestBody")?, num(id as f64), bytes(chunk)?],
            IoEvent::RequestEnd { id } => vec![str("requestEnd")?, num(id as f64)],
            IoEvent::ResponseHead { id, head } => vec![
                str("responseHead")?,
                num(id as f64),
                num(head.status as f64),
                str(&head.status_message)?,
                list(flatten(&head.headers))?,
            ],
            IoEvent::ResponseBody { id, chunk } => vec![str("responseBody")?, num(id as f64), bytes(chunk)?],
            IoEvent::ResponseEnd { id } => vec![str("responseEnd")?, num(id as f64)],
            // Not an http event; returned above.
            IoEvent::Completion { .. } => Vec::new(),
            IoEvent::RequestError { id, code, errno, syscall, address, port } => vec![
                str("requestError")?,
                num(id as f64),
                str(code)?,
                num(errno as f64),
                str(syscall)?,
                str(&address)?,
                num(port as f64),
            ],
        })
    });
}
