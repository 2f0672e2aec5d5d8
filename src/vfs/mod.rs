//! The file system a process sees: one trait, [`FileSystem`], with two
//! implementations. [`MemoryFs`] is a POSIX-like tree held in memory (the
//! browser and edge hosts, and tests); [`DiskFs`] is the real file system,
//! natively, so `nodeling app.js` reads the directory it runs in as `node`
//! would.
//!
//! Callers hand the trait ABSOLUTE paths (the `fs` binding resolves relative
//! ones against the process's cwd). They need not be normalised: `..` after a
//! symbolic link and a trailing slash mean what they mean to the kernel.
//! Errors carry an [`Errno`] that knows libuv's code, number and wording, so
//! the binding can build Node's `uvException` from it.
//!
//! Every mutation is recorded in a bounded [`Journal`] (`fs.watch` and the
//! browser's persistence read it). `DiskFs` records only what goes through
//! it, not what other programs do to the disk.
//!
//! Not covered: devices, FIFOs and sockets (never created; `DiskFs` reports
//! them in stats and readdir), extended attributes, locks, directory handles.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::fmt;

pub mod memory;
pub use memory::{Entry, EntryData, MemoryFs, TimeSource, User};

#[cfg(not(target_arch = "wasm32"))]
pub mod disk;
#[cfg(not(target_arch = "wasm32"))]
pub use disk::DiskFs;

/// An error number, as libuv names and describes it (Linux numbering).
#[allow(clippy::upper_case_acronyms)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Errno {
    E2BIG,
    EACCES,
    EAGAIN,
    EBADF,
    EBUSY,
    ECANCELED,
    EEXIST,
    EFAULT,
    EFBIG,
    EINTR,
    EINVAL,
    EIO,
    EISDIR,
    ELOOP,
    EMFILE,
    EMLINK,
    ENAMETOOLONG,
    ENFILE,
    ENODEV,
    ENOENT,
    ENOMEM,
    ENOSPC,
    ENOSYS,
    ENOTDIR,
    ENOTEMPTY,
    ENOTSUP,
    ENXIO,
    EOVERFLOW,
    EPERM,
    EPIPE,
    EROFS,
    ESPIPE,
    ETXTBSY,
    EXDEV,
    /// Anything libuv has no name for.
    UNKNOWN,
}

/// (errno, code, libuv's description, Linux's positive errno).
const ERRNOS: &[(Errno, &str, &str, i32)] = &[
    (Errno::E2BIG, "E2BIG", "argument list too long", 7),
    (Errno::EACCES, "EACCES", "permission denied", 13),
    (Errno::EAGAIN, "EAGAIN", "resource temporarily unavailable", 11),
    (Errno::EBADF, "EBADF", "bad file descriptor", 9),
    (Errno::EBUSY, "EBUSY", "resource busy or locked", 16),
    (Errno::ECANCELED, "ECANCELED", "operation canceled", 125),
    (Errno::EEXIST, "EEXIST", "file already exists", 17),
    (Errno::EFAULT, "EFAULT", "bad address in system call argument", 14),
    (Errno::EFBIG, "EFBIG", "file too large", 27),
    (Errno::EINTR, "EINTR", "interrupted system call", 4),
    (Errno::EINVAL, "EINVAL", "invalid argument", 22),
    (Errno::EIO, "EIO", "i/o error", 5),
    (Errno::EISDIR, "EISDIR", "illegal operation on a directory", 21),
    (Errno::ELOOP, "ELOOP", "too many symbolic links encountered", 40),
    (Errno::EMFILE, "EMFILE", "too many open files", 24),
    (Errno::EMLINK, "EMLINK", "too many links", 31),
    (Errno::ENAMETOOLONG, "ENAMETOOLONG", "name too long", 36),
    (Errno::ENFILE, "ENFILE", "file table overflow", 23),
    (Errno::ENODEV, "ENODEV", "no such device", 19),
    (Errno::ENOENT, "ENOENT", "no such file or directory", 2),
    (Errno::ENOMEM, "ENOMEM", "not enough memory", 12),
    (Errno::ENOSPC, "ENOSPC", "no space left on device", 28),
    (Errno::ENOSYS, "ENOSYS", "function not implemented", 38),
    (Errno::ENOTDIR, "ENOTDIR", "not a directory", 20),
    (Errno::ENOTEMPTY, "ENOTEMPTY", "directory not empty", 39),
    (Errno::ENOTSUP, "ENOTSUP", "operation not supported on socket", 95),
    (Errno::ENXIO, "ENXIO", "no such device or address", 6),
    (Errno::EOVERFLOW, "EOVERFLOW", "value too large for defined data type", 75),
    (Errno::EPERM, "EPERM", "operation not permitted", 1),
    (Errno::EPIPE, "EPIPE", "broken pipe", 32),
    (Errno::EROFS, "EROFS", "read-only file system", 30),
    (Errno::ESPIPE, "ESPIPE", "invalid seek", 29),
    (Errno::ETXTBSY, "ETXTBSY", "text file is busy", 26),
    (Errno::EXDEV, "EXDEV", "cross-device link not permitted", 18),
];

