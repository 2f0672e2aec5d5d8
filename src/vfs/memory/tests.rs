use std::cell::Cell;
use std::rc::Rc;

use super::*;
use crate::vfs::{F_OK, W_OK};

/// A MemoryFs acting as root, with a clock the test moves.
fn fs_with_clock() -> (MemoryFs, Rc<Cell<i64>>) {
    let seconds = Rc::new(Cell::new(1_000));
    let clock = seconds.clone();
    let fs = MemoryFs::with_user(Rc::new(move || Timespec::new(clock.get(), 0)), User::ROOT);
    (fs, seconds)
}

fn fs() -> MemoryFs {
    fs_with_clock().0
}

fn errno<T>(result: FsResult<T>) -> Errno {
    match result {
        Ok(_) => panic!("expected an error"),
        Err(e) => e.errno,
    }
}

fn write(fs: &MemoryFs, path: &str, data: &str) {
    fs.write_file(path, data.as_bytes(), OpenFlags::WRITE, 0o666).unwrap();
}

fn read(fs: &MemoryFs, path: &str) -> String {
    String::from_utf8(fs.read_file(path).unwrap()).unwrap()
}

fn names(fs: &MemoryFs, path: &str) -> Vec<String> {
    fs.readdir(path).unwrap().into_iter().map(|e| e.name).collect()
}

const RDWR: OpenFlags = OpenFlags(OpenFlags::O_RDWR);

#[test]
fn files_round_trip_with_modes_from_the_umask() {
    let fs = fs();
    fs.mkdir("/src", 0o777).unwrap();
    write(&fs, "/src/app.js", "console.log(1)");
    assert_eq!(read(&fs, "/src/app.js"), "console.log(1)");
    assert_eq!(read(&fs, "/src/../src/./app.js"), "console.log(1)");
    let stats = fs.stat("/src/app.js").unwrap();
    assert_eq!(stats.mode, S_IFREG | 0o644);
    assert_eq!(stats.size, 14);
    assert_eq!(stats.blocks, 8);
    assert_eq!(stats.blksize, 4096);
    assert_eq!(stats.nlink, 1);
    let dir = fs.stat("/src").unwrap();
    assert_eq!(dir.mode, S_IFDIR | 0o755);
    assert_eq!(dir.size, 4096);
    assert_ne!(dir.ino, stats.ino);
    assert_eq!(errno(fs.read_file("/src")), Errno::EISDIR);
    assert_eq!(errno(fs.read_file("/nope")), Errno::ENOENT);
    fs.set_umask(0o077);
    write(&fs, "/private", "");
    assert_eq!(fs.stat("/private").unwrap().mode & 0o777, 0o600);
}

#[test]
fn open_flags_follow_posix() {
    let fs = fs();
    let excl = OpenFlags(OpenFlags::WRITE.0 | OpenFlags::O_EXCL);
    fs.open("/a", excl, 0o644).unwrap();
    assert_eq!(errno(fs.open("/a", excl, 0o644)), Errno::EEXIST);
    assert_eq!(errno(fs.open("/missing", OpenFlags::READ, 0)), Errno::ENOENT);
    fs.mkdir("/d", 0o755).unwrap();
    assert_eq!(errno(fs.open("/d", OpenFlags::WRITE, 0o644)), Errno::EISDIR);
    assert_eq!(errno(fs.open("/d", RDWR, 0)), Errno::EISDIR);
    // A directory opens for reading; reading it is what fails.
    let dir = fs.open("/d", OpenFlags::READ, 0).unwrap();
    assert_eq!(errno(dir.read_at(&mut [0; 4], 0)), Errno::EISDIR);
    let dir_only = OpenFlags(OpenFlags::O_DIRECTORY);
    assert_eq!(errno(fs.open("/a", dir_only, 0)), Errno::ENOTDIR);
    assert_eq!(errno(fs.open("/new/", OpenFlags::WRITE, 0o644)), Errno::EISDIR);
    // O_TRUNC empties, O_APPEND writes at the end whatever the offset.
    write(&fs, "/a", "hello");
    let append = fs.open("/a", OpenFlags(OpenFlags::O_WRONLY | OpenFlags::O_APPEND), 0).unwrap();
    append.write_at(b" world", 0).unwrap();
    assert_eq!(read(&fs, "/a"), "hello world");
    fs.open("/a", OpenFlags(OpenFlags::O_WRONLY | OpenFlags::O_TRUNC), 0).unwrap();
    assert_eq!(read(&fs, "/a"), "");
    // Access modes are enforced on the open file.
    let read_only = fs.open("/a", OpenFlags::READ, 0).unwrap();
    assert_eq!(errno(read_only.write_at(b"x", 0)), Errno::EBADF);
    assert_eq!(errno(read_only.truncate(0)), Errno::EINVAL);
    let write_only = fs.open("/a", OpenFlags(OpenFlags::O_WRONLY), 0).unwrap();
    assert_eq!(errno(write_only.read_at(&mut [0; 1], 0)), Errno::EBADF);
    // O_NOFOLLOW refuses a final symlink; O_CREAT|O_EXCL does not follow one.
    fs.symlink("/a", "/link").unwrap();
    assert_eq!(errno(fs.open("/link", OpenFlags(OpenFlags::O_NOFOLLOW), 0)), Errno::ELOOP);
    fs.symlink("/target", "/dangling").unwrap();
    assert_eq!(errno(fs.open("/dangling", excl, 0o644)), Errno::EEXIST);
    // Plain O_CREAT through a dangling link creates its target.
    fs.open("/dangling", OpenFlags::WRITE, 0o644).unwrap();
    assert!(fs.lstat("/target").unwrap().is_file());
}

