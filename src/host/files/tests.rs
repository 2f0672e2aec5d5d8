use std::cell::Cell;
use std::collections::BTreeMap;
use std::rc::Rc;

use super::*;
use crate::vfs::{SetTime, Timespec, JOURNAL_CAPACITY};

/// A file system whose clock ticks a second at every reading, so any
/// metadata the mirror failed to refresh shows up as a different time.
fn ticking_fs() -> MemoryFs {
    let seconds = Rc::new(Cell::new(1_000_i64));
    MemoryFs::new(Rc::new(move || {
        seconds.set(seconds.get() + 1);
        Timespec::new(seconds.get(), 0)
    }))
}

/// A page-side mirror kept by the feed, checked against the tree itself.
struct Mirrored {
    fs: MemoryFs,
    feed: FileFeed,
    mirror: BTreeMap<String, Entry>,
    resets: usize,
}

impl Mirrored {
    fn new() -> Self {
        let fs = ticking_fs();
        let mirror = fs.export("/").unwrap().into_iter().map(|e| (e.path.clone(), e)).collect();
        let feed = FileFeed::new(&fs);
        Mirrored { fs, feed, mirror, resets: 0 }
    }

    fn sync(&mut self) -> Option<Batch> {
        let batch = self.feed.drain(&self.fs, u64::MAX)?;
        batch.apply_to(&mut self.mirror);
        self.resets += usize::from(batch.reset);
        Some(batch)
    }

    /// Drains, then checks that the mirror is the tree (access times
    /// aside: reads move them without a journal entry).
    fn check(&mut self, step: &str) {
        self.sync();
        let user = self.fs.user();
        self.fs.set_user(User::ROOT);
        let actual: Vec<Entry> = self.fs.export("/").unwrap();
        self.fs.set_user(user);
        let strip = |e: &Entry| Entry { atime: Timespec::default(), ..e.clone() };
        let actual: Vec<Entry> = actual.iter().map(strip).collect();
        let mirrored: Vec<Entry> = self.mirror.values().map(strip).collect();
        assert_eq!(mirrored, actual, "after {step}");
    }

    fn write(&self, path: &str, data: &[u8]) {
        self.fs.write_file(path, data, OpenFlags::WRITE, 0o666).unwrap();
    }
}