impl Errno {
    fn row(self) -> Option<&'static (Errno, &'static str, &'static str, i32)> {
        ERRNOS.iter().find(|row| row.0 == self)
    }

    /// The code Node puts in `err.code`, e.g. `"ENOENT"`.
    pub fn code(self) -> &'static str {
        self.row().map_or("UNKNOWN", |row| row.1)
    }

    /// libuv's negative error number (Linux values), Node's `err.errno`.
    pub fn errno(self) -> i32 {
        self.row().map_or(-4094, |row| -row.3)
    }

    /// libuv's `uv_strerror` text, e.g. "no such file or directory".
    pub fn description(self) -> &'static str {
        self.row().map_or("unknown error", |row| row.2)
    }

    /// The errno for an OS error number of this (Unix) host.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_os(raw: i32) -> Errno {
        let by_host = [
            (libc::E2BIG, Errno::E2BIG),
            (libc::EACCES, Errno::EACCES),
            (libc::EAGAIN, Errno::EAGAIN),
            (libc::EBADF, Errno::EBADF),
            (libc::EBUSY, Errno::EBUSY),
            (libc::ECANCELED, Errno::ECANCELED),
            (libc::EEXIST, Errno::EEXIST),
            (libc::EFAULT, Errno::EFAULT),
            (libc::EFBIG, Errno::EFBIG),
            (libc::EINTR, Errno::EINTR),
            (libc::EINVAL, Errno::EINVAL),
            (libc::EIO, Errno::EIO),
            (libc::EISDIR, Errno::EISDIR),
            (libc::ELOOP, Errno::ELOOP),
            (libc::EMFILE, Errno::EMFILE),
            (libc::EMLINK, Errno::EMLINK),
            (libc::ENAMETOOLONG, Errno::ENAMETOOLONG),
            (libc::ENFILE, Errno::ENFILE),
            (libc::ENODEV, Errno::ENODEV),
            (libc::ENOENT, Errno::ENOENT),
            (libc::ENOMEM, Errno::ENOMEM),
            (libc::ENOSPC, Errno::ENOSPC),
            (libc::ENOSYS, Errno::ENOSYS),
            (libc::ENOTDIR, Errno::ENOTDIR),
            (libc::ENOTEMPTY, Errno::ENOTEMPTY),
            (libc::ENOTSUP, Errno::ENOTSUP),
            (libc::ENXIO, Errno::ENXIO),
            (libc::EOVERFLOW, Errno::EOVERFLOW),
            (libc::EPERM, Errno::EPERM),
            (libc::EPIPE, Errno::EPIPE),
            (libc::EROFS, Errno::EROFS),
            (libc::ESPIPE, Errno::ESPIPE),
            (libc::ETXTBSY, Errno::ETXTBSY),
            (libc::EXDEV, Errno::EXDEV),
        ];
        by_host.iter().find(|(n, _)| *n == raw).map_or(Errno::UNKNOWN, |(_, e)| *e)
    }
}

/// A failed file system operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FsError {
    pub errno: Errno,
}

impl From<Errno> for FsError {
    fn from(errno: Errno) -> Self {
        FsError { errno }
    }
}

impl fmt::Display for FsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.errno.code(), self.errno.description())
    }
}

impl std::error::Error for FsError {}

