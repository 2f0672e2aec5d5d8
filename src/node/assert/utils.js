'use strict';
// `assert.ok` and `assert(value)`: on a falsy value without a message, Node
// quotes the call from the source ("The expression evaluated to a falsy
// value:\n\n  assert.ok(x)\n"). The call site comes from V8's stack API
// (Error.captureStackTrace with CallSite objects), the line from the script's
// file (or the -e source), and the expression from a small tokenizer that
// follows the rules of Node's (which uses acorn's): the member chain before
// the call, up to its closing parenthesis.
//
// NODE-DIFF: Node reads the source V8 compiled; we read the file again, so a
// file changed since it was loaded is quoted as it is now. Source maps are
// not consulted. QuickJS reports a call's position at some token of its
// arguments (on their line), not at the callee as V8 does; `findCall` finds
// the call around that position, preferring calls of the assert functions.

const AssertionError = require('internal/assert/assertion_error');
const { isNativeError } = require('internal/util/types');

const isError = (value) => isNativeError(value) || value instanceof Error;

// Control characters other than \t and \n are shown escaped.
// eslint-disable-next-line no-control-regex
const escapeSequencesRegExp = /[\x00-\x08\x0b\x0c\x0e-\x1f]/g;
const meta = [
  '\\u0000', '\\u0001', '\\u0002', '\\u0003', '\\u0004', '\\u0005', '\\u0006', '\\u0007', '\\b', '', '',
  '\\u000b', '\\f', '', '\\u000e', '\\u000f', '\\u0010', '\\u0011', '\\u0012', '\\u0013', '\\u0014',
  '\\u0015', '\\u0016', '\\u0017', '\\u0018', '\\u0019', '\\u001a', '\\u001b', '\\u001c', '\\u001d',
  '\\u001e', '\\u001f',
];

// ---------------------------------------------------------------------------
// The call site: [fileName, lineNumber, columnNumber] of the frame that
// called `fn`, or undefined.

function callSiteOf(fn) {
  const holder = {};
  // As Node does, one frame is asked for whatever the user's limit (0
  // would capture none).
  const limit = Error.stackTraceLimit;
  const writable = isStackTraceLimitWritable();
  if (writable) Error.stackTraceLimit = 1;
  try {
    Error.captureStackTrace(holder, fn);
  } catch {
    return undefined;
  } finally {
    if (writable) Error.stackTraceLimit = limit;
  }
  return require('internal/stack_trace').capturedFrame(holder);
}

function isStackTraceLimitWritable() {
  const descriptor = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (descriptor === undefined) return Object.isExtensible(Error);
  return hasOwnProperty(descriptor, 'writable') ? descriptor.writable : descriptor.set !== undefined;
}

function hasOwnProperty(object, key) {
  return Object.prototype.hasOwnProperty.call(object, key);
}

function readSource(fileName) {
  if (typeof internalBinding !== 'function' || typeof fileName !== 'string') return undefined;
  if (fileName === '[eval]') return internalBinding('process').options.eval;
  let path = fileName;
  if (path.startsWith('file://')) {
    try {
      path = require('internal/url').fileURLToPath(path);
    } catch {
      return undefined;
    }
  }
  return internalBinding('modules').readFileUtf8(path) ?? undefined;
}

// ---------------------------------------------------------------------------
// A tokenizer for one line of JavaScript: enough of acorn's token kinds for
// getFirstExpression (names, strings, numbers, templates, regexps,
// punctuators, keywords as their own kind). An unfinished string or
// template ends the line.

const keywords = new Set([
  'break', 'case', 'catch', 'continue', 'debugger', 'default', 'do', 'else', 'finally', 'for',
  'function', 'if', 'return', 'switch', 'throw', 'try', 'var', 'while', 'with', 'null', 'true',
  'false', 'instanceof', 'typeof', 'void', 'delete', 'new', 'in', 'this', 'const', 'class',
  'extends', 'export', 'import', 'super',
]);
// After these a `/` starts a regular expression, not a division.
const beforeRegExp = new Set(['return', 'typeof', 'instanceof', 'in', 'new', 'delete', 'void', 'throw',
  'case', 'do', 'else']);
const punctuators = ['>>>=', '...', '===', '!==', '**=', '<<=', '>>=', '>>>', '&&=', '||=', '??=', '?.',
  '=>', '==', '!=', '<=', '>=', '&&', '||', '??', '++', '--', '+=', '-=', '*=', '/=', '%=', '&=', '|=',
  '^=', '**', '<<', '>>'];
