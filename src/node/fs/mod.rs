//! Natives of `fs` (`internalBinding('fs')`): synchronous calls on the
//! process's [`FileSystem`], a per-process table of file descriptors, and
//! errors built as Node's `uvException`. The contract with the JavaScript
//! side is the table in `src/node/README.md`; the callback and promise forms
//! of `fs` do the work through these and deliver results through
//! `loop.queueCompletion`.
//!
//! Paths arrive as strings as the user gave them; relative ones are joined to
//! the process's cwd ([`Shared::cwd`]) and handed to the file system without
//! lexical normalisation, so `..` after a symbolic link means what the kernel
//! says. Errors name the path as given.
//!
//! Not covered here: streams, watchers and `Dir` handles (built in JS on top
//! of these), `statfs`, `readv`/`writev` (JS loops over `read`/`write`).

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::ptr::NonNull;
use std::rc::Rc;

use rquickjs::function::{FromParam, Opt, ParamRequirement, ParamsAccessor};
use rquickjs::{qjs, Array, Ctx, Exception, FromJs, Function, Object, Result, TypedArray, Value};

use crate::engine::Shared;
use crate::vfs::{
    write_all_at, DirEntry, Errno, FileSystem, FsError, FsResult, OpenFile, OpenFlags, SetTime, Stats, Timespec, F_OK,
    S_IFIFO, X_OK,
};

/// An optional argument: left out, `undefined` and `null` are all `None`.
struct Arg<T>(Option<T>);

impl<'js, T: FromJs<'js>> FromParam<'js> for Arg<T> {
    fn param_requirement() -> ParamRequirement {
        ParamRequirement::optional()
    }

    fn from_param<'a>(params: &mut ParamsAccessor<'a, 'js>) -> Result<Self> {
        if params.is_empty() {
            return Ok(Arg(None));
        }
        let ctx = params.ctx().clone();
        let value = params.arg();
        if value.is_undefined() || value.is_null() {
            return Ok(Arg(None));
        }
        T::from_js(&ctx, value).map(|v| Arg(Some(v)))
    }
}

impl<T> Arg<T> {
    fn or(self, default: T) -> T {
        self.0.unwrap_or(default)
    }

    fn map_or<U>(self, default: U, f: impl FnOnce(T) -> U) -> U {
        self.0.map_or(default, f)
    }
}

/// How many descriptors a process may hold open (Linux's usual hard limit,
/// which Node raises its soft limit to).
const MAX_FDS: usize = 1 << 20;

/// What a descriptor refers to.
pub enum FdFile {
    Stdin,
    Stdout,
    Stderr,
    File(Box<dyn OpenFile>),
}

/// One open file description: the file, the position reads and writes
/// without an explicit one use, and whether it appends.
pub struct Fd {
    pub file: FdFile,
    pub position: Cell<u64>,
    pub append: bool,
}

/// The descriptors of one process. 0, 1 and 2 are the host's stdin (always
/// at end of file), stdout and stderr; files get the lowest free number from
/// 3 up.
pub struct FdTable {
    entries: RefCell<BTreeMap<i32, Rc<Fd>>>,
}

impl Default for FdTable {
    fn default() -> Self {
        Self::new()
    }
}

impl FdTable {
    pub fn new() -> Self {
        let stdio = |file| Rc::new(Fd { file, position: Cell::new(0), append: false });
        let entries = BTreeMap::from([(0, stdio(FdFile::Stdin)), (1, stdio(FdFile::Stdout)), (2, stdio(FdFile::Stderr))]);
        FdTable { entries: RefCell::new(entries) }
    }

    pub fn get(&self, fd: i32) -> FsResult<Rc<Fd>> {
        self.entries.borrow().get(&fd).cloned().ok_or_else(|| Errno::EBADF.into())
    }

    pub fn insert(&self, fd: Fd) -> FsResult<i32> {
        let mut entries = self.entries.borrow_mut();
        if entries.len() >= MAX_FDS {
            return Err(Errno::EMFILE.into());
        }
        let mut number = 3;
        for &taken in entries.range(3..).map(|(n, _)| n) {
            if taken != number {
                break;
            }
            number += 1;
        }
        entries.insert(number, Rc::new(fd));
        Ok(number)
    }

    pub fn close(&self, fd: i32) -> FsResult<()> {
        self.entries.borrow_mut().remove(&fd).map(drop).ok_or_else(|| Errno::EBADF.into())
    }