impl From<FsError> for std::io::Error {
    fn from(error: FsError) -> Self {
        std::io::Error::other(error)
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl From<std::io::Error> for FsError {
    fn from(error: std::io::Error) -> Self {
        use std::io::ErrorKind;
        if let Some(raw) = error.raw_os_error() {
            return Errno::from_os(raw).into();
        }
        // Errors std makes up itself (a NUL in a path, a short write).
        let errno = match error.kind() {
            ErrorKind::NotFound => Errno::ENOENT,
            ErrorKind::PermissionDenied => Errno::EACCES,
            ErrorKind::AlreadyExists => Errno::EEXIST,
            ErrorKind::InvalidInput | ErrorKind::InvalidData => Errno::EINVAL,
            ErrorKind::OutOfMemory => Errno::ENOMEM,
            ErrorKind::WriteZero | ErrorKind::UnexpectedEof => Errno::EIO,
            _ => Errno::UNKNOWN,
        };
        errno.into()
    }
}

pub type FsResult<T> = Result<T, FsError>;

pub const S_IFMT: u32 = 0o170000;
pub const S_IFSOCK: u32 = 0o140000;
pub const S_IFLNK: u32 = 0o120000;
pub const S_IFREG: u32 = 0o100000;
pub const S_IFBLK: u32 = 0o060000;
pub const S_IFDIR: u32 = 0o040000;
pub const S_IFCHR: u32 = 0o020000;
pub const S_IFIFO: u32 = 0o010000;
pub const S_ISUID: u32 = 0o4000;
pub const S_ISGID: u32 = 0o2000;
pub const S_ISVTX: u32 = 0o1000;

/// `access()` modes.
pub const F_OK: u32 = 0;
pub const R_OK: u32 = 4;
pub const W_OK: u32 = 2;
pub const X_OK: u32 = 1;

/// A point in time since the Unix epoch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Hash)]
pub struct Timespec {
    pub sec: i64,
    /// Always below 1e9.
    pub nsec: u32,
}

impl Timespec {
    pub fn new(sec: i64, nsec: u32) -> Self {
        Timespec { sec, nsec }
    }

    /// From milliseconds since the epoch (`Date.now()`).
    pub fn from_millis(ms: f64) -> Self {
        let sec = (ms / 1000.0).floor();
        let nsec = ((ms - sec * 1000.0) * 1e6).round().clamp(0.0, 999_999_999.0);
        Timespec { sec: sec as i64, nsec: nsec as u32 }
    }

    /// The wall clock of this machine (native only: `SystemTime` panics on
    /// wasm32-unknown-unknown, where the host must give a time source).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn now() -> Self {
        match std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
            Ok(d) => Timespec { sec: d.as_secs() as i64, nsec: d.subsec_nanos() },
            Err(e) => {
                let d = e.duration();
                let back = Timespec { sec: -(d.as_secs() as i64), nsec: 0 };
                if d.subsec_nanos() == 0 {
                    back
                } else {
                    Timespec { sec: back.sec - 1, nsec: 1_000_000_000 - d.subsec_nanos() }
                }
            }
        }
    }
}

/// How `utimes` sets one of the two times (utimensat's UTIME_NOW/UTIME_OMIT).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetTime {
    At(Timespec),
    Now,
    Omit,
}

/// What kind of thing a directory entry or inode is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FileType {
    File,
    Directory,
    Symlink,
    Fifo,
    Socket,
    CharDevice,
    BlockDevice,
    Unknown,
}

impl FileType {
    pub fn from_mode(mode: u32) -> FileType {
        match mode & S_IFMT {
            S_IFREG => FileType::File,
            S_IFDIR => FileType::Directory,
            S_IFLNK => FileType::Symlink,
            S_IFIFO => FileType::Fifo,
            S_IFSOCK => FileType::Socket,
            S_IFCHR => FileType::CharDevice,
            S_IFBLK => FileType::BlockDevice,
            _ => FileType::Unknown,
        }
    }

    /// libuv's `uv_dirent_type_t`, which `fs.readdir({ withFileTypes })` reads.
    pub fn dirent_type(self) -> u32 {
        match self {
            FileType::Unknown => 0,
            FileType::File => 1,
            FileType::Directory => 2,
            FileType::Symlink => 3,
            FileType::Fifo => 4,
            FileType::Socket => 5,
            FileType::CharDevice => 6,
            FileType::BlockDevice => 7,
        }
    }
}

