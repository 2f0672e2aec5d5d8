//! [`MemoryFs`]: a POSIX-like file system in memory, for the browser and edge
//! hosts and for tests. A tree of inodes (files, directories, symbolic
//! links) with inode numbers, link counts, owners, modes (umask 0o022),
//! the four times from a clock the host gives (never `SystemTime`, which
//! panics on wasm32-unknown-unknown), permission checks for the user the
//! file system acts as (uid 0 bypasses them, as root does), and path
//! resolution as Linux's: symbolic links followed with ELOOP after 40, `..`
//! taken after links, ENOTDIR through a file, a trailing slash asking for a
//! directory.
//!
//! File data lives in one `Vec<u8>` per inode: a read copies once into the
//! caller's buffer, [`OpenFile::with_contents`] lends it without a copy.
//!
//! Not covered: devices, FIFOs and sockets, hard-link counts beyond `u64`,
//! supplementary groups, setgid directories, quotas, a size limit other
//! than [`MAX_FILE_SIZE`].

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::rc::Rc;

use super::{
    normalize, ChangeKind, Changes, DirEntry, Errno, FileSystem, FileType, FsResult, Journal, OpenFile,
    OpenFlags, SetTime, Stats, Timespec, NAME_MAX, PATH_MAX, R_OK, S_IFDIR, S_IFLNK, S_IFMT, S_IFREG, S_ISGID,
    S_ISUID, S_ISVTX, W_OK, X_OK,
};

/// Where a [`MemoryFs`] reads the time of day from.
pub type TimeSource = Rc<dyn Fn() -> Timespec>;

/// The user a [`MemoryFs`] acts as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct User {
    pub uid: u32,
    pub gid: u32,
}

impl User {
    pub const ROOT: User = User { uid: 0, gid: 0 };
    /// What `process.getuid()` answers in a pod.
    pub const DEFAULT: User = User { uid: 1000, gid: 1000 };
}

/// Files larger than this fail with EFBIG: a wasm32 address space is 4 GiB.
pub const MAX_FILE_SIZE: u64 = 1 << 31;

/// The device number every MemoryFs inode reports.
const DEV: u64 = 0x4e4c; // "NL"
const BLOCK: u64 = 4096;
const MAX_SYMLINK_HOPS: u32 = 40;

#[derive(Debug, Clone, Copy)]
struct Meta {
    mode: u32,
    uid: u32,
    gid: u32,
    nlink: u64,
    atime: Timespec,
    mtime: Timespec,
    ctime: Timespec,
    birthtime: Timespec,
}

enum Body {
    File(Vec<u8>),
    Dir(BTreeMap<String, Rc<Inode>>),
    Symlink(String),
}

struct Inode {
    ino: u64,
    meta: Cell<Meta>,
    body: RefCell<Body>,
}

impl Inode {
    fn meta(&self) -> Meta {
        self.meta.get()
    }

    fn update(&self, f: impl FnOnce(&mut Meta)) {
        let mut meta = self.meta.get();
        f(&mut meta);
        self.meta.set(meta);
    }

    fn kind(&self) -> FileType {
        FileType::from_mode(self.meta().mode)
    }

    fn is_dir(&self) -> bool {
        self.kind() == FileType::Directory
    }

    fn is_symlink(&self) -> bool {
        self.kind() == FileType::Symlink
    }

    fn child(&self, name: &str) -> Option<Rc<Inode>> {
        match &*self.body.borrow() {
            Body::Dir(entries) => entries.get(name).cloned(),
            _ => None,
        }
    }

    fn is_empty_dir(&self) -> bool {
        matches!(&*self.body.borrow(), Body::Dir(entries) if entries.is_empty())
    }

    fn link_target(&self) -> Option<String> {
        match &*self.body.borrow() {
            Body::Symlink(target) => Some(target.clone()),
            _ => None,
        }
    }

    fn size(&self) -> u64 {
        match &*self.body.borrow() {
            Body::File(data) => data.len() as u64,
            Body::Dir(_) => BLOCK,
            Body::Symlink(target) => target.len() as u64,
        }
    }

    fn stats(&self) -> Stats {
        let meta = self.meta();
        let size = self.size();
        let blocks = match self.kind() {
            // ext4 keeps targets shorter than 60 bytes in the inode itself.
            FileType::Symlink if size < 60 => 0,
            _ => size.div_ceil(BLOCK) * (BLOCK / 512),
        };
        Stats {
            dev: DEV,
            mode: meta.mode,
            nlink: meta.nlink,
            uid: meta.uid,
            gid: meta.gid,
            rdev: 0,
            blksize: BLOCK,
            ino: self.ino,
            size,
            blocks,
            atime: meta.atime,
            mtime: meta.mtime,
            ctime: meta.ctime,
            birthtime: meta.birthtime,
        }
    }
}

/// Where a path led: the directories walked from the root to the parent of
/// the last component, and that component.
struct Walk {
    /// `(name, directory)`, the root first with an empty name.
    dirs: Vec<(String, Rc<Inode>)>,
    /// The last component; `None` when the path ends at a directory by
    /// itself (`/`, `.`, `..`): then `node` is the last of `dirs`.
    name: Option<String>,
    node: Option<Rc<Inode>>,
    /// The last component was a symbolic link that a trailing slash made us
    /// follow (rmdir, unlink and rename refuse those).
    via_link: bool,
    trailing_slash: bool,
}

impl Walk {
    fn parent(&self) -> &Rc<Inode> {
        &self.dirs[self.dirs.len() - 1].1
    }
}

