//! [`DiskFs`]: the real file system, for the native CLI and tests (native
//! only). Every call is the system call Node's libuv would make, through
//! `std::fs` and `std::os::unix` (`libc` for access and utimensat, which std
//! lacks); OS errors keep their errno.
//!
//! The journal records only changes made through this `DiskFs`, not those of
//! other programs.

use std::ffi::CString;
use std::fs::{File, Metadata, OpenOptions};
use std::io::{Read, Write};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{DirBuilderExt, FileExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::os::unix::io::AsRawFd;
use std::rc::Rc;

use super::{
    ChangeKind, Changes, DirEntry, Errno, FileSystem, FileType, FsError, FsResult, Journal, OpenFile, OpenFlags,
    SetTime, Stats, Timespec,
};

/// The real file system. Each process gets its own (its own journal).
#[derive(Default)]
pub struct DiskFs {
    journal: Rc<Journal>,
}

impl DiskFs {
    pub fn new() -> Self {
        Self::default()
    }
}

fn stats_of(meta: &Metadata) -> Stats {
    let time = |sec: i64, nsec: i64| Timespec::new(sec, nsec as u32);
    // statx's btime; zero where the file system keeps none, as libuv.
    let birthtime = meta
        .created()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(Timespec::default(), |d| Timespec::new(d.as_secs() as i64, d.subsec_nanos()));
    Stats {
        dev: meta.dev(),
        mode: meta.mode(),
        nlink: meta.nlink(),
        uid: meta.uid(),
        gid: meta.gid(),
        rdev: meta.rdev(),
        blksize: meta.blksize(),
        ino: meta.ino(),
        size: meta.size(),
        blocks: meta.blocks(),
        atime: time(meta.atime(), meta.atime_nsec()),
        mtime: time(meta.mtime(), meta.mtime_nsec()),
        ctime: time(meta.ctime(), meta.ctime_nsec()),
        birthtime,
    }
}

fn file_type_of(kind: std::fs::FileType) -> FileType {
    use std::os::unix::fs::FileTypeExt;
    if kind.is_file() {
        FileType::File
    } else if kind.is_dir() {
        FileType::Directory
    } else if kind.is_symlink() {
        FileType::Symlink
    } else if kind.is_fifo() {
        FileType::Fifo
    } else if kind.is_socket() {
        FileType::Socket
    } else if kind.is_char_device() {
        FileType::CharDevice
    } else if kind.is_block_device() {
        FileType::BlockDevice
    } else {
        FileType::Unknown
    }
}

fn c_path(path: &str) -> FsResult<CString> {
    CString::new(path).map_err(|_| FsError::from(Errno::EINVAL))
}

/// Our (Linux-numbered) open flags in this host's numbering, apart from the
/// access mode, which `OpenOptions::read`/`write` carry.
fn host_flags(flags: OpenFlags) -> i32 {
    let table = [
        (OpenFlags::O_CREAT, libc::O_CREAT),
        (OpenFlags::O_EXCL, libc::O_EXCL),
        (OpenFlags::O_NOCTTY, libc::O_NOCTTY),
        (OpenFlags::O_TRUNC, libc::O_TRUNC),
        (OpenFlags::O_APPEND, libc::O_APPEND),
        (OpenFlags::O_NONBLOCK, libc::O_NONBLOCK),
        (OpenFlags::O_DSYNC, libc::O_DSYNC),
        (OpenFlags::O_DIRECTORY, libc::O_DIRECTORY),
        (OpenFlags::O_NOFOLLOW, libc::O_NOFOLLOW),
        (OpenFlags::O_SYNC, libc::O_SYNC),
    ];
    table.iter().filter(|(ours, _)| flags.0 & ours == *ours).fold(0, |acc, (_, host)| acc | host)
}

fn timespec_of(time: SetTime) -> libc::timespec {
    match time {
        SetTime::At(t) => libc::timespec { tv_sec: t.sec as libc::time_t, tv_nsec: t.nsec as _ },
        SetTime::Now => libc::timespec { tv_sec: 0, tv_nsec: libc::UTIME_NOW },
        SetTime::Omit => libc::timespec { tv_sec: 0, tv_nsec: libc::UTIME_OMIT },
    }
}

fn check(result: libc::c_int) -> FsResult<()> {
    if result == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error().into())
    }
}

