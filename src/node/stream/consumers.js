'use strict';
// stream/consumers: text(), json(), buffer() and arrayBuffer() read a whole
// Readable (or any async iterable) into one value. text() decodes UTF-8
// across chunk boundaries and drops a leading BOM, as TextDecoder does.
// blob() collects the chunks into a Blob. Not supported: WHATWG
// ReadableStreams (they are async iterables, so they would work once there).

const { Buffer } = require('buffer');
const { StringDecoder } = require('string_decoder');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

function bytesOf(chunk) {
  if (typeof chunk === 'string') return Buffer.from(chunk, 'utf8');
  if (ArrayBuffer.isView(chunk)) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  if (chunk instanceof ArrayBuffer) return Buffer.from(chunk);
  // A Blob part that is none of the above is converted to a string.
  return Buffer.from(String(chunk), 'utf8');
}

async function blob(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  const { Blob } = require('internal/blob');
  return new Blob(chunks);
}

async function buffer(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(bytesOf(chunk));
  return Buffer.concat(chunks);
}

async function arrayBuffer(stream) {
  const bytes = await buffer(stream);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

async function text(stream) {
  const decoder = new StringDecoder('utf8');
  let str = '';
  for await (const chunk of stream) {
    if (typeof chunk === 'string') {
      str += chunk;
    } else if (ArrayBuffer.isView(chunk) || chunk instanceof ArrayBuffer) {
      str += decoder.write(ArrayBuffer.isView(chunk) ? chunk : new Uint8Array(chunk));
    } else {
      throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'ArrayBufferView'], chunk);
    }
  }
  str += decoder.end();
  return str.charCodeAt(0) === 0xFEFF ? str.slice(1) : str;
}

async function json(stream) {
  return JSON.parse(await text(stream));
}

module.exports = { arrayBuffer, blob, buffer, text, json };