#[test]
fn writes_past_the_end_fill_with_zeros_and_truncate_both_ways() {
    let fs = fs();
    let file = fs.open("/f", OpenFlags(OpenFlags::O_RDWR | OpenFlags::O_CREAT), 0o644).unwrap();
    file.write_at(b"ab", 4).unwrap();
    assert_eq!(fs.read_file("/f").unwrap(), b"\0\0\0\0ab");
    file.truncate(2).unwrap();
    assert_eq!(fs.read_file("/f").unwrap(), b"\0\0");
    fs.truncate("/f", 5).unwrap();
    assert_eq!(fs.stat("/f").unwrap().size, 5);
    let mut buf = [9u8; 8];
    assert_eq!(file.read_at(&mut buf, 3).unwrap(), 2);
    assert_eq!(file.read_at(&mut buf, 99).unwrap(), 0);
    assert_eq!(errno(fs.truncate("/", 0)), Errno::EISDIR);
    assert_eq!(errno(file.truncate(MAX_FILE_SIZE + 1)), Errno::EFBIG);
}

#[test]
fn a_large_file_is_written_and_read_whole() {
    let fs = fs();
    let data: Vec<u8> = (0..50 * 1024 * 1024).map(|i| (i % 251) as u8).collect();
    fs.write_file("/big", &data, OpenFlags::WRITE, 0o644).unwrap();
    assert_eq!(fs.stat("/big").unwrap().size, data.len() as u64);
    assert_eq!(fs.stat("/big").unwrap().blocks, (data.len() as u64).div_ceil(4096) * 8);
    let file = fs.open("/big", OpenFlags::READ, 0).unwrap();
    let mut len = 0;
    file.with_contents(&mut |bytes| len = bytes.len()).unwrap();
    assert_eq!(len, data.len());
    assert!(fs.read_file("/big").unwrap() == data);
}

