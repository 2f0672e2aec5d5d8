'use strict';
// internal/file: File (buffer.File and the global), a Blob with a name and
// a last-modified time.

const { Blob } = require('internal/blob');
const { codes: { ERR_INVALID_THIS, ERR_MISSING_ARGS } } = require('internal/errors');

const kState = Symbol('state');
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

function isFile(object) {
  return object?.[kState] !== undefined;
}

class File extends Blob {
  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    let { lastModified } = options ?? {};
    if (lastModified !== undefined) {
      // Unary plus, so that a BigInt throws as in Node.
      lastModified = +lastModified;
      if (Number.isNaN(lastModified)) lastModified = 0;
    } else {
      lastModified = Date.now();
    }
    this[kState] = { name: String.prototype.toWellFormed.call(`${fileName}`), lastModified };
  }

  get name() {
    if (!isFile(this)) throw new ERR_INVALID_THIS('File');
    return this[kState].name;
  }

  get lastModified() {
    if (!isFile(this)) throw new ERR_INVALID_THIS('File');
    return this[kState].lastModified;
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    const { inspect } = require('internal/util/inspect');
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    const { name, lastModified } = this[kState];
    return `File ${inspect({ size: this.size, type: this.type, name, lastModified }, opts)}`;
  }
}

Object.defineProperties(File.prototype, {
  name: { __proto__: null, enumerable: true },
  lastModified: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'File' },
});

module.exports = { File };