impl DiskFs {
    fn utimensat(&self, path: &str, atime: SetTime, mtime: SetTime, flags: libc::c_int) -> FsResult<()> {
        let path = c_path(path)?;
        let times = [timespec_of(atime), timespec_of(mtime)];
        // SAFETY: `path` is NUL-terminated and `times` holds the two entries
        // utimensat reads; both outlive the call.
        check(unsafe { libc::utimensat(libc::AT_FDCWD, path.as_ptr(), times.as_ptr(), flags) })?;
        self.journal.record(path.to_str().unwrap_or_default(), ChangeKind::Change);
        Ok(())
    }
}

impl FileSystem for DiskFs {
    fn stat(&self, path: &str) -> FsResult<Stats> {
        Ok(stats_of(&std::fs::metadata(path)?))
    }

    fn lstat(&self, path: &str) -> FsResult<Stats> {
        Ok(stats_of(&std::fs::symlink_metadata(path)?))
    }

    fn open(&self, path: &str, flags: OpenFlags, mode: u32) -> FsResult<Box<dyn OpenFile>> {
        let existed = flags.create() && std::fs::symlink_metadata(path).is_ok();
        let file = OpenOptions::new()
            .read(flags.readable())
            .write(flags.writable())
            .custom_flags(host_flags(flags))
            .mode(mode)
            .open(path)?;
        if flags.create() && !existed {
            self.journal.record(path, ChangeKind::Rename);
        } else if flags.truncate() && flags.writable() {
            self.journal.record(path, ChangeKind::Change);
        }
        Ok(Box::new(DiskFile { file, append: flags.append(), path: path.to_string(), journal: self.journal.clone() }))
    }

    fn mkdir(&self, path: &str, mode: u32) -> FsResult<()> {
        std::fs::DirBuilder::new().mode(mode).create(path)?;
        self.journal.record(path, ChangeKind::Rename);
        Ok(())
    }

    fn rmdir(&self, path: &str) -> FsResult<()> {
        std::fs::remove_dir(path)?;
        self.journal.record(path, ChangeKind::Rename);
        Ok(())
    }

    fn unlink(&self, path: &str) -> FsResult<()> {
        std::fs::remove_file(path)?;
        self.journal.record(path, ChangeKind::Rename);
        Ok(())
    }

    fn rename(&self, from: &str, to: &str) -> FsResult<()> {
        std::fs::rename(from, to)?;
        self.journal.record(from, ChangeKind::Rename);
        self.journal.record(to, ChangeKind::Rename);
        Ok(())
    }

    fn link(&self, existing: &str, new: &str) -> FsResult<()> {
        std::fs::hard_link(existing, new)?;
        self.journal.record(new, ChangeKind::Rename);
        Ok(())
    }

    fn symlink(&self, target: &str, path: &str) -> FsResult<()> {
        std::os::unix::fs::symlink(target, path)?;
        self.journal.record(path, ChangeKind::Rename);
        Ok(())
    }

    fn readlink(&self, path: &str) -> FsResult<String> {
        Ok(std::fs::read_link(path)?.to_string_lossy().into_owned())
    }

    fn realpath(&self, path: &str) -> FsResult<String> {
        Ok(std::fs::canonicalize(path)?.to_string_lossy().into_owned())
    }

    fn readdir(&self, path: &str) -> FsResult<Vec<DirEntry>> {
        let mut entries = Vec::new();
        for entry in std::fs::read_dir(path)? {
            let entry = entry?;
            let kind = entry.file_type().map_or(FileType::Unknown, file_type_of);
            entries.push((entry.file_name(), kind));
        }
        // libuv's scandir sorts with strcmp.
        entries.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
        Ok(entries.into_iter().map(|(name, kind)| DirEntry { name: name.to_string_lossy().into_owned(), kind }).collect())
    }

    fn access(&self, path: &str, mode: u32) -> FsResult<()> {
        let path = c_path(path)?;
        // SAFETY: `path` is a NUL-terminated string that outlives the call.
        check(unsafe { libc::access(path.as_ptr(), mode as libc::c_int) })
    }

