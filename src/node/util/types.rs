//! Natives of `util.types` (`internalBinding('types')`): the checks that need
//! an object's engine class, which no JavaScript brand check can tell without
//! side effects (promises, generator objects, module namespaces, arguments
//! objects, proxies) or without throwing (boxed primitives, dates, maps, ...).
//!
//! QuickJS keeps its built-in class ids in a private enum; rather than copy
//! its numbers we read them once per process from sample values (the enum is
//! fixed at compile time, so every runtime of this build shares them).
//! Typed arrays and `isExternal` (there are no V8 externals) are answered in
//! JS (`util/types.js`).

use std::sync::OnceLock;

use rquickjs::{qjs, Ctx, Function, Module, Object, Result, Value};

/// The class ids of the built-in classes the checks ask about.
#[derive(Debug)]
struct ClassIds {
    arguments: u32,
    mapped_arguments: u32,
    number: u32,
    string: u32,
    boolean: u32,
    symbol: u32,
    big_int: u32,
    date: u32,
    regexp: u32,
    error: u32,
    dom_exception: u32,
    map: u32,
    set: u32,
    weak_map: u32,
    weak_set: u32,
    map_iterator: u32,
    set_iterator: u32,
    generator: u32,
    async_generator: u32,
    array_buffer: u32,
    shared_array_buffer: Option<u32>,
    data_view: u32,
    async_function: u32,
    generator_function: u32,
    async_generator_function: u32,
    module_namespace: u32,
}

// One sample per field of ClassIds, in order; a sloppy-mode script, so that
// the second arguments object is the mapped kind.
const SAMPLES: &str = "[
  (function () { 'use strict'; return arguments; })(),
  (function (a) { return arguments; })(1),
  new Number(0), new String(''), new Boolean(false), Object(Symbol()), Object(0n),
  new Date(0), /x/, new Error(), new DOMException(),
  new Map(), new Set(), new WeakMap(), new WeakSet(),
  new Map().entries(), new Set().values(),
  (function* () {})(), (async function* () {})(),
  new ArrayBuffer(0),
  typeof SharedArrayBuffer === 'function' ? new SharedArrayBuffer(0) : undefined,
  new DataView(new ArrayBuffer(0)),
  async function () {}, function* () {}, async function* () {},
]";

static CLASS_IDS: OnceLock<ClassIds> = OnceLock::new();

fn class_id(value: &Value) -> u32 {
    // SAFETY: `value` is live for the call; JS_GetClassID only reads its tag
    // and, for an object, its class id.
    unsafe { qjs::JS_GetClassID(value.as_raw()) }
}

fn probe(ctx: &Ctx) -> Result<ClassIds> {
    let samples: Vec<Value> = ctx.eval(SAMPLES)?;
    let ids: Vec<u32> = samples.iter().map(class_id).collect();
    let id = |index: usize| ids.get(index).copied().unwrap_or(0);
    // A module with no imports evaluates at once; its namespace object is
    // the only way to meet that class.
    let (module, _) = Module::declare(ctx.clone(), "nodeling:internal/types-probe", "")?.eval()?;
    let namespace = module.namespace()?;
    Ok(ClassIds {
        arguments: id(0),
        mapped_arguments: id(1),
        number: id(2),
        string: id(3),
        boolean: id(4),
        symbol: id(5),
        big_int: id(6),
        date: id(7),
        regexp: id(8),
        error: id(9),
        dom_exception: id(10),
        map: id(11),
        set: id(12),
        weak_map: id(13),
        weak_set: id(14),
        map_iterator: id(15),
        set_iterator: id(16),
        generator: id(17),
        async_generator: id(18),
        array_buffer: id(19),
        shared_array_buffer: Some(id(20)).filter(|&id| id != 0),
        data_view: id(21),
        async_function: id(22),
        generator_function: id(23),
        async_generator_function: id(24),
        module_namespace: class_id(&namespace.into_value()),
    })
}

fn class_ids(ctx: &Ctx) -> Result<&'static ClassIds> {
    if let Some(ids) = CLASS_IDS.get() {
        return Ok(ids);
    }
    let ids = probe(ctx)?;
    Ok(CLASS_IDS.get_or_init(|| ids))
}

/// Whether `value`'s class is one of `classes` (0 never matches: it is the
/// id of every non-object).
fn is_class(value: &Value, classes: &[u32]) -> bool {
    let id = class_id(value);
    id != 0 && classes.contains(&id)
}

type Check = fn(&ClassIds, &Value) -> bool;