/// `struct stat`, as Node's `fs.Stats` reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Stats {
    pub dev: u64,
    /// File type bits (`S_IFREG`, ...) and permission bits.
    pub mode: u32,
    pub nlink: u64,
    pub uid: u32,
    pub gid: u32,
    pub rdev: u64,
    pub blksize: u64,
    pub ino: u64,
    pub size: u64,
    /// 512-byte blocks allocated.
    pub blocks: u64,
    pub atime: Timespec,
    pub mtime: Timespec,
    pub ctime: Timespec,
    pub birthtime: Timespec,
}

impl Stats {
    pub fn file_type(&self) -> FileType {
        FileType::from_mode(self.mode)
    }

    pub fn is_file(&self) -> bool {
        self.file_type() == FileType::File
    }

    pub fn is_dir(&self) -> bool {
        self.file_type() == FileType::Directory
    }

    pub fn is_symlink(&self) -> bool {
        self.file_type() == FileType::Symlink
    }
}

/// One name in a directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirEntry {
    pub name: String,
    pub kind: FileType,
}

/// `open()` flags, with Linux's numbers (what Node's `fs.constants` holds on
/// Linux and what the `fs` binding receives).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct OpenFlags(pub u32);

impl OpenFlags {
    pub const O_RDONLY: u32 = 0;
    pub const O_WRONLY: u32 = 1;
    pub const O_RDWR: u32 = 2;
    pub const O_ACCMODE: u32 = 3;
    pub const O_CREAT: u32 = 0o100;
    pub const O_EXCL: u32 = 0o200;
    pub const O_NOCTTY: u32 = 0o400;
    pub const O_TRUNC: u32 = 0o1000;
    pub const O_APPEND: u32 = 0o2000;
    pub const O_NONBLOCK: u32 = 0o4000;
    pub const O_DSYNC: u32 = 0o10000;
    pub const O_DIRECT: u32 = 0o40000;
    pub const O_DIRECTORY: u32 = 0o200000;
    pub const O_NOFOLLOW: u32 = 0o400000;
    pub const O_NOATIME: u32 = 0o1000000;
    pub const O_SYNC: u32 = 0o4010000;

    pub const READ: OpenFlags = OpenFlags(Self::O_RDONLY);
    /// `'w'`: write, create, truncate.
    pub const WRITE: OpenFlags = OpenFlags(Self::O_WRONLY | Self::O_CREAT | Self::O_TRUNC);

    fn has(self, bit: u32) -> bool {
        self.0 & bit == bit
    }

    pub fn readable(self) -> bool {
        matches!(self.0 & Self::O_ACCMODE, Self::O_RDONLY | Self::O_RDWR)
    }

    pub fn writable(self) -> bool {
        matches!(self.0 & Self::O_ACCMODE, Self::O_WRONLY | Self::O_RDWR)
    }

    pub fn create(self) -> bool {
        self.has(Self::O_CREAT)
    }

    pub fn exclusive(self) -> bool {
        self.has(Self::O_EXCL)
    }

    pub fn truncate(self) -> bool {
        self.has(Self::O_TRUNC)
    }

    pub fn append(self) -> bool {
        self.has(Self::O_APPEND)
    }

    pub fn directory(self) -> bool {
        self.has(Self::O_DIRECTORY)
    }

    pub fn nofollow(self) -> bool {
        self.has(Self::O_NOFOLLOW)
    }
}

/// An open file description. It keeps working after its name is unlinked,
/// as on POSIX. Positions are the caller's business (the fd table keeps
/// them): every read and write says where.
pub trait OpenFile {
    /// Reads into `buf` from `offset`; 0 at end of file.
    fn read_at(&self, buf: &mut [u8], offset: u64) -> FsResult<usize>;
    /// Writes `data` at `offset`. A file opened with O_APPEND writes at its
    /// end whatever `offset` says, as Linux's `pwrite` does.
    fn write_at(&self, data: &[u8], offset: u64) -> FsResult<usize>;
    fn stat(&self) -> FsResult<Stats>;
    fn truncate(&self, len: u64) -> FsResult<()>;
    fn sync(&self) -> FsResult<()>;
    fn chmod(&self, mode: u32) -> FsResult<()>;
    fn chown(&self, uid: Option<u32>, gid: Option<u32>) -> FsResult<()>;
    fn utimes(&self, atime: SetTime, mtime: SetTime) -> FsResult<()>;

