// process.loadEnvFile errors: a missing file is ENOENT from open; a directory and bad arguments throw TypeErrors with Node's codes.
'use strict';

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
    if (error.code === 'ENOENT') console.log('  errno', error.errno, 'syscall', error.syscall, 'path', error.path);
  }
}

attempt('missing', () => process.loadEnvFile('does-not-exist.env'));
attempt('missing absolute', () => process.loadEnvFile('/no/such/dir/.env'));
attempt('missing in a file', () => process.loadEnvFile('basic.env/x'));
attempt('directory', () => process.loadEnvFile('.'));
attempt('number', () => process.loadEnvFile(42));
attempt('object', () => process.loadEnvFile({}));
attempt('null byte', () => process.loadEnvFile('a\0b'));
