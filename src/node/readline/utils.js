'use strict';
// Readline's shared pieces: CSI sequences, UTF-16 character lengths, the
// common prefix of completions, and emitKeys, the decoder that turns the
// characters a terminal sends into 'keypress' events as Node names them.

const ESC = '\x1b';

// `CSI\`2K\`` is ESC [ 2 K.
function CSI(strings, ...args) {
  let text = `${ESC}[`;
  for (let i = 0; i < strings.length; i++) {
    text += strings[i];
    if (i < args.length) text += args[i];
  }
  return text;
}
CSI.kEscape = ESC;
CSI.kClearToLineBeginning = CSI`1K`;
CSI.kClearToLineEnd = CSI`0K`;
CSI.kClearLine = CSI`2K`;
CSI.kClearScreenDown = CSI`0J`;

const kSubstringSearch = Symbol('kSubstringSearch');

// UTF-16 units of the character left of index i (2 for an astral one).
function charLengthLeft(string, i) {
  if (i <= 0) return 0;
  if ((i > 1 && string.codePointAt(i - 2) >= 0x10000) || string.codePointAt(i - 1) >= 0x10000) return 2;
  return 1;
}

// UTF-16 units of the character at index i; past the end it counts as one,
// so moving right past the line still moves.
function charLengthAt(string, i) {
  if (i >= string.length) return 1;
  return string.codePointAt(i) >= 0x10000 ? 2 : 1;
}

function commonPrefix(strings) {
  if (strings.length === 1) return strings[0];
  const sorted = strings.slice().sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  let i = 0;
  while (i < first.length && first[i] === last[i]) i++;
  return first.slice(0, i);
}

// What the escape codes of xterm, rxvt, gnome, putty and the Cygwin console
// name: [key name, implies shift, implies ctrl].
const keyCodes = {
  __proto__: null,
  'OP': ['f1'], 'OQ': ['f2'], 'OR': ['f3'], 'OS': ['f4'],
  '[P': ['f1'], '[Q': ['f2'], '[R': ['f3'], '[S': ['f4'],
  '[11~': ['f1'], '[12~': ['f2'], '[13~': ['f3'], '[14~': ['f4'],
  '[[A': ['f1'], '[[B': ['f2'], '[[C': ['f3'], '[[D': ['f4'], '[[E': ['f5'],
  '[15~': ['f5'], '[17~': ['f6'], '[18~': ['f7'], '[19~': ['f8'],
  '[20~': ['f9'], '[21~': ['f10'], '[23~': ['f11'], '[24~': ['f12'],
  '[A': ['up'], '[B': ['down'], '[C': ['right'], '[D': ['left'], '[E': ['clear'], '[F': ['end'], '[H': ['home'],
  'OA': ['up'], 'OB': ['down'], 'OC': ['right'], 'OD': ['left'], 'OE': ['clear'], 'OF': ['end'], 'OH': ['home'],
  '[1~': ['home'], '[2~': ['insert'], '[3~': ['delete'], '[4~': ['end'], '[5~': ['pageup'], '[6~': ['pagedown'],
  '[[5~': ['pageup'], '[[6~': ['pagedown'],
  '[7~': ['home'], '[8~': ['end'],
  '[a': ['up', true], '[b': ['down', true], '[c': ['right', true], '[d': ['left', true], '[e': ['clear', true],
  '[2$': ['insert', true], '[3$': ['delete', true], '[5$': ['pageup', true], '[6$': ['pagedown', true],
  '[7$': ['home', true], '[8$': ['end', true],
  'Oa': ['up', false, true], 'Ob': ['down', false, true], 'Oc': ['right', false, true],
  'Od': ['left', false, true], 'Oe': ['clear', false, true],
  '[2^': ['insert', false, true], '[3^': ['delete', false, true], '[5^': ['pageup', false, true],
  '[6^': ['pagedown', false, true], '[7^': ['home', false, true], '[8^': ['end', false, true],
  '[Z': ['tab', true],
};

const isDigit = (ch) => ch >= '0' && ch <= '9';

