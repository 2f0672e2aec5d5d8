//! Natives of the module loader: compiling code, reading module files,
//! finding the named exports of CommonJS modules.

pub mod code_cache;
pub mod esm;

use std::rc::Rc;

use rquickjs::{Ctx, Function, Object, Result, Value};

use crate::engine::Shared;
use crate::vfs::{FileType, OpenFlags};

pub mod cjs_lexer;

pub fn binding<'js>(ctx: &Ctx<'js>, shared: &Rc<Shared>) -> Result<Object<'js>> {
    let binding = Object::new(ctx.clone())?;
    binding.set(
        "compileFunction",
        Function::new(ctx.clone(), {
            let s = shared.clone();
            move |ctx: Ctx<'js>, source: String, filename: String, params: Vec<String>| {
                let params: Vec<&str> = params.iter().map(String::as_str).collect();
                super::compile_function(&ctx, &s.code_cache, &source, &filename, &params)
            }
        })?,
    )?;
    // -e: `source` as a global script (not a function body), for its
    // completion value, which -p prints.
    binding.set(
        "evalScript",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, source: String, filename: String| -> Result<Value<'js>> {
            let mut options = rquickjs::context::EvalOptions::default();
            options.strict = false;
            options.filename = Some(filename);
            ctx.eval_with_options(source, options)
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
    let s = shared.clone();
    binding.set(
        "requireModule",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>, url: String, as_es_module: bool| {
            esm::require_module(&ctx, &s, &url, as_es_module)
        })?,
    )?;
    let s = shared.clone();
    binding.set(
        "declareIfModule",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>, url: String, source: String| {
            esm::declare_if_module(&ctx, &s, &url, &source)
        })?,
    )?;
    binding.set("cjsParse", Function::new(ctx.clone(), cjs_parse)?)?;
    Ok(binding)
}

/// `[exports, reexports]` as Node's cjs-module-lexer finds them; both empty
/// when the source does not lex, as Node treats a lexer error.
fn cjs_parse(source: String) -> Vec<Vec<String>> {
    let analysis = cjs_lexer::analyze(&source);
    vec![analysis.exports, analysis.reexports]
}

#[cfg(test)]
mod tests {
    use rquickjs::{Context, Function, Runtime};

    #[test]
    fn cjs_parse_returns_exports_and_reexports_arrays() {
        let runtime = Runtime::new().expect("runtime");
        let context = Context::full(&runtime).expect("context");
        context.with(|ctx| {
            let parse = Function::new(ctx.clone(), super::cjs_parse).expect("function");
            ctx.globals().set("cjsParse", parse).expect("global");
            let json = |source: &str| -> String {
                ctx.eval(format!("JSON.stringify(cjsParse({source:?}))")).expect("evaluates")
            };
            assert_eq!(
                json("exports.a = 1; exports['b c'] = 2; module.exports = require('x');"),
                r#"[["a","b c"],["x"]]"#
            );
            assert_eq!(json("export const a = 1;"), "[[],[]]");
        });
    }
}
