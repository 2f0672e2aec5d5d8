'use strict';
// readline.emitKeypressEvents(stream, interface): makes `stream` emit
// 'keypress' for the data it reads, while anything listens for keypresses.
// A lone ESC at the end of a chunk waits `escapeCodeTimeout` ms for the rest
// of its sequence before it counts as the escape key.

const { StringDecoder } = require('string_decoder');
const { charLengthAt, emitKeys, CSI: { kEscape } } = require('internal/readline/utils');

const kKeypressDecoder = Symbol('keypress-decoder');
const kEscapeDecoder = Symbol('escape-decoder');
const kSawKeyPress = Symbol.for('nodeling.readline.sawKeyPress');
const ESCAPE_CODE_TIMEOUT = 500;

function startDecoder(stream) {
  stream[kEscapeDecoder] = emitKeys(stream);
  stream[kEscapeDecoder].next();
}

function emitKeypressEvents(stream, iface = {}) {
  if (stream[kKeypressDecoder]) return;
  stream[kKeypressDecoder] = new StringDecoder('utf8');
  startDecoder(stream);
  const { escapeCodeTimeout = ESCAPE_CODE_TIMEOUT } = iface;
  let timeout;
  const escapeTimedOut = () => stream[kEscapeDecoder].next('');

  function onData(input) {
    if (stream.listenerCount('keypress') === 0) {
      // Nobody listens any more: wait for someone to.
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
      return;
    }
    const string = stream[kKeypressDecoder].write(input);
    if (!string) return;
    clearTimeout(timeout);
    // A chunk of one character is a key pressed; more is a paste, during
    // which tab completion is off until its last character.
    iface[kSawKeyPress] = charLengthAt(string, 0) === string.length;
    iface.isCompletionEnabled = false;
    let length = 0;
    for (const character of string) {
      length += character.length;
      if (length === string.length) iface.isCompletionEnabled = true;
      try {
        stream[kEscapeDecoder].next(character);
        if (length === string.length && character === kEscape) {
          timeout = setTimeout(escapeTimedOut, escapeCodeTimeout);
        }
      } catch (error) {
        // A 'keypress' listener threw: start a fresh decoder, then rethrow.
        startDecoder(stream);
        throw error;
      }
    }
  }

  function onNewListener(event) {
    if (event !== 'keypress') return;
    stream.on('data', onData);
    stream.removeListener('newListener', onNewListener);
  }

  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

module.exports = { emitKeypressEvents, kSawKeyPress };
