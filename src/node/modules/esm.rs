//! ES modules on QuickJS's own module machinery. QuickJS asks us to resolve
//! each specifier and load each module; both questions go to the JavaScript
//! loader (`internal/modules/esm/loader`), which knows Node's resolution
//! algorithm, package.json and the formats. Rust compiles what it returns,
//! through the pod's code cache, and gives each module its `import.meta`.
//!
//! A module's name is its URL (`file:///app.mjs`, `node:fs`), so QuickJS keeps
//! one instance per URL and stack traces read as Node's.

use std::rc::Rc;

use rquickjs::loader::{ImportAttributes, Loader, Resolver};
use rquickjs::module::{Declared, WriteOptions};
use rquickjs::{Ctx, Function, Module, Object, Result, Value};

use super::code_cache::CodeCache;
use crate::engine::Shared;

/// The resolver and loader QuickJS calls, for the life of the runtime.
pub struct NodeModules {
    pub shared: Rc<Shared>,
}

fn hook<'js>(ctx: &Ctx<'js>, shared: &Shared, name: &str) -> Result<Function<'js>> {
    let hooks = shared.hooks.borrow().clone().ok_or_else(|| rquickjs::Error::new_from_js("undefined", "hooks"))?;
    hooks.restore(ctx)?.get(name)
}

fn attribute_type(attributes: Option<ImportAttributes<'_>>) -> Result<Option<String>> {
    match attributes {
        Some(attributes) => attributes.get_type(),
        None => Ok(None),
    }
}

impl Resolver for NodeModules {
    fn resolve<'js>(&mut self, ctx: &Ctx<'js>, base: &str, name: &str, attributes: Option<ImportAttributes<'js>>) -> Result<String> {
        let kind = attribute_type(attributes)?;
        hook(ctx, &self.shared, "esmResolve")?.call((name, base, kind))
    }
}

impl Loader for NodeModules {
    fn load<'js>(&mut self, ctx: &Ctx<'js>, name: &str, attributes: Option<ImportAttributes<'js>>) -> Result<Module<'js, Declared>> {
        let kind = attribute_type(attributes)?;
        let source: String = hook(ctx, &self.shared, "esmLoad")?.call((name, kind))?;
        declare(ctx, &self.shared, name, &source)
    }
}

/// Compiles `source` as the module `url` (from the code cache when it can)
/// and sets up its `import.meta`.
pub fn declare<'js>(ctx: &Ctx<'js>, shared: &Shared, url: &str, source: &str) -> Result<Module<'js, Declared>> {
    let module = compile(ctx, &shared.code_cache, url, source)?;
    let meta: Object = module.meta()?;
    hook(ctx, shared, "esmInitMeta")?.call::<_, ()>((meta, url))?;
    Ok(module)
}

fn compile<'js>(ctx: &Ctx<'js>, cache: &CodeCache, url: &str, source: &str) -> Result<Module<'js, Declared>> {
    let key = CodeCache::key(url, source, "module");
    if let Some(bytes) = cache.get(&key) {
        if let Some(module) = read_module(ctx, &bytes) {
            return Ok(module);
        }
    }
    let module = Module::declare(ctx.clone(), url, source)?;
    if let Ok(bytes) = module.write(WriteOptions::default()) {
        cache.insert(key, bytes);
    }
    Ok(module)
}

fn read_module<'js>(ctx: &Ctx<'js>, bytes: &[u8]) -> Option<Module<'js, Declared>> {
    // SAFETY: the bytes were written by JS_WriteObject of this QuickJS build
    // in this pod (trusted input). QuickJS-NG's ROM_DATA flag is 0, so the
    // module copies what it needs and does not borrow the cache's memory.
    match unsafe { Module::load(ctx.clone(), bytes) } {
        Ok(module) => Some(module),
        Err(_) => {
            let _ = ctx.catch();
            None
        }
    }
}

/// `require()` of an ES module (Node 22.12+): links and evaluates the module
/// graph now. Returns `[namespace, evaluationPromise]`; the promise is still
/// pending when the graph awaits at top level, which the caller reports as
/// ERR_REQUIRE_ASYNC_MODULE.
///
/// With `as_es_module`, the namespace returned is that of a module which
/// re-exports the target and adds `__esModule: true`, as Node 24 gives when
/// the target has a default export (the target is not evaluated again).
pub fn require_module<'js>(ctx: &Ctx<'js>, shared: &Shared, url: &str, as_es_module: bool) -> Result<Vec<Value<'js>>> {
    let id = shared.next_synthetic_module.get();
    shared.next_synthetic_module.set(id + 1);
    // A one-line module importing the target: evaluating it runs the target's
    // graph synchronously up to its first top-level await.
    let quoted = js_string_literal(url);
    let source = if as_es_module {
        format!("export * from {quoted};\nexport {{ default }} from {quoted};\nexport const __esModule = true;\n")
    } else {
        format!("import * as namespace from {quoted};\nexport {{ namespace }};\n")
    };
    let module = Module::declare(ctx.clone(), format!("node:internal/require/{id}"), source)?;
    let (module, promise) = module.eval()?;
    let namespace: Value = if as_es_module {
        module.namespace()?.into_value()
    } else {
        module.get("namespace").unwrap_or_else(|_| Value::new_undefined(ctx.clone()))
    };
    Ok(vec![namespace, promise.into_value()])
}

/// Whether `source` parses as an ES module; if it does, it stays declared as
/// the module `url` so that importing it does not parse it again.
pub fn declare_if_module<'js>(ctx: &Ctx<'js>, shared: &Shared, url: &str, source: &str) -> Result<bool> {
    match declare(ctx, shared, url, source) {
        Ok(_) => Ok(true),
        Err(rquickjs::Error::Exception) => {
            let error = ctx.catch();
            let is_syntax = error.as_object().and_then(|e| e.get::<_, String>("name").ok()).is_some_and(|n| n == "SyntaxError");
            if is_syntax {
                Ok(false)
            } else {
                Err(ctx.throw(error))
            }
        }
        Err(other) => Err(other),
    }
}

/// `text` as a double-quoted JavaScript string literal.
fn js_string_literal(text: &str) -> String {
    let mut quoted = String::with_capacity(text.len() + 2);
    quoted.push('"');
    for c in text.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => quoted.push_str(&format!("\\u{:04x}", c as u32)),
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}
