//! The pod's files as a host sees them, on every target so that it is
//! tested natively. Two parts:
//!
//! - [`FileFeed`] turns the file system's change journal into [`Batch`]es of
//!   whole entries (an exported [`Entry`] per changed path, or a removal),
//!   which the browser host mirrors in the page and persists; applying every
//!   batch in order to a mirror keeps it equal to the tree.
//! - The page API's `pod.fs` operations (read, write, readdir, mkdir -p,
//!   rm -r, stat, rename, symlinks, mount, export) over any [`FileSystem`],
//!   acting as the file system's user, with errors that name the syscall and
//!   the paths as the caller gave them, as Node's do.
//!
//! The journal records paths as the process wrote them, so the feed resolves
//! each one again when it drains: through symbolic links in its parents, to
//! the target of a final link, and to the parent directory (whose times an
//! insertion or removal moved). When a path cannot be placed any more it
//! falls back to a full export (`reset`), which is always correct.
//!
//! Not covered (the mirror can lag until the next full export):
//! - a write through a file descriptor whose name was renamed away and then
//!   taken by another file in an earlier batch (the journal names the old
//!   path, which now holds the other file);
//! - a file written through a symbolic link to a directory when that link is
//!   removed in the same batch (the written path can no longer be resolved
//!   and the link's removal seems to cover it);
//! - access times moved by reads, which the journal does not record.
//!
//! Files with several hard links are exported once per name, so a change to
//! one of them (or a new link) forces a full export to refresh the others.

use std::cell::Cell;
use std::collections::{BTreeMap, BTreeSet, HashSet};

use crate::vfs::{
    normalize, write_all_at, ChangeKind, Changes, DirEntry, Entry, EntryData, Errno, FileSystem, FsError, FsResult,
    MemoryFs, OpenFlags, Stats, User,
};

/// What changed since the previous batch, as the current state of entries.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Batch {
    /// The journal lost track: `entries` is the whole tree and replaces the
    /// mirror (`removed` is empty).
    pub reset: bool,
    /// Paths removed together with everything below them, before `entries`
    /// are applied. A path that exists again is also in `entries`.
    pub removed: Vec<String>,
    /// Current entries, parents before their children.
    pub entries: Vec<Entry>,
}

impl Batch {
    /// Bytes of file contents carried.
    pub fn data_bytes(&self) -> u64 {
        self.entries.iter().map(|e| if let EntryData::File(data) = &e.data { data.len() as u64 } else { 0 }).sum()
    }

    /// Applies the batch to a mirror keyed by absolute path: what the page
    /// does with it, in Rust for the tests.
    pub fn apply_to(&self, mirror: &mut BTreeMap<String, Entry>) {
        if self.reset {
            mirror.clear();
        }
        for root in &self.removed {
            mirror.retain(|path, _| !is_within(path, root));
        }
        for entry in &self.entries {
            mirror.insert(entry.path.clone(), entry.clone());
        }
    }
}

/// Reads a [`MemoryFs`]'s journal from a cursor of its own.
pub struct FileFeed {
    cursor: Cell<u64>,
}

/// What a batch must carry, before anything is copied.
enum Plan {
    Reset,
    Paths {
        /// Replaced with their whole subtree (created, removed or moved).
        trees: Vec<String>,
        /// Only the entry itself (contents or metadata changed).
        singles: Vec<String>,
    },
}

impl FileFeed {
    /// A feed that starts after every change made so far.
    pub fn new(fs: &MemoryFs) -> Self {
        FileFeed { cursor: Cell::new(fs.watch_cursor()) }
    }

    /// Forgets the changes made so far (a host that restored the tree from
    /// its own copy has nothing to learn from them).
    pub fn skip(&self, fs: &MemoryFs) {
        self.cursor.set(fs.watch_cursor());
    }

    /// Whether anything was recorded since the previous batch (cheap: no
    /// journal is read).
    pub fn pending(&self, fs: &MemoryFs) -> bool {
        self.cursor.get() < fs.watch_cursor()
    }

    /// The changes since the previous batch, or `None` when there are none
    /// or when the file contents they carry would exceed `max_bytes` (they
    /// then wait for a later call with more room).
    pub fn drain(&self, fs: &MemoryFs, max_bytes: u64) -> Option<Batch> {
        let changes = fs.changes_since(self.cursor.get());
        if changes.changes.is_empty() && !changes.lost {
            self.cursor.set(changes.next_cursor);
            return None;
        }
        // The host reads every entry whatever its permissions say.
        let user = fs.user();
        fs.set_user(User::ROOT);
        let plan = plan(fs, &changes);
        let fits = max_bytes == u64::MAX || plan_bytes(fs, &plan) <= max_bytes;
        let batch = fits.then(|| export_plan(fs, plan));
        fs.set_user(user);
        if batch.is_some() {
            self.cursor.set(changes.next_cursor);
        }
        batch
    }
}