struct Inner {
    root: Rc<Inode>,
    now: TimeSource,
    user: Cell<User>,
    umask: Cell<u32>,
    next_ino: Cell<u64>,
    journal: Journal,
}

/// A file system held in memory. Cheap to share: clones see the same tree.
#[derive(Clone)]
pub struct MemoryFs {
    inner: Rc<Inner>,
}

/// One inode of an exported subtree, for a host to mirror, persist and
/// restore ([`MemoryFs::export`], [`MemoryFs::import`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Absolute.
    pub path: String,
    /// Permission bits (0o7777), without the file type.
    pub mode: u32,
    pub uid: u32,
    pub gid: u32,
    pub atime: Timespec,
    pub mtime: Timespec,
    pub ctime: Timespec,
    pub birthtime: Timespec,
    pub data: EntryData,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EntryData {
    File(Vec<u8>),
    Directory,
    Symlink(String),
}

impl MemoryFs {
    /// An empty file system (just `/`, mode 0o755, owned by
    /// [`User::DEFAULT`], who the file system acts as).
    pub fn new(now: TimeSource) -> Self {
        Self::with_user(now, User::DEFAULT)
    }

    /// An empty file system whose root belongs to `user`, acting as `user`.
    pub fn with_user(now: TimeSource, user: User) -> Self {
        let time = now();
        let meta = Meta {
            mode: S_IFDIR | 0o755,
            uid: user.uid,
            gid: user.gid,
            nlink: 2,
            atime: time,
            mtime: time,
            ctime: time,
            birthtime: time,
        };
        let root = Rc::new(Inode { ino: 1, meta: Cell::new(meta), body: RefCell::new(Body::Dir(BTreeMap::new())) });
        let inner = Inner {
            root,
            now,
            user: Cell::new(user),
            umask: Cell::new(0o022),
            next_ino: Cell::new(2),
            journal: Journal::default(),
        };
        MemoryFs { inner: Rc::new(inner) }
    }

    /// Makes the directories programs expect on a Linux box: `/tmp`, sticky
    /// and writable by all (`os.tmpdir()`), and the pod user's home
    /// `/home/user` (`os.homedir()`, see src/node/os/os.js). A pod host
    /// calls it at boot, so `fs.mkdtempSync(path.join(os.tmpdir(), 'x-'))`
    /// works as under Node.
    pub fn make_standard_dirs(&self) -> FsResult<()> {
        self.mkdir_all("/tmp")?;
        self.chmod("/tmp", 0o1777)?;
        self.mkdir_all("/home/user")
    }

    /// Who operations act as from now on.
    pub fn set_user(&self, user: User) {
        self.inner.user.set(user);
    }

    pub fn user(&self) -> User {
        self.inner.user.get()
    }

    /// The mask taken from the modes of new files and directories.
    pub fn set_umask(&self, umask: u32) {
        self.inner.umask.set(umask & 0o777);
    }

    pub fn umask(&self) -> u32 {
        self.inner.umask.get()
    }

    /// Host side: writes a whole file, making missing parent directories,
    /// whatever the permissions say (the host owns the pod's files). Keeps
    /// the mode of a file that exists.
    pub fn put_file(&self, path: &str, data: impl Into<Vec<u8>>) -> FsResult<()> {
        let data = data.into();
        let inner = &self.inner;
        let saved = inner.user.replace(User::ROOT);
        let result = (|| {
            inner.mkdir_all_as(&parent_path(path), 0o777, saved)?;
            let w = inner.walk(path, true)?;
            let name = w.name.clone().ok_or(Errno::EISDIR)?;
            match &w.node {
                Some(node) => {
                    let mut body = node.body.borrow_mut();
                    let Body::File(contents) = &mut *body else { return Err(Errno::EISDIR.into()) };
                    *contents = data;
                    drop(body);
                    let now = inner.now();
                    node.update(|m| {
                        m.mtime = now;
                        m.ctime = now;
                    });
                    inner.journal.record(path, ChangeKind::Change);
                }
                None => {
                    let node = inner.new_inode(S_IFREG | (0o666 & !inner.umask.get()), saved, Body::File(data));
                    inner.insert(w.parent(), name, node, path);
                }
            }
            Ok(())
        })();
        inner.user.set(saved);
        result
    }

    /// Host side: makes a directory and its missing parents.
    pub fn mkdir_all(&self, path: &str) -> FsResult<()> {
        let saved = self.inner.user.replace(User::ROOT);
        let result = self.inner.mkdir_all_as(path, 0o777, saved);
        self.inner.user.set(saved);
        result
    }

    /// The subtree at `path` (not following a final symbolic link), parents
    /// before children, children sorted by name. Hard links to one file are
    /// exported once per name.
    pub fn export(&self, path: &str) -> FsResult<Vec<Entry>> {
        let w = self.inner.walk(path, false)?;
        let node = w.node.ok_or(Errno::ENOENT)?;
        let mut out = Vec::new();
        export_into(&normalize(path), &node, &mut out);
        Ok(out)
    }

    /// Recreates entries (as [`MemoryFs::export`] gives them), making
    /// missing parents and replacing what is in the way: a file's contents,
    /// a directory's metadata (its other children stay), anything of
    /// another kind. Modes, owners and all four times are restored exactly.
    /// Permissions are not checked. Records changes in the journal; a host
    /// that restores from its own storage takes [`FileSystem::watch_cursor`]
    /// afterwards to skip them.
    pub fn import(&self, entries: impl IntoIterator<Item = Entry>) -> FsResult<()> {
        let inner = &self.inner;
        let saved = inner.user.replace(User::ROOT);
        let result = entries.into_iter().try_for_each(|entry| inner.import_one(entry, saved));
        inner.user.set(saved);
        result
    }