#[test]
fn rename_follows_posix_rules() {
    let fs = fs();
    fs.mkdir("/a", 0o755).unwrap();
    fs.mkdir("/a/sub", 0o755).unwrap();
    fs.mkdir("/empty", 0o755).unwrap();
    fs.mkdir("/full", 0o755).unwrap();
    write(&fs, "/full/x", "x");
    write(&fs, "/file", "f");
    assert_eq!(errno(fs.rename("/missing", "/b")), Errno::ENOENT);
    assert_eq!(errno(fs.rename("/file", "/a")), Errno::EISDIR);
    assert_eq!(errno(fs.rename("/a", "/file")), Errno::ENOTDIR);
    assert_eq!(errno(fs.rename("/a", "/full")), Errno::ENOTEMPTY);
    assert_eq!(errno(fs.rename("/a", "/a/sub/inside")), Errno::EINVAL);
    assert_eq!(errno(fs.rename("/a", "/a/inside")), Errno::EINVAL);
    assert_eq!(errno(fs.rename("/file", "/nope/file")), Errno::ENOENT);
    assert_eq!(errno(fs.rename("/file", "/other/")), Errno::ENOTDIR);
    // Onto itself: nothing happens.
    fs.rename("/file", "/file").unwrap();
    fs.link("/file", "/same").unwrap();
    fs.rename("/file", "/same").unwrap();
    assert_eq!(names(&fs, "/"), ["a", "empty", "file", "full", "same"]);
    // A directory replaces an empty one; link counts follow.
    assert_eq!(fs.stat("/").unwrap().nlink, 5);
    fs.rename("/a", "/empty").unwrap();
    assert_eq!(fs.stat("/").unwrap().nlink, 4);
    assert_eq!(fs.stat("/empty").unwrap().nlink, 3);
    assert!(fs.stat("/empty/sub").unwrap().is_dir());
    fs.rename("/empty/sub", "/full/sub").unwrap();
    assert_eq!(fs.stat("/empty").unwrap().nlink, 2);
    assert_eq!(fs.stat("/full").unwrap().nlink, 3);
    // A file replaces a file; the replaced one loses its link.
    write(&fs, "/full/y", "y");
    let replaced = fs.open("/full/y", OpenFlags::READ, 0).unwrap();
    fs.rename("/full/x", "/full/y").unwrap();
    assert_eq!(read(&fs, "/full/y"), "x");
    assert_eq!(replaced.stat().unwrap().nlink, 0);
    assert_eq!(errno(fs.stat("/full/x")), Errno::ENOENT);
    // Renaming a symlink moves the link, not its target.
    fs.symlink("full/y", "/ln").unwrap();
    fs.rename("/ln", "/ln2").unwrap();
    assert_eq!(fs.readlink("/ln2").unwrap(), "full/y");
    assert_eq!(errno(fs.rename("/", "/x")), Errno::EBUSY);
}

#[test]
fn rmdir_and_unlink_refuse_the_wrong_kind() {
    let fs = fs();
    fs.mkdir("/d", 0o755).unwrap();
    write(&fs, "/d/f", "");
    assert_eq!(errno(fs.rmdir("/d")), Errno::ENOTEMPTY);
    assert_eq!(errno(fs.rmdir("/d/f")), Errno::ENOTDIR);
    assert_eq!(errno(fs.unlink("/d")), Errno::EISDIR);
    assert_eq!(errno(fs.rmdir("/")), Errno::EBUSY);
    assert_eq!(errno(fs.rmdir("/d/.")), Errno::EINVAL);
    assert_eq!(errno(fs.unlink("/d/missing")), Errno::ENOENT);
    fs.symlink("/d", "/dl").unwrap();
    assert_eq!(errno(fs.rmdir("/dl")), Errno::ENOTDIR);
    assert_eq!(errno(fs.rmdir("/dl/")), Errno::ENOTDIR);
    assert_eq!(errno(fs.unlink("/dl/")), Errno::ENOTDIR);
    // Unlinking a symlink removes the link only.
    fs.unlink("/dl").unwrap();
    assert!(fs.stat("/d").unwrap().is_dir());
    fs.unlink("/d/f").unwrap();
    fs.rmdir("/d/").unwrap();
    assert_eq!(errno(fs.stat("/d")), Errno::ENOENT);
    assert_eq!(fs.stat("/").unwrap().nlink, 2);
    assert_eq!(errno(fs.mkdir("/", 0o755)), Errno::EEXIST);
    assert_eq!(errno(fs.mkdir("/a/b", 0o755)), Errno::ENOENT);
}