    /// Closes every descriptor (the process ended).
    pub fn close_all(&self) {
        let entries = std::mem::take(&mut *self.entries.borrow_mut());
        drop(entries);
    }

    pub fn len(&self) -> usize {
        self.entries.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.borrow().is_empty()
    }
}

/// `path` made absolute against the process's cwd; "" stays "" (ENOENT).
pub fn resolve(shared: &Shared, path: &str) -> String {
    if path.is_empty() || path.starts_with('/') {
        return path.to_string();
    }
    let cwd = shared.cwd.borrow();
    if cwd.ends_with('/') {
        format!("{cwd}{path}")
    } else {
        format!("{cwd}/{path}")
    }
}

/// Throws Node's `uvException`: message `CODE: description, syscall 'path'
/// -> 'dest'`, with `errno`, `code`, `syscall`, `path` and `dest` set.
pub fn throw_uv(ctx: &Ctx, error: FsError, syscall: &str, path: Option<&str>, dest: Option<&str>) -> rquickjs::Error {
    let errno = error.errno;
    let mut message = format!("{}: {}, {syscall}", errno.code(), errno.description());
    // An empty path or dest is still named (`open ''`), as Node's C++
    // UVException does for every fs call.
    if let Some(path) = path {
        message.push_str(&format!(" '{path}'"));
    }
    if let Some(dest) = dest {
        message.push_str(&format!(" -> '{dest}'"));
    }
    let build = || -> Result<Value> {
        let exception = Exception::from_message(ctx.clone(), "")?;
        let object = exception.as_object();
        // As `new Error(message)`: `message` is not enumerable.
        let text = rquickjs::String::from_str(ctx.clone(), &message)?;
        // SAFETY: both values are live in this context; the define takes
        // ownership of the duplicated string and reports failure as -1.
        let defined = unsafe {
            let raw = ctx.as_raw().as_ptr();
            let flags = (qjs::JS_PROP_WRITABLE | qjs::JS_PROP_CONFIGURABLE) as i32;
            qjs::JS_DefinePropertyValueStr(raw, object.as_raw(), c"message".as_ptr(), qjs::JS_DupValue(raw, text.as_raw()), flags)
        };
        if defined < 0 {
            return Err(rquickjs::Error::Exception);
        }
        object.set("errno", errno.errno())?;
        object.set("code", errno.code())?;
        object.set("syscall", syscall)?;
        if let Some(path) = path {
            object.set("path", path)?;
        }
        if let Some(dest) = dest {
            object.set("dest", dest)?;
        }
        Ok(exception.into_value())
    };
    match build() {
        Ok(value) => ctx.throw(value),
        Err(error) => error,
    }
}

/// Turns an [`FsResult`] into a JS result, throwing Node's error.
trait OrThrow<T> {
    fn or_throw(self, ctx: &Ctx, syscall: &str, path: Option<&str>) -> Result<T>;
    fn or_throw2(self, ctx: &Ctx, syscall: &str, path: &str, dest: &str) -> Result<T>;
}

impl<T> OrThrow<T> for FsResult<T> {
    fn or_throw(self, ctx: &Ctx, syscall: &str, path: Option<&str>) -> Result<T> {
        self.map_err(|error| throw_uv(ctx, error, syscall, path, None))
    }

    fn or_throw2(self, ctx: &Ctx, syscall: &str, path: &str, dest: &str) -> Result<T> {
        self.map_err(|error| throw_uv(ctx, error, syscall, Some(path), Some(dest)))
    }
}

/// The 18 numbers of Node's stat array (`Float64Array`).
fn stat_array<'js>(ctx: &Ctx<'js>, stats: &Stats) -> Result<Value<'js>> {
    let time = |t: Timespec| [t.sec as f64, t.nsec as f64];
    let mut values = vec![
        stats.dev as f64,
        stats.mode as f64,
        stats.nlink as f64,
        stats.uid as f64,
        stats.gid as f64,
        stats.rdev as f64,
        stats.blksize as f64,
        stats.ino as f64,
        stats.size as f64,
        stats.blocks as f64,
    ];
    for t in [stats.atime, stats.mtime, stats.ctime, stats.birthtime] {
        values.extend(time(t));
    }
    Ok(TypedArray::<f64>::new(ctx.clone(), values)?.into_value())
}

