'use strict';
// The global DOMException as Node 24 defines it (WebIDL): `new
// DOMException(message, name)` or `(message, { name, cause })`, the legacy
// numeric codes on the class and its prototype, an Error at heart
// (prototype chain through Error.prototype, a stack), and cloneable by
// structuredClone and postMessage. It replaces QuickJS-NG's own, which
// takes no options object and has no `cause`.

const internals = new WeakMap();
const nameToCode = new Map();

// These names lost their codes in WebIDL (heycam/webidl#946).
const disusedNames = new Set(['DOMStringSizeError', 'NoDataAllowedError', 'ValidationError']);

// Node's own wording; a TypeError with a code but not one of its ERR_ classes.
function throwInvalidThis() {
  const error = new TypeError();
  Object.defineProperties(error, {
    message: { value: 'Value of "this" must be of DOMException', enumerable: false, writable: true, configurable: true },
    toString: {
      value() {
        return `${this.name} [ERR_INVALID_THIS]: ${this.message}`;
      },
      enumerable: false,
      writable: true,
      configurable: true,
    },
  });
  error.code = 'ERR_INVALID_THIS';
  throw error;
}

function internalsOf(self) {
  const found = internals.get(self);
  if (found === undefined) throwInvalidThis();
  return found;
}

// WebIDL wants Object.getPrototypeOf(DOMException) === Function.prototype
// and DOMException.prototype inheriting from Error.prototype, so the
// constructor makes an Error (for its stack) and returns it re-parented. It
// is a function rather than a class only so that calling it without `new`
// fails with V8's words.
function DOMException(message = '', options = 'Error') {
  if (new.target === undefined) throw new TypeError("Class constructor DOMException cannot be invoked without 'new'");
  const self = new Error();
  Object.setPrototypeOf(self, new.target.prototype);
  if (options && typeof options === 'object') {
    const { name } = options;
    internals.set(self, { message: `${message}`, name: `${name}` });
    if ('cause' in options) {
      Object.defineProperty(self, 'cause', { value: options.cause, configurable: true, writable: true, enumerable: false });
    }
  } else {
    internals.set(self, { message: `${message}`, name: `${options}` });
  }
  return self;
}
Object.defineProperty(DOMException, 'prototype', { writable: false });
Object.defineProperties(DOMException.prototype, Object.getOwnPropertyDescriptors({
  get name() {
    return internalsOf(this).name;
  },
  get message() {
    return internalsOf(this).message;
  },
  get code() {
    const { name } = internalsOf(this);
    if (disusedNames.has(name)) return 0;
    return nameToCode.get(name) ?? 0;
  },
}));

Object.setPrototypeOf(DOMException.prototype, Error.prototype);
Object.defineProperties(DOMException.prototype, {
  [Symbol.toStringTag]: { configurable: true, value: 'DOMException' },
  name: { enumerable: true, configurable: true },
  message: { enumerable: true, configurable: true },
  code: { enumerable: true, configurable: true },
});

for (const [name, codeName, value] of [
  ['IndexSizeError', 'INDEX_SIZE_ERR', 1],
  ['DOMStringSizeError', 'DOMSTRING_SIZE_ERR', 2],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR', 3],
  ['WrongDocumentError', 'WRONG_DOCUMENT_ERR', 4],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR', 5],
  ['NoDataAllowedError', 'NO_DATA_ALLOWED_ERR', 6],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR', 7],
  ['NotFoundError', 'NOT_FOUND_ERR', 8],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR', 9],
  ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR', 10],
  ['InvalidStateError', 'INVALID_STATE_ERR', 11],
  ['SyntaxError', 'SYNTAX_ERR', 12],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR', 13],
  ['NamespaceError', 'NAMESPACE_ERR', 14],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR', 15],
  ['ValidationError', 'VALIDATION_ERR', 16],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR', 17],
  ['SecurityError', 'SECURITY_ERR', 18],
  ['NetworkError', 'NETWORK_ERR', 19],
  ['AbortError', 'ABORT_ERR', 20],
  ['URLMismatchError', 'URL_MISMATCH_ERR', 21],
  ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR', 22],
  ['TimeoutError', 'TIMEOUT_ERR', 23],
  ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR', 24],
  ['DataCloneError', 'DATA_CLONE_ERR', 25],
]) {
  const descriptor = { enumerable: true, value };
  Object.defineProperty(DOMException, codeName, descriptor);
  Object.defineProperty(DOMException.prototype, codeName, descriptor);
  nameToCode.set(name, value);
}

function isDOMException(value) {
  return internals.has(value);
}

// What structuredClone keeps of one (WebIDL's serialization steps): name,
// message and stack.
function serializeDOMException(value) {
  const { name, message } = internals.get(value);
  return { name, message, stack: value.stack };
}

function deserializeDOMException({ name, message, stack }) {
  const copy = new DOMException(message, name);
  copy.stack = stack;
  return copy;
}

// QuickJS-NG's own atob and btoa still throw its native DOMException: its
// prototype is made to inherit from ours, so they are `instanceof
// DOMException` too.
function adoptNativeDOMException(Native) {
  if (typeof Native === 'function' && Native !== DOMException && Native.prototype !== undefined) {
    Object.setPrototypeOf(Native.prototype, DOMException.prototype);
  }
}

module.exports = { DOMException, adoptNativeDOMException, isDOMException, serializeDOMException, deserializeDOMException };
