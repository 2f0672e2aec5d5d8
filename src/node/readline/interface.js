'use strict';
// readline's Interface, shared by `readline` (callbacks) and
// `readline/promises`: lines from any readable stream, split on \n, \r\n,
// \r, U+2028 and U+2029 (a \r\n split across chunks within crlfDelay ms is
// one line end); with `terminal`, a line editor driven by 'keypress' events
// (cursor moves, word and line kills, the kill ring, undo/redo, history
// with prefix search, tab completion) that redraws through CSI sequences;
// prompt, question, pause/resume/close, the async iterator of lines and
// AbortSignal support.
//
// NODE-DIFF: Node 24's multi-line editing (a line holding '\n' redrawn with
// '| ' continuation prompts) and history files (ReplHistory) are REPL
// features and are not here; Ctrl+Z sends no SIGTSTP (a pod has no job
// control).

const EventEmitter = require('events');
const { StringDecoder } = require('string_decoder');
const { AbortError, codes: { ERR_INVALID_ARG_VALUE, ERR_USE_AFTER_CLOSE } } = require('internal/errors');
const { validateAbortSignal, validateArray, validateNumber, validateString, validateUint32 } = require('internal/validators');
const { inspect, getStringWidth, stripVTControlCharacters } = require('internal/util/inspect');
const { charLengthAt, charLengthLeft, commonPrefix, kSubstringSearch } = require('internal/readline/utils');
const { clearScreenDown, cursorTo, moveCursor } = require('internal/readline/callbacks');
const { emitKeypressEvents, kSawKeyPress } = require('internal/readline/emitKeypressEvents');

const kHistorySize = 30;
const kMinCrlfDelay = 100;
const kMaxUndoRedo = 2048;
const kMaxKillRing = 32;
// GNU readline's keyseq-timeout.
const ESCAPE_CODE_TIMEOUT = 500;
const lineEnding = /\r?\n|\r(?!\n)|\u2028|\u2029/g;
const kWatermarkData = Symbol.for('nodejs.watermarkData');
const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

const kDecoder = Symbol('_decoder');
const kLineBuffer = Symbol('_line_buffer');
const kOldPrompt = Symbol('_oldPrompt');
const kPreviousKey = Symbol('_previousKey');
const kPrompt = Symbol('_prompt');
const kQuestionCallback = Symbol('_questionCallback');
const kQuestionReject = Symbol('_questionReject');
const kSawReturnAt = Symbol('_sawReturnAt');
const kUndoStack = Symbol('_undoStack');
const kRedoStack = Symbol('_redoStack');
const kKillRing = Symbol('_killRing');
const kKillRingCursor = Symbol('_killRingCursor');
const kYanking = Symbol('_yanking');
const kLineIterator = Symbol('line object stream');
const kQuestion = Symbol('kQuestion');
const kQuestionCancel = Symbol('kQuestionCancel');
const kTabComplete = Symbol('_tabComplete');
const kTabCompleter = Symbol('_tabCompleter');