/// NODE-DIFF: stdin, stdout and stderr are the host's streams, not files:
/// fstat describes them as a pipe owned by the pod's user.
fn stdio_stats() -> Stats {
    Stats { mode: S_IFIFO | 0o600, nlink: 1, uid: 1000, gid: 1000, blksize: 4096, ..Stats::default() }
}

/// Seconds as JS gives them to `utimes`, as libuv's `uv__fs_to_timespec`:
/// microsecond precision, Infinity for now, NaN to leave alone.
fn set_time(seconds: f64) -> SetTime {
    if seconds.is_nan() {
        return SetTime::Omit;
    }
    if seconds.is_infinite() {
        return SetTime::Now;
    }
    let mut sec = seconds.trunc() as i64;
    let mut nsec = ((seconds - sec as f64) * 1e9) as i64;
    nsec -= nsec % 1000;
    if nsec < 0 {
        nsec += 1_000_000_000;
        sec -= 1;
    }
    SetTime::At(Timespec::new(sec, nsec as u32))
}

/// A uid or gid where -1 means "leave it".
fn owner_id(id: f64) -> Option<u32> {
    (id >= 0.0).then_some(id as u32)
}

/// An explicit file position: a non-negative number or bigint. Anything
/// else (-1, null, undefined) means the descriptor's own position.
fn explicit_position(value: &Value) -> Result<Option<u64>> {
    if let Some(number) = value.as_number() {
        return Ok((number >= 0.0).then_some(number as u64));
    }
    if let Some(big) = value.as_big_int() {
        let n = big.clone().to_i64()?;
        return Ok((n >= 0).then_some(n as u64));
    }
    Ok(None)
}

/// Where the bytes of a typed array (of any element type), DataView or
/// ArrayBuffer live. The pointer is good until JavaScript runs again.
fn view_bytes<'js>(ctx: &Ctx<'js>, value: &Value<'js>) -> Result<NonNull<[u8]>> {
    let not_a_buffer = || rquickjs::Error::new_from_js(value.type_name(), "ArrayBufferView");
    let object = value.as_object().ok_or_else(not_a_buffer)?;
    if let Some(buffer) = object.as_array_buffer() {
        return buffer.as_raw().ok_or_else(not_a_buffer);
    }
    let raw = value.as_raw();
    // SAFETY: `raw` belongs to a live value of this context; the type query
    // only reads its class.
    if unsafe { qjs::JS_GetTypedArrayType(raw) } >= 0 {
        let (mut offset, mut length, mut per_element) = (0, 0, 0);
        // SAFETY: as above; JS_GetTypedArrayBuffer writes the three sizes
        // and returns a new reference to the buffer, which `Value` owns.
        let buffer = unsafe {
            let buffer = qjs::JS_GetTypedArrayBuffer(ctx.as_raw().as_ptr(), raw, &mut offset, &mut length, &mut per_element);
            if qjs::JS_IsException(buffer) {
                return Err(rquickjs::Error::Exception);
            }
            Value::from_raw(ctx.clone(), buffer)
        };
        return slice_of(&buffer, offset as usize, length as usize).ok_or_else(not_a_buffer);
    }
    // SAFETY: as above.
    if unsafe { qjs::JS_IsDataView(raw) } {
        let buffer: Value = object.get("buffer")?;
        let offset: f64 = object.get("byteOffset")?;
        let length: f64 = object.get("byteLength")?;
        return slice_of(&buffer, offset as usize, length as usize).ok_or_else(not_a_buffer);
    }
    Err(not_a_buffer())
}

fn slice_of(buffer: &Value, offset: usize, length: usize) -> Option<NonNull<[u8]>> {
    let whole = buffer.as_object()?.as_array_buffer()?.as_raw()?;
    if offset.checked_add(length)? > whole.len() {
        return None;
    }
    // SAFETY: offset + length lies within the buffer, checked above.
    let start = unsafe { whole.cast::<u8>().add(offset) };
    Some(NonNull::slice_from_raw_parts(start, length))
}

/// `offset`/`length` into a view of `total` bytes, or a RangeError.
fn window(ctx: &Ctx, total: usize, offset: f64, length: f64) -> Result<(usize, usize)> {
    let valid = offset >= 0.0 && length >= 0.0 && offset + length <= total as f64;
    if !valid {
        return Err(Exception::throw_range(ctx, "offset and length must lie within the buffer"));
    }
    Ok((offset as usize, length as usize))
}