// A generator fed one character at a time (`''` when an escape timed out);
// it emits 'keypress' on `stream` for every complete key. Escape sequences
// follow the shapes terminals send:
//   ESC letter | ESC [ letter | ESC [ num (;mod) (~ ^ $ or letter)
//   ESC O (mod) letter | ESC [ [ ... | ESC ESC ... (same as one ESC)
// where mod - 1 is a bit set: shift 1, alt 2, ctrl 4, meta 8.
function* emitKeys(stream) {
  for (;;) {
    let ch = yield;
    let sequence = ch;
    let escaped = false;
    const key = { sequence: null, name: undefined, ctrl: false, meta: false, shift: false };

    if (ch === ESC) {
      escaped = true;
      ch = yield;
      sequence += ch;
      if (ch === ESC) {
        ch = yield;
        sequence += ch;
      }
    }

    if (escaped && (ch === 'O' || ch === '[')) {
      let code = ch;
      let modifier = 0;
      if (ch === 'O') {
        ch = yield;
        sequence += ch;
        if (isDigit(ch)) {
          modifier = Number(ch) - 1;
          ch = yield;
          sequence += ch;
        }
        code += ch;
      } else {
        ch = yield;
        sequence += ch;
        if (ch === '[') {
          code += ch;
          ch = yield;
          sequence += ch;
        }
        // Read just enough for `24;5~` or `1;5H`: up to two digits, then
        // an optional `;` and one digit, then the final character.
        const start = sequence.length - 1;
        if (isDigit(ch)) {
          ch = yield;
          sequence += ch;
          if (isDigit(ch)) {
            ch = yield;
            sequence += ch;
          }
        }
        if (ch === ';') {
          ch = yield;
          sequence += ch;
          if (isDigit(ch)) sequence += yield;
        }
        const command = sequence.slice(start);
        let match;
        if ((match = /^(\d\d?)(?:;(\d))?([~^$])$/.exec(command)) !== null) {
          code += match[1] + match[3];
          modifier = (match[2] || 1) - 1;
        } else if ((match = /^(?:(?:\d;)?(\d))?([A-Za-z])$/.exec(command)) !== null) {
          code += match[2];
          modifier = (match[1] || 1) - 1;
        } else {
          code += command;
        }
      }
      key.ctrl = (modifier & 4) !== 0;
      key.meta = (modifier & 10) !== 0;
      key.shift = (modifier & 1) !== 0;
      key.code = code;
      const named = keyCodes[code];
      if (named === undefined) {
        key.name = 'undefined';
      } else {
        key.name = named[0];
        if (named[1]) key.shift = true;
        if (named[2]) key.ctrl = true;
      }
    } else if (ch === '\r') {
      key.name = 'return';
      key.meta = escaped;
    } else if (ch === '\n') {
      key.name = 'enter';
      key.meta = escaped;
    } else if (ch === '\t') {
      key.name = 'tab';
      key.meta = escaped;
    } else if (ch === '\b' || ch === '\x7f') {
      key.name = 'backspace';
      key.meta = escaped;
    } else if (ch === ESC) {
      key.name = 'escape';
      key.meta = escaped;
    } else if (ch === ' ') {
      key.name = 'space';
      key.meta = escaped;
    } else if (!escaped && ch <= '\x1a') {
      // Ctrl + letter.
      key.name = String.fromCharCode(ch.charCodeAt(0) + 96);
      key.ctrl = true;
    } else if (/^[0-9A-Za-z]$/.test(ch)) {
      key.name = ch.toLowerCase();
      key.shift = /^[A-Z]$/.test(ch);
      key.meta = escaped;
    } else if (escaped) {
      // The escape timed out ('') or came before something unnamed.
      key.name = ch.length ? undefined : 'escape';
      key.meta = true;
    }

    key.sequence = sequence;
    if (sequence.length !== 0 && (key.name !== undefined || escaped)) {
      stream.emit('keypress', escaped ? undefined : sequence, key);
    } else if (charLengthAt(sequence, 0) === sequence.length) {
      // One unnamed character, such as '.'.
      stream.emit('keypress', sequence, key);
    }
    // Anything else is a broken sequence: nothing is emitted.
  }
}

module.exports = { CSI, charLengthAt, charLengthLeft, commonPrefix, emitKeys, kSubstringSearch };