function InterfaceConstructor(input, output, completer, terminal) {
  this[kSawReturnAt] = 0;
  this.isCompletionEnabled = true;
  this[kSawKeyPress] = false;
  this[kPreviousKey] = null;
  this.escapeCodeTimeout = ESCAPE_CODE_TIMEOUT;
  this.tabSize = 8;
  EventEmitter.call(this);

  let history;
  let historySize;
  let removeHistoryDuplicates = false;
  let crlfDelay;
  let prompt = '> ';
  let signal;

  if (input?.input) {
    // One options object.
    const options = input;
    output = options.output;
    completer = options.completer;
    terminal = options.terminal;
    history = options.history;
    historySize = options.historySize;
    signal = options.signal;
    if (options.tabSize !== undefined) {
      validateUint32(options.tabSize, 'tabSize', true);
      this.tabSize = options.tabSize;
    }
    removeHistoryDuplicates = options.removeHistoryDuplicates;
    if (options.prompt !== undefined) prompt = options.prompt;
    if (options.escapeCodeTimeout !== undefined) {
      if (!Number.isFinite(options.escapeCodeTimeout)) {
        throw new ERR_INVALID_ARG_VALUE('input.escapeCodeTimeout', this.escapeCodeTimeout);
      }
      this.escapeCodeTimeout = options.escapeCodeTimeout;
    }
    if (signal) validateAbortSignal(signal, 'options.signal');
    crlfDelay = options.crlfDelay;
    input = options.input;
  }

  // The history lives in a manager object, as Node 24's ReplHistory.
  if (historySize === undefined) historySize = kHistorySize;
  validateNumber(historySize, 'size', 0);
  if (history === undefined) history = [];
  validateArray(history, 'history');
  this.historyManager = { history, index: -1, size: historySize, isFlushing: false, removeHistoryDuplicates: !!removeHistoryDuplicates };
  Object.defineProperties(this, historyAccessors);

  if (completer !== undefined && typeof completer !== 'function') {
    throw new ERR_INVALID_ARG_VALUE('completer', completer);
  }
  // Without `terminal`, it follows whether the output is a terminal.
  if (terminal === undefined && !(output === null || output === undefined)) terminal = !!output.isTTY;

  const self = this;
  this.line = '';
  this[kSubstringSearch] = null;
  this.output = output;
  this.input = input;
  this[kUndoStack] = [];
  this[kRedoStack] = [];
  this[kKillRing] = [];
  this[kKillRingCursor] = 0;
  this.crlfDelay = crlfDelay ? Math.max(kMinCrlfDelay, crlfDelay) : kMinCrlfDelay;
  this.completer = completer;
  this.setPrompt(prompt);
  this.terminal = !!terminal;

  function onerror(error) {
    self.emit('error', error);
  }
  function ondata(data) {
    self._normalWrite(data);
  }
  function onend() {
    if (typeof self[kLineBuffer] === 'string' && self[kLineBuffer].length > 0) self.emit('line', self[kLineBuffer]);
    self.close();
  }
  function ontermend() {
    if (typeof self.line === 'string' && self.line.length > 0) self.emit('line', self.line);
    self.close();
  }
  function onkeypress(s, key) {
    self._ttyWrite(s, key);
    if (key?.sequence) {
      // Half of a surrogate pair: redraw once the character is whole.
      const unit = key.sequence.codePointAt(0);
      if (unit >= 0xd800 && unit <= 0xdfff) self._refreshLine();
    }
  }
  function onresize() {
    self._refreshLine();
  }

  this[kLineIterator] = undefined;
  input.on('error', onerror);
  if (!this.terminal) {
    input.on('data', ondata);
    input.on('end', onend);
    this.once('close', () => {
      input.removeListener('data', ondata);
      input.removeListener('error', onerror);
      input.removeListener('end', onend);
    });
    this[kDecoder] = new StringDecoder('utf8');
  } else {
    emitKeypressEvents(input, this);
    input.on('keypress', onkeypress);
    input.on('end', ontermend);
    this._setRawMode(true);
    this.terminal = true;
    this.cursor = 0;
    if (output !== null && output !== undefined) output.on('resize', onresize);
    this.once('close', () => {
      input.removeListener('keypress', onkeypress);
      input.removeListener('error', onerror);
      input.removeListener('end', ontermend);
      if (output !== null && output !== undefined) output.removeListener('resize', onresize);
    });
  }

  if (signal) {
    const onAborted = () => self.close();
    if (signal.aborted) {
      process.nextTick(onAborted);
    } else {
      signal.addEventListener('abort', onAborted, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }

  this.line = '';
  input.resume();
}

const historyAccessors = {
  __proto__: null,
  history: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this.historyManager.history;
    },
    set(history) {
      this.historyManager.history = history;
    },
  },
  historyIndex: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this.historyManager.index;
    },
    set(index) {
      this.historyManager.index = index;
    },
  },
  historySize: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this.historyManager.size;
    },
  },
  isFlushing: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this.historyManager.isFlushing;
    },
  },
};

Object.setPrototypeOf(InterfaceConstructor.prototype, EventEmitter.prototype);
Object.setPrototypeOf(InterfaceConstructor, EventEmitter);