fn plan(fs: &MemoryFs, changes: &Changes) -> Plan {
    if changes.lost {
        return Plan::Reset;
    }
    let lexical_renames: HashSet<&str> =
        changes.changes.iter().filter(|c| c.kind == ChangeKind::Rename).map(|c| c.path.as_str()).collect();
    let mut trees = BTreeSet::new();
    let mut singles = BTreeSet::new();
    let mut vanished = Vec::new();
    for change in &changes.changes {
        let Some(path) = canonical(fs, &change.path) else {
            // Its parent is gone: the removal or move of an ancestor covers it.
            if ancestors(&change.path).any(|a| lexical_renames.contains(a)) {
                continue;
            }
            return Plan::Reset;
        };
        let mut targets = vec![path.clone()];
        if let Ok(real) = fs.realpath(&path) {
            // What a final symbolic link points to may be what changed
            // (written through the link, or created through a dangling one);
            // a directory it points to was not moved by the link's creation.
            let is_link = fs.lstat(&path).is_ok_and(|s| s.is_symlink());
            let target_dir = fs.lstat(&real).is_ok_and(|s| s.is_dir());
            if is_link && real != path && !(change.kind == ChangeKind::Rename && target_dir) {
                targets.push(real);
            }
        }
        for target in targets {
            let stats = fs.lstat(&target);
            if stats.as_ref().is_ok_and(|s| s.is_file() && s.nlink > 1) {
                return Plan::Reset;
            }
            match change.kind {
                ChangeKind::Rename => {
                    singles.insert(parent_of(&target));
                    trees.insert(target);
                }
                ChangeKind::Change if stats.is_err() => vanished.push(target),
                ChangeKind::Change => {
                    singles.insert(target);
                }
            }
        }
    }
    let roots: BTreeSet<String> = trees.iter().filter(|p| !ancestors(p).any(|a| trees.contains(a))).cloned().collect();
    let covered = |path: &str| roots.contains(path) || ancestors(path).any(|a| roots.contains(a));
    // A change to a path that is gone, with no removal to explain it: written
    // through a descriptor after a rename. Only a full export finds the file.
    if vanished.iter().any(|p| !covered(p)) {
        return Plan::Reset;
    }
    let singles = singles.into_iter().filter(|p| !covered(p)).collect();
    Plan::Paths { trees: roots.into_iter().collect(), singles }
}

fn plan_bytes(fs: &MemoryFs, plan: &Plan) -> u64 {
    match plan {
        Plan::Reset => tree_bytes(fs, "/"),
        Plan::Paths { trees, singles } => {
            let trees: u64 = trees.iter().map(|t| tree_bytes(fs, t)).sum();
            let singles: u64 = singles.iter().filter_map(|s| fs.lstat(s).ok()).filter(Stats::is_file).map(|s| s.size).sum();
            trees + singles
        }
    }
}

/// Bytes of the files at and below `path` (not following links).
fn tree_bytes(fs: &MemoryFs, path: &str) -> u64 {
    match fs.lstat(path) {
        Ok(stats) if stats.is_dir() => fs
            .readdir(path)
            .map(|children| children.iter().map(|c| tree_bytes(fs, &join(path, &c.name))).sum())
            .unwrap_or(0),
        Ok(stats) if stats.is_file() => stats.size,
        _ => 0,
    }
}

fn export_plan(fs: &MemoryFs, plan: Plan) -> Batch {
    match plan {
        Plan::Reset => Batch { reset: true, removed: Vec::new(), entries: fs.export("/").unwrap_or_default() },
        Plan::Paths { trees, singles } => {
            let mut batch = Batch::default();
            for tree in trees {
                batch.entries.extend(fs.export(&tree).unwrap_or_default());
                batch.removed.push(tree);
            }
            for single in singles {
                match entry_of(fs, &single) {
                    Ok(entry) => batch.entries.push(entry),
                    Err(_) => batch.removed.push(single),
                }
            }
            batch
        }
    }
}

/// The entry at `path` alone (a directory without its children).
fn entry_of(fs: &MemoryFs, path: &str) -> FsResult<Entry> {
    let stats = fs.lstat(path)?;
    let data = if stats.is_dir() {
        EntryData::Directory
    } else if stats.is_symlink() {
        EntryData::Symlink(fs.readlink(path)?)
    } else {
        // A file exports as itself alone, without a copy through a read
        // (which would move its access time).
        return fs.export(path)?.into_iter().next().ok_or_else(|| Errno::ENOENT.into());
    };
    Ok(Entry {
        path: normalize(path),
        mode: stats.mode & 0o7777,
        uid: stats.uid,
        gid: stats.gid,
        atime: stats.atime,
        mtime: stats.mtime,
        ctime: stats.ctime,
        birthtime: stats.birthtime,
        data,
    })
}

