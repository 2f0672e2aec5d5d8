// Real Node's answer for the CommonJS export lexer test (tests/cjs_lexer.rs):
// reads file paths from stdin, one a line, and prints one JSON line per file
// with what the `cjs-module-lexer` package (the version Node 24 bundles,
// pinned in the root package.json) finds in it: `{"exports":[...],
// "reexports":[...]}`, or `{"error":"esm"}` / `{"error":"syntax"}` when it
// throws (ERR_LEXER_ESM_SYNTAX or any other error).
'use strict';
const { readFileSync } = require('node:fs');
const path = require('node:path');
const { parse } = require(path.join(__dirname, '../../node_modules/cjs-module-lexer/lexer.js'));

const files = readFileSync(0, 'utf8').split('\n').filter(Boolean);
const lines = files.map((file) => {
  const source = readFileSync(file, 'utf8');
  try {
    const { exports, reexports } = parse(source);
    return JSON.stringify({ exports, reexports });
  } catch (error) {
    return JSON.stringify({ error: error.code === 'ERR_LEXER_ESM_SYNTAX' ? 'esm' : 'syntax' });
  }
});
process.stdout.write(lines.map((line) => line + '\n').join(''));