#[test]
fn symlinks_resolve_like_the_kernel() {
    let fs = fs();
    fs.mkdir("/real", 0o755).unwrap();
    fs.mkdir("/real/inner", 0o755).unwrap();
    write(&fs, "/real/inner/f", "data");
    fs.symlink("/real/inner", "/abs").unwrap();
    fs.symlink("real/inner", "/rel").unwrap();
    fs.symlink("../inner/f", "/real/inner/up").unwrap();
    assert_eq!(read(&fs, "/abs/f"), "data");
    assert_eq!(read(&fs, "/rel/f"), "data");
    assert_eq!(read(&fs, "/abs/up"), "data");
    // ".." after a link is taken in the link's target, not lexically.
    assert!(fs.stat("/abs/..").unwrap().is_dir());
    assert_eq!(fs.realpath("/abs/..").unwrap(), "/real");
    assert_eq!(fs.realpath("/rel/up").unwrap(), "/real/inner/f");
    assert_eq!(fs.realpath("/").unwrap(), "/");
    assert_eq!(fs.realpath("/real/./inner/../inner").unwrap(), "/real/inner");
    assert_eq!(errno(fs.realpath("/abs/missing")), Errno::ENOENT);
    assert_eq!(fs.readlink("/rel").unwrap(), "real/inner");
    assert_eq!(errno(fs.readlink("/real")), Errno::EINVAL);
    let link = fs.lstat("/rel").unwrap();
    assert!(link.is_symlink());
    assert_eq!(link.mode, S_IFLNK | 0o777);
    assert_eq!(link.size, "real/inner".len() as u64);
    assert!(fs.stat("/rel").unwrap().is_dir());
    // A trailing slash follows the link even for lstat.
    assert!(fs.lstat("/rel/").unwrap().is_dir());
    assert_eq!(errno(fs.symlink("x", "/rel")), Errno::EEXIST);
    // The link to a link to a link... ends in ELOOP after 40.
    fs.symlink("/loop2", "/loop1").unwrap();
    fs.symlink("/loop1", "/loop2").unwrap();
    assert_eq!(errno(fs.stat("/loop1")), Errno::ELOOP);
    assert!(fs.lstat("/loop1").unwrap().is_symlink());
    for i in 0..40 {
        fs.symlink(&format!("/chain{}", i + 1), &format!("/chain{i}")).unwrap();
    }
    write(&fs, "/chain40", "end");
    assert_eq!(read(&fs, "/chain0"), "end", "40 links are still followed");
    fs.symlink("/chain0", "/chain-1").unwrap();
    assert_eq!(errno(fs.read_file("/chain-1")), Errno::ELOOP);
    // mkdir through a dangling link with a trailing slash does not create the target.
    fs.symlink("/nowhere", "/dangling").unwrap();
    assert_eq!(errno(fs.mkdir("/dangling/", 0o755)), Errno::EEXIST);
    assert_eq!(errno(fs.stat("/nowhere")), Errno::ENOENT);
}

#[test]
fn a_file_in_the_middle_of_a_path_is_enotdir() {
    let fs = fs();
    write(&fs, "/file", "x");
    assert_eq!(errno(fs.stat("/file/x")), Errno::ENOTDIR);
    assert_eq!(errno(fs.stat("/file/")), Errno::ENOTDIR);
    assert_eq!(errno(fs.stat("/file/..")), Errno::ENOTDIR);
    assert_eq!(errno(fs.mkdir("/file/x", 0o755)), Errno::ENOTDIR);
    assert_eq!(errno(fs.open("/file/x", OpenFlags::WRITE, 0o644)), Errno::ENOTDIR);
    assert_eq!(errno(fs.readdir("/file")), Errno::ENOTDIR);
    assert_eq!(errno(fs.readdir("/missing")), Errno::ENOENT);
    assert_eq!(errno(fs.stat("relative")), Errno::EINVAL);
    assert_eq!(errno(fs.stat("")), Errno::ENOENT);
    assert_eq!(errno(fs.stat(&format!("/{}", "n".repeat(256)))), Errno::ENAMETOOLONG);
}

#[test]
fn readdir_is_sorted_with_types() {
    let fs = fs();
    for name in ["b", "a", "C", "_"] {
        write(&fs, &format!("/{name}"), "");
    }
    fs.mkdir("/dir", 0o755).unwrap();
    fs.symlink("a", "/ln").unwrap();
    let entries = fs.readdir("/").unwrap();
    let listed: Vec<_> = entries.iter().map(|e| (e.name.as_str(), e.kind.dirent_type())).collect();
    assert_eq!(listed, [("C", 1), ("_", 1), ("a", 1), ("b", 1), ("dir", 2), ("ln", 3)]);
}