    /// Copies a real directory tree into this file system at `at` (native
    /// only), for running conformance scripts over a MemoryFs. Keeps modes
    /// and modification times; owners become the file system's user.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn load_dir(&self, host_dir: &std::path::Path, at: &str) -> std::io::Result<()> {
        use std::os::unix::fs::MetadataExt;
        let mut entries = Vec::new();
        let mut pending = vec![(host_dir.to_path_buf(), normalize(at))];
        let user = self.user();
        while let Some((dir, path)) = pending.pop() {
            let meta = std::fs::symlink_metadata(&dir)?;
            let time = |sec: i64, nsec: i64| Timespec::new(sec, nsec as u32);
            let mut entry = Entry {
                path: path.clone(),
                mode: meta.mode() & 0o7777,
                uid: user.uid,
                gid: user.gid,
                atime: time(meta.atime(), meta.atime_nsec()),
                mtime: time(meta.mtime(), meta.mtime_nsec()),
                ctime: time(meta.ctime(), meta.ctime_nsec()),
                birthtime: time(meta.mtime(), meta.mtime_nsec()),
                data: EntryData::Directory,
            };
            if meta.file_type().is_symlink() {
                entry.data = EntryData::Symlink(std::fs::read_link(&dir)?.to_string_lossy().into_owned());
            } else if meta.is_dir() {
                let mut children: Vec<_> = std::fs::read_dir(&dir)?.collect::<Result<_, _>>()?;
                children.sort_by_key(|c| std::cmp::Reverse(c.file_name()));
                for child in children {
                    let name = child.file_name().to_string_lossy().into_owned();
                    pending.push((child.path(), format!("{}/{name}", path.trim_end_matches('/'))));
                }
            } else if meta.is_file() {
                entry.data = EntryData::File(std::fs::read(&dir)?);
            } else {
                continue;
            }
            entries.push(entry);
        }
        Ok(self.import(entries)?)
    }

    fn open_file(&self, path: &str, flags: OpenFlags, mode: u32) -> FsResult<MemFile> {
        let inner = &self.inner;
        // O_CREAT|O_EXCL never follows a final link: it must not exist at all.
        let exclusive = flags.create() && flags.exclusive();
        let w = inner.walk(path, !exclusive && !flags.nofollow())?;
        let node = match w.node {
            Some(node) => {
                if exclusive {
                    return Err(Errno::EEXIST.into());
                }
                if node.is_symlink() {
                    return Err(Errno::ELOOP.into());
                }
                if flags.directory() && !node.is_dir() {
                    return Err(Errno::ENOTDIR.into());
                }
                if node.is_dir() && (flags.writable() || flags.create()) {
                    return Err(Errno::EISDIR.into());
                }
                let want = if flags.readable() { R_OK } else { 0 } | if flags.writable() { W_OK } else { 0 };
                inner.check(&node, want)?;
                if flags.truncate() && flags.writable() {
                    if let Body::File(data) = &mut *node.body.borrow_mut() {
                        data.clear();
                        data.shrink_to_fit();
                    }
                    let now = inner.now();
                    node.update(|m| {
                        m.mtime = now;
                        m.ctime = now;
                    });
                    inner.journal.record(path, ChangeKind::Change);
                }
                node
            }
            None => {
                if !flags.create() {
                    return Err(Errno::ENOENT.into());
                }
                if w.trailing_slash || flags.directory() {
                    return Err(Errno::EISDIR.into());
                }
                let name = w.name.clone().ok_or(Errno::EISDIR)?;
                inner.check(w.parent(), W_OK)?;
                let node =
                    inner.new_inode(S_IFREG | (mode & 0o7777 & !inner.umask.get()), inner.user.get(), Body::File(Vec::new()));
                inner.insert(w.parent(), name, node.clone(), path);
                node
            }
        };
        Ok(MemFile {
            fs: inner.clone(),
            node,
            readable: flags.readable(),
            writable: flags.writable(),
            append: flags.append(),
            path: normalize(path),
        })
    }
}

fn parent_path(path: &str) -> String {
    let normal = normalize(path);
    match normal.rfind('/') {
        Some(0) | None => "/".into(),
        Some(i) => normal[..i].to_string(),
    }
}

fn export_into(path: &str, node: &Rc<Inode>, out: &mut Vec<Entry>) {
    let meta = node.meta();
    let data = match &*node.body.borrow() {
        Body::File(data) => EntryData::File(data.clone()),
        Body::Dir(_) => EntryData::Directory,
        Body::Symlink(target) => EntryData::Symlink(target.clone()),
    };
    out.push(Entry {
        path: path.to_string(),
        mode: meta.mode & 0o7777,
        uid: meta.uid,
        gid: meta.gid,
        atime: meta.atime,
        mtime: meta.mtime,
        ctime: meta.ctime,
        birthtime: meta.birthtime,
        data,
    });
    let children: Vec<(String, Rc<Inode>)> = match &*node.body.borrow() {
        Body::Dir(entries) => entries.iter().map(|(name, child)| (name.clone(), child.clone())).collect(),
        _ => Vec::new(),
    };
    for (name, child) in children {
        let child_path = if path == "/" { format!("/{name}") } else { format!("{path}/{name}") };
        export_into(&child_path, &child, out);
    }
}

impl Inner {
    fn now(&self) -> Timespec {
        (self.now)()
    }

