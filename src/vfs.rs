//! The file system a process sees. Issue-sized for now: enough for the module
//! loader to read scripts; `fs` itself arrives with the files-and-modules work.
//! The browser and edge hosts use [`MemoryFs`]; the native CLI uses [`DiskFs`]
//! so a script reads the real directory it runs in, as under `node`.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::io;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    File,
    Directory,
}

pub trait FileSystem {
    fn read(&self, path: &str) -> io::Result<Vec<u8>>;
    fn kind(&self, path: &str) -> Option<EntryKind>;
}

/// Files held in memory, keyed by absolute, normalised path. Directories
/// exist implicitly as the parents of files.
#[derive(Default)]
pub struct MemoryFs {
    files: RefCell<BTreeMap<String, Vec<u8>>>,
}

impl MemoryFs {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn write(&self, path: &str, data: impl Into<Vec<u8>>) {
        self.files.borrow_mut().insert(normalize(path), data.into());
    }
}

impl FileSystem for MemoryFs {
    fn read(&self, path: &str) -> io::Result<Vec<u8>> {
        let path = normalize(path);
        match self.files.borrow().get(&path) {
            Some(data) => Ok(data.clone()),
            None if self.kind(&path) == Some(EntryKind::Directory) => {
                Err(io::Error::new(io::ErrorKind::IsADirectory, path))
            }
            None => Err(io::Error::new(io::ErrorKind::NotFound, path)),
        }
    }

    fn kind(&self, path: &str) -> Option<EntryKind> {
        let path = normalize(path);
        let files = self.files.borrow();
        if files.contains_key(&path) {
            return Some(EntryKind::File);
        }
        let prefix = if path == "/" { path } else { format!("{path}/") };
        let is_dir = files.range(prefix.clone()..).next().is_some_and(|(k, _)| k.starts_with(&prefix));
        is_dir.then_some(EntryKind::Directory)
    }
}

/// The real file system, for the native CLI.
#[cfg(not(target_arch = "wasm32"))]
pub struct DiskFs;

#[cfg(not(target_arch = "wasm32"))]
impl FileSystem for DiskFs {
    fn read(&self, path: &str) -> io::Result<Vec<u8>> {
        std::fs::read(path)
    }

    fn kind(&self, path: &str) -> Option<EntryKind> {
        let meta = std::fs::metadata(path).ok()?;
        Some(if meta.is_dir() { EntryKind::Directory } else { EntryKind::File })
    }
}

/// Resolves `.` and `..` and repeated slashes in an absolute path; `..` never
/// climbs above the root, as on POSIX.
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_stays_under_root() {
        assert_eq!(normalize("/a/./b/../c//d"), "/a/c/d");
        assert_eq!(normalize("/../../etc"), "/etc");
        assert_eq!(normalize("/"), "/");
    }

    #[test]
    fn memory_fs_knows_directories_from_files() {
        let fs = MemoryFs::new();
        fs.write("/src/app.js", "x");
        assert_eq!(fs.kind("/src"), Some(EntryKind::Directory));
        assert_eq!(fs.kind("/src/app.js"), Some(EntryKind::File));
        assert_eq!(fs.kind("/sr"), None);
        assert_eq!(fs.read("/src/../src/app.js").unwrap(), b"x");
        assert_eq!(fs.read("/src").unwrap_err().kind(), io::ErrorKind::IsADirectory);
    }
}
