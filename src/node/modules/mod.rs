//! Natives of the module loader: compiling code, reading module files.

use std::rc::Rc;

use rquickjs::{Ctx, Function, Object, Result, Value};

use crate::engine::Shared;
use crate::vfs::{FileType, OpenFlags};

pub fn binding<'js>(ctx: &Ctx<'js>, shared: &Rc<Shared>) -> Result<Object<'js>> {
    let binding = Object::new(ctx.clone())?;
    binding.set(
        "compileFunction",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, source: String, filename: String, params: Vec<String>| {
            let params: Vec<&str> = params.iter().map(String::as_str).collect();
            super::compile_function(&ctx, &source, &filename, &params)
        })?,
    )?;
    binding.set(
        "compileBuiltin",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, id: String| super::compile_builtin(&ctx, &id))?,
    )?;
    let ids: Vec<&str> = super::BUILTINS.iter().map(|(id, _)| *id).collect();
    binding.set("builtinIds", ids)?;
    let s = shared.clone();
    binding.set(
        "readFileUtf8",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>, path: String| -> Result<Value<'js>> {
            let Ok(file) = s.fs.open(&path, OpenFlags::READ, 0) else { return Ok(Value::new_undefined(ctx)) };
            let mut text = None;
            // Borrowed where the file system can lend it: one copy, into the JS string.
            let read = file.with_contents(&mut |bytes| {
                text = Some(rquickjs::String::from_str(ctx.clone(), &String::from_utf8_lossy(bytes)));
            });
            match (read, text) {
                (Ok(()), Some(text)) => Ok(text?.into_value()),
                _ => Ok(Value::new_undefined(ctx)),
            }
        })?,
    )?;
    // 0: nothing there, 1: a file, 2: a directory (the loader's internalModuleStat).
    let s = shared.clone();
    binding.set(
        "stat",
        Function::new(ctx.clone(), move |path: String| match s.fs.stat(&path).map(|stats| stats.file_type()) {
            Ok(FileType::Directory) => 2,
            Ok(_) => 1,
            Err(_) => 0,
        })?,
    )?;
    Ok(binding)
}