    fn new_inode(&self, mode: u32, owner: User, body: Body) -> Rc<Inode> {
        let ino = self.next_ino.get();
        self.next_ino.set(ino + 1);
        let now = self.now();
        let nlink = if mode & S_IFMT == S_IFDIR { 2 } else { 1 };
        let meta = Meta { mode, uid: owner.uid, gid: owner.gid, nlink, atime: now, mtime: now, ctime: now, birthtime: now };
        Rc::new(Inode { ino, meta: Cell::new(meta), body: RefCell::new(body) })
    }

    /// Links `node` into `parent` as `name` (which must be free) and records it.
    fn insert(&self, parent: &Rc<Inode>, name: String, node: Rc<Inode>, path: &str) {
        let is_dir = node.is_dir();
        if let Body::Dir(entries) = &mut *parent.body.borrow_mut() {
            entries.insert(name, node);
        }
        let now = self.now();
        parent.update(|m| {
            m.mtime = now;
            m.ctime = now;
            if is_dir {
                m.nlink += 1;
            }
        });
        self.journal.record(path, ChangeKind::Rename);
    }

    /// Unlinks `name` from `parent` and returns what it was.
    fn remove(&self, parent: &Rc<Inode>, name: &str) -> Option<Rc<Inode>> {
        let removed = match &mut *parent.body.borrow_mut() {
            Body::Dir(entries) => entries.remove(name),
            _ => None,
        }?;
        let now = self.now();
        let is_dir = removed.is_dir();
        parent.update(|m| {
            m.mtime = now;
            m.ctime = now;
            if is_dir {
                m.nlink -= 1;
            }
        });
        removed.update(|m| {
            m.nlink = if is_dir { 0 } else { m.nlink.saturating_sub(1) };
            m.ctime = now;
        });
        Some(removed)
    }

    /// Whether the current user may `want` (R_OK | W_OK | X_OK) on `node`.
    fn permits(&self, node: &Inode, want: u32) -> bool {
        let user = self.user.get();
        let meta = node.meta();
        if user.uid == 0 {
            // Root reads and writes anything, and executes what anyone may
            // execute (any directory).
            return want & X_OK == 0 || node.is_dir() || meta.mode & 0o111 != 0;
        }
        let bits = if user.uid == meta.uid {
            (meta.mode >> 6) & 7
        } else if user.gid == meta.gid {
            (meta.mode >> 3) & 7
        } else {
            meta.mode & 7
        };
        bits & want == want
    }

    fn check(&self, node: &Inode, want: u32) -> FsResult<()> {
        if self.permits(node, want) {
            Ok(())
        } else {
            Err(Errno::EACCES.into())
        }
    }

    /// The owner (or root) may change metadata; others get EPERM.
    fn check_owner(&self, node: &Inode) -> FsResult<()> {
        let user = self.user.get();
        if user.uid == 0 || user.uid == node.meta().uid {
            Ok(())
        } else {
            Err(Errno::EPERM.into())
        }
    }

    /// To remove or replace `child` from `parent`: write access to the
    /// parent and, in a sticky directory (/tmp), owning one of the two.
    fn check_removal(&self, parent: &Inode, child: &Inode) -> FsResult<()> {
        self.check(parent, W_OK | X_OK)?;
        let user = self.user.get();
        let sticky = parent.meta().mode & S_ISVTX != 0;
        if sticky && user.uid != 0 && user.uid != parent.meta().uid && user.uid != child.meta().uid {
            return Err(Errno::EPERM.into());
        }
        Ok(())
    }

    /// Path resolution (Linux's namei): `follow_last` says whether a final
    /// symbolic link is followed; a trailing slash always follows it.
    fn walk(&self, path: &str, follow_last: bool) -> FsResult<Walk> {
        if path.is_empty() {
            return Err(Errno::ENOENT.into());
        }
        if !path.starts_with('/') {
            return Err(Errno::EINVAL.into());
        }
        if path.len() >= PATH_MAX {
            return Err(Errno::ENAMETOOLONG.into());
        }
        let trailing_slash = path.len() > 1 && path.ends_with('/');
        // Components still to walk, the next one last.
        let mut pending: Vec<String> = path.split('/').filter(|c| !c.is_empty()).rev().map(String::from).collect();
        let mut dirs: Vec<(String, Rc<Inode>)> = vec![(String::new(), self.root.clone())];
        let mut hops = 0;
        let mut via_link = false;
        while let Some(component) = pending.pop() {
            match component.as_str() {
                "." => continue,
                ".." => {
                    if dirs.len() > 1 {
                        dirs.pop();
                    }
                    continue;
                }
                _ => {}
            }
            if component.len() > NAME_MAX {
                return Err(Errno::ENAMETOOLONG.into());
            }
            let dir = dirs[dirs.len() - 1].1.clone();
            self.check(&dir, X_OK)?;
            let is_last = pending.is_empty();
            let Some(child) = dir.child(&component) else {
                if is_last {
                    return Ok(Walk { dirs, name: Some(component), node: None, via_link, trailing_slash });
                }
                return Err(Errno::ENOENT.into());
            };
            if child.is_symlink() && (!is_last || follow_last || trailing_slash) {
                hops += 1;
                if hops > MAX_SYMLINK_HOPS {
                    return Err(Errno::ELOOP.into());
                }
                let target = child.link_target().unwrap_or_default();
                if target.is_empty() {
                    return Err(Errno::ENOENT.into());
                }
                if target.starts_with('/') {
                    dirs.truncate(1);
                }
                pending.extend(target.split('/').filter(|c| !c.is_empty()).rev().map(String::from));
                // Everything after the final link stands for that link.
                via_link |= is_last && !follow_last;
                // A link to "/" (or to "." and "..") leaves no name to end on.
                continue;
            }
            if is_last {
                if trailing_slash && !child.is_dir() {
                    return Err(Errno::ENOTDIR.into());
                }
                return Ok(Walk { dirs, name: Some(component), node: Some(child), via_link, trailing_slash });
            }
            if !child.is_dir() {
                return Err(Errno::ENOTDIR.into());
            }
            dirs.push((component, child));
        }
        let node = dirs[dirs.len() - 1].1.clone();
        Ok(Walk { dirs, name: None, node: Some(node), via_link, trailing_slash })
    }