#[test]
fn a_mirror_fed_every_batch_equals_the_tree() {
    let mut m = Mirrored::new();
    m.fs.mkdir("/src", 0o777).unwrap();
    m.write("/src/app.js", b"console.log(1)");
    m.check("a file in a new directory");
    m.write("/src/app.js", b"console.log(2)");
    m.check("a rewrite");
    let all_bytes: Vec<u8> = (0..=255).collect();
    mkdir(&m.fs, "/", "deep/er/est", 0o777, true).unwrap();
    m.write("/deep/er/est/bytes.bin", &all_bytes);
    m.check("a binary file three directories down");
    m.fs.symlink("src/app.js", "/link").unwrap();
    m.check("a symbolic link");
    m.write("/link", b"through the link");
    m.check("a write through the link");
    m.fs.symlink("/deep/er", "/dirlink").unwrap();
    m.write("/dirlink/via.txt", b"through a linked directory");
    m.check("a write through a linked directory");
    m.fs.symlink("/made-by-link", "/dangling").unwrap();
    m.check("a dangling link");
    m.write("/dangling", b"created through it");
    m.check("a file created through a dangling link");
    m.fs.rename("/src/app.js", "/src/main.js").unwrap();
    m.check("a rename");
    m.fs.mkdir("/empty", 0o777).unwrap();
    m.check("an empty directory");
    m.fs.rename("/deep", "/empty").unwrap();
    m.check("a directory moved over an empty one");
    m.fs.unlink("/src/main.js").unwrap();
    m.check("an unlink");
    m.fs.chmod("/empty/er", 0o700).unwrap();
    m.fs.utimes("/empty/er/est/bytes.bin", SetTime::At(Timespec::new(5, 6)), SetTime::At(Timespec::new(7, 8))).unwrap();
    m.check("chmod and utimes");
    m.fs.truncate("/empty/er/est/bytes.bin", 3).unwrap();
    m.check("a truncate");
    let log = m.fs.open("/log", OpenFlags(OpenFlags::O_WRONLY | OpenFlags::O_CREAT | OpenFlags::O_APPEND), 0o600).unwrap();
    log.write_at(b"one\n", 0).unwrap();
    m.check("a new file open for appending");
    log.write_at(b"two\n", 0).unwrap();
    m.check("an append through the descriptor");
    // Many changes in one batch, some undoing others.
    m.fs.mkdir("/tmp", 0o777).unwrap();
    m.write("/tmp/scratch", b"x");
    m.fs.mkdir("/tmp/sub", 0o777).unwrap();
    m.write("/tmp/sub/more", b"y");
    rm(&m.fs, "/", "/tmp/sub", true, false).unwrap();
    m.write("/tmp/kept", b"z");
    m.fs.rename("/tmp/kept", "/kept").unwrap();
    rm(&m.fs, "/", "/tmp", true, false).unwrap();
    m.check("a temporary directory made and removed in one batch");
    m.fs.mkdir("/box", 0o777).unwrap();
    m.write("/box/a", b"a");
    m.fs.rename("/box", "/moved").unwrap();
    m.write("/moved/b", b"b");
    m.check("a directory written, moved and written again");
    assert_eq!(m.resets, 0, "no full export was needed");
    // Files the pod cannot read are mirrored all the same.
    m.write("/secret", b"s");
    m.fs.chmod("/secret", 0).unwrap();
    m.fs.chmod("/moved", 0).unwrap();
    m.check("unreadable entries");
}

#[test]
fn a_batch_replaces_created_subtrees_and_refreshes_their_parent() {
    let fs = ticking_fs();
    let feed = FileFeed::new(&fs);
    assert_eq!(feed.drain(&fs, u64::MAX), None, "nothing happened yet");
    fs.mkdir("/a", 0o777).unwrap();
    fs.write_file("/a/b.txt", b"hello", OpenFlags::WRITE, 0o666).unwrap();
    let batch = feed.drain(&fs, u64::MAX).unwrap();
    assert!(!batch.reset);
    assert_eq!(batch.removed, ["/a"]);
    let paths: Vec<&str> = batch.entries.iter().map(|e| e.path.as_str()).collect();
    assert_eq!(paths, ["/a", "/a/b.txt", "/"]);
    assert_eq!(batch.entries[1].data, EntryData::File(b"hello".to_vec()));
    assert_eq!(batch.data_bytes(), 5);
    assert_eq!(feed.drain(&fs, u64::MAX), None, "the changes were taken");
    fs.unlink("/a/b.txt").unwrap();
    let batch = feed.drain(&fs, u64::MAX).unwrap();
    assert_eq!(batch.removed, ["/a/b.txt"]);
    assert_eq!(batch.entries.iter().map(|e| e.path.as_str()).collect::<Vec<_>>(), ["/a"]);
    fs.write_file("/skipped", b"", OpenFlags::WRITE, 0o666).unwrap();
    feed.skip(&fs);
    assert_eq!(feed.drain(&fs, u64::MAX), None);
}

#[test]
fn a_batch_over_the_byte_budget_waits_for_a_larger_one() {
    let fs = ticking_fs();
    let feed = FileFeed::new(&fs);
    fs.write_file("/big", &vec![7; 100_000], OpenFlags::WRITE, 0o666).unwrap();
    assert_eq!(feed.drain(&fs, 99_999), None);
    assert!(feed.pending(&fs), "the deferred changes are still pending");
    let batch = feed.drain(&fs, 100_000).unwrap();
    assert_eq!(batch.data_bytes(), 100_000);
    assert!(!feed.pending(&fs));
}