#[test]
fn permissions_apply_to_users_but_not_to_root() {
    let (fs, _) = fs_with_clock();
    fs.mkdir("/home", 0o755).unwrap();
    fs.chown("/home", Some(1000), Some(1000)).unwrap();
    write(&fs, "/root-only", "secret");
    fs.chmod("/root-only", 0o600).unwrap();
    fs.mkdir("/locked", 0o700).unwrap();
    write(&fs, "/locked/f", "x");
    fs.set_user(User { uid: 1000, gid: 1000 });
    assert_eq!(errno(fs.read_file("/root-only")), Errno::EACCES);
    assert_eq!(errno(fs.open("/root-only", OpenFlags::WRITE, 0)), Errno::EACCES);
    assert_eq!(errno(fs.access("/root-only", R_OK)), Errno::EACCES);
    fs.access("/root-only", F_OK).unwrap();
    assert_eq!(errno(fs.stat("/locked/f")), Errno::EACCES, "no search permission on /locked");
    assert_eq!(errno(fs.readdir("/locked")), Errno::EACCES);
    assert_eq!(errno(fs.mkdir("/mine", 0o755)), Errno::EACCES, "/ is root's");
    assert_eq!(errno(fs.unlink("/root-only")), Errno::EACCES);
    assert_eq!(errno(fs.chmod("/root-only", 0o777)), Errno::EPERM);
    assert_eq!(errno(fs.chown("/home", Some(0), None)), Errno::EPERM);
    assert_eq!(
        errno(fs.utimes("/root-only", SetTime::At(Timespec::new(1, 0)), SetTime::At(Timespec::new(1, 0)))),
        Errno::EPERM
    );
    // In its own directory the user does as it likes.
    write(&fs, "/home/notes", "mine");
    let stats = fs.stat("/home/notes").unwrap();
    assert_eq!((stats.uid, stats.gid), (1000, 1000));
    fs.chmod("/home/notes", 0o400).unwrap();
    assert_eq!(errno(fs.open("/home/notes", RDWR, 0)), Errno::EACCES);
    assert_eq!(errno(fs.access("/home/notes", W_OK)), Errno::EACCES);
    assert_eq!(errno(fs.access("/home/notes", X_OK)), Errno::EACCES);
    // A new file opens for writing whatever mode it is created with.
    let fresh = fs.open("/home/ro", OpenFlags::WRITE, 0o444).unwrap();
    fresh.write_at(b"ok", 0).unwrap();
    // Root bypasses the bits (except execute on a file no one may execute).
    fs.set_user(User::ROOT);
    assert_eq!(read(&fs, "/root-only"), "secret");
    fs.open("/home/notes", RDWR, 0).unwrap();
    fs.access("/home/notes", R_OK | W_OK).unwrap();
    assert_eq!(errno(fs.access("/home/notes", X_OK)), Errno::EACCES);
    fs.access("/locked", X_OK).unwrap();
}

#[test]
fn sticky_directories_keep_others_files() {
    let fs = fs();
    fs.mkdir("/tmp", 0o777).unwrap();
    fs.chmod("/tmp", 0o1777).unwrap();
    fs.set_user(User { uid: 1, gid: 1 });
    write(&fs, "/tmp/ones", "");
    fs.set_user(User { uid: 2, gid: 2 });
    assert_eq!(errno(fs.unlink("/tmp/ones")), Errno::EPERM);
    write(&fs, "/tmp/twos", "");
    fs.unlink("/tmp/twos").unwrap();
}

#[test]
fn open_files_survive_unlink_and_hard_links_count() {
    let fs = fs();
    write(&fs, "/f", "before");
    fs.link("/f", "/g").unwrap();
    assert_eq!(fs.stat("/f").unwrap().nlink, 2);
    assert_eq!(fs.stat("/f").unwrap().ino, fs.stat("/g").unwrap().ino);
    write(&fs, "/g", "shared");
    assert_eq!(read(&fs, "/f"), "shared");
    let open = fs.open("/f", RDWR, 0).unwrap();
    fs.unlink("/f").unwrap();
    assert_eq!(fs.stat("/g").unwrap().nlink, 1);
    fs.unlink("/g").unwrap();
    assert_eq!(open.stat().unwrap().nlink, 0);
    open.write_at(b"after", 0).unwrap();
    assert_eq!(open.read_to_end(0).unwrap(), b"afterd");
    assert_eq!(errno(fs.stat("/f")), Errno::ENOENT);
    fs.mkdir("/d", 0o755).unwrap();
    assert_eq!(errno(fs.link("/d", "/d2")), Errno::EPERM);
    assert_eq!(errno(fs.link("/missing", "/x")), Errno::ENOENT);
    write(&fs, "/x", "");
    assert_eq!(errno(fs.link("/x", "/d")), Errno::EEXIST);
}

