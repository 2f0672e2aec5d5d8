//! The `fs`, `process` (cwd) and `loop` (queueCompletion) natives, driven
//! from JavaScript in a process over a MemoryFs.

use std::rc::Rc;

use crate::host::native::direct::DirectProcess;
use crate::vfs::{FileSystem, MemoryFs, Timespec};

/// A process whose cwd is /work (holding an empty main.js) on a fresh MemoryFs.
fn process() -> (DirectProcess, MemoryFs) {
    let fs = MemoryFs::new(Rc::new(Timespec::now));
    fs.put_file("/work/main.js", "").unwrap();
    let process = DirectProcess::start_with(Rc::new(fs.clone()), "/work", "/work/main.js").unwrap();
    (process, fs)
}

/// Runs `source` (with `internalBinding` and a `log` that prints each
/// argument as JSON), then the loop; returns stdout.
fn run(source: &str) -> String {
    let (process, _) = process();
    run_in(process, source)
}

fn run_in(mut process: DirectProcess, source: &str) -> String {
    let prelude = "const fs = internalBinding('fs');\n\
                   const log = (...args) => console.log(args.map((a) => a === undefined ? 'undefined' : JSON.stringify(a)).join(' '));\n\
                   const fail = (f) => { try { f(); return 'no error'; } catch (e) { return [e.message, e.errno, e.code, e.syscall, e.path, e.dest]; } };\n";
    process.eval_internal(&format!("{prelude}{source}")).unwrap();
    process.run_until_idle();
    let stderr = process.stderr();
    assert!(stderr.is_empty(), "stderr: {stderr}");
    process.stdout()
}

