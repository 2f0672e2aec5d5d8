module.exports = { 'a' };
module.exports = { 'b': b, 'c' : c, 'it\'s': d, '\x65': e, 'f': 1, g };