    /// The node at `path`, which must exist.
    fn lookup(&self, path: &str, follow: bool) -> FsResult<Rc<Inode>> {
        self.walk(path, follow)?.node.ok_or_else(|| Errno::ENOENT.into())
    }

    fn mkdir_all_as(&self, path: &str, mode: u32, owner: User) -> FsResult<()> {
        let mut at = String::new();
        for component in normalize(path).split('/').filter(|c| !c.is_empty()) {
            at.push('/');
            at.push_str(component);
            let w = self.walk(&at, true)?;
            match (&w.node, w.name.clone()) {
                (Some(node), _) if node.is_dir() => {}
                (Some(_), _) => return Err(Errno::ENOTDIR.into()),
                (None, Some(name)) => {
                    let node = self.new_inode(S_IFDIR | (mode & 0o7777 & !self.umask.get()), owner, Body::Dir(BTreeMap::new()));
                    self.insert(w.parent(), name, node, &at);
                }
                (None, None) => return Err(Errno::ENOENT.into()),
            }
        }
        Ok(())
    }

    fn import_one(&self, entry: Entry, default_owner: User) -> FsResult<()> {
        let path = normalize(&entry.path);
        if path != "/" {
            self.mkdir_all_as(&parent_path(&path), 0o777, default_owner)?;
        }
        let w = self.walk(&path, false)?;
        let kind = match entry.data {
            EntryData::File(_) => S_IFREG,
            EntryData::Directory => S_IFDIR,
            EntryData::Symlink(_) => S_IFLNK,
        };
        // Restoring a child must not move its (already restored) parent's times.
        let parent_meta = w.parent().meta();
        let existing = w.node.clone().filter(|node| node.meta().mode & S_IFMT == kind);
        let node = match existing {
            Some(node) => {
                match (entry.data, &mut *node.body.borrow_mut()) {
                    (EntryData::File(data), Body::File(contents)) => *contents = data,
                    (EntryData::Symlink(target), Body::Symlink(old)) => *old = target,
                    _ => {}
                }
                self.journal.record(&path, ChangeKind::Change);
                node
            }
            None => {
                let name = w.name.clone().ok_or(Errno::EBUSY)?;
                if w.node.is_some() {
                    self.remove(w.parent(), &name);
                }
                let body = match entry.data {
                    EntryData::File(data) => Body::File(data),
                    EntryData::Directory => Body::Dir(BTreeMap::new()),
                    EntryData::Symlink(target) => Body::Symlink(target),
                };
                let node = self.new_inode(kind, default_owner, body);
                self.insert(w.parent(), name, node.clone(), &path);
                node
            }
        };
        if w.name.is_some() {
            w.parent().update(|m| {
                m.mtime = parent_meta.mtime;
                m.ctime = parent_meta.ctime;
            });
        }
        if node.size() > MAX_FILE_SIZE {
            return Err(Errno::EFBIG.into());
        }
        node.update(|m| {
            m.mode = kind | (entry.mode & 0o7777);
            m.uid = entry.uid;
            m.gid = entry.gid;
            m.atime = entry.atime;
            m.mtime = entry.mtime;
            m.ctime = entry.ctime;
            m.birthtime = entry.birthtime;
        });
        Ok(())
    }

    /// Linux's relatime: a read moves atime only if it is not already
    /// later than the last change.
    fn touch_atime(&self, node: &Inode) {
        let meta = node.meta();
        if meta.atime <= meta.mtime || meta.atime <= meta.ctime {
            let now = self.now();
            node.update(|m| m.atime = now);
        }
    }

    fn set_times(&self, node: &Inode, atime: SetTime, mtime: SetTime) -> FsResult<()> {
        let explicit = |t: SetTime| matches!(t, SetTime::At(_));
        if explicit(atime) || explicit(mtime) {
            self.check_owner(node)?;
        } else if self.check_owner(node).is_err() && !self.permits(node, W_OK) {
            // Setting both to now needs only write access (utimensat(2)).
            return Err(Errno::EACCES.into());
        }
        let now = self.now();
        let resolve = |t: SetTime, old: Timespec| match t {
            SetTime::At(t) => t,
            SetTime::Now => now,
            SetTime::Omit => old,
        };
        node.update(|m| {
            m.atime = resolve(atime, m.atime);
            m.mtime = resolve(mtime, m.mtime);
            m.ctime = now;
        });
        Ok(())
    }

    fn set_mode(&self, node: &Inode, mode: u32) -> FsResult<()> {
        self.check_owner(node)?;
        let now = self.now();
        node.update(|m| {
            m.mode = (m.mode & S_IFMT) | (mode & 0o7777);
            m.ctime = now;
        });
        Ok(())
    }

