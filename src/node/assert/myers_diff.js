'use strict';
// The line diff in assert's messages and util.diff: Myers' O(ND) algorithm,
// making the same choices between equally short edit scripts as Node, so that
// messages read the same. `myersDiff` returns the script last operation
// first, as [op, line] pairs (op: -1 delete from expected, 0 keep, 1 insert
// from actual); the printers turn it into Node's text.

const { codes } = require('internal/errors');
const colors = require('internal/util/colors');

const kDelete = -1;
const kKeep = 0;
const kInsert = 1;

// Runs of more than this many unchanged lines are shortened to "...".
const kContextLines = 5;

// For objects, `a,` and `a` on either side count as the same line (the last
// entry of an inspected object has no comma).
function sameLine(actual, expected, ignoreTrailingComma) {
  if (actual === expected) return true;
  return ignoreTrailingComma && (`${actual},` === expected || actual === `${expected},`);
}

function myersDiff(actual, expected, ignoreTrailingComma = false) {
  const n = actual.length;
  const m = expected.length;
  const max = n + m;
  if (max > 2 ** 31 - 1) throw new codes.ERR_OUT_OF_RANGE('myersDiff input size', '< 2^31', max);
  // frontier[k + max]: the furthest x reached on diagonal k = x - y.
  const frontier = new Int32Array(2 * max + 1);
  const history = [];
  for (let d = 0; d <= max; d++) {
    history.push(new Int32Array(frontier));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && frontier[k + max - 1] < frontier[k + max + 1]);
      let x = down ? frontier[k + max + 1] : frontier[k + max - 1] + 1;
      let y = x - k;
      while (x < n && y < m && sameLine(actual[x], expected[y], ignoreTrailingComma)) {
        x++;
        y++;
      }
      frontier[k + max] = x;
      if (x >= n && y >= m) return backtrack(history, actual, expected, ignoreTrailingComma);
    }
  }
  // Only two empty inputs get here (the first step reads past the frontier):
  // like Node, no script at all.
  return undefined;
}

function backtrack(history, actual, expected, ignoreTrailingComma) {
  const max = actual.length + expected.length;
  let x = actual.length;
  let y = expected.length;
  const script = [];
  for (let d = history.length - 1; d >= 0; d--) {
    const frontier = history[d];
    const k = x - y;
    const fromK = k === -d || (k !== d && frontier[k + max - 1] < frontier[k + max + 1]) ? k + 1 : k - 1;
    const fromX = frontier[fromK + max];
    const fromY = fromX - fromK;
    while (x > fromX && y > fromY) {
      const line = actual[x - 1];
      // Of two lines equal but for a comma, show the one with it.
      script.push([kKeep, ignoreTrailingComma && !line.endsWith(',') ? expected[y - 1] : line]);
      x--;
      y--;
    }
    if (d > 0) {
      if (x > fromX) script.push([kInsert, actual[--x]]);
      else script.push([kDelete, expected[--y]]);
    }
  }
  return script;
}

// A character diff, coloured (only used when colors are on).
function printSimpleMyersDiff(script) {
  let message = '';
  for (let i = script.length - 1; i >= 0; i--) {
    const [op, value] = script[i];
    const color = op === kInsert ? colors.green : op === kDelete ? colors.red : colors.white;
    message += `${color}${value}${colors.white}`;
  }
  return `\n${message}`;
}

function printMyersDiff(script, operator) {
  let message = '';
  let skipped = false;
  let keptRun = 0;
  for (let i = script.length - 1; i >= 0; i--) {
    const [op, value] = script[i];
    const previousOp = i < script.length - 1 ? script[i + 1][0] : null;
    // At the end of a run of kept lines: show its last lines (all of them
    // if only one or two were held back).
    if (previousOp === kKeep && op !== previousOp) {
      if (keptRun === kContextLines + 1) {
        message += `${colors.white}  ${script[i + 1][1]}\n`;
      } else if (keptRun === kContextLines + 2) {
        message += `${colors.white}  ${script[i + 2][1]}\n`;
        message += `${colors.white}  ${script[i + 1][1]}\n`;
      } else if (keptRun >= kContextLines + 3) {
        message += `${colors.blue}...${colors.white}\n`;
        message += `${colors.white}  ${script[i + 1][1]}\n`;
        skipped = true;
      }
      keptRun = 0;
    }
    if (op === kInsert) {
      message += operator === 'partialDeepStrictEqual' ?
        `${colors.gray}${colors.hasColors ? ' ' : '+'} ${value}${colors.white}\n` :
        `${colors.green}+${colors.white} ${value}\n`;
    } else if (op === kDelete) {
      message += `${colors.red}-${colors.white} ${value}\n`;
    } else {
      if (keptRun < kContextLines) message += `${colors.white}  ${value}\n`;
      keptRun++;
    }
  }
  return { message: `\n${message.trimEnd()}`, skipped };
}

module.exports = { myersDiff, printMyersDiff, printSimpleMyersDiff };