// The width of one character on screen, by Node's getStringWidth.
function displayWidth(character) {
  return getStringWidth(character, false);
}

class Interface extends InterfaceConstructor {
  get columns() {
    if (this.output?.columns) return this.output.columns;
    return Infinity;
  }

  setPrompt(prompt) {
    this[kPrompt] = prompt;
  }

  getPrompt() {
    return this[kPrompt];
  }

  _setRawMode(mode) {
    const wasInRawMode = this.input.isRaw;
    if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
    return wasInRawMode;
  }

  prompt(preserveCursor) {
    if (this.paused) this.resume();
    if (this.terminal && process.env.TERM !== 'dumb') {
      if (!preserveCursor) this.cursor = 0;
      this._refreshLine();
    } else {
      this._writeToOutput(this[kPrompt]);
    }
  }

  [kQuestion](query, callback) {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (this[kQuestionCallback]) {
      this.prompt();
    } else {
      this[kOldPrompt] = this[kPrompt];
      this.setPrompt(query);
      this[kQuestionCallback] = callback;
      this.prompt();
    }
  }

  _onLine(line) {
    if (this[kQuestionCallback]) {
      const callback = this[kQuestionCallback];
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      callback(line);
    } else {
      this.emit('line', line);
    }
  }

  [kQuestionCancel]() {
    if (this[kQuestionCallback]) {
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      this.clearLine();
    }
  }

  _writeToOutput(text) {
    validateString(text, 'stringToWrite');
    if (this.output !== null && this.output !== undefined) this.output.write(text);
  }

  _addHistory() {
    if (this.line.length === 0) return '';
    if (this.historySize === 0) return this.line;
    if (this.line.trim().length === 0) return this.line;
    if (this.history.length === 0 || this.history[0] !== this.line) {
      if (this.historyManager.removeHistoryDuplicates) {
        const duplicate = this.history.indexOf(this.line);
        if (duplicate !== -1) this.history.splice(duplicate, 1);
      }
      this.history.unshift(this.line);
      if (this.history.length > this.historySize) this.history.pop();
    }
    this.historyIndex = -1;
    // A 'history' listener may drop the entry (a password, say).
    const line = this.history[0];
    this.emit('history', this.history);
    return line;
  }

  _refreshLine() {
    const line = this[kPrompt] + this.line;
    const end = this._getDisplayPos(line);
    const cursor = this.getCursorPos();
    const prevRows = this.prevRows || 0;
    if (prevRows > 0) moveCursor(this.output, 0, -prevRows);
    cursorTo(this.output, 0);
    clearScreenDown(this.output);
    this._writeToOutput(line);
    // An empty last row needs a character for the terminal to make it.
    if (end.cols === 0) this._writeToOutput(' ');
    cursorTo(this.output, cursor.cols);
    const below = end.rows - cursor.rows;
    if (below > 0) moveCursor(this.output, 0, -below);
    this.prevRows = cursor.rows;
  }

  close() {
    if (this.closed) return;
    this.pause();
    if (this.terminal) this._setRawMode(false);
    this.closed = true;
    this.emit('close');
  }