    fn chmod(&self, path: &str, mode: u32) -> FsResult<()> {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))?;
        self.journal.record(path, ChangeKind::Change);
        Ok(())
    }

    fn chown(&self, path: &str, uid: Option<u32>, gid: Option<u32>) -> FsResult<()> {
        std::os::unix::fs::chown(path, uid, gid)?;
        self.journal.record(path, ChangeKind::Change);
        Ok(())
    }

    fn lchown(&self, path: &str, uid: Option<u32>, gid: Option<u32>) -> FsResult<()> {
        std::os::unix::fs::lchown(path, uid, gid)?;
        self.journal.record(path, ChangeKind::Change);
        Ok(())
    }

    fn utimes(&self, path: &str, atime: SetTime, mtime: SetTime) -> FsResult<()> {
        self.utimensat(path, atime, mtime, 0)
    }

    fn lutimes(&self, path: &str, atime: SetTime, mtime: SetTime) -> FsResult<()> {
        self.utimensat(path, atime, mtime, libc::AT_SYMLINK_NOFOLLOW)
    }

    fn truncate(&self, path: &str, len: u64) -> FsResult<()> {
        let path_c = c_path(path)?;
        let len = libc::off_t::try_from(len).map_err(|_| FsError::from(Errno::EFBIG))?;
        // SAFETY: `path_c` is a NUL-terminated string that outlives the call.
        check(unsafe { libc::truncate(path_c.as_ptr(), len) })?;
        self.journal.record(path, ChangeKind::Change);
        Ok(())
    }

    fn copy_file(&self, src: &str, dst: &str, exclusive: bool) -> FsResult<()> {
        let mut source = File::open(src)?;
        let meta = source.metadata()?;
        if meta.is_dir() {
            return Err(Errno::EISDIR.into());
        }
        if let Ok(target) = std::fs::metadata(dst) {
            if exclusive {
                return Err(Errno::EEXIST.into());
            }
            // libuv: copying a file onto itself leaves it alone.
            if target.dev() == meta.dev() && target.ino() == meta.ino() {
                return Ok(());
            }
        }
        let mut options = OpenOptions::new();
        options.write(true).mode(meta.mode() & 0o7777);
        if exclusive {
            options.create_new(true);
        } else {
            options.create(true).truncate(true);
        }
        let mut target = options.open(dst)?;
        std::io::copy(&mut source, &mut target)?;
        match target.set_permissions(meta.permissions()) {
            // libuv ignores EPERM from this fchmod on Linux.
            Err(e) if e.raw_os_error() != Some(libc::EPERM) => return Err(e.into()),
            _ => {}
        }
        self.journal.record(dst, ChangeKind::Change);
        Ok(())
    }

    fn watch_cursor(&self) -> u64 {
        self.journal.cursor()
    }

    fn changes_since(&self, cursor: u64) -> Changes {
        self.journal.since(cursor)
    }

    fn read_file(&self, path: &str) -> FsResult<Vec<u8>> {
        Ok(std::fs::read(path)?)
    }
}

struct DiskFile {
    file: File,
    append: bool,
    path: String,
    journal: Rc<Journal>,
}

fn is_espipe(error: &std::io::Error) -> bool {
    error.raw_os_error() == Some(libc::ESPIPE)
}

impl OpenFile for DiskFile {
    fn read_at(&self, buf: &mut [u8], offset: u64) -> FsResult<usize> {
        match self.file.read_at(buf, offset) {
            // Pipes and terminals have no offsets: read where they are.
            Err(e) if is_espipe(&e) => Ok((&self.file).read(buf)?),
            result => Ok(result?),
        }
    }

    fn write_at(&self, data: &[u8], offset: u64) -> FsResult<usize> {
        let written = if self.append {
            (&self.file).write(data)?
        } else {
            match self.file.write_at(data, offset) {
                Err(e) if is_espipe(&e) => (&self.file).write(data)?,
                result => result?,
            }
        };
        self.journal.record(&self.path, ChangeKind::Change);
        Ok(written)
    }

    fn stat(&self) -> FsResult<Stats> {
        Ok(stats_of(&self.file.metadata()?))
    }

    fn truncate(&self, len: u64) -> FsResult<()> {
        self.file.set_len(len)?;
        self.journal.record(&self.path, ChangeKind::Change);
        Ok(())
    }

    fn sync(&self) -> FsResult<()> {
        Ok(self.file.sync_all()?)
    }

    fn chmod(&self, mode: u32) -> FsResult<()> {
        self.file.set_permissions(std::fs::Permissions::from_mode(mode))?;
        self.journal.record(&self.path, ChangeKind::Change);
        Ok(())
    }

    fn chown(&self, uid: Option<u32>, gid: Option<u32>) -> FsResult<()> {
        std::os::unix::fs::fchown(&self.file, uid, gid)?;
        self.journal.record(&self.path, ChangeKind::Change);
        Ok(())
    }

