// process.loadEnvFile reads .env fixtures beside this script: plain values, comments, export, quotes, multi-line values, CRLF.
// (Node 24 also trims tabs and the spaces after 'export '; Node 20, which makes the goldens, does not: those rules are pinned by the unit tests in src/node/process/dotenv.rs.)
'use strict';

function show(file, keys) {
  process.loadEnvFile(file);
  console.log(`-- ${file.split(__dirname).join("<dir>")}`);
  for (const key of keys) console.log(`${key}=${JSON.stringify(process.env[key])}`);
}

show('basic.env', ['BASIC', 'SPACED_KEY', 'INLINE', 'HASH_NO_SPACE', 'EMPTY', 'EXPORTED', 'EQUALS', 'DUPLICATE', 'URL']);
show('./quotes.env', ['DOUBLE', 'SINGLE', 'BACKTICK', 'DOUBLE_NEWLINE', 'SINGLE_NEWLINE', 'BACKTICK_NEWLINE', 'PADDED', 'HASH_IN_QUOTES', 'QUOTES_INSIDE', 'BACKTICK_MIXED', 'EMPTY_DOUBLE', 'EMPTY_SINGLE', 'TRAILING_TEXT']);
// An absolute path works too (printed relative to the suite).
show(`${__dirname}/multiline.env`, ['MULTI_DOUBLE', 'MULTI_SINGLE', 'MULTI_BACKTICK', 'PRIVATE_KEY', 'AFTER']);
show(Buffer.from('crlf.env'), ['CRLF_PLAIN', 'CRLF_QUOTED', 'CRLF_MULTI', 'CRLF_LAST']);
console.log('returns', process.loadEnvFile('basic.env'));
console.log('length', process.loadEnvFile.length);
