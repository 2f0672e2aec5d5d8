// The happy-eyeballs defaults: getters, setters, validation and the 10 ms floor.
const net = require('net');
console.log(net.getDefaultAutoSelectFamily(), net.getDefaultAutoSelectFamilyAttemptTimeout());
net.setDefaultAutoSelectFamily(false);
console.log(net.getDefaultAutoSelectFamily());
for (const value of [1, 9, 10, 2500]) {
  net.setDefaultAutoSelectFamilyAttemptTimeout(value);
  console.log(value, net.getDefaultAutoSelectFamilyAttemptTimeout());
}
for (const [name, value] of [['setDefaultAutoSelectFamily', 1], ['setDefaultAutoSelectFamily', 'true'],
  ['setDefaultAutoSelectFamilyAttemptTimeout', 0], ['setDefaultAutoSelectFamilyAttemptTimeout', 1.5],
  ['setDefaultAutoSelectFamilyAttemptTimeout', '100'], ['setDefaultAutoSelectFamilyAttemptTimeout', 2 ** 31]]) {
  try {
    net[name](value);
    console.log(name, 'accepted', value);
  } catch (error) {
    console.log(name, error.code, error.message);
  }
}
