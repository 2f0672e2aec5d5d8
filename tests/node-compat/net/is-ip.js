// net.isIP / isIPv4 / isIPv6 over valid, invalid and non-string inputs.
const net = require('net');
const inputs = [
  '127.0.0.1', '0.0.0.0', '255.255.255.255', '256.0.0.1', '01.2.3.4', '1.2.3', '1.2.3.4.5', '1..2.3', ' 1.2.3.4',
  '::', '::1', '1::', '::ffff:127.0.0.1', '2001:db8::ff00:42:8329', '2001:0db8:0000:0000:0000:ff00:0042:8329',
  'fe80::1%eth0', 'fe80::1%', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7::', '1::2::3', ':1::',
  '1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:7:1.2.3.4', '::1.2.3.4', 'g::1', '12345::', 'localhost', '', 'example.com',
];
for (const input of inputs) {
  console.log(JSON.stringify(input), net.isIP(input), net.isIPv4(input), net.isIPv6(input));
}
for (const value of [undefined, null, 127, {}, { toString: () => '10.0.0.1' }, ['::1']]) {
  console.log(String(value), net.isIP(value), net.isIPv4(value), net.isIPv6(value));
}