    fn set_owner(&self, node: &Inode, uid: Option<u32>, gid: Option<u32>) -> FsResult<()> {
        let user = self.user.get();
        let meta = node.meta();
        if user.uid != 0 {
            // Only root gives files away; an owner may only set the group
            // to its own.
            let uid_ok = uid.is_none_or(|uid| uid == meta.uid);
            let gid_ok = gid.is_none_or(|gid| gid == meta.gid || gid == user.gid);
            if user.uid != meta.uid || !uid_ok || !gid_ok {
                return Err(Errno::EPERM.into());
            }
        }
        let now = self.now();
        let is_file = node.kind() == FileType::File;
        node.update(|m| {
            if let Some(uid) = uid {
                m.uid = uid;
            }
            if let Some(gid) = gid {
                m.gid = gid;
            }
            // Linux drops set-id bits when a file changes hands.
            if is_file && (uid.is_some() || gid.is_some()) && user.uid != 0 {
                m.mode &= !(S_ISUID | S_ISGID);
            }
            m.ctime = now;
        });
        Ok(())
    }

    fn resize(&self, node: &Inode, len: u64) -> FsResult<()> {
        if len > MAX_FILE_SIZE {
            return Err(Errno::EFBIG.into());
        }
        match &mut *node.body.borrow_mut() {
            Body::File(data) => data.resize(len as usize, 0),
            Body::Dir(_) => return Err(Errno::EISDIR.into()),
            Body::Symlink(_) => return Err(Errno::EINVAL.into()),
        }
        let now = self.now();
        node.update(|m| {
            m.mtime = now;
            m.ctime = now;
        });
        Ok(())
    }
}

impl FileSystem for MemoryFs {
    fn stat(&self, path: &str) -> FsResult<Stats> {
        Ok(self.inner.lookup(path, true)?.stats())
    }

    fn lstat(&self, path: &str) -> FsResult<Stats> {
        Ok(self.inner.lookup(path, false)?.stats())
    }

    fn open(&self, path: &str, flags: OpenFlags, mode: u32) -> FsResult<Box<dyn OpenFile>> {
        Ok(Box::new(self.open_file(path, flags, mode)?))
    }

    fn mkdir(&self, path: &str, mode: u32) -> FsResult<()> {
        let inner = &self.inner;
        let w = inner.walk(path, false)?;
        let (None, Some(name), false) = (&w.node, w.name.clone(), w.via_link) else { return Err(Errno::EEXIST.into()) };
        inner.check(w.parent(), W_OK | X_OK)?;
        let node = inner.new_inode(S_IFDIR | (mode & 0o7777 & !inner.umask.get()), inner.user.get(), Body::Dir(BTreeMap::new()));
        inner.insert(w.parent(), name, node, path);
        Ok(())
    }

    fn rmdir(&self, path: &str) -> FsResult<()> {
        let inner = &self.inner;
        let w = inner.walk(path, false)?;
        if w.via_link {
            return Err(Errno::ENOTDIR.into());
        }
        let Some(name) = w.name.clone() else {
            let at_root = w.dirs.len() == 1;
            return Err(if at_root { Errno::EBUSY } else { Errno::EINVAL }.into());
        };
        let node = w.node.clone().ok_or(Errno::ENOENT)?;
        if !node.is_dir() {
            return Err(Errno::ENOTDIR.into());
        }
        inner.check_removal(w.parent(), &node)?;
        if !node.is_empty_dir() {
            return Err(Errno::ENOTEMPTY.into());
        }
        inner.remove(w.parent(), &name);
        inner.journal.record(path, ChangeKind::Rename);
        Ok(())
    }

    fn unlink(&self, path: &str) -> FsResult<()> {
        let inner = &self.inner;
        let w = inner.walk(path, false)?;
        if w.via_link {
            return Err(Errno::ENOTDIR.into());
        }
        let name = w.name.clone().ok_or(Errno::EISDIR)?;
        let node = w.node.clone().ok_or(Errno::ENOENT)?;
        if node.is_dir() {
            return Err(Errno::EISDIR.into());
        }
        inner.check_removal(w.parent(), &node)?;
        inner.remove(w.parent(), &name);
        inner.journal.record(path, ChangeKind::Rename);
        Ok(())
    }

    fn rename(&self, from: &str, to: &str) -> FsResult<()> {
        let inner = &self.inner;
        let src = inner.walk(from, false)?;
        let src_node = src.node.clone().ok_or(Errno::ENOENT)?;
        if src.via_link {
            return Err(Errno::ENOTDIR.into());
        }
        let src_name = src.name.clone().ok_or(Errno::EBUSY)?;
        let dst = inner.walk(to, false)?;
        if dst.via_link {
            return Err(Errno::ENOTDIR.into());
        }
        let dst_name = dst.name.clone().ok_or(Errno::EBUSY)?;
        if dst.node.is_none() && dst.trailing_slash && !src_node.is_dir() {
            return Err(Errno::ENOTDIR.into());
        }
        inner.check_removal(src.parent(), &src_node)?;
        inner.check(dst.parent(), W_OK | X_OK)?;
        if let Some(dst_node) = &dst.node {
            if Rc::ptr_eq(dst_node, &src_node) {
                return Ok(());
            }
            if src_node.is_dir() {
                if !dst_node.is_dir() {
                    return Err(Errno::ENOTDIR.into());
                }
                if !dst_node.is_empty_dir() {
                    return Err(Errno::ENOTEMPTY.into());
                }
            } else if dst_node.is_dir() {
                return Err(Errno::EISDIR.into());
            }
            inner.check_removal(dst.parent(), dst_node)?;
        }
        // A directory cannot move into itself or below itself.
        if src_node.is_dir() && dst.dirs.iter().any(|(_, dir)| Rc::ptr_eq(dir, &src_node)) {
            return Err(Errno::EINVAL.into());
        }
        if dst.node.is_some() {
            inner.remove(dst.parent(), &dst_name);
        }
        inner.remove(src.parent(), &src_name);
        // `remove` counted the name away; the node keeps its links (a
        // directory: its "." and its subdirectories' "..").
        let subdirs = match &*src_node.body.borrow() {
            Body::Dir(entries) => Some(entries.values().filter(|c| c.is_dir()).count() as u64),
            _ => None,
        };
        src_node.update(|m| m.nlink = subdirs.map_or(m.nlink + 1, |n| 2 + n));
        inner.journal.record(from, ChangeKind::Rename);
        inner.insert(dst.parent(), dst_name, src_node, to);
        Ok(())
    }