#[test]
fn errors_are_node_uv_exceptions() {
    let out = run(r#"
        log(fail(() => fs.stat('missing.txt', true, true)));
        log(fs.stat('missing.txt', true, false), fs.stat('main.js/x', false, false));
        log(fail(() => fs.rename('a1', 'b1')));
        log(fail(() => fs.readdir('main.js')));
        log(fail(() => fs.close(99)));
        const e = (() => { try { fs.open('/nope/x', 0, 0) } catch (e) { return e } })();
        log(e instanceof Error, Object.keys(e), e.stack.includes('[test]'));
        log(fail(() => fs.stat('', true, true)));
    "#);
    assert_eq!(
        out,
        concat!(
            r#"["ENOENT: no such file or directory, stat 'missing.txt'",-2,"ENOENT","stat","missing.txt",null]"#,
            "\n",
            "undefined undefined\n",
            r#"["ENOENT: no such file or directory, rename 'a1' -> 'b1'",-2,"ENOENT","rename","a1","b1"]"#,
            "\n",
            r#"["ENOTDIR: not a directory, scandir 'main.js'",-20,"ENOTDIR","scandir","main.js",null]"#,
            "\n",
            r#"["EBADF: bad file descriptor, close",-9,"EBADF","close",null,null]"#,
            "\n",
            r#"true ["errno","code","syscall","path"] true"#,
            "\n",
            r#"["ENOENT: no such file or directory, stat ''",-2,"ENOENT","stat","",null]"#,
            "\n",
        )
    );
}

#[test]
fn descriptors_read_and_write_at_positions() {
    let out = run(r#"
        const O_RDWR = 2, O_CREAT = 0o100, O_APPEND = 0o2000, O_TRUNC = 0o1000;
        const fd = fs.open('data.bin', O_RDWR | O_CREAT | O_TRUNC, 0o644);
        log(fd);
        const text = Buffer.from('hello world');
        log(fs.write(fd, text, 0, 5, null), fs.write(fd, text, 5, 6, -1));
        log(fs.write(fd, text, 0, 1, 0), fs.write(fd, 'J', 0, 1, 0));
        const buf = new Uint8Array(8);
        log(fs.read(fd, buf, 0, 8, 0), Buffer.from(buf).toString());
        log(fs.read(fd, buf, 2, 3, 6), Buffer.from(buf).toString());
        log(fs.read(fd, buf, 0, 8, null), fs.read(fd, buf, 0, 8, -1), 'at the end');
        const r = fs.open('data.bin', 0, 0);
        log(fs.read(r, buf, 0, 4, null), fs.read(r, buf, 0, 8, -1), Buffer.from(buf).toString());
        fs.close(r);
        log(fail(() => fs.read(fd, buf, 4, 8, 0)).slice(0, 1));
        const st = fs.fstat(fd);
        log(st instanceof Float64Array, st.length, st[1] === 0o100644, st[8], st[2]);
        const wide = new Uint16Array(2);
        log(fs.read(fd, wide, 0, 4, 0), Array.from(new Uint8Array(wide.buffer)));
        fs.close(fd);
        log(fail(() => fs.fstat(fd))[0]);
        const app = fs.open('data.bin', 1 | O_APPEND, 0);
        log(fs.write(app, Buffer.from('!'), 0, 1, 0));
        fs.close(app);
        log(fs.readFileUtf8('data.bin', 0));
        const a = fs.open('data.bin', 0, 0), b = fs.open('data.bin', 0, 0);
        fs.close(a);
        log(b, fs.open('data.bin', 0, 0));
        log(fail(() => fs.write(b, 'x', 0, 1, null))[2]);
    "#);
    assert_eq!(
        out,
        "3\n5 6\n1 1\n8 \"Jello wo\"\n3 \"Jewor wo\"\n0 0 \"at the end\"\n4 7 \"o worldo\"\n[\"offset and length must lie within the buffer\"]\n\
         true 18 true 11 1\n4 [74,101,108,108]\n\"EBADF: bad file descriptor, fstat\"\n1\n\"Jello world!\"\n4 3\n\"EBADF\"\n"
    );
}

#[test]
fn whole_files_by_path_and_by_descriptor() {
    let (process, fs) = process();
    fs.put_file("/work/dir/inner.txt", "x").unwrap();
    let out = run_in(
        process,
        r#"
        fs.writeFile('a.txt', 'héllo', 0o1101, 0o644);
        log(fs.readFileUtf8('a.txt', 0), Array.from(fs.readFile('/work/a.txt', 0)).length);
        log(fs.readFile('a.txt', 0) instanceof Uint8Array);
        fs.writeFile('a.txt', Buffer.from(' world'), 0o2101, 0o644);
        log(fs.readFileUtf8('a.txt', 0));
        log(fail(() => fs.readFile('dir', 0)));
        log(fail(() => fs.readFileUtf8('nope', 0)));
        log(fail(() => fs.writeFile('dir', 'x', 0o1101, 0o644)));
        const fd = fs.open('a.txt', 2, 0);
        const three = new Uint8Array(3);
        fs.read(fd, three, 0, 3, null);
        log(fs.readFileUtf8(fd, 0), fs.readFileUtf8(fd, 0));
        fs.writeFile(fd, '!', 0, 0);
        fs.close(fd);
        log(fs.readFileUtf8('a.txt', 0));
        log(fs.readFile(0, 0).length);
        fs.writeFile(1, 'to stdout\n', 0, 0);
        fs.write(2, Buffer.from(''), 0, 0, null);
        const big = new Uint8Array(50 * 1024 * 1024);
        big[big.length - 1] = 7;
        fs.writeFile('big.bin', big, 0o1101, 0o644);
        const back = fs.readFile('big.bin', 0);
        log(back.length, back[back.length - 1], fs.stat('big.bin', true, true)[8]);
    "#,
    );
    assert_eq!(
        out,
        "\"héllo\" 6\ntrue\n\"héllo world\"\n\
         [\"EISDIR: illegal operation on a directory, read\",-21,\"EISDIR\",\"read\",null,null]\n\
         [\"ENOENT: no such file or directory, open 'nope'\",-2,\"ENOENT\",\"open\",\"nope\",null]\n\
         [\"EISDIR: illegal operation on a directory, open 'dir'\",-21,\"EISDIR\",\"open\",\"dir\",null]\n\
         \"llo world\" \"\"\n\"héllo world!\"\n0\nto stdout\n52428800 7 52428800\n"
    );
}

#[test]
fn directories_links_and_metadata() {
    let out = run(r#"
        log(fs.mkdir('x/y/z', 0o777, true), fs.mkdir('x/y/z', 0o777, true));
        log(fs.mkdir('/work/p/q', 0o777, true));
        fs.writeFile('f', '', 0o1101, 0o644);
        log(fail(() => fs.mkdir('f/a/b', 0o777, true)).slice(0, 1), fail(() => fs.mkdir('f', 0o777, true))[0]);
        log(fail(() => fs.mkdir('x', 0o777, false))[0]);
        fs.symlink('f', 'ln', 'file');
        log(fs.readlink('ln'), fs.realpath('x/../ln'));
        fs.link('f', 'hard');
        log(fs.stat('f', true, true)[2], fs.stat('ln', false, true)[1].toString(8));
        log(fs.readdir('.', false), fs.readdir('.', true));
        fs.rename('hard', 'x/moved');
        log(fail(() => fs.rmdir('x'))[0], fail(() => fs.unlink('x'))[0]);
        fs.unlink('x/moved');
        fs.chmod('f', 0o600);
        log((fs.stat('f', true, true)[1] & 0o777).toString(8));
        fs.utimes('f', 1000.5, 2000.25);
        const st = fs.stat('f', true, true);
        log(st[10], st[11], st[12], st[13]);
        log(fs.exists('f'), fs.exists('nope'), fs.access('f', 4), fail(() => fs.access('nope', 0))[0]);
        fs.copyFile('f', 'g', 0);
        log(fail(() => fs.copyFile('f', 'g', 1))[0]);
        const t = fs.mkdtemp('/work/tmp-');
        log(t.length, /^\/work\/tmp-[A-Za-z0-9]{6}$/.test(t), fs.stat(t, true, true)[1].toString(8));
        log(fail(() => fs.mkdtemp('nope/x')).slice(0, 1));
        const fd = fs.open('g', 2, 0);
        fs.write(fd, 'abcdef', 0, 6, 0);
        fs.ftruncate(fd, 2);
        fs.fsync(fd);
        fs.fchmod(fd, 0o640);
        fs.futimes(fd, 5, 6);
        const gs = fs.fstat(fd);
        log(gs[8], (gs[1] & 0o777).toString(8), gs[12]);
        log(fail(() => fs.ftruncate(1, 0))[0]);
        fs.close(fd);
    "#);
    assert_eq!(
        out,
        "\"x\" undefined\n\"/work/p\"\n[\"ENOTDIR: not a directory, mkdir 'f/a/b'\"] \"EEXIST: file already exists, mkdir 'f'\"\n\
         \"EEXIST: file already exists, mkdir 'x'\"\n\"f\" \"/work/f\"\n2 \"120777\"\n\
         [\"f\",\"hard\",\"ln\",\"main.js\",\"p\",\"x\"] [[\"f\",\"hard\",\"ln\",\"main.js\",\"p\",\"x\"],[1,1,3,1,2,2]]\n\
         \"ENOTEMPTY: directory not empty, rmdir 'x'\" \"EISDIR: illegal operation on a directory, unlink 'x'\"\n\
         \"600\"\n1000 500000000 2000 250000000\ntrue false undefined \"ENOENT: no such file or directory, access 'nope'\"\n\
         \"EEXIST: file already exists, copyfile 'f' -> 'g'\"\n16 true \"40700\"\n\
         [\"ENOENT: no such file or directory, mkdtemp 'nope/xXXXXXX'\"]\n2 \"640\" 6\n\"EINVAL: invalid argument, ftruncate\"\n"
    );
}

#[test]
fn relative_paths_follow_chdir() {
    let (process, fs) = process();
    fs.put_file("/work/sub/deep/file.txt", "deep").unwrap();
    fs.symlink("/work/sub", "/work/alias").unwrap();
    let out = run_in(
        process,
        r#"
        const proc = internalBinding('process');
        log(proc.cwd());
        proc.chdir('alias');
        log(proc.cwd(), process.cwd());
        log(fs.readFileUtf8('deep/file.txt', 0));
        process.chdir('..');
        log(process.cwd());
        const e = (() => { try { process.chdir('nope') } catch (e) { return e } })();
        log(e.message, e.errno, e.code, e.syscall, e.path, e.dest);
        log(fail(() => process.chdir('main.js'))[0]);
        log((() => { try { process.chdir(42) } catch (e) { return e.code } })());
    "#,
    );
    assert_eq!(
        out,
        "\"/work\"\n\"/work/sub\" \"/work/sub\"\n\"deep\"\n\"/work\"\n\
         \"ENOENT: no such file or directory, chdir '/work' -> 'nope'\" -2 \"ENOENT\" \"chdir\" \"/work\" \"nope\"\n\
         \"ENOTDIR: not a directory, chdir '/work' -> 'main.js'\"\n\"ERR_INVALID_ARG_TYPE\"\n"
    );
}

#[test]
fn the_journal_reaches_javascript() {
    let out = run(r#"
        const start = fs.watchCursor();
        fs.writeFile('w.txt', 'a', 0o1101, 0o644);
        fs.rename('w.txt', 'v.txt');
        const [next, paths, kinds, lost] = fs.changesSince(start);
        log(paths, kinds, lost, next === fs.watchCursor(), fs.changesSince(next)[1]);
    "#);
    assert_eq!(
        out,
        "[\"/work/w.txt\",\"/work/w.txt\",\"/work/w.txt\",\"/work/v.txt\"] [\"rename\",\"change\",\"rename\",\"rename\"] false true []\n"
    );
}

#[test]
fn descriptors_close_when_the_process_ends() {
    let (mut process, _) = process();
    process.eval_internal("const fs = internalBinding('fs'); fs.open('main.js', 0, 0); fs.open('main.js', 0, 0);").unwrap();
    assert_eq!(process.open_fds(), 5);
    assert_eq!(process.run_until_idle(), Some(0));
    assert_eq!(process.open_fds(), 0);
}

#[test]
fn completions_run_in_the_poll_phase() {
    let out = run(r#"
        const loop = internalBinding('loop');
        loop.queueCompletion(() => {
            log('completion');
            setTimeout(() => log('timeout from completion'), 0);
            setImmediate(() => log('immediate from completion'));
            loop.queueCompletion(() => log('second completion'));
        });
        setImmediate(() => log('immediate'));
        process.nextTick(() => log('tick'));
        Promise.resolve().then(() => log('microtask'));
    "#);
    assert_eq!(
        out,
        "\"tick\"\n\"microtask\"\n\"completion\"\n\"immediate\"\n\"immediate from completion\"\n\
         \"second completion\"\n\"timeout from completion\"\n"
    );
}

#[test]
fn a_completion_alone_keeps_the_loop_alive_and_its_errors_are_uncaught_exceptions() {
    let out = run(r#"
        const loop = internalBinding('loop');
        process.on('uncaughtException', (e) => log('caught', e.message));
        process.on('exit', () => log('exit'));
        loop.queueCompletion(() => { throw new Error('boom'); });
        loop.queueCompletion(() => log('still runs'));
    "#);
    assert_eq!(out, "\"caught\" \"boom\"\n\"still runs\"\n\"exit\"\n");
}

#[test]
fn memory_and_disk_agree_on_a_script_run() {
    let dir = std::env::temp_dir().join(format!("nodeling-fs-binding-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("main.js"), "console.log(require('./lib.js'))").unwrap();
    std::fs::write(dir.join("lib.js"), "module.exports = 'from lib';").unwrap();
    let fs = MemoryFs::new(Rc::new(Timespec::now));
    fs.load_dir(&dir, "/app").unwrap();
    let mut memory = DirectProcess::start_with(Rc::new(fs.clone()), "/app", "/app/main.js").unwrap();
    memory.run_until_idle();
    let mut disk = DirectProcess::start(&dir.join("main.js")).unwrap();
    disk.run_until_idle();
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(memory.stdout(), "from lib\n");
    assert_eq!(disk.stdout(), memory.stdout());
    assert!(fs.stat("/app/lib.js").unwrap().is_file());
}

#[test]
fn optional_arguments_may_be_undefined() {
    let out = run(r#"
        const fd = fs.open('main.js', 0, undefined);
        log(fs.readFileUtf8('main.js', undefined), fs.mkdir('m', undefined, undefined), fs.access('m', undefined));
        log(fs.readdir('.', undefined), fs.stat('m', undefined, undefined)[1] >> 12);
        fs.close(fd);
    "#);
    assert_eq!(out, "\"\" undefined undefined\n[\"m\",\"main.js\"] 4\n");
}

/// The same calls over a real directory and over a MemoryFs print the same.
#[test]
fn memory_fs_answers_as_the_disk_does() {
    let script = r#"
        const O_RDWR = 2, O_CREAT = 0o100, O_EXCL = 0o200, O_TRUNC = 0o1000, O_DIRECTORY = 0o200000, O_NOFOLLOW = 0o400000;
        const tries = {
            mkdirs: () => (fs.mkdir('d', 0o755, false), fs.mkdir('d/e', 0o755, false), fs.mkdir('empty', 0o755, false)),
            file: () => fs.writeFile('f', 'abc', 0o1101, 0o644),
            nested: () => fs.writeFile('d/e/g', 'g', 0o1101, 0o644),
            statThroughFile: () => fs.stat('f/x', true, true),
            statDotDotAfterFile: () => fs.stat('f/..', true, true),
            trailingSlashOnFile: () => fs.stat('f/', true, true),
            openMissing: () => fs.open('missing', 0, 0),
            openExcl: () => fs.open('f', O_RDWR | O_CREAT | O_EXCL, 0o644),
            openDirWrite: () => fs.open('d', O_RDWR, 0),
            openDirectoryFlag: () => fs.open('f', O_DIRECTORY, 0),
            openCreateSlash: () => fs.open('new/', O_RDWR | O_CREAT, 0o644),
            readDir: () => fs.readFile('d', 0),
            rmdirFull: () => fs.rmdir('d'),
            rmdirFile: () => fs.rmdir('f'),
            unlinkDir: () => fs.unlink('d'),
            renameIntoSelf: () => fs.rename('d', 'd/e/inside'),
            renameFileOverDir: () => fs.rename('f', 'd'),
            renameDirOverFile: () => fs.rename('d', 'f'),
            renameDirOverFull: () => fs.rename('empty', 'd'),
            renameOntoItself: () => fs.rename('f', 'f'),
            linkDir: () => fs.link('d', 'd2'),
            linkExisting: () => fs.link('f', 'd/e/g'),
            symlinks: () => (fs.symlink('f', 'ln', null), fs.symlink('loop2', 'loop1', null), fs.symlink('loop1', 'loop2', null)),
            symlinkExists: () => fs.symlink('x', 'ln', null),
            readlinkFile: () => fs.readlink('f'),
            statLoop: () => fs.stat('loop1', true, true),
            openNofollow: () => fs.open('ln', O_NOFOLLOW, 0),
            rmdirLink: () => fs.rmdir('ln'),
            mkdirOverLink: () => fs.mkdir('ln', 0o755, false),
            realpathMissing: () => fs.realpath('d/nope'),
            readdirFile: () => fs.readdir('f', false),
            accessMissing: () => fs.access('nope', 0),
            copyDir: () => fs.copyFile('d', 'c', 0),
            copyOntoDir: () => fs.copyFile('f', 'd', 0),
            copyExcl: () => fs.copyFile('f', 'f', 1),
            copyOntoItself: () => fs.copyFile('f', 'f', 0),
            truncateReadOnly: () => { const fd = fs.open('f', 0, 0); try { fs.ftruncate(fd, 0) } finally { fs.close(fd) } },
            writeReadOnly: () => { const fd = fs.open('f', 0, 0); try { fs.write(fd, 'x', 0, 1, null) } finally { fs.close(fd) } },
            readWriteOnly: () => { const fd = fs.open('f', 1, 0); try { fs.read(fd, new Uint8Array(1), 0, 1, null) } finally { fs.close(fd) } },
            readDirFd: () => { const fd = fs.open('d', 0, 0); try { fs.read(fd, new Uint8Array(1), 0, 1, null) } finally { fs.close(fd) } },
            recursiveThroughFile: () => fs.mkdir('f/a/b', 0o777, true),
        };
        for (const [name, f] of Object.entries(tries)) log(name, fail(f));
        const kinds = (p) => { const [n, t] = fs.readdir(p, true); return n.map((x, i) => x + ':' + t[i]).join(' ') };
        log(kinds('.'), kinds('d/e'));
        const st = (p, follow) => { const s = fs.stat(p, follow, true); return [s[1].toString(8), s[2], s[8]] };
        log(st('f', true), st('ln', false), st('ln', true), st('d', true)[0], st('d', true)[1]);
        log(fs.realpath('d/e/../../ln'), fs.readFileUtf8('ln', 0));
    "#;
    let dir = std::env::temp_dir().join(format!("nodeling-fs-agree-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("main.js"), "").unwrap();
    let dir_str = dir.to_string_lossy().into_owned();
    let real = std::fs::canonicalize(&dir).unwrap().to_string_lossy().into_owned();
    let disk = DirectProcess::start_with(Rc::new(crate::vfs::DiskFs::new()), &real, &format!("{real}/main.js")).unwrap();
    let on_disk = run_in(disk, script);
    std::fs::remove_dir_all(&dir).unwrap();
    let fs = MemoryFs::new(Rc::new(Timespec::now));
    fs.put_file(&format!("{real}/main.js"), "").unwrap();
    let memory = DirectProcess::start_with(Rc::new(fs), &real, &format!("{real}/main.js")).unwrap();
    let in_memory = run_in(memory, script);
    assert!(on_disk.contains("renameIntoSelf"), "{dir_str}: {on_disk}");
    assert_eq!(in_memory, on_disk);
}
