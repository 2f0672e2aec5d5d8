'use strict';
// util.diff(actual, expected): the Myers edit script between two strings
// (by character) or two arrays of strings (by line), first operation first,
// as [op, value] pairs (op: 1 insert from actual, -1 delete from expected,
// 0 keep) - the diff assert's messages are made from.

const { validateStringArray, validateString } = require('internal/validators');
const { myersDiff } = require('internal/assert/myers_diff');

function validateInput(value, name) {
  if (Array.isArray(value)) validateStringArray(value, name);
  else validateString(value, name);
}

function diff(actual, expected) {
  if (actual === expected) return [];
  validateInput(actual, 'actual');
  validateInput(expected, 'expected');
  return myersDiff(actual, expected).reverse();
}

module.exports = { diff };