/// `path` with symbolic links in its parent directories resolved, or `None`
/// when the parent no longer resolves.
fn canonical(fs: &MemoryFs, path: &str) -> Option<String> {
    let path = normalize(path);
    if path == "/" {
        return Some(path);
    }
    let (parent, name) = path.rsplit_once('/')?;
    let parent = fs.realpath(if parent.is_empty() { "/" } else { parent }).ok()?;
    Some(join(&parent, name))
}

/// Proper ancestors of a normalised absolute path, nearest first, `/` last.
fn ancestors(path: &str) -> impl Iterator<Item = &str> {
    let mut rest = if path == "/" { None } else { Some(path) };
    std::iter::from_fn(move || {
        let current = rest?;
        let parent = match current.rfind('/') {
            Some(0) => "/",
            Some(i) => &current[..i],
            None => return None,
        };
        rest = (parent != "/").then_some(parent);
        Some(parent)
    })
}

fn parent_of(path: &str) -> String {
    ancestors(path).next().unwrap_or("/").to_string()
}

fn join(dir: &str, name: &str) -> String {
    if dir.ends_with('/') {
        format!("{dir}{name}")
    } else {
        format!("{dir}/{name}")
    }
}

/// Whether `path` is `root` or below it.
fn is_within(path: &str, root: &str) -> bool {
    root == "/" || path == root || path.strip_prefix(root).is_some_and(|rest| rest.starts_with('/'))
}

// --- pod.fs ---

/// A failed `pod.fs` operation, as Node reports it: `ENOENT: no such file or
/// directory, open 'x'` (`dest` makes it `rename 'a' -> 'b'`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpError {
    pub errno: Errno,
    pub syscall: &'static str,
    /// As the caller wrote it (relative paths stay relative).
    pub path: Option<String>,
    pub dest: Option<String>,
}

pub type OpResult<T> = Result<T, OpError>;

