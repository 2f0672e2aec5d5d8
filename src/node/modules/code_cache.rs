//! Compiled code shared by every process of a pod: a module's source is
//! compiled once and later processes (a restarted server, a second `node`)
//! read the QuickJS bytecode instead of parsing again.
//!
//! Entries are keyed by the file name and a hash of the source, so an edited
//! file compiles afresh; the cache only grows, as a pod's files do.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

/// A file name and the hash of the source compiled under it.
pub type CodeKey = (String, u64);

#[derive(Default)]
pub struct CodeCache {
    entries: RefCell<HashMap<CodeKey, Rc<[u8]>>>,
    hits: Cell<u64>,
    misses: Cell<u64>,
}

impl CodeCache {
    pub fn new() -> Rc<Self> {
        Rc::new(Self::default())
    }

    pub fn key(name: &str, source: &str, kind: &str) -> CodeKey {
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        kind.hash(&mut hasher);
        source.hash(&mut hasher);
        (name.to_owned(), hasher.finish())
    }

    pub fn get(&self, key: &CodeKey) -> Option<Rc<[u8]>> {
        let found = self.entries.borrow().get(key).cloned();
        match found {
            Some(_) => self.hits.set(self.hits.get() + 1),
            None => self.misses.set(self.misses.get() + 1),
        }
        found
    }

    pub fn insert(&self, key: CodeKey, bytecode: Vec<u8>) {
        self.entries.borrow_mut().insert(key, bytecode.into());
    }

    /// (hits, misses) since the pod started, for benchmarks and tests.
    pub fn stats(&self) -> (u64, u64) {
        (self.hits.get(), self.misses.get())
    }
}

impl std::fmt::Debug for CodeCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CodeCache").field("entries", &self.entries.borrow().len()).finish()
    }
}