    /// Everything from `offset` to the end of the file.
    fn read_to_end(&self, offset: u64) -> FsResult<Vec<u8>> {
        let size = self.stat()?.size;
        // One byte more than the size finds the end without growing the
        // buffer; files like /proc/* report size 0 and still have contents.
        let mut data = vec![0; (size.saturating_sub(offset) + 1).max(8192) as usize];
        let mut filled = 0;
        loop {
            if filled == data.len() {
                data.resize(data.len() * 2, 0);
            }
            let n = self.read_at(&mut data[filled..], offset + filled as u64)?;
            if n == 0 {
                break;
            }
            filled += n;
        }
        data.truncate(filled);
        Ok(data)
    }

    /// Calls `f` with the whole contents, borrowed where the file system can
    /// lend them (MemoryFs), so a caller that copies anyway (into a JS
    /// string) saves a copy.
    fn with_contents(&self, f: &mut dyn FnMut(&[u8])) -> FsResult<()> {
        let data = self.read_to_end(0)?;
        f(&data);
        Ok(())
    }
}

/// A file system over absolute paths. Methods take `&self`: implementations
/// keep their state behind interior mutability, as a process and its host
/// share one.
pub trait FileSystem {
    /// Follows symbolic links.
    fn stat(&self, path: &str) -> FsResult<Stats>;
    /// Does not follow a symbolic link in the last component.
    fn lstat(&self, path: &str) -> FsResult<Stats>;
    /// `mode` is used when O_CREAT creates the file (before the umask).
    fn open(&self, path: &str, flags: OpenFlags, mode: u32) -> FsResult<Box<dyn OpenFile>>;
    fn mkdir(&self, path: &str, mode: u32) -> FsResult<()>;
    fn rmdir(&self, path: &str) -> FsResult<()>;
    fn unlink(&self, path: &str) -> FsResult<()>;
    fn rename(&self, from: &str, to: &str) -> FsResult<()>;
    /// A hard link `new` to `existing` (not following a symlink `existing`).
    fn link(&self, existing: &str, new: &str) -> FsResult<()>;
    /// A symbolic link at `path` whose text is `target`.
    fn symlink(&self, target: &str, path: &str) -> FsResult<()>;
    fn readlink(&self, path: &str) -> FsResult<String>;
    /// The canonical absolute path, every symbolic link resolved.
    fn realpath(&self, path: &str) -> FsResult<String>;
    /// Names (without `.` and `..`) sorted by bytes, as libuv's scandir.
    fn readdir(&self, path: &str) -> FsResult<Vec<DirEntry>>;
    /// `mode`: F_OK or any of R_OK | W_OK | X_OK.
    fn access(&self, path: &str, mode: u32) -> FsResult<()>;
    fn chmod(&self, path: &str, mode: u32) -> FsResult<()>;
    /// `None` leaves that id unchanged (chown's -1).
    fn chown(&self, path: &str, uid: Option<u32>, gid: Option<u32>) -> FsResult<()>;
    fn lchown(&self, path: &str, uid: Option<u32>, gid: Option<u32>) -> FsResult<()>;
    fn utimes(&self, path: &str, atime: SetTime, mtime: SetTime) -> FsResult<()>;
    fn lutimes(&self, path: &str, atime: SetTime, mtime: SetTime) -> FsResult<()>;
    fn truncate(&self, path: &str, len: u64) -> FsResult<()>;
    /// Copies contents and mode; `exclusive` fails with EEXIST if `dst`
    /// exists. Copying a file onto itself does nothing, as libuv.
    fn copy_file(&self, src: &str, dst: &str, exclusive: bool) -> FsResult<()>;
    /// The cursor that [`FileSystem::changes_since`] reads from next.
    fn watch_cursor(&self) -> u64;
    fn changes_since(&self, cursor: u64) -> Changes;

    /// The whole file (following symbolic links).
    fn read_file(&self, path: &str) -> FsResult<Vec<u8>> {
        self.open(path, OpenFlags::READ, 0)?.read_to_end(0)
    }