  pause() {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (this.paused) return;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (!this.paused) return;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  write(data, key) {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (this.paused) this.resume();
    if (this.terminal) this._ttyWrite(data, key);
    else this._normalWrite(data);
  }

  _normalWrite(chunk) {
    if (chunk === undefined) return;
    let string = this[kDecoder].write(chunk);
    // The \n of a \r\n whose \r ended the previous chunk.
    if (this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
      if (string.codePointAt(0) === 10) string = string.slice(1);
      this[kSawReturnAt] = 0;
    }
    if (!string) return;
    const lines = string.split(lineEnding);
    const last = lines.length - 1;
    if (last === 0) {
      this[kLineBuffer] = this[kLineBuffer] ? this[kLineBuffer] + string : string;
      return;
    }
    this[kSawReturnAt] = string.endsWith('\r') ? Date.now() : 0;
    let first = lines[0];
    if (this[kLineBuffer]) first = this[kLineBuffer] + first;
    this[kLineBuffer] = lines[last];
    this._onLine(first);
    for (let i = 1; i < last; i++) this._onLine(lines[i]);
  }

  _insertString(text) {
    this._pushToUndoStack(this.line, this.cursor);
    // As in Node 24: inside a chunk of several characters (a paste, where
    // completion is off until its last character) text goes to the end of
    // the line, written as is, wherever the cursor is.
    if (!this.isCompletionEnabled) {
      this.line += text;
      this.cursor += text.length;
      this._writeToOutput(text);
      return;
    }
    if (this.cursor < this.line.length) {
      this.line = this.line.slice(0, this.cursor) + text + this.line.slice(this.cursor);
      this.cursor += text.length;
      this._refreshLine();
      return;
    }
    const before = this.getCursorPos();
    this.line += text;
    this.cursor += text.length;
    const after = this.getCursorPos();
    if (before.rows < after.rows) this._refreshLine();
    else this._writeToOutput(text);
  }

  // Completion with Node's callback-style completer (readline.Interface);
  // readline/promises replaces it with one awaiting the completer.
  [kTabComplete](lastKeypressWasTab) {
    this.pause();
    const string = this.line.slice(0, this.cursor);
    this.completer(string, (error, value) => {
      this.resume();
      if (error) {
        this._writeToOutput(`Tab completion error: ${inspect(error)}`);
        return;
      }
      this[kTabCompleter](lastKeypressWasTab, value);
    });
  }

  _tabComplete(lastKeypressWasTab) {
    return this[kTabComplete](lastKeypressWasTab);
  }

  [kTabCompleter](lastKeypressWasTab, { 0: completions, 1: completeOn }) {
    if (!completions || completions.length === 0) return;
    // Complete as far as every match agrees.
    const prefix = commonPrefix(completions.filter((c) => c !== ''));
    if (prefix.startsWith(completeOn) && prefix.length > completeOn.length) {
      this._insertString(prefix.slice(completeOn.length));
      return;
    } else if (!completeOn.startsWith(prefix)) {
      this.line = this.line.slice(0, this.cursor - completeOn.length) + prefix + this.line.slice(this.cursor);
      this.cursor = this.cursor - completeOn.length + prefix.length;
      this._refreshLine();
      return;
    }
    if (!lastKeypressWasTab) return;
    this._pushToUndoStack(this.line, this.cursor);
    // A second tab lists the matches in columns ('' starts a new group).
    const widths = completions.map((c) => getStringWidth(c));
    const width = Math.max(...widths) + 2;
    let maxColumns = Math.floor(this.columns / width) || 1;
    if (maxColumns === Infinity) maxColumns = 1;
    let text = '\r\n';
    let column = 0;
    let padding = 0;
    for (let i = 0; i < completions.length; i++) {
      const completion = completions[i];
      if (completion === '' || column === maxColumns) {
        text += '\r\n';
        column = 0;
        padding = 0;
      } else {
        text += ' '.repeat(padding);
      }
      if (completion !== '') {
        text += completion;
        padding = width - widths[i];
        column++;
      } else {
        text += '\r\n';
      }
    }
    if (column !== 0) text += '\r\n\r\n';
    this._writeToOutput(text);
    this._refreshLine();
  }

  // How far back the word left of the cursor starts (spaces, then one run
  // of word or of punctuation characters).
  _wordLeftLength() {
    const reversed = Array.from(this.line.slice(0, this.cursor)).reverse().join('');
    return /^\s*(?:[^\w\s]+|\w+)?/.exec(reversed)[0].length;
  }

  _wordLeft() {
    if (this.cursor > 0) this._moveCursor(-this._wordLeftLength());
  }

  _wordRight() {
    if (this.cursor < this.line.length) {
      const match = /^(?:\s+|[^\w\s]+|\w+)\s*/.exec(this.line.slice(this.cursor));
      this._moveCursor(match[0].length);
    }
  }

  _deleteLeft() {
    if (this.cursor > 0 && this.line.length > 0) {
      this._pushToUndoStack(this.line, this.cursor);
      const size = charLengthLeft(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor - size) + this.line.slice(this.cursor);
      this.cursor -= size;
      this._refreshLine();
    }
  }

  _deleteRight() {
    if (this.cursor < this.line.length) {
      this._pushToUndoStack(this.line, this.cursor);
      const size = charLengthAt(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + size);
      this._refreshLine();
    }
  }

  _deleteWordLeft() {
    if (this.cursor > 0) {
      this._pushToUndoStack(this.line, this.cursor);
      const leading = this.line.slice(0, this.cursor - this._wordLeftLength());
      this.line = leading + this.line.slice(this.cursor);
      this.cursor = leading.length;
      this._refreshLine();
    }
  }

  _deleteWordRight() {
    if (this.cursor < this.line.length) {
      this._pushToUndoStack(this.line, this.cursor);
      const trailing = this.line.slice(this.cursor);
      const match = /^(?:\s+|\W+|\w+)\s*/.exec(trailing);
      this.line = this.line.slice(0, this.cursor) + trailing.slice(match[0].length);
      this._refreshLine();
    }
  }

  _deleteLineLeft() {
    this._pushToUndoStack(this.line, this.cursor);
    const deleted = this.line.slice(0, this.cursor);
    this.line = this.line.slice(this.cursor);
    this.cursor = 0;
    this._pushToKillRing(deleted);
    this._refreshLine();
  }

  _deleteLineRight() {
    this._pushToUndoStack(this.line, this.cursor);
    const deleted = this.line.slice(this.cursor);
    this.line = this.line.slice(0, this.cursor);
    this._pushToKillRing(deleted);
    this._refreshLine();
  }

  _pushToKillRing(deleted) {
    if (!deleted || deleted === this[kKillRing][0]) return;
    this[kKillRing].unshift(deleted);
    this[kKillRingCursor] = 0;
    while (this[kKillRing].length > kMaxKillRing) this[kKillRing].pop();
  }

  _yank() {
    if (this[kKillRing].length > 0) {
      this[kYanking] = true;
      this._insertString(this[kKillRing][this[kKillRingCursor]]);
    }
  }

  // Meta+Y after a yank: replace what was yanked with the next kill.
  _yankPop() {
    if (!this[kYanking] || this[kKillRing].length <= 1) return;
    const lastYank = this[kKillRing][this[kKillRingCursor]];
    this[kKillRingCursor] = (this[kKillRingCursor] + 1) % this[kKillRing].length;
    const yank = this[kKillRing][this[kKillRingCursor]];
    const head = this.line.slice(0, this.cursor - lastYank.length);
    this.line = head + yank + this.line.slice(this.cursor);
    this.cursor = head.length + yank.length;
    this._refreshLine();
  }

  clearLine() {
    this._moveCursor(+Infinity);
    this._writeToOutput('\r\n');
    this.line = '';
    this.cursor = 0;
    this.prevRows = 0;
  }

  _line() {
    const line = this._addHistory();
    this[kUndoStack] = [];
    this[kRedoStack] = [];
    this.clearLine();
    this._onLine(line);
  }

  _pushToUndoStack(text, cursor) {
    if (this[kUndoStack].push({ text, cursor }) > kMaxUndoRedo) this[kUndoStack].shift();
  }

  _undo() {
    if (this[kUndoStack].length === 0) return;
    this[kRedoStack].push({ text: this.line, cursor: this.cursor });
    const entry = this[kUndoStack].pop();
    this.line = entry.text;
    this.cursor = entry.cursor;
    this._refreshLine();
  }

  _redo() {
    if (this[kRedoStack].length === 0) return;
    this[kUndoStack].push({ text: this.line, cursor: this.cursor });
    const entry = this[kRedoStack].pop();
    this.line = entry.text;
    this.cursor = entry.cursor;
    this._refreshLine();
  }

  // History moves skip entries that do not start with what was typed before
  // the first up/down (the substring search) and ones equal to the line.
  _historyNext() {
    if (this.historyIndex >= 0) {
      this._pushToUndoStack(this.line, this.cursor);
      const search = this[kSubstringSearch] || '';
      let index = this.historyIndex - 1;
      while (index >= 0 && (!this.history[index].startsWith(search) || this.line === this.history[index])) index--;
      this.line = index === -1 ? search : this.history[index];
      this.historyIndex = index;
      this.cursor = this.line.length;
      this._refreshLine();
    }
  }

  _historyPrev() {
    if (this.historyIndex < this.history.length && this.history.length) {
      this._pushToUndoStack(this.line, this.cursor);
      const search = this[kSubstringSearch] || '';
      let index = this.historyIndex + 1;
      while (index < this.history.length &&
             (!this.history[index].startsWith(search) || this.line === this.history[index])) index++;
      this.line = index === this.history.length ? search : this.history[index];
      this.historyIndex = index;
      this.cursor = this.line.length;
      this._refreshLine();
    }
  }

  // Where the end of `text` lands on screen: wide characters take two
  // columns (never split across rows), tabs go to the next tab stop.
  _getDisplayPos(text) {
    let offset = 0;
    const columns = this.columns;
    let rows = 0;
    for (const character of stripVTControlCharacters(text)) {
      if (character === '\n') {
        rows += Math.ceil(offset / columns) || 1;
        offset = 0;
        continue;
      }
      if (character === '\t') {
        offset += this.tabSize - (offset % this.tabSize);
        continue;
      }
      const width = displayWidth(character);
      if (width === 0 || width === 1) {
        offset += width;
      } else {
        if ((offset + 1) % columns === 0) offset++;
        offset += 2;
      }
    }
    const cols = offset % columns;
    rows += (offset - cols) / columns;
    return { cols, rows };
  }

  getCursorPos() {
    return this._getDisplayPos(this[kPrompt] + this.line.slice(0, this.cursor));
  }

  _getCursorPos() {
    return this.getCursorPos();
  }

  _moveCursor(dx) {
    if (dx === 0) return;
    const before = this.getCursorPos();
    this.cursor = Math.min(Math.max(this.cursor + dx, 0), this.line.length);
    const after = this.getCursorPos();
    if (before.rows === after.rows) moveCursor(this.output, after.cols - before.cols, 0);
    else this._refreshLine();
  }

  _ttyWrite(s, key) {
    const previousKey = this[kPreviousKey];
    key = key || {};
    this[kPreviousKey] = key;
    if (!key.meta || key.name !== 'y') this[kYanking] = false;

    // Up and down without modifiers search history by what was typed.
    if ((key.name === 'up' || key.name === 'down') && !key.ctrl && !key.meta && !key.shift) {
      if (this[kSubstringSearch] === null) this[kSubstringSearch] = this.line.slice(0, this.cursor);
    } else if (this[kSubstringSearch] !== null) {
      this[kSubstringSearch] = null;
      if (this.history.length === this.historyIndex) this.historyIndex = -1;
    }

    // Ctrl+_ (or Ctrl+-) undoes, Ctrl+^ redoes.
    if (typeof key.sequence === 'string') {
      const unit = key.sequence.codePointAt(0);
      if (unit === 0x1f) return this._undo();
      if (unit === 0x1e) return this._redo();
    }
    if (key.name === 'escape') return;

    if (key.ctrl && key.shift) {
      if (key.name === 'backspace') this._deleteLineLeft();
      else if (key.name === 'delete') this._deleteLineRight();
    } else if (key.ctrl) {
      this._ctrlKey(key);
    } else if (key.meta) {
      switch (key.name) {
        case 'b': this._wordLeft(); break;
        case 'f': this._wordRight(); break;
        case 'd':
        case 'delete': this._deleteWordRight(); break;
        case 'backspace': this._deleteWordLeft(); break;
        case 'y': this._yankPop(); break;
      }
    } else {
      this._plainKey(s, key, previousKey);
    }
  }

  _ctrlKey(key) {
    switch (key.name) {
      case 'c':
        if (this.listenerCount('SIGINT') > 0) {
          this.emit('SIGINT');
        } else {
          this.close();
          this[kQuestionReject]?.(new AbortError('Aborted with Ctrl+C'));
        }
        break;
      case 'h': this._deleteLeft(); break;
      case 'd':
        // End of input on an empty line, else delete right.
        if (this.cursor === 0 && this.line.length === 0) {
          this.close();
          this[kQuestionReject]?.(new AbortError('Aborted with Ctrl+D'));
        } else if (this.cursor < this.line.length) {
          this._deleteRight();
        }
        break;
      case 'u': this._deleteLineLeft(); break;
      case 'k': this._deleteLineRight(); break;
      case 'a': this._moveCursor(-Infinity); break;
      case 'e': this._moveCursor(+Infinity); break;
      case 'b': this._moveCursor(-charLengthLeft(this.line, this.cursor)); break;
      case 'f': this._moveCursor(+charLengthAt(this.line, this.cursor)); break;
      case 'l':
        cursorTo(this.output, 0, 0);
        clearScreenDown(this.output);
        this._refreshLine();
        break;
      case 'n': this._historyNext(); break;
      case 'p': this._historyPrev(); break;
      case 'y': this._yank(); break;
      case 'z':
        if (this.listenerCount('SIGTSTP') > 0) this.emit('SIGTSTP');
        break;
      case 'w':
      case 'backspace': this._deleteWordLeft(); break;
      case 'delete': this._deleteWordRight(); break;
      case 'left': this._wordLeft(); break;
      case 'right': this._wordRight(); break;
    }
  }

  // Return ends the line; Enter (\n) too, unless it comes within crlfDelay
  // of a \r, which already ended it.
  _endLineKey(name) {
    if (name === 'return') {
      this[kSawReturnAt] = Date.now();
      this._line();
      return;
    }
    if (this[kSawReturnAt] === 0 || Date.now() - this[kSawReturnAt] > this.crlfDelay) this._line();
    this[kSawReturnAt] = 0;
  }

  _plainKey(s, key, previousKey) {
    // A \r only matters if \n follows it.
    if (this[kSawReturnAt] && key.name !== 'enter') this[kSawReturnAt] = 0;
    switch (key.name) {
      case 'return':
      case 'enter':
        this._endLineKey(key.name);
        return;
      case 'backspace': this._deleteLeft(); return;
      case 'delete': this._deleteRight(); return;
      case 'left': this._moveCursor(-charLengthLeft(this.line, this.cursor)); return;
      case 'right': this._moveCursor(+charLengthAt(this.line, this.cursor)); return;
      case 'home': this._moveCursor(-Infinity); return;
      case 'end': this._moveCursor(+Infinity); return;
      case 'up': this._historyPrev(); return;
      case 'down': this._historyNext(); return;
      case 'tab':
        if (typeof this.completer === 'function' && this.isCompletionEnabled) {
          this[kTabComplete](previousKey?.name === 'tab');
          return;
        }
        break;
    }
    if (typeof s !== 'string' || !s) return;
    // Text (typed or written) may hold whole lines.
    let start = 0;
    for (const match of s.matchAll(lineEnding)) {
      this._insertString(s.slice(start, match.index));
      start = match.index + match[0].length;
      this._line();
    }
    this._insertString(s.slice(start));
  }

  [Symbol.asyncIterator]() {
    if (this[kLineIterator] === undefined) {
      const lines = EventEmitter.on(this, 'line', { close: ['close'], highWaterMark: 1024 });
      const first = (result) => (result.done ? result : { value: result.value[0], done: false });
      this[kLineIterator] = Object.setPrototypeOf({
        next: () => lines.next().then(first),
        return: () => lines.return(),
        throw: (error) => lines.throw(error),
        [Symbol.asyncIterator]() {
          return this;
        },
        // The queue's size and watermarks, as events.on reports them.
        [kWatermarkData]: lines[kWatermarkData],
      }, AsyncIteratorPrototype);
    }
    return this[kLineIterator];
  }
}

if (typeof Symbol.dispose === 'symbol') {
  Interface.prototype[Symbol.dispose] = function () {
    this.close();
  };
}

module.exports = {
  Interface,
  InterfaceConstructor,
  kDecoder,
  kLineBuffer,
  kOldPrompt,
  kPreviousKey,
  kPrompt,
  kQuestion,
  kQuestionCallback,
  kQuestionCancel,
  kQuestionReject,
  kSawKeyPress,
  kSawReturnAt,
  kTabComplete,
  kTabCompleter,
};