#[test]
fn times_follow_reads_writes_and_metadata_changes() {
    let (fs, clock) = fs_with_clock();
    write(&fs, "/f", "one");
    let born = fs.stat("/f").unwrap();
    assert_eq!(born.birthtime, Timespec::new(1000, 0));
    assert_eq!((born.atime, born.mtime, born.ctime), (born.birthtime, born.birthtime, born.birthtime));
    clock.set(1010);
    fs.read_file("/f").unwrap();
    let read_once = fs.stat("/f").unwrap();
    assert_eq!(read_once.atime, Timespec::new(1010, 0), "relatime: first read after a write");
    assert_eq!(read_once.mtime, Timespec::new(1000, 0));
    clock.set(1020);
    fs.read_file("/f").unwrap();
    assert_eq!(fs.stat("/f").unwrap().atime, Timespec::new(1010, 0), "relatime: later reads leave atime");
    clock.set(1030);
    write(&fs, "/f", "two");
    let written = fs.stat("/f").unwrap();
    assert_eq!((written.mtime, written.ctime), (Timespec::new(1030, 0), Timespec::new(1030, 0)));
    assert_eq!(fs.stat("/").unwrap().mtime, Timespec::new(1000, 0), "rewriting a file leaves its directory");
    clock.set(1040);
    fs.chmod("/f", 0o600).unwrap();
    let changed = fs.stat("/f").unwrap();
    assert_eq!((changed.mtime, changed.ctime), (Timespec::new(1030, 0), Timespec::new(1040, 0)));
    fs.utimes("/f", SetTime::At(Timespec::new(5, 6)), SetTime::Omit).unwrap();
    let set = fs.stat("/f").unwrap();
    assert_eq!((set.atime, set.mtime), (Timespec::new(5, 6), Timespec::new(1030, 0)));
    clock.set(1050);
    write(&fs, "/g", "");
    assert_eq!(fs.stat("/").unwrap().mtime, Timespec::new(1050, 0), "a new name changes the directory");
    fs.symlink("g", "/ln").unwrap();
    fs.lutimes("/ln", SetTime::At(Timespec::new(7, 0)), SetTime::At(Timespec::new(8, 0))).unwrap();
    assert_eq!(fs.lstat("/ln").unwrap().mtime, Timespec::new(8, 0));
    assert_eq!(fs.stat("/ln").unwrap().mtime, Timespec::new(1050, 0));
}

#[test]
fn the_journal_records_every_mutation() {
    let fs = fs();
    let start = fs.watch_cursor();
    fs.mkdir("/d", 0o755).unwrap();
    write(&fs, "/d/f", "x");
    fs.rename("/d/f", "/d/g").unwrap();
    fs.chmod("/d/g", 0o600).unwrap();
    fs.unlink("/d/g").unwrap();
    let changes = fs.changes_since(start);
    let seen: Vec<(&str, &str)> = changes.changes.iter().map(|c| (c.path.as_str(), c.kind.as_str())).collect();
    assert_eq!(
        seen,
        [
            ("/d", "rename"),
            ("/d/f", "rename"),
            ("/d/f", "change"),
            ("/d/f", "rename"),
            ("/d/g", "rename"),
            ("/d/g", "change"),
            ("/d/g", "rename"),
        ]
    );
    assert_eq!(changes.next_cursor, fs.watch_cursor());
    assert!(fs.changes_since(changes.next_cursor).changes.is_empty());
    // Writes through an open file are changes to its path.
    let file = fs.open("/w", OpenFlags::WRITE, 0o644).unwrap();
    let before = fs.watch_cursor();
    file.write_at(b"x", 0).unwrap();
    let after = fs.changes_since(before);
    assert_eq!(after.changes.len(), 1);
    assert_eq!((after.changes[0].path.as_str(), after.changes[0].kind), ("/w", ChangeKind::Change));
}

#[test]
fn copy_file_copies_contents_and_mode() {
    let fs = fs();
    write(&fs, "/src", "contents");
    fs.chmod("/src", 0o750).unwrap();
    fs.copy_file("/src", "/dst", false).unwrap();
    assert_eq!(read(&fs, "/dst"), "contents");
    assert_eq!(fs.stat("/dst").unwrap().mode, S_IFREG | 0o750);
    assert_ne!(fs.stat("/dst").unwrap().ino, fs.stat("/src").unwrap().ino);
    assert_eq!(errno(fs.copy_file("/src", "/dst", true)), Errno::EEXIST);
    write(&fs, "/src", "new");
    fs.copy_file("/src", "/dst", false).unwrap();
    assert_eq!(read(&fs, "/dst"), "new");
    fs.copy_file("/src", "/src", false).unwrap();
    assert_eq!(read(&fs, "/src"), "new");
    fs.mkdir("/dir", 0o755).unwrap();
    assert_eq!(errno(fs.copy_file("/dir", "/x", false)), Errno::EISDIR);
    assert_eq!(errno(fs.copy_file("/src", "/dir", false)), Errno::EISDIR);
    assert_eq!(errno(fs.copy_file("/missing", "/x", false)), Errno::ENOENT);
}