    fn utimes(&self, atime: SetTime, mtime: SetTime) -> FsResult<()> {
        let times = [timespec_of(atime), timespec_of(mtime)];
        // SAFETY: the descriptor is open for the life of `self.file`, and
        // `times` holds the two entries futimens reads.
        check(unsafe { libc::futimens(self.file.as_raw_fd(), times.as_ptr()) })?;
        self.journal.record(&self.path, ChangeKind::Change);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(name: &str) -> String {
        let dir = std::env::temp_dir().join(format!("nodeling-diskfs-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir.to_string_lossy().into_owned()
    }

    #[test]
    fn reports_os_errors_with_their_errno() {
        let dir = temp_dir("errors");
        let fs = DiskFs::new();
        assert_eq!(fs.stat(&format!("{dir}/missing")).unwrap_err().errno, Errno::ENOENT);
        fs.write_file(&format!("{dir}/f"), b"x", OpenFlags::WRITE, 0o644).unwrap();
        assert_eq!(fs.stat(&format!("{dir}/f/x")).unwrap_err().errno, Errno::ENOTDIR);
        assert_eq!(fs.mkdir(&format!("{dir}/f"), 0o777).unwrap_err().errno, Errno::EEXIST);
        assert_eq!(fs.rmdir(&dir).unwrap_err().errno, Errno::ENOTEMPTY);
        assert_eq!(fs.readlink(&format!("{dir}/f")).unwrap_err().errno, Errno::EINVAL);
        assert_eq!(fs.copy_file(&dir, &format!("{dir}/g"), false).unwrap_err().errno, Errno::EISDIR);
        let excl = OpenFlags(OpenFlags::WRITE.0 | OpenFlags::O_EXCL);
        assert_eq!(fs.open(&format!("{dir}/f"), excl, 0o644).err().unwrap().errno, Errno::EEXIST);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn files_stats_links_and_journal() {
        let dir = temp_dir("files");
        let fs = DiskFs::new();
        let cursor = fs.watch_cursor();
        let file = format!("{dir}/a.txt");
        fs.write_file(&file, b"hello", OpenFlags::WRITE, 0o640).unwrap();
        let append = OpenFlags(OpenFlags::O_WRONLY | OpenFlags::O_APPEND);
        fs.write_file(&file, b" world", append, 0).unwrap();
        assert_eq!(fs.read_file(&file).unwrap(), b"hello world");
        let stats = fs.stat(&file).unwrap();
        assert!(stats.is_file());
        assert_eq!(stats.size, 11);
        // The umask may take bits away, never add them.
        assert_eq!(stats.mode & !0o640 & 0o777, 0);
        fs.symlink("a.txt", &format!("{dir}/link")).unwrap();
        assert!(fs.lstat(&format!("{dir}/link")).unwrap().is_symlink());
        assert_eq!(fs.readlink(&format!("{dir}/link")).unwrap(), "a.txt");
        assert_eq!(fs.realpath(&format!("{dir}/link")).unwrap(), std::fs::canonicalize(&file).unwrap().to_string_lossy());
        fs.link(&file, &format!("{dir}/hard")).unwrap();
        assert_eq!(fs.stat(&file).unwrap().nlink, 2);
        fs.mkdir(&format!("{dir}/sub"), 0o755).unwrap();
        let names: Vec<_> = fs.readdir(&dir).unwrap().into_iter().map(|e| (e.name, e.kind)).collect();
        assert_eq!(
            names,
            [
                ("a.txt".to_string(), FileType::File),
                ("hard".to_string(), FileType::File),
                ("link".to_string(), FileType::Symlink),
                ("sub".to_string(), FileType::Directory)
            ]
        );
        fs.utimes(&file, SetTime::At(Timespec::new(1000, 500_000)), SetTime::At(Timespec::new(2000, 0))).unwrap();
        let stats = fs.stat(&file).unwrap();
        assert_eq!((stats.atime, stats.mtime), (Timespec::new(1000, 500_000), Timespec::new(2000, 0)));
        let opened = fs.open(&file, OpenFlags(OpenFlags::O_RDWR), 0).unwrap();
        fs.unlink(&file).unwrap();
        assert_eq!(opened.stat().unwrap().nlink, 1);
        opened.write_at(b"J", 0).unwrap();
        assert_eq!(opened.read_to_end(0).unwrap(), b"Jello world");
        let changes = fs.changes_since(cursor);
        assert!(!changes.lost);
        let kinds: Vec<_> = changes.changes.iter().map(|c| c.kind).collect();
        assert_eq!(kinds.first(), Some(&ChangeKind::Rename));
        assert!(changes.changes.iter().any(|c| c.path.ends_with("/sub") && c.kind == ChangeKind::Rename));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