/// Data to write: a string (as UTF-8) or the bytes of a buffer. A buffer is
/// borrowed, not copied: `f` runs before any JavaScript can.
fn with_data<'js, R>(ctx: &Ctx<'js>, data: &Value<'js>, f: impl FnOnce(&[u8]) -> R) -> Result<R> {
    if let Some(text) = data.as_string() {
        return Ok(f(crate::node::utf8_of(text)?.as_bytes()));
    }
    let bytes = view_bytes(ctx, data)?;
    // SAFETY: the bytes stay put while `f` runs: it reaches only the file
    // system and the host's output, never JavaScript.
    Ok(f(unsafe { bytes.as_ref() }))
}

/// Everything `fs` needs from the process, shared by the natives.
struct Binding {
    shared: Rc<Shared>,
    /// State of the generator behind `mkdtemp`'s names.
    random: Cell<u64>,
}

impl Binding {
    fn fs(&self) -> &dyn FileSystem {
        self.shared.fs.as_ref()
    }

    fn path(&self, path: &str) -> String {
        resolve(&self.shared, path)
    }

    /// xorshift64*: names need only differ, `mkdtemp` retries on EEXIST.
    fn random_suffix(&self) -> String {
        const CHARS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        let mut state = self.random.get();
        let mut suffix = String::with_capacity(6);
        for _ in 0..6 {
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            let n = state.wrapping_mul(0x2545_f491_4f6c_dd1d);
            suffix.push(CHARS[(n >> 58) as usize % CHARS.len()] as char);
        }
        self.random.set(state);
        suffix
    }

    fn read(&self, fd: &Fd, buf: &mut [u8], position: Option<u64>) -> FsResult<usize> {
        let FdFile::File(file) = &fd.file else {
            return match fd.file {
                FdFile::Stdin => Ok(0),
                _ => Err(Errno::EBADF.into()),
            };
        };
        let at = position.unwrap_or(fd.position.get());
        let n = file.read_at(buf, at)?;
        if position.is_none() {
            fd.position.set(at + n as u64);
        }
        Ok(n)
    }

    fn write(&self, fd: &Fd, data: &[u8], position: Option<u64>) -> FsResult<usize> {
        let file = match &fd.file {
            FdFile::File(file) => file,
            FdFile::Stdout => {
                self.shared.host.write_stdout(data);
                return Ok(data.len());
            }
            FdFile::Stderr => {
                self.shared.host.write_stderr(data);
                return Ok(data.len());
            }
            FdFile::Stdin => return Err(Errno::EBADF.into()),
        };
        let at = position.unwrap_or(fd.position.get());
        let n = file.write_at(data, at)?;
        if fd.append {
            // Appending writes leave the position at the new end.
            fd.position.set(file.stat()?.size);
        } else if position.is_none() {
            fd.position.set(at + n as u64);
        }
        Ok(n)
    }

    /// What is left of `fd` from its position, which moves to the end.
    fn read_rest(&self, fd: &Fd) -> FsResult<Vec<u8>> {
        let FdFile::File(file) = &fd.file else {
            return match fd.file {
                FdFile::Stdin => Ok(Vec::new()),
                _ => Err(Errno::EBADF.into()),
            };
        };
        let data = file.read_to_end(fd.position.get())?;
        fd.position.set(fd.position.get() + data.len() as u64);
        Ok(data)
    }

    fn file_of(&self, fd: i32) -> FsResult<Rc<Fd>> {
        self.shared.fds.get(fd)
    }

    /// The open file behind a descriptor, for calls stdio cannot answer
    /// (EINVAL, as for a pipe).
    fn with_file<T>(&self, fd: i32, f: impl FnOnce(&dyn OpenFile) -> FsResult<T>) -> FsResult<T> {
        let entry = self.file_of(fd)?;
        match &entry.file {
            FdFile::File(file) => f(file.as_ref()),
            _ => Err(Errno::EINVAL.into()),
        }
    }

    /// `mkdir -p`, as Node's MKDirpSync (see [`crate::vfs::mkdirp`]).
    fn mkdirp(&self, given: &str, mode: u32) -> FsResult<Option<String>> {
        crate::vfs::mkdirp(self.fs(), given, mode, |p| self.path(p))
    }
}