trait At<T> {
    fn at(self, syscall: &'static str, path: &str) -> OpResult<T>;
    fn at2(self, syscall: &'static str, path: &str, dest: &str) -> OpResult<T>;
    fn bare(self, syscall: &'static str) -> OpResult<T>;
}

impl<T> At<T> for FsResult<T> {
    fn at(self, syscall: &'static str, path: &str) -> OpResult<T> {
        self.map_err(|e| OpError { errno: e.errno, syscall, path: Some(path.to_string()), dest: None })
    }

    fn at2(self, syscall: &'static str, path: &str, dest: &str) -> OpResult<T> {
        self.map_err(|e| OpError { errno: e.errno, syscall, path: Some(path.to_string()), dest: Some(dest.to_string()) })
    }

    fn bare(self, syscall: &'static str) -> OpResult<T> {
        self.map_err(|e| OpError { errno: e.errno, syscall, path: None, dest: None })
    }
}

/// `given` against the working directory `cwd`, as the kernel reads a
/// relative path (not normalised: `..` after a link means what it means).
pub fn resolve(cwd: &str, given: &str) -> String {
    if given.starts_with('/') || given.is_empty() {
        given.to_string()
    } else {
        join(cwd, given)
    }
}

pub fn read_file(fs: &dyn FileSystem, cwd: &str, path: &str, flags: u32) -> OpResult<Vec<u8>> {
    let file = fs.open(&resolve(cwd, path), OpenFlags(flags), 0o666).at("open", path)?;
    file.read_to_end(0).bare("read")
}

pub fn write_file(fs: &dyn FileSystem, cwd: &str, path: &str, data: &[u8], flags: u32, mode: u32) -> OpResult<()> {
    let file = fs.open(&resolve(cwd, path), OpenFlags(flags), mode).at("open", path)?;
    write_all_at(file.as_ref(), data, 0).bare("write")
}

pub fn readdir(fs: &dyn FileSystem, cwd: &str, path: &str) -> OpResult<Vec<DirEntry>> {
    fs.readdir(&resolve(cwd, path)).at("scandir", path)
}

pub fn stat(fs: &dyn FileSystem, cwd: &str, path: &str) -> OpResult<Stats> {
    fs.stat(&resolve(cwd, path)).at("stat", path)
}

pub fn lstat(fs: &dyn FileSystem, cwd: &str, path: &str) -> OpResult<Stats> {
    fs.lstat(&resolve(cwd, path)).at("lstat", path)
}

pub fn readlink(fs: &dyn FileSystem, cwd: &str, path: &str) -> OpResult<String> {
    fs.readlink(&resolve(cwd, path)).at("readlink", path)
}

pub fn rename(fs: &dyn FileSystem, cwd: &str, from: &str, to: &str) -> OpResult<()> {
    fs.rename(&resolve(cwd, from), &resolve(cwd, to)).at2("rename", from, to)
}

pub fn symlink(fs: &dyn FileSystem, cwd: &str, target: &str, path: &str) -> OpResult<()> {
    fs.symlink(target, &resolve(cwd, path)).at2("symlink", target, path)
}

/// `mkdir`; with `recursive`, makes the missing parents too and returns the
/// first directory it made (as `given` names it), as Node's mkdir does.
pub fn mkdir(fs: &dyn FileSystem, cwd: &str, given: &str, mode: u32, recursive: bool) -> OpResult<Option<String>> {
    if !recursive {
        return fs.mkdir(&resolve(cwd, given), mode).at("mkdir", given).map(|()| None);
    }
    crate::vfs::mkdirp(fs, given, mode, |p| resolve(cwd, p)).at("mkdir", given)
}

/// `rm`: a file or link, or with `recursive` a directory and everything in
/// it; `force` makes a missing path no error. A directory without
/// `recursive` fails with EISDIR from the `rm` "syscall" (Node's
/// ERR_FS_EISDIR).
pub fn rm(fs: &dyn FileSystem, cwd: &str, given: &str, recursive: bool, force: bool) -> OpResult<()> {
    let path = resolve(cwd, given);
    let stats = match fs.lstat(&path) {
        Err(e) if e.errno == Errno::ENOENT && force => return Ok(()),
        other => other.at("lstat", given)?,
    };
    if !stats.is_dir() {
        return fs.unlink(&path).at("unlink", given);
    }
    if !recursive {
        return Err(OpError { errno: Errno::EISDIR, syscall: "rm", path: Some(given.to_string()), dest: None });
    }
    remove_tree(fs, &path, given)
}

fn remove_tree(fs: &dyn FileSystem, path: &str, given: &str) -> OpResult<()> {
    if !fs.lstat(path).at("lstat", given)?.is_dir() {
        return fs.unlink(path).at("unlink", given);
    }
    for child in fs.readdir(path).at("scandir", given)? {
        remove_tree(fs, &join(path, &child.name), &join(given, &child.name))?;
    }
    fs.rmdir(path).at("rmdir", given)
}

/// One node of a tree to mount, at a path relative to the mount point.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MountItem {
    /// Names joined by `/`, parents listed before their children.
    pub path: String,
    pub kind: MountKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MountKind {
    File(Vec<u8>),
    Directory,
    Symlink(String),
}

/// Writes a tree below `mount_point` (made if missing): a file as
/// `writeFile` writes it (replacing a symbolic link in its place rather than
/// writing through it), a directory unless one is there, a symbolic link in
/// place of anything but a directory.
pub fn mount(fs: &dyn FileSystem, cwd: &str, mount_point: &str, items: &[MountItem]) -> OpResult<()> {
    mkdir(fs, cwd, mount_point, 0o777, true)?;
    let base = resolve(cwd, mount_point);
    for item in items {
        let path = join(&base, &item.path);
        let given = join(mount_point, &item.path);
        let existing = fs.lstat(&path).ok();
        match &item.kind {
            MountKind::Directory => match existing {
                Some(stats) if stats.is_dir() => {}
                _ => fs.mkdir(&path, 0o777).at("mkdir", &given)?,
            },
            MountKind::File(data) => {
                if existing.is_some_and(|s| s.is_symlink()) {
                    fs.unlink(&path).at("unlink", &given)?;
                }
                let file = fs.open(&path, OpenFlags::WRITE, 0o666).at("open", &given)?;
                write_all_at(file.as_ref(), data, 0).bare("write")?;
            }
            MountKind::Symlink(target) => {
                match existing {
                    Some(stats) if stats.is_dir() => return Err(FsError::from(Errno::EEXIST)).at2("symlink", target, &given),
                    Some(_) => fs.unlink(&path).at("unlink", &given)?,
                    None => {}
                }
                fs.symlink(target, &path).at2("symlink", target, &given)?;
            }
        }
    }
    Ok(())
}

/// The directory at `given` (a final symbolic link followed) and everything
/// below it, parents first; paths are absolute, the directory's own first.
pub fn export(fs: &MemoryFs, cwd: &str, given: &str) -> OpResult<Vec<Entry>> {
    let path = resolve(cwd, given);
    if !fs.stat(&path).at("scandir", given)?.is_dir() {
        return Err(FsError::from(Errno::ENOTDIR)).at("scandir", given);
    }
    let real = fs.realpath(&path).at("scandir", given)?;
    fs.export(&real).at("scandir", given)
}

#[cfg(test)]
mod tests;