const identifierStart = /[\p{ID_Start}$_\\#]/u;
const identifierPart = /[\p{ID_Continue}$_\u200c\u200d\\]/u;

function* tokenize(code) {
  let i = 0;
  let previous;
  const emit = (type, start, end) => {
    previous = { type, start, end, value: code.slice(start, end) };
    return previous;
  };
  while (i < code.length) {
    const char = code[i];
    if (/\s/.test(char)) {
      i++;
      continue;
    }
    const start = i;
    if (char === '/' && code[i + 1] === '/') {
      const end = code.indexOf('\n', i);
      if (end === -1) return;
      i = end;
      continue;
    }
    if (char === '/' && code[i + 1] === '*') {
      const end = code.indexOf('*/', i + 2);
      if (end === -1) return;
      i = end + 2;
      continue;
    }
    if (identifierStart.test(String.fromCodePoint(code.codePointAt(i)))) {
      i += char === '#' ? 1 : 0;
      while (i < code.length && identifierPart.test(String.fromCodePoint(code.codePointAt(i)))) {
        i += code.codePointAt(i) > 0xffff ? 2 : 1;
      }
      const word = code.slice(start, i);
      yield emit(keywords.has(word) ? word : 'name', start, i);
      continue;
    }
    if (/[0-9]/.test(char) || (char === '.' && /[0-9]/.test(code[i + 1] ?? ''))) {
      i++;
      while (i < code.length && /[0-9a-zA-Z_.]/.test(code[i])) i++;
      yield emit('num', start, i);
      continue;
    }
    if (char === '"' || char === '\'') {
      i++;
      while (i < code.length && code[i] !== char) i += code[i] === '\\' ? 2 : 1;
      if (i >= code.length) return;
      i++;
      yield emit('string', start, i);
      continue;
    }
    if (char === '`') {
      // A template with its substitutions as one token.
      let depth = 0;
      i++;
      while (i < code.length) {
        if (code[i] === '\\') {
          i += 2;
        } else if (depth === 0 && code[i] === '`') {
          break;
        } else if (code[i] === '$' && code[i + 1] === '{') {
          depth++;
          i += 2;
        } else {
          if (depth > 0 && code[i] === '}') depth--;
          i++;
        }
      }
      if (i >= code.length) return;
      i++;
      yield emit('template', start, i);
      continue;
    }
    if (char === '/' && (previous === undefined ||
        !['name', 'num', 'string', 'template', 'regexp', ')', ']', '}', 'this', 'super', 'null', 'true',
          'false'].includes(previous.type) || beforeRegExp.has(previous.value))) {
      let inClass = false;
      i++;
      while (i < code.length && (code[i] !== '/' || inClass)) {
        if (code[i] === '\\') i++;
        else if (code[i] === '[') inClass = true;
        else if (code[i] === ']') inClass = false;
        i++;
      }
      if (i >= code.length) return;
      i++;
      while (i < code.length && /[a-z]/.test(code[i])) i++;
      yield emit('regexp', start, i);
      continue;
    }
    const punctuator = punctuators.find((p) => code.startsWith(p, i) && !(p === '?.' && /[0-9]/.test(code[i + 2] ?? '')));
    i += punctuator === undefined ? 1 : punctuator.length;
    yield emit(code.slice(start, i), start, i);
  }
}

const memberAccessTokens = ['.', '?.', '[', ']'];
const memberNameTokens = ['name', 'string', 'num'];

// The expression of the call at `startColumn` (its callee's last name): its
// member chain, up to the parenthesis that closes its arguments (or a `;`,
// or the end of the line), as Node's getFirstExpression cuts it.
function getFirstExpression(code, startColumn) {
  let tokens;
  try {
    tokens = [...tokenize(code)];
  } catch {
    return code.slice(startColumn);
  }
  let lastToken;
  let chainStart = null;
  let end;
  let depth = 0;
  for (const token of tokens) {
    if (token.start < startColumn) {
      if (token.type === ';') {
        chainStart = null;
        continue;
      }
      if (memberAccessTokens.includes(token.type) && lastToken?.type === 'name') {
        chainStart ??= lastToken;
      } else if (!memberAccessTokens.includes(token.type) && !memberNameTokens.includes(token.type)) {
        chainStart = null;
      }
      lastToken = token;
      continue;
    }
    if (token.type === '(') {
      depth++;
      continue;
    }
    if (token.type === ')') {
      depth--;
      if (depth === 0) {
        end = token.start + 1;
        break;
      }
      continue;
    }
    if (token.type === ';') {
      // Node ends the slice at the token object itself, which slices to ''.
      end = 0;
      break;
    }
  }
  return code.slice(chainStart?.start ?? startColumn, end);
}

// The calls in `tokens`: the callee's last name token (a name, or the
// string of `x['name']`), its name, and where its arguments open and close
// (close undefined if past the end).
function callsIn(tokens) {
  const calls = [];
  const open = [];
  tokens.forEach((token, index) => {
    if (token.type === '(') {
      const before = tokens[index - 1];
      let callee;
      if (before?.type === 'name') {
        callee = before;
      } else if (before?.type === ']' && tokens[index - 2]?.type === 'string' && tokens[index - 3]?.type === '[') {
        callee = tokens[index - 2];
      }
      const call = callee === undefined ? undefined :
        { callee, name: callee.type === 'string' ? callee.value.slice(1, -1) : callee.value, open: token };
      if (call !== undefined) calls.push(call);
      open.push(call);
    } else if (token.type === ')') {
      const call = open.pop();
      if (call !== undefined) call.close = token;
    }
  });
  return calls;
}

// Which call the engine's position (`offset` into `text`) belongs to. V8
// points at the callee's last name; QuickJS at some token of the arguments
// (or at the callee), possibly on a later line. Calls of the assert
// functions' own names win; otherwise the innermost call around `offset`.
function findCall(text, offset, names) {
  let tokens;
  try {
    tokens = [...tokenize(text)];
  } catch {
    return undefined;
  }
  const calls = callsIn(tokens);
  // V8 reports a call at its callee: the name, or for a member call the
  // property or its bracket; the innermost callee holding the offset wins.
  const atCallee = calls
    .filter((call) => call.callee.start <= offset && offset <= call.open.start)
    .sort((a, b) => b.callee.start - a.callee.start);
  const around = calls
    .filter((call) => call.open.start < offset && (call.close === undefined || offset <= call.close.start))
    .sort((a, b) => b.open.start - a.open.start);
  return atCallee.find((call) => names.includes(call.name)) ??
    around.find((call) => names.includes(call.name)) ??
    atCallee[0] ?? around[0];
}

// Lines before the reported one searched for a call that spans lines.
const kLinesBefore = 20;

function sourceExpression(source, line, column, names) {
  const lines = source.split(/\r?\n|\r|\u2028|\u2029/);
  if (lines[line - 1] === undefined) return undefined;
  const first = Math.max(0, line - 1 - kLinesBefore);
  const windowLines = lines.slice(first, line);
  const text = windowLines.join('\n');
  const offset = text.length - windowLines[windowLines.length - 1].length + column - 1;
  const call = findCall(text, offset, names);
  if (call === undefined) return getFirstExpression(lines[line - 1], column - 1);
  const lineStart = text.lastIndexOf('\n', call.callee.start - 1) + 1;
  const calleeLine = first + text.slice(0, lineStart).split('\n').length - 1;
  return getFirstExpression(lines[calleeLine], call.callee.start - lineStart);
}

function getErrMessage(fn) {
  const site = callSiteOf(fn);
  if (site === undefined) return undefined;
  const [fileName, line, column, evalSource] = site;
  const source = evalSource ?? readSource(fileName);
  if (typeof source !== 'string' || !(line >= 1) || !(column >= 1)) return undefined;
  let expression = sourceExpression(source, line, column, [fn.name, 'ok', 'assert', 'strict']);
  if (!expression) return undefined;
  expression = expression.replace(escapeSequencesRegExp, (char) => meta[char.charCodeAt(0)]);
  return `The expression evaluated to a falsy value:\n\n  ${expression}\n`;
}

function innerOk(fn, argLen, value, message) {
  if (value) return;
  let generatedMessage = false;
  if (argLen === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generatedMessage = true;
    message = getErrMessage(fn);
  } else if (isError(message)) {
    throw message;
  }
  const err = new AssertionError({ actual: value, expected: true, message, operator: '==', stackStartFn: fn });
  err.generatedMessage = generatedMessage;
  throw err;
}

module.exports = { innerOk, sourceExpression };