pub fn binding<'js>(ctx: &Ctx<'js>, shared: &Rc<Shared>) -> Result<Object<'js>> {
    let seed = (shared.clock.now_ms().to_bits() ^ ((shared.options.pid as u64) << 32)) | 1;
    let b = Rc::new(Binding { shared: shared.clone(), random: Cell::new(seed) });
    let binding = Object::new(ctx.clone())?;

    let s = b.clone();
    binding.set(
        "stat",
        Function::new(
            ctx.clone(),
            move |ctx: Ctx<'js>, path: String, follow: Arg<bool>, throw_if_no_entry: Arg<bool>| -> Result<Value<'js>> {
                let follow = follow.or(true);
                let resolved = s.path(&path);
                let result = if follow { s.fs().stat(&resolved) } else { s.fs().lstat(&resolved) };
                match result {
                    Ok(stats) => stat_array(&ctx, &stats),
                    Err(e) if !throw_if_no_entry.or(true) && matches!(e.errno, Errno::ENOENT | Errno::ENOTDIR) => {
                        Ok(Value::new_undefined(ctx))
                    }
                    Err(e) => Err(throw_uv(&ctx, e, if follow { "stat" } else { "lstat" }, Some(&path), None)),
                }
            },
        )?,
    )?;
    let s = b.clone();
    binding.set(
        "fstat",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>, fd: i32| -> Result<Value<'js>> {
            let entry = s.file_of(fd).or_throw(&ctx, "fstat", None)?;
            let stats = match &entry.file {
                FdFile::File(file) => file.stat().or_throw(&ctx, "fstat", None)?,
                _ => stdio_stats(),
            };
            stat_array(&ctx, &stats)
        })?,
    )?;
    let s = b.clone();
    binding.set(
        "open",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>, path: String, flags: f64, mode: Arg<f64>| -> Result<i32> {
            let flags = OpenFlags(flags as u32);
            let mode = mode.or(0o666 as f64) as u32;
            let file = s.fs().open(&s.path(&path), flags, mode).or_throw(&ctx, "open", Some(&path))?;
            let fd = Fd { file: FdFile::File(file), position: Cell::new(0), append: flags.append() };
            s.shared.fds.insert(fd).or_throw(&ctx, "open", Some(&path))
        })?,
    )?;
    let s = b.clone();
    binding.set(
        "close",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>, fd: i32| -> Result<()> {
            s.shared.fds.close(fd).or_throw(&ctx, "close", None)
        })?,
    )?;
    let s = b.clone();
    binding.set(
        "read",
        Function::new(
            ctx.clone(),
            move |ctx: Ctx<'js>, fd: i32, buffer: Value<'js>, offset: f64, length: f64, position: Opt<Value<'js>>| -> Result<f64> {
                let position = match &position.0 {
                    Some(value) => explicit_position(value)?,
                    None => None,
                };
                let entry = s.file_of(fd).or_throw(&ctx, "read", None)?;
                let mut bytes = view_bytes(&ctx, &buffer)?;
                let (start, len) = window(&ctx, bytes.len(), offset, length)?;
                // SAFETY: the window lies within the view (checked), and no
                // JavaScript runs while the file system fills it.
                let target = unsafe { &mut bytes.as_mut()[start..start + len] };
                let n = s.read(&entry, target, position).or_throw(&ctx, "read", None)?;
                Ok(n as f64)
            },
        )?,
    )?;
    let s = b.clone();
    binding.set(
        "write",
        Function::new(
            ctx.clone(),
            move |ctx: Ctx<'js>, fd: i32, data: Value<'js>, offset: Arg<f64>, length: Arg<f64>, position: Opt<Value<'js>>| -> Result<f64> {
                let position = match &position.0 {
                    Some(value) => explicit_position(value)?,
                    None => None,
                };
                let entry = s.file_of(fd).or_throw(&ctx, "write", None)?;
                let written = with_data(&ctx, &data, |bytes| {
                    let offset = offset.or(0.0);
                    let length = length.or(bytes.len() as f64 - offset);
                    window(&ctx, bytes.len(), offset, length)
                        .map(|(start, len)| s.write(&entry, &bytes[start..start + len], position))
                })??;
                Ok(written.or_throw(&ctx, "write", None)? as f64)
            },
        )?,
    )?;
    let s = b.clone();
    binding.set(
        "readFile",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>, target: Value<'js>, flags: Arg<f64>| -> Result<Value<'js>> {
            let data = if let Some(fd) = target.as_number() {
                let entry = s.file_of(fd as i32).or_throw(&ctx, "read", None)?;
                s.read_rest(&entry).or_throw(&ctx, "read", None)?
            } else {
                let path: String = target.get()?;
                let flags = OpenFlags(flags.or(0.0) as u32);
                let file = s.fs().open(&s.path(&path), flags, 0o666).or_throw(&ctx, "open", Some(&path))?;
                file.read_to_end(0).or_throw(&ctx, "read", None)?
            };
            // The Vec becomes the ArrayBuffer's memory: no copy.
            Ok(TypedArray::<u8>::new(ctx.clone(), data)?.into_value())
        })?,
    )?;
    let s = b.clone();
    binding.set(
        "readFileUtf8",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>, target: Value<'js>, flags: Arg<f64>| -> Result<Value<'js>> {
            let text = |bytes: &[u8]| rquickjs::String::from_str(ctx.clone(), &String::from_utf8_lossy(bytes));
            if let Some(fd) = target.as_number() {
                let entry = s.file_of(fd as i32).or_throw(&ctx, "read", None)?;
                let data = s.read_rest(&entry).or_throw(&ctx, "read", None)?;
                return Ok(text(&data)?.into_value());
            }
            let path: String = target.get()?;
            let flags = OpenFlags(flags.or(0.0) as u32);
            let file = s.fs().open(&s.path(&path), flags, 0o666).or_throw(&ctx, "open", Some(&path))?;
            let mut result = None;
            file.with_contents(&mut |bytes| result = Some(text(bytes))).or_throw(&ctx, "read", None)?;
            match result {
                Some(string) => Ok(string?.into_value()),
                None => Ok(rquickjs::String::from_str(ctx.clone(), "")?.into_value()),
            }
        })?,
    )?;
    let s = b.clone();
    binding.set(
        "writeFile",
        Function::new(
            ctx.clone(),
            move |ctx: Ctx<'js>, target: Value<'js>, data: Value<'js>, flags: Arg<f64>, mode: Arg<f64>| -> Result<()> {
                if let Some(fd) = target.as_number() {
                    let entry = s.file_of(fd as i32).or_throw(&ctx, "write", None)?;
                    let result = with_data(&ctx, &data, |bytes| {
                        let mut done = 0;
                        while done < bytes.len() {
                            match s.write(&entry, &bytes[done..], None) {
                                Ok(0) => return Err(Errno::EIO.into()),
                                Ok(n) => done += n,
                                Err(e) => return Err(e),
                            }
                        }
                        Ok(())
                    })?;
                    return result.or_throw(&ctx, "write", None);
                }
                let path: String = target.get()?;
                let flags = OpenFlags(flags.map_or(OpenFlags::WRITE.0, |f| f as u32));
                let mode = mode.or(0o666 as f64) as u32;
                let file = s.fs().open(&s.path(&path), flags, mode).or_throw(&ctx, "open", Some(&path))?;
                with_data(&ctx, &data, |bytes| write_all_at(file.as_ref(), bytes, 0))?.or_throw(&ctx, "write", None)
            },
        )?,
    )?;
    let s = b.clone();
    binding.set(
        "mkdir",
        Function::new(
            ctx.clone(),
            move |ctx: Ctx<'js>, path: String, mode: Arg<f64>, recursive: Arg<bool>| -> Result<Value<'js>> {
                let mode = mode.or(0o777 as f64) as u32;
                if recursive.or(false) {
                    let first = s.mkdirp(&path, mode).or_throw(&ctx, "mkdir", Some(&path))?;
                    return match first {
                        Some(first) => Ok(rquickjs::String::from_str(ctx.clone(), &first)?.into_value()),
                        None => Ok(Value::new_undefined(ctx.clone())),
                    };
                }
                s.fs().mkdir(&s.path(&path), mode).or_throw(&ctx, "mkdir", Some(&path))?;
                Ok(Value::new_undefined(ctx.clone()))
            },
        )?,
    )?;
    let s = b.clone();
    binding.set(
        "rmdir",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>, path: String| -> Result<()> {
            s.fs().rmdir(&s.path(&path)).or_throw(&ctx, "rmdir", Some(&path))
        })?,
    )?;
    let s = b.clone();
    binding.set(
        "unlink",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>, path: String| -> Result<()> {
            s.fs().unlink(&s.path(&path)).or_throw(&ctx, "unlink", Some(&path))
        })?,
    )?;
    let s = b.clone();
    binding.set(
        "rename",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>, from: String, to: String| -> Result<()> {
            s.fs().rename(&s.path(&from), &s.path(&to)).or_throw2(&ctx, "rename", &from, &to)
        })?,
    )?;
    let s = b.clone();
    binding.set(
        "link",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>, existing: String, new: String| -> Result<()> {
            s.fs().link(&s.path(&existing), &s.path(&new)).or_throw2(&ctx, "link", &existing, &new)
        })?,
    )?;
    let s = b.clone();
    binding.set(
        "symlink",
        // The type argument only matters on Windows.
        Function::new(ctx.clone(), move |ctx: Ctx<'js>, target: String, path: String, _kind: Opt<Value<'js>>| -> Result<()> {
            s.fs().symlink(&target, &s.path(&path)).or_throw2(&ctx, "symlink", &target, &path)
        })?,
    )?;
    let s = b.clone();
    binding.set(
        "readlink",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>, path: String| -> Result<String> {
            s.fs().readlink(&s.path(&path)).or_throw(&ctx, "readlink", Some(&path))
        })?,
    )?;
    let s = b.clone();
    binding.set(
        "realpath",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>, path: String| -> Result<String> {
            s.fs().realpath(&s.path(&path)).or_throw(&ctx, "realpath", Some(&path))
        })?,
    )?;
    let s = b.clone();
    binding.set(
        "readdir",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>, path: String, with_types: Arg<bool>| -> Result<Value<'js>> {
            let entries: Vec<DirEntry> = s.fs().readdir(&s.path(&path)).or_throw(&ctx, "scandir", Some(&path))?;
            let names = Array::new(ctx.clone())?;
            let types = Array::new(ctx.clone())?;
            for (i, entry) in entries.iter().enumerate() {
                names.set(i, entry.name.as_str())?;
                types.set(i, entry.kind.dirent_type())?;
            }
            if !with_types.or(false) {
                return Ok(names.into_value());
            }
            let pair = Array::new(ctx.clone())?;
            pair.set(0, names)?;
            pair.set(1, types)?;
            Ok(pair.into_value())
        })?,
    )?;
    let s = b.clone();
    binding.set(
        "access",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>, path: String, mode: Arg<f64>| -> Result<()> {
            let mode = mode.or(F_OK as f64) as u32;
            s.fs().access(&s.path(&path), mode).or_throw(&ctx, "access", Some(&path))
        })?,
    )?;
    let s = b.clone();
    binding.set(
        "exists",
        Function::new(ctx.clone(), move |path: String| s.fs().access(&s.path(&path), F_OK).is_ok())?,
    )?;
    let s = b.clone();
    binding.set(
        "chmod",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>, path: String, mode: f64| -> Result<()> {
            s.fs().chmod(&s.path(&path), mode as u32).or_throw(&ctx, "chmod", Some(&path))
        })?,
    )?;
    let s = b.clone();
    binding.set(
        "fchmod",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>, fd: i32, mode: f64| -> Result<()> {
            s.with_file(fd, |file| file.chmod(mode as u32)).or_throw(&ctx, "fchmod", None)
        })?,
    )?;
    let s = b.clone();
    binding.set(
        "chown",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>, path: String, uid: f64, gid: f64| -> Result<()> {
            s.fs().chown(&s.path(&path), owner_id(uid), owner_id(gid)).or_throw(&ctx, "chown", Some(&path))
        })?,
    )?;
    let s = b.clone();
    binding.set(
        "lchown",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>, path: String, uid: f64, gid: f64| -> Result<()> {
            s.fs().lchown(&s.path(&path), owner_id(uid), owner_id(gid)).or_throw(&ctx, "lchown", Some(&path))
        })?,
    )?;
    let s = b.clone();
    binding.set(
        "fchown",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>, fd: i32, uid: f64, gid: f64| -> Result<()> {
            s.with_file(fd, |file| file.chown(owner_id(uid), owner_id(gid))).or_throw(&ctx, "fchown", None)
        })?,
    )?;
    let s = b.clone();
    binding.set(
        "utimes",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>, path: String, atime: f64, mtime: f64| -> Result<()> {
            s.fs().utimes(&s.path(&path), set_time(atime), set_time(mtime)).or_throw(&ctx, "utime", Some(&path))
        })?,
    )?;
    let s = b.clone();
    binding.set(
        "lutimes",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>, path: String, atime: f64, mtime: f64| -> Result<()> {
            s.fs().lutimes(&s.path(&path), set_time(atime), set_time(mtime)).or_throw(&ctx, "lutime", Some(&path))
        })?,
    )?;
    let s = b.clone();
    binding.set(
        "futimes",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>, fd: i32, atime: f64, mtime: f64| -> Result<()> {
            s.with_file(fd, |file| file.utimes(set_time(atime), set_time(mtime))).or_throw(&ctx, "futime", None)
        })?,
    )?;
    let s = b.clone();
    binding.set(
        "ftruncate",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>, fd: i32, len: Arg<f64>| -> Result<()> {
            let len = len.or(0.0).max(0.0) as u64;
            s.with_file(fd, |file| file.truncate(len)).or_throw(&ctx, "ftruncate", None)
        })?,
    )?;
    for (name, syscall) in [("fsync", "fsync"), ("fdatasync", "fdatasync")] {
        let s = b.clone();
        binding.set(
            name,
            Function::new(ctx.clone(), move |ctx: Ctx<'js>, fd: i32| -> Result<()> {
                s.with_file(fd, |file| file.sync()).or_throw(&ctx, syscall, None)
            })?,
        )?;
    }
    let s = b.clone();
    binding.set(
        "copyFile",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>, src: String, dst: String, mode: Arg<f64>| -> Result<()> {
            const COPYFILE_EXCL: u32 = 1;
            const COPYFILE_FICLONE_FORCE: u32 = 4;
            let mode = mode.or(0.0) as u32;
            let result = if mode & COPYFILE_FICLONE_FORCE != 0 {
                // No copy-on-write clones here, as on a file system without them.
                Err(Errno::ENOSYS.into())
            } else {
                s.fs().copy_file(&s.path(&src), &s.path(&dst), mode & COPYFILE_EXCL != 0)
            };
            result.or_throw2(&ctx, "copyfile", &src, &dst)
        })?,
    )?;
    let s = b.clone();
    binding.set(
        "mkdtemp",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>, prefix: String| -> Result<String> {
            let mut last = Errno::EEXIST.into();
            for _ in 0..100 {
                let candidate = format!("{prefix}{}", s.random_suffix());
                match s.fs().mkdir(&s.path(&candidate), 0o700) {
                    Ok(()) => return Ok(candidate),
                    Err(e) if e.errno == Errno::EEXIST => last = e,
                    Err(e) => {
                        last = e;
                        break;
                    }
                }
            }
            Err(throw_uv(&ctx, last, "mkdtemp", Some(&format!("{prefix}XXXXXX")), None))
        })?,
    )?;
    let s = b.clone();
    binding.set("watchCursor", Function::new(ctx.clone(), move || s.fs().watch_cursor() as f64)?)?;
    let s = b.clone();
    binding.set(
        "changesSince",
        Function::new(ctx.clone(), move |ctx: Ctx<'js>, cursor: f64| -> Result<Array<'js>> {
            let changes = s.fs().changes_since(cursor as u64);
            let paths = Array::new(ctx.clone())?;
            let kinds = Array::new(ctx.clone())?;
            for (i, change) in changes.changes.iter().enumerate() {
                paths.set(i, change.path.as_str())?;
                kinds.set(i, change.kind.as_str())?;
            }
            let result = Array::new(ctx.clone())?;
            result.set(0, changes.next_cursor as f64)?;
            result.set(1, paths)?;
            result.set(2, kinds)?;
            // Beyond the contract's three: whether changes were lost.
            result.set(3, changes.lost)?;
            Ok(result)
        })?,
    )?;
    Ok(binding)
}

/// `process.chdir(directory)`: the new cwd is the directory's real path, as
/// `getcwd` would report it. Errors are Node's: `chdir 'old' -> 'directory'`.
pub fn chdir(ctx: &Ctx, shared: &Shared, directory: &str) -> Result<()> {
    let old = shared.cwd.borrow().clone();
    let target = resolve(shared, directory);
    let fs = shared.fs.as_ref();
    let result = fs.stat(&target).and_then(|stats| {
        if !stats.is_dir() {
            return Err(Errno::ENOTDIR.into());
        }
        fs.access(&target, X_OK)?;
        fs.realpath(&target)
    });
    let real = result.map_err(|e| throw_uv(ctx, e, "chdir", Some(&old), Some(directory)))?;
    *shared.cwd.borrow_mut() = real;
    Ok(())
}

#[cfg(test)]
mod tests;