    /// Opens with `flags` (O_CREAT with `mode`), then writes all of `data`
    /// at the start, or at the end with O_APPEND.
    fn write_file(&self, path: &str, data: &[u8], flags: OpenFlags, mode: u32) -> FsResult<()> {
        let file = self.open(path, flags, mode)?;
        write_all_at(file.as_ref(), data, 0)
    }
}

/// Writes all of `data` at `offset` (short writes continue).
pub fn write_all_at(file: &dyn OpenFile, data: &[u8], offset: u64) -> FsResult<()> {
    let mut done = 0;
    while done < data.len() {
        let n = file.write_at(&data[done..], offset + done as u64)?;
        if n == 0 {
            return Err(Errno::EIO.into());
        }
        done += n;
    }
    Ok(())
}

/// What happened to a path: Node's `fs.watch` event types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    /// Created, removed, or renamed (each of the two paths of a rename).
    Rename,
    /// Contents or metadata changed.
    Change,
}

impl ChangeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeKind::Rename => "rename",
            ChangeKind::Change => "change",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub seq: u64,
    /// Absolute and lexically normalised.
    pub path: String,
    pub kind: ChangeKind,
}

/// The answer of [`FileSystem::changes_since`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Changes {
    pub changes: Vec<Change>,
    pub next_cursor: u64,
    /// Changes after the cursor were dropped from the bounded journal: a
    /// reader must rescan what it watches.
    pub lost: bool,
}

/// How many changes a journal keeps.
pub const JOURNAL_CAPACITY: usize = 4096;

/// A bounded log of mutations. A change to the same path with the same
/// kind as the latest entry replaces it (a write stream's chunks make one
/// entry, with the newest sequence number), so a reader's cursor never
/// skips a change it has not seen.
pub struct Journal {
    inner: RefCell<JournalInner>,
}

struct JournalInner {
    entries: VecDeque<Change>,
    next_seq: u64,
    /// Highest sequence number evicted for lack of room; 0: none.
    evicted: u64,
    capacity: usize,
}

impl Default for Journal {
    fn default() -> Self {
        Journal::new(JOURNAL_CAPACITY)
    }
}

impl Journal {
    pub fn new(capacity: usize) -> Self {
        let inner = JournalInner { entries: VecDeque::new(), next_seq: 1, evicted: 0, capacity: capacity.max(1) };
        Journal { inner: RefCell::new(inner) }
    }

    pub fn record(&self, path: &str, kind: ChangeKind) {
        let path = normalize(path);
        let mut inner = self.inner.borrow_mut();
        let seq = inner.next_seq;
        inner.next_seq += 1;
        if inner.entries.back().is_some_and(|last| last.path == path && last.kind == kind) {
            inner.entries.pop_back();
        }
        if inner.entries.len() == inner.capacity {
            if let Some(old) = inner.entries.pop_front() {
                inner.evicted = old.seq;
            }
        }
        inner.entries.push_back(Change { seq, path, kind });
    }

    pub fn cursor(&self) -> u64 {
        self.inner.borrow().next_seq
    }

    pub fn since(&self, cursor: u64) -> Changes {
        let inner = self.inner.borrow();
        let changes = inner.entries.iter().filter(|c| c.seq >= cursor).cloned().collect();
        Changes { changes, next_cursor: inner.next_seq, lost: cursor <= inner.evicted }
    }
}

/// Resolves `.` and `..` and repeated slashes in an absolute path
/// lexically; `..` never climbs above the root.
pub fn normalize(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    format!("/{}", parts.join("/"))
}

/// The longest path and file name Linux accepts (PATH_MAX, NAME_MAX).
pub const PATH_MAX: usize = 4096;
pub const NAME_MAX: usize = 255;

