// How a module's source becomes a function, shared by the runtime
// (src/node/mod.rs) and by build.rs, which compiles the built-ins to
// bytecode: both must wrap the same way or line numbers would drift.

/// The parameters every built-in module's function takes. `process` is the
/// process object itself, as in Node's internal wrapper, so the internals
/// keep working when a program replaces `globalThis.process`.
pub const BUILTIN_PARAMS: &[&str] = &["exports", "require", "module", "internalBinding", "process"];

/// The first line number QuickJS gives the wrapped source: the wrapper
/// takes lines -1 and 0 (QuickJS reads 0 as "start at 1"), so the body's
/// lines and columns are the file's own.
pub const FIRST_LINE: i32 = -1;

/// Wraps `source` as the body of a function expression taking `params`.
/// A `#!` first line is a comment to Node, so it becomes one here.
pub fn wrap(source: &str, params: &[&str]) -> String {
    let body = match source.strip_prefix("#!") {
        Some(rest) => format!("//{rest}"),
        None => source.to_string(),
    };
    format!("(function ({}) {{\n\n{body}\n}})", params.join(", "))
}