/// Node's `internalBinding('types')` predicates, by name.
const CHECKS: &[(&str, Check)] = &[
    ("isArgumentsObject", |ids, v| is_class(v, &[ids.arguments, ids.mapped_arguments])),
    ("isNumberObject", |ids, v| is_class(v, &[ids.number])),
    ("isStringObject", |ids, v| is_class(v, &[ids.string])),
    ("isBooleanObject", |ids, v| is_class(v, &[ids.boolean])),
    ("isSymbolObject", |ids, v| is_class(v, &[ids.symbol])),
    ("isBigIntObject", |ids, v| is_class(v, &[ids.big_int])),
    ("isBoxedPrimitive", |ids, v| is_class(v, &[ids.number, ids.string, ids.boolean, ids.symbol, ids.big_int])),
    ("isDate", |ids, v| is_class(v, &[ids.date])),
    ("isRegExp", |ids, v| is_class(v, &[ids.regexp])),
    // V8 makes DOMException a native error; QuickJS gives it its own class.
    ("isNativeError", |ids, v| is_class(v, &[ids.error, ids.dom_exception])),
    ("isMap", |ids, v| is_class(v, &[ids.map])),
    ("isSet", |ids, v| is_class(v, &[ids.set])),
    ("isWeakMap", |ids, v| is_class(v, &[ids.weak_map])),
    ("isWeakSet", |ids, v| is_class(v, &[ids.weak_set])),
    ("isMapIterator", |ids, v| is_class(v, &[ids.map_iterator])),
    ("isSetIterator", |ids, v| is_class(v, &[ids.set_iterator])),
    // V8 counts async generators as generator objects and async generator
    // functions as both async and generator functions.
    ("isGeneratorObject", |ids, v| is_class(v, &[ids.generator, ids.async_generator])),
    ("isGeneratorFunction", |ids, v| is_class(v, &[ids.generator_function, ids.async_generator_function])),
    ("isAsyncFunction", |ids, v| is_class(v, &[ids.async_function, ids.async_generator_function])),
    ("isArrayBuffer", |ids, v| is_class(v, &[ids.array_buffer])),
    ("isSharedArrayBuffer", |ids, v| ids.shared_array_buffer.is_some_and(|id| is_class(v, &[id]))),
    ("isAnyArrayBuffer", |ids, v| {
        is_class(v, &[ids.array_buffer]) || ids.shared_array_buffer.is_some_and(|id| is_class(v, &[id]))
    }),
    ("isDataView", |ids, v| is_class(v, &[ids.data_view])),
    ("isModuleNamespaceObject", |ids, v| is_class(v, &[ids.module_namespace])),
    // SAFETY (both): `v` is live for the call; these only read its tag and class.
    ("isPromise", |_, v| unsafe { qjs::JS_IsPromise(v.as_raw()) }),
    ("isProxy", |_, v| unsafe { qjs::JS_IsProxy(v.as_raw()) }),
];

pub fn binding<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    // Probed now, during bootstrap, before user code can replace the globals
    // the samples are made with.
    let ids = class_ids(ctx)?;
    let binding = Object::new(ctx.clone())?;
    for &(name, check) in CHECKS {
        binding.set(name, Function::new(ctx.clone(), move |value: Value<'js>| check(ids, &value))?)?;
    }
    Ok(binding)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rquickjs::{Context, Runtime};

    fn check(ctx: &Ctx, name: &str, source: &str) -> bool {
        let value: Value = ctx.eval(source).expect("sample");
        let ids = class_ids(ctx).expect("class ids");
        let (_, check) = CHECKS.iter().find(|(n, _)| *n == name).expect("known check");
        check(ids, &value)
    }

    #[test]
    fn classes_are_told_apart() {
        let runtime = Runtime::new().expect("runtime");
        let context = Context::full(&runtime).expect("context");
        context.with(|ctx| {
            assert!(check(&ctx, "isArgumentsObject", "(function () { return arguments; })()"));
            assert!(!check(&ctx, "isArgumentsObject", "[]"));
            assert!(check(&ctx, "isGeneratorObject", "(function* () {})()"));
            assert!(check(&ctx, "isGeneratorObject", "(async function* () {})()"));
            assert!(!check(&ctx, "isGeneratorObject", "({ next() {} })"));
            assert!(check(&ctx, "isAsyncFunction", "async () => {}"));
            assert!(!check(&ctx, "isAsyncFunction", "(async () => {}).bind(null)"));
            assert!(check(&ctx, "isPromise", "Promise.resolve(1)"));
            assert!(!check(&ctx, "isPromise", "Object.create(Promise.prototype)"));
            assert!(check(&ctx, "isBoxedPrimitive", "Object(1n)"));
            assert!(!check(&ctx, "isBoxedPrimitive", "1"));
            assert!(check(&ctx, "isNativeError", "new (class extends TypeError {})()"));
            assert!(!check(&ctx, "isNativeError", "Object.create(Error.prototype)"));
            assert!(check(&ctx, "isMapIterator", "new Map().keys()"));
            assert!(!check(&ctx, "isSetIterator", "new Map().keys()"));
            assert!(!check(&ctx, "isModuleNamespaceObject", "({})"));
            assert!(check(&ctx, "isProxy", "new Proxy({}, {})"));
        });
    }

    #[test]
    fn module_namespaces_are_recognised() {
        let runtime = Runtime::new().expect("runtime");
        let context = Context::full(&runtime).expect("context");
        context.with(|ctx| {
            let (module, _) = Module::declare(ctx.clone(), "sample", "export const x = 1;")
                .expect("declare")
                .eval()
                .expect("eval");
            let namespace = module.namespace().expect("namespace").into_value();
            let ids = class_ids(&ctx).expect("class ids");
            assert!(is_class(&namespace, &[ids.module_namespace]));
            assert!(!is_class(&namespace, &[ids.date]));
        });
    }
}
