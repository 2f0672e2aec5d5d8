'use strict';
// `net`: what a pod can answer without sockets. The address checks isIP,
// isIPv4 and isIPv6 (Node 24's rules: dotted-quad IPv4 without leading
// zeros; IPv6 in full, compressed or with an embedded IPv4 tail, with an
// optional %zone) and the process-wide happy-eyeballs defaults
// (get/setDefaultAutoSelectFamily, get/setDefaultAutoSelectFamilyAttemptTimeout).
//
// Not covered: TCP and IPC sockets. A pod has no socket layer (HTTP servers
// are bridged by the http module), so Socket, Server, connect, createServer,
// createConnection, BlockList and SocketAddress throw ERR_METHOD_NOT_IMPLEMENTED.

const { codes: { ERR_METHOD_NOT_IMPLEMENTED } } = require('internal/errors');
const { validateBoolean, validateInt32 } = require('internal/validators');
const EventEmitter = require('events');
const { Duplex } = require('stream');

function isIPv4(input) {
  const text = `${input}`;
  const parts = text.split('.');
  if (parts.length !== 4) return false;
  return parts.every((part) => /^(0|[1-9][0-9]{0,2})$/.test(part) && Number(part) <= 255);
}

// Groups of 1-4 hex digits, eight in all, one `::` standing for one or more
// zero groups, and the last two groups optionally written as IPv4.
function isIPv6(input) {
  let text = `${input}`;
  const zone = text.indexOf('%');
  if (zone !== -1) {
    if (!/^[0-9a-zA-Z\-.:]+$/.test(text.slice(zone + 1))) return false;
    text = text.slice(0, zone);
  }
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const groupsOf = (half) => (half === '' ? [] : half.split(':'));
  const head = groupsOf(halves[0]);
  const tail = halves.length === 2 ? groupsOf(halves[1]) : [];
  const groups = [...head, ...tail];
  let count = groups.length;
  const last = groups[groups.length - 1];
  if (last !== undefined && last.includes('.')) {
    if (!isIPv4(last)) return false;
    groups.pop();
    count += 1; // an IPv4 tail fills two groups
  }
  if (!groups.every((group) => /^[0-9a-fA-F]{1,4}$/.test(group))) return false;
  return halves.length === 2 ? count <= 7 : count === 8;
}

function isIP(input) {
  if (isIPv4(input)) return 4;
  if (isIPv6(input)) return 6;
  return 0;
}

let autoSelectFamily = true;
let autoSelectFamilyAttemptTimeout = 250;

function getDefaultAutoSelectFamily() {
  return autoSelectFamily;
}

function setDefaultAutoSelectFamily(value) {
  validateBoolean(value, 'value');
  autoSelectFamily = value;
}

function getDefaultAutoSelectFamilyAttemptTimeout() {
  return autoSelectFamilyAttemptTimeout;
}

// Node raises anything below 10 ms to 10 ms.
function setDefaultAutoSelectFamilyAttemptTimeout(value) {
  validateInt32(value, 'value', 1);
  autoSelectFamilyAttemptTimeout = value < 10 ? 10 : value;
}

function notImplemented(name) {
  return function () {
    throw new ERR_METHOD_NOT_IMPLEMENTED(name);
  };
}

// The classes exist so that `instanceof net.Socket` answers false rather
// than throwing; making one says a pod has no sockets.
class Socket extends Duplex {
  constructor() {
    throw new ERR_METHOD_NOT_IMPLEMENTED('net.Socket()');
  }
}

class Server extends EventEmitter {
  constructor() {
    throw new ERR_METHOD_NOT_IMPLEMENTED('net.Server()');
  }
}

class BlockList {
  constructor() {
    throw new ERR_METHOD_NOT_IMPLEMENTED('net.BlockList()');
  }
}

class SocketAddress {
  constructor() {
    throw new ERR_METHOD_NOT_IMPLEMENTED('net.SocketAddress()');
  }
}

module.exports = {
  BlockList,
  SocketAddress,
  connect: notImplemented('net.connect()'),
  createConnection: notImplemented('net.createConnection()'),
  createServer: notImplemented('net.createServer()'),
  isIP,
  isIPv4,
  isIPv6,
  Server,
  Socket,
  Stream: Socket,
  getDefaultAutoSelectFamily,
  setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout,
};