    fn link(&self, existing: &str, new: &str) -> FsResult<()> {
        let inner = &self.inner;
        let node = inner.lookup(existing, false)?;
        if node.is_dir() {
            return Err(Errno::EPERM.into());
        }
        let w = inner.walk(new, false)?;
        let (None, Some(name), false) = (&w.node, w.name.clone(), w.via_link) else { return Err(Errno::EEXIST.into()) };
        if w.trailing_slash {
            return Err(Errno::ENOENT.into());
        }
        inner.check(w.parent(), W_OK | X_OK)?;
        let now = inner.now();
        node.update(|m| {
            m.nlink += 1;
            m.ctime = now;
        });
        inner.insert(w.parent(), name, node, new);
        Ok(())
    }

    fn symlink(&self, target: &str, path: &str) -> FsResult<()> {
        let inner = &self.inner;
        if target.is_empty() {
            return Err(Errno::ENOENT.into());
        }
        let w = inner.walk(path, false)?;
        let (None, Some(name), false) = (&w.node, w.name.clone(), w.via_link) else { return Err(Errno::EEXIST.into()) };
        if w.trailing_slash {
            return Err(Errno::ENOENT.into());
        }
        inner.check(w.parent(), W_OK | X_OK)?;
        let node = inner.new_inode(S_IFLNK | 0o777, inner.user.get(), Body::Symlink(target.to_string()));
        inner.insert(w.parent(), name, node, path);
        Ok(())
    }

    fn readlink(&self, path: &str) -> FsResult<String> {
        let node = self.inner.lookup(path, false)?;
        node.link_target().ok_or_else(|| Errno::EINVAL.into())
    }

    fn realpath(&self, path: &str) -> FsResult<String> {
        let w = self.inner.walk(path, true)?;
        if w.node.is_none() {
            return Err(Errno::ENOENT.into());
        }
        let mut names: Vec<&str> = w.dirs.iter().skip(1).map(|(name, _)| name.as_str()).collect();
        if let Some(name) = &w.name {
            names.push(name);
        }
        Ok(format!("/{}", names.join("/")))
    }

    fn readdir(&self, path: &str) -> FsResult<Vec<DirEntry>> {
        let inner = &self.inner;
        let node = inner.lookup(path, true)?;
        if !node.is_dir() {
            return Err(Errno::ENOTDIR.into());
        }
        inner.check(&node, R_OK)?;
        let entries = match &*node.body.borrow() {
            Body::Dir(entries) => {
                entries.iter().map(|(name, child)| DirEntry { name: name.clone(), kind: child.kind() }).collect()
            }
            _ => Vec::new(),
        };
        inner.touch_atime(&node);
        Ok(entries)
    }

    fn access(&self, path: &str, mode: u32) -> FsResult<()> {
        let node = self.inner.lookup(path, true)?;
        self.inner.check(&node, mode & (R_OK | W_OK | X_OK))
    }

    fn chmod(&self, path: &str, mode: u32) -> FsResult<()> {
        let node = self.inner.lookup(path, true)?;
        self.inner.set_mode(&node, mode)?;
        self.inner.journal.record(path, ChangeKind::Change);
        Ok(())
    }

    fn chown(&self, path: &str, uid: Option<u32>, gid: Option<u32>) -> FsResult<()> {
        let node = self.inner.lookup(path, true)?;
        self.inner.set_owner(&node, uid, gid)?;
        self.inner.journal.record(path, ChangeKind::Change);
        Ok(())
    }

    fn lchown(&self, path: &str, uid: Option<u32>, gid: Option<u32>) -> FsResult<()> {
        let node = self.inner.lookup(path, false)?;
        self.inner.set_owner(&node, uid, gid)?;
        self.inner.journal.record(path, ChangeKind::Change);
        Ok(())
    }

    fn utimes(&self, path: &str, atime: SetTime, mtime: SetTime) -> FsResult<()> {
        let node = self.inner.lookup(path, true)?;
        self.inner.set_times(&node, atime, mtime)?;
        self.inner.journal.record(path, ChangeKind::Change);
        Ok(())
    }

    fn lutimes(&self, path: &str, atime: SetTime, mtime: SetTime) -> FsResult<()> {
        let node = self.inner.lookup(path, false)?;
        self.inner.set_times(&node, atime, mtime)?;
        self.inner.journal.record(path, ChangeKind::Change);
        Ok(())
    }

    fn truncate(&self, path: &str, len: u64) -> FsResult<()> {
        let node = self.inner.lookup(path, true)?;
        if node.is_dir() {
            return Err(Errno::EISDIR.into());
        }
        self.inner.check(&node, W_OK)?;
        self.inner.resize(&node, len)?;
        self.inner.journal.record(path, ChangeKind::Change);
        Ok(())
    }