#[test]
fn export_and_import_round_trip_a_tree() {
    let (fs, clock) = fs_with_clock();
    fs.put_file("/project/src/app.js", "app").unwrap();
    fs.put_file("/project/package.json", "{}").unwrap();
    fs.symlink("src/app.js", "/project/main").unwrap();
    fs.chmod("/project/src/app.js", 0o755).unwrap();
    fs.utimes("/project/src/app.js", SetTime::At(Timespec::new(3, 4)), SetTime::At(Timespec::new(5, 6))).unwrap();
    let exported = fs.export("/project").unwrap();
    let paths: Vec<&str> = exported.iter().map(|e| e.path.as_str()).collect();
    assert_eq!(paths, ["/project", "/project/main", "/project/package.json", "/project/src", "/project/src/app.js"]);
    let app = &exported[4];
    assert_eq!(app.data, EntryData::File(b"app".to_vec()));
    assert_eq!((app.mode, app.atime, app.mtime), (0o755, Timespec::new(3, 4), Timespec::new(5, 6)));
    assert_eq!(exported[1].data, EntryData::Symlink("src/app.js".into()));

    clock.set(9999);
    let copy = MemoryFs::new(Rc::new(|| Timespec::new(1, 0)));
    copy.import(exported.clone()).unwrap();
    assert_eq!(copy.export("/project").unwrap(), exported);
    assert_eq!(read(&copy, "/project/main"), "app");

    // Importing over existing entries replaces them in place.
    let mut changed = exported.clone();
    changed[2].data = EntryData::File(b"{\"v\":2}".to_vec());
    changed[4].data = EntryData::Directory;
    copy.import(changed).unwrap();
    assert_eq!(read(&copy, "/project/package.json"), "{\"v\":2}");
    assert!(copy.stat("/project/src/app.js").unwrap().is_dir());
    assert_eq!(errno(fs.export("/missing")), Errno::ENOENT);
}

#[test]
fn put_file_makes_parents_as_the_host() {
    let fs = MemoryFs::new(Rc::new(|| Timespec::new(1, 0)));
    assert_eq!(fs.user(), User::DEFAULT);
    fs.put_file("/a/b/c.txt", b"x".to_vec()).unwrap();
    let dir = fs.stat("/a/b").unwrap();
    assert_eq!((dir.uid, dir.mode), (1000, S_IFDIR | 0o755));
    assert_eq!(fs.stat("/a/b/c.txt").unwrap().uid, 1000);
    fs.put_file("/a/b/c.txt", "y").unwrap();
    assert_eq!(read(&fs, "/a/b/c.txt"), "y");
    assert_eq!(errno(fs.put_file("/a/b/c.txt/d", "z")), Errno::ENOTDIR);
    fs.mkdir_all("/x/y/z").unwrap();
    assert!(fs.stat("/x/y/z").unwrap().is_dir());
    // The default user owns the root, so a pod's process can write there.
    write(&fs, "/app.js", "");
}

#[test]
fn load_dir_copies_a_real_tree() {
    let dir = std::env::temp_dir().join(format!("nodeling-load-dir-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::write(dir.join("sub/a.txt"), "hello").unwrap();
    std::os::unix::fs::symlink("sub/a.txt", dir.join("ln")).unwrap();
    let fs = MemoryFs::new(Rc::new(Timespec::now));
    fs.load_dir(&dir, "/work").unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(read(&fs, "/work/ln"), "hello");
    assert_eq!(names(&fs, "/work"), ["ln", "sub"]);
}

#[test]
fn standard_dirs_give_a_sticky_tmp_and_a_home_the_user_can_write() {
    let fs = MemoryFs::new(Rc::new(|| Timespec::new(1, 0)));
    fs.make_standard_dirs().expect("made");
    assert_eq!(fs.stat("/tmp").expect("tmp").mode & 0o7777, 0o1777);
    fs.put_file("/home/user/.keep", "").expect("home exists");
    fs.mkdir("/tmp/mine", 0o700).expect("anyone may make entries in /tmp");
    assert!(fs.stat("/home/user").expect("home").is_dir());
}
