//! Our CommonJS export lexer against the real `cjs-module-lexer` package (the
//! version Node 24 bundles, a devDependency in package.json): both read the
//! same files and must agree exactly, exports, reexports and errors alike.
//!
//! The files: the hand-written snippets in tests/cjs-lexer/corpus, every
//! `.js`/`.cjs` file in the root node_modules, and every one in the
//! node_modules shipped with the `node` on PATH (npm's own dependencies,
//! over a thousand real CommonJS files). Needs `node` and `npm ci`.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use nodeling::node::modules::cjs_lexer;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.js` / `.cjs` file under `dir`, not following symbolic links.
fn scripts_under(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries {
        let entry = entry.expect("readable directory entry");
        let path = entry.path();
        let kind = entry.file_type().expect("file type");
        if kind.is_dir() {
            scripts_under(&path, found);
        } else if kind.is_file() && path.extension().is_some_and(|e| e == "js" || e == "cjs") {
            found.push(path);
        }
    }
}

/// The node_modules beside the `node` binary (npm, corepack), if any.
fn bundled_modules() -> Option<PathBuf> {
    let output = Command::new("node")
        .args(["-p", "require('path').resolve(process.execPath, '../../lib/node_modules')"])
        .output()
        .expect("node runs");
    let dir = PathBuf::from(String::from_utf8_lossy(&output.stdout).trim());
    dir.is_dir().then_some(dir)
}

/// `JSON.stringify` of a string without lone surrogates.
fn json_string(text: &str, out: &mut String) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

fn json_list(names: &[String], out: &mut String) {
    out.push('[');
    for (i, name) in names.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        json_string(name, out);
    }
    out.push(']');
}

/// Our answer in the reference script's format.
fn ours(source: &str) -> String {
    match cjs_lexer::parse(source) {
        Ok(analysis) => {
            let mut line = String::from("{\"exports\":");
            json_list(&analysis.exports, &mut line);
            line.push_str(",\"reexports\":");
            json_list(&analysis.reexports, &mut line);
            line.push('}');
            line
        }
        Err(error) => format!("{{\"error\":\"{}\"}}", if error.esm_syntax { "esm" } else { "syntax" }),
    }
}

fn reference(files: &[PathBuf]) -> Vec<String> {
    let list: String = files.iter().map(|f| format!("{}\n", f.display())).collect();
    let mut child = Command::new("node")
        .arg(root().join("tests/cjs-lexer/reference.js"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("node runs");
    let mut stdin = child.stdin.take().expect("stdin");
    let writer = std::thread::spawn(move || std::io::Write::write_all(&mut stdin, list.as_bytes()));
    let output = child.wait_with_output().expect("node finishes");
    writer.join().expect("writer thread").expect("file list written");
    assert!(output.status.success(), "the reference script failed (run `npm ci` for node_modules/cjs-module-lexer)");
    String::from_utf8(output.stdout).expect("UTF-8 output").lines().map(str::to_owned).collect()
}

#[test]
fn agrees_with_cjs_module_lexer_on_every_corpus_file() {
    let mut snippets = Vec::new();
    scripts_under(&root().join("tests/cjs-lexer/corpus"), &mut snippets);
    let mut installed = Vec::new();
    scripts_under(&root().join("node_modules"), &mut installed);
    let mut bundled = Vec::new();
    if let Some(dir) = bundled_modules() {
        scripts_under(&dir, &mut bundled);
    }
    for list in [&mut snippets, &mut installed, &mut bundled] {
        list.sort();
    }
    // Guards against a corpus that silently went missing.
    assert!(snippets.len() >= 100, "only {} snippets in tests/cjs-lexer/corpus", snippets.len());
    assert!(installed.len() >= 40, "only {} files in node_modules: run `npm ci`", installed.len());

    let files: Vec<PathBuf> = snippets.iter().chain(&installed).chain(&bundled).cloned().collect();
    let expected = reference(&files);
    assert_eq!(expected.len(), files.len(), "one reference line per file");

    let mut differences = Vec::new();
    for (file, expected) in files.iter().zip(&expected) {
        let bytes = std::fs::read(file).expect("readable file");
        // Node reads the file as UTF-8 with replacement characters too.
        let actual = ours(&String::from_utf8_lossy(&bytes));
        if &actual != expected {
            differences.push(format!("{}\n  node:     {expected}\n  nodeling: {actual}", file.display()));
        }
    }
    eprintln!(
        "compared {} files: {} snippets, {} in node_modules, {} bundled with node",
        files.len(),
        snippets.len(),
        installed.len(),
        bundled.len()
    );
    assert!(differences.is_empty(), "{} files differ:\n{}", differences.len(), differences.join("\n"));
}