    fn copy_file(&self, src: &str, dst: &str, exclusive: bool) -> FsResult<()> {
        let source = self.open_file(src, OpenFlags::READ, 0)?;
        if source.node.is_dir() {
            return Err(Errno::EISDIR.into());
        }
        let mode = source.node.meta().mode & 0o7777;
        let mut flags = OpenFlags::WRITE;
        if exclusive {
            flags.0 |= OpenFlags::O_EXCL;
        } else if let Ok(existing) = self.inner.lookup(dst, true) {
            // libuv: copying a file onto itself leaves it alone.
            if Rc::ptr_eq(&existing, &source.node) {
                return Ok(());
            }
        }
        let target = self.open_file(dst, flags, mode)?;
        let data = match &*source.node.body.borrow() {
            Body::File(data) => data.clone(),
            _ => Vec::new(),
        };
        self.inner.touch_atime(&source.node);
        if let Body::File(contents) = &mut *target.node.body.borrow_mut() {
            *contents = data;
        }
        let now = self.inner.now();
        target.node.update(|m| {
            m.mtime = now;
            m.ctime = now;
        });
        // libuv copies the mode with fchmod (the umask does not apply), and
        // on Linux ignores EPERM from it.
        if self.inner.check_owner(&target.node).is_ok() {
            self.inner.set_mode(&target.node, mode)?;
        }
        self.inner.journal.record(dst, ChangeKind::Change);
        Ok(())
    }

    fn watch_cursor(&self) -> u64 {
        self.inner.journal.cursor()
    }

    fn changes_since(&self, cursor: u64) -> Changes {
        self.inner.journal.since(cursor)
    }

    fn read_file(&self, path: &str) -> FsResult<Vec<u8>> {
        let file = self.open_file(path, OpenFlags::READ, 0)?;
        file.read_to_end(0)
    }
}

/// An open file of a [`MemoryFs`]: the inode itself, so it outlives its names.
struct MemFile {
    fs: Rc<Inner>,
    node: Rc<Inode>,
    readable: bool,
    writable: bool,
    append: bool,
    /// For the journal.
    path: String,
}

impl MemFile {
    fn changed(&self) {
        self.fs.journal.record(&self.path, ChangeKind::Change);
    }
}

impl OpenFile for MemFile {
    fn read_at(&self, buf: &mut [u8], offset: u64) -> FsResult<usize> {
        if !self.readable {
            return Err(Errno::EBADF.into());
        }
        let n = match &*self.node.body.borrow() {
            Body::File(data) => {
                let start = offset.min(data.len() as u64) as usize;
                let n = buf.len().min(data.len() - start);
                buf[..n].copy_from_slice(&data[start..start + n]);
                n
            }
            Body::Dir(_) => return Err(Errno::EISDIR.into()),
            Body::Symlink(_) => return Err(Errno::EINVAL.into()),
        };
        self.fs.touch_atime(&self.node);
        Ok(n)
    }

    fn write_at(&self, data: &[u8], offset: u64) -> FsResult<usize> {
        if !self.writable {
            return Err(Errno::EBADF.into());
        }
        {
            let mut body = self.node.body.borrow_mut();
            let Body::File(contents) = &mut *body else { return Err(Errno::EISDIR.into()) };
            let start = if self.append { contents.len() as u64 } else { offset };
            let end = start.checked_add(data.len() as u64).ok_or(Errno::EFBIG)?;
            if end > MAX_FILE_SIZE {
                return Err(Errno::EFBIG.into());
            }
            let (start, end) = (start as usize, end as usize);
            if start == contents.len() {
                contents.extend_from_slice(data);
            } else {
                if end > contents.len() {
                    contents.resize(end, 0);
                }
                contents[start..end].copy_from_slice(data);
            }
        }
        let now = self.fs.now();
        self.node.update(|m| {
            m.mtime = now;
            m.ctime = now;
        });
        self.changed();
        Ok(data.len())
    }

    fn stat(&self) -> FsResult<Stats> {
        Ok(self.node.stats())
    }

    fn truncate(&self, len: u64) -> FsResult<()> {
        if !self.writable {
            return Err(Errno::EINVAL.into());
        }
        self.fs.resize(&self.node, len)?;
        self.changed();
        Ok(())
    }

    fn sync(&self) -> FsResult<()> {
        Ok(())
    }

    fn chmod(&self, mode: u32) -> FsResult<()> {
        self.fs.set_mode(&self.node, mode)?;
        self.changed();
        Ok(())
    }

    fn chown(&self, uid: Option<u32>, gid: Option<u32>) -> FsResult<()> {
        self.fs.set_owner(&self.node, uid, gid)?;
        self.changed();
        Ok(())
    }

    fn utimes(&self, atime: SetTime, mtime: SetTime) -> FsResult<()> {
        self.fs.set_times(&self.node, atime, mtime)?;
        self.changed();
        Ok(())
    }

    fn read_to_end(&self, offset: u64) -> FsResult<Vec<u8>> {
        let mut out = Vec::new();
        self.with_range(offset, &mut |data| out = data.to_vec())?;
        Ok(out)
    }

    fn with_contents(&self, f: &mut dyn FnMut(&[u8])) -> FsResult<()> {
        self.with_range(0, f)
    }
}

impl MemFile {
    fn with_range(&self, offset: u64, f: &mut dyn FnMut(&[u8])) -> FsResult<()> {
        if !self.readable {
            return Err(Errno::EBADF.into());
        }
        match &*self.node.body.borrow() {
            Body::File(data) => f(&data[offset.min(data.len() as u64) as usize..]),
            Body::Dir(_) => return Err(Errno::EISDIR.into()),
            Body::Symlink(_) => return Err(Errno::EINVAL.into()),
        }
        self.fs.touch_atime(&self.node);
        Ok(())
    }
}

#[cfg(test)]
mod tests;