#[test]
fn a_lost_journal_sends_the_whole_tree() {
    let mut m = Mirrored::new();
    m.write("/first", b"1");
    m.check("one file");
    for i in 0..JOURNAL_CAPACITY + 10 {
        m.write(&format!("/f{i}"), b"");
    }
    let batch = m.sync().unwrap();
    assert!(batch.reset);
    m.check("more changes than the journal holds");
    assert_eq!(m.mirror.len(), JOURNAL_CAPACITY + 10 + 2);
}

#[test]
fn hard_links_and_writes_after_a_rename_force_a_full_export() {
    let mut m = Mirrored::new();
    m.write("/one", b"1");
    m.check("a file");
    m.fs.link("/one", "/two").unwrap();
    m.check("a hard link");
    assert_eq!(m.resets, 1);
    m.write("/two", b"changed through the second name");
    m.check("a write through one of two names");
    assert_eq!(m.resets, 2);
    m.fs.unlink("/two").unwrap();
    let fd = m.fs.open("/one", OpenFlags(OpenFlags::O_WRONLY), 0).unwrap();
    m.fs.rename("/one", "/renamed").unwrap();
    m.check("a rename of an open file");
    let resets = m.resets;
    fd.write_at(b"late", 0).unwrap();
    m.check("a write through the descriptor after the rename");
    assert_eq!(m.resets, resets + 1);
}

#[test]
fn pod_fs_errors_name_the_syscall_and_the_given_paths() {
    let fs = ticking_fs();
    let err = |errno, syscall, path: Option<&str>, dest: Option<&str>| OpError {
        errno,
        syscall,
        path: path.map(String::from),
        dest: dest.map(String::from),
    };
    fs.mkdir("/work", 0o777).unwrap();
    let cwd = "/work";
    write_file(&fs, cwd, "f", b"data", OpenFlags::WRITE.0, 0o666).unwrap();
    assert_eq!(fs.read_file("/work/f").unwrap(), b"data");
    assert_eq!(read_file(&fs, cwd, "f", 0).unwrap(), b"data");
    assert_eq!(read_file(&fs, cwd, "nope", 0), Err(err(Errno::ENOENT, "open", Some("nope"), None)));
    assert_eq!(read_file(&fs, cwd, "/work", 0), Err(err(Errno::EISDIR, "read", None, None)));
    assert_eq!(
        write_file(&fs, cwd, "no/x", b"", OpenFlags::WRITE.0, 0o666),
        Err(err(Errno::ENOENT, "open", Some("no/x"), None))
    );
    assert_eq!(readdir(&fs, cwd, "f"), Err(err(Errno::ENOTDIR, "scandir", Some("f"), None)));
    assert_eq!(mkdir(&fs, cwd, "f", 0o777, false), Err(err(Errno::EEXIST, "mkdir", Some("f"), None)));
    assert_eq!(mkdir(&fs, cwd, "f/x", 0o777, true), Err(err(Errno::ENOTDIR, "mkdir", Some("f/x"), None)));
    assert_eq!(mkdir(&fs, cwd, "f", 0o777, true), Err(err(Errno::EEXIST, "mkdir", Some("f"), None)));
    assert_eq!(mkdir(&fs, cwd, "n1/n2/", 0o777, true), Ok(Some("n1".into())));
    assert_eq!(mkdir(&fs, cwd, "n1", 0o777, true), Ok(None));
    assert_eq!(stat(&fs, cwd, "nope"), Err(err(Errno::ENOENT, "stat", Some("nope"), None)));
    assert_eq!(rename(&fs, cwd, "nope", "x"), Err(err(Errno::ENOENT, "rename", Some("nope"), Some("x"))));
    assert_eq!(symlink(&fs, cwd, "x", "f"), Err(err(Errno::EEXIST, "symlink", Some("x"), Some("f"))));
    assert_eq!(readlink(&fs, cwd, "f"), Err(err(Errno::EINVAL, "readlink", Some("f"), None)));
    symlink(&fs, cwd, "f", "l").unwrap();
    assert!(lstat(&fs, cwd, "l").unwrap().is_symlink());
    assert!(stat(&fs, cwd, "l").unwrap().is_file());
    assert_eq!(readlink(&fs, cwd, "l").unwrap(), "f");
    assert_eq!(rm(&fs, cwd, "nope", false, false), Err(err(Errno::ENOENT, "lstat", Some("nope"), None)));
    assert_eq!(rm(&fs, cwd, "nope", false, true), Ok(()));
    assert_eq!(rm(&fs, cwd, "n1", false, false), Err(err(Errno::EISDIR, "rm", Some("n1"), None)));
    write_file(&fs, cwd, "n1/n2/leaf", b"", OpenFlags::WRITE.0, 0o666).unwrap();
    rm(&fs, cwd, "n1", true, false).unwrap();
    assert_eq!(stat(&fs, cwd, "n1").map(|_| ()), Err(err(Errno::ENOENT, "stat", Some("n1"), None)));
    rm(&fs, cwd, "l", false, false).unwrap();
    assert!(stat(&fs, cwd, "f").is_ok(), "rm of a link leaves its target");
    // A read-only directory: the failing child is named.
    mkdir(&fs, cwd, "ro/inner", 0o777, true).unwrap();
    write_file(&fs, cwd, "ro/inner/file", b"", OpenFlags::WRITE.0, 0o666).unwrap();
    fs.chmod("/work/ro/inner", 0o555).unwrap();
    assert_eq!(rm(&fs, cwd, "ro", true, false), Err(err(Errno::EACCES, "unlink", Some("ro/inner/file"), None)));
    assert_eq!(export(&fs, cwd, "f"), Err(err(Errno::ENOTDIR, "scandir", Some("f"), None)));
}