/// `mkdir -p`, as Node's MKDirpSync: makes `given` and its missing parents,
/// each looked up through `resolve` (relative paths against a cwd), and
/// returns the first directory made in the form `given` names it, or `None`
/// if all existed. A file in the way is EEXIST at the end, ENOTDIR above it.
pub fn mkdirp(fs: &dyn FileSystem, given: &str, mode: u32, resolve: impl Fn(&str) -> String) -> FsResult<Option<String>> {
    let trimmed = given.trim_end_matches('/');
    let mut pending = vec![if trimmed.is_empty() { given.to_string() } else { trimmed.to_string() }];
    let mut first = None;
    while let Some(current) = pending.last().cloned() {
        match fs.mkdir(&resolve(&current), mode) {
            Ok(()) => {
                first.get_or_insert(current);
                pending.pop();
            }
            Err(e) if e.errno == Errno::ENOENT => {
                let parent = match current.rfind('/') {
                    Some(0) => "/".to_string(),
                    Some(i) => current[..i].to_string(),
                    None => ".".to_string(),
                };
                if parent == current || pending.len() > 4096 {
                    return Err(e);
                }
                pending.push(parent);
            }
            Err(e) if e.errno == Errno::EEXIST => {
                if !fs.stat(&resolve(&current)).is_ok_and(|s| s.is_dir()) {
                    return Err(if pending.len() == 1 { e } else { Errno::ENOTDIR.into() });
                }
                pending.pop();
            }
            Err(e) => return Err(e),
        }
    }
    Ok(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_stays_under_root() {
        assert_eq!(normalize("/a/./b/../c//d"), "/a/c/d");
        assert_eq!(normalize("/../../etc"), "/etc");
        assert_eq!(normalize("/"), "/");
        assert_eq!(normalize("/a/b/"), "/a/b");
    }

    #[test]
    fn errno_speaks_libuv() {
        assert_eq!(Errno::ENOENT.code(), "ENOENT");
        assert_eq!(Errno::ENOENT.errno(), -2);
        assert_eq!(Errno::ENOTEMPTY.errno(), -39);
        assert_eq!(Errno::ELOOP.description(), "too many symbolic links encountered");
        assert_eq!(Errno::EISDIR.description(), "illegal operation on a directory");
        assert_eq!(Errno::UNKNOWN.errno(), -4094);
        assert_eq!(Errno::UNKNOWN.code(), "UNKNOWN");
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn io_errors_map_through_the_os_number() {
        let error = std::io::Error::from_raw_os_error(libc::ENOTEMPTY);
        assert_eq!(FsError::from(error).errno, Errno::ENOTEMPTY);
        assert_eq!(Errno::from_os(libc::EXDEV), Errno::EXDEV);
        assert_eq!(Errno::from_os(99999), Errno::UNKNOWN);
    }

    #[test]
    fn open_flags_read_linux_numbers() {
        let w = OpenFlags::WRITE;
        assert!(w.writable() && !w.readable() && w.create() && w.truncate());
        let rw = OpenFlags(OpenFlags::O_RDWR | OpenFlags::O_APPEND);
        assert!(rw.readable() && rw.writable() && rw.append() && !rw.create());
        assert!(OpenFlags::READ.readable() && !OpenFlags::READ.writable());
    }

    #[test]
    fn timespec_from_millis_splits_seconds() {
        assert_eq!(Timespec::from_millis(1500.0), Timespec::new(1, 500_000_000));
        assert_eq!(Timespec::from_millis(-1.0), Timespec::new(-1, 999_000_000));
    }

    #[test]
    fn journal_replaces_repeats_and_reports_loss() {
        let journal = Journal::new(3);
        let start = journal.cursor();
        journal.record("/a", ChangeKind::Rename);
        journal.record("/a", ChangeKind::Change);
        let mid = journal.cursor();
        journal.record("/a/", ChangeKind::Change);
        let seen = journal.since(start);
        assert_eq!(seen.changes.len(), 2, "the second change to /a replaced the first");
        assert_eq!(seen.changes[1].path, "/a");
        assert!(!seen.lost);
        // A reader that had seen the first change still sees the latest.
        assert_eq!(journal.since(mid).changes.len(), 1);
        assert_eq!(journal.since(journal.cursor()).changes.len(), 0);
        for name in ["/b", "/c", "/d"] {
            journal.record(name, ChangeKind::Rename);
        }
        let late = journal.since(start);
        assert!(late.lost);
        assert_eq!(late.changes.iter().map(|c| c.path.as_str()).collect::<Vec<_>>(), ["/b", "/c", "/d"]);
        assert!(!journal.since(late.changes[0].seq).lost);
    }
}
