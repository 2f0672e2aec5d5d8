// util.parseEnv: Node's .env rules on strings; keys come back sorted; argument validation.
'use strict';
const util = require('util');

const cases = [
  'B=2\nA=1\nC=3',
  'KEY=value\nKEY=later',
  '# comment\n\nKEY=value # inline\nOTHER=x#y',
  'export EXPORTED=yes\nNOT_EXPORTED=no',
  '  PADDED  =  value with spaces  ',
  'DOUBLE="a\\nb"\nSINGLE=\'a\\nb\'\nTICK=`a\\nb`',
  'MULTI="line 1\nline 2"\nNEXT=after',
  'MULTI_SINGLE=\'x\ny\'\nMULTI_TICK=`p\nq`',
  'HASH="# kept"\nSPACES="  kept  "',
  'CRLF=one\r\nCRLF2="two"\r\n',
  'EMPTY=\nEMPTY_QUOTED=""\nAFTER=1',
  'QUOTED_JSON=\'{"a": 1}\'',
  'UNICODE=café ☕\nEMOJI="🙂"',
  'TRAILING="value" then junk',
  '',
  '# only a comment',
];

for (const text of cases) {
  console.log(JSON.stringify(text), '=>', JSON.stringify(util.parseEnv(text)));
}

console.log(Object.getPrototypeOf(util.parseEnv('A=1')) === Object.prototype);
console.log(util.parseEnv.length);
for (const bad of [undefined, 42, Buffer.from('A=1'), null]) {
  try {
    util.parseEnv(bad);
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}
