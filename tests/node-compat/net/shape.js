// What net exports, and that its socket classes are classes.
const net = require('net');
for (const name of ['isIP', 'isIPv4', 'isIPv6', 'Socket', 'Server', 'Stream', 'connect', 'createConnection', 'createServer',
  'BlockList', 'SocketAddress', 'getDefaultAutoSelectFamily', 'setDefaultAutoSelectFamily',
  'getDefaultAutoSelectFamilyAttemptTimeout', 'setDefaultAutoSelectFamilyAttemptTimeout']) {
  console.log(name, typeof net[name]);
}
console.log(net.Stream === net.Socket, require('node:net') === net);
console.log({} instanceof net.Socket, {} instanceof net.Server);