#[test]
fn mount_writes_a_tree_and_export_reads_it_back() {
    let fs = ticking_fs();
    let item = |path: &str, kind| MountItem { path: path.into(), kind };
    let items = vec![
        item("pkg", MountKind::Directory),
        item("pkg/index.js", MountKind::File(b"module.exports = 1".to_vec())),
        item("pkg/alias.js", MountKind::Symlink("./index.js".into())),
        item("empty", MountKind::Directory),
    ];
    mount(&fs, "/", "/project/app", &items).unwrap();
    assert_eq!(fs.read_file("/project/app/pkg/alias.js").unwrap(), b"module.exports = 1");
    // Mounting again replaces files and links, keeps directories.
    let again = vec![
        item("pkg", MountKind::Directory),
        item("pkg/index.js", MountKind::File(b"2".to_vec())),
        item("pkg/alias.js", MountKind::File(b"no longer a link".to_vec())),
    ];
    mount(&fs, "/project", "app", &again).unwrap();
    assert_eq!(fs.read_file("/project/app/pkg/index.js").unwrap(), b"2");
    assert!(fs.lstat("/project/app/pkg/alias.js").unwrap().is_file());
    let conflict = vec![item("empty", MountKind::Symlink("x".into()))];
    assert_eq!(
        mount(&fs, "/", "/project/app", &conflict),
        Err(OpError { errno: Errno::EEXIST, syscall: "symlink", path: Some("x".into()), dest: Some("/project/app/empty".into()) })
    );
    fs.symlink("/project/app", "/shortcut").unwrap();
    let exported = export(&fs, "/", "/shortcut").unwrap();
    let shape: Vec<(&str, u32)> = exported.iter().map(|e| (e.path.as_str(), e.mode)).collect();
    assert_eq!(
        shape,
        [
            ("/project/app", 0o755),
            ("/project/app/empty", 0o755),
            ("/project/app/pkg", 0o755),
            ("/project/app/pkg/alias.js", 0o644),
            ("/project/app/pkg/index.js", 0o644),
        ]
    );
}
