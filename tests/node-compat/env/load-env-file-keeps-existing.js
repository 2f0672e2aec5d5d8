// process.loadEnvFile never overwrites keys already in process.env, defaults to ./.env, and a later file only adds new keys.
'use strict';

process.env.SHARED = 'set by the script';
process.loadEnvFile();
console.log(process.env.DEFAULT_FILE, '|', process.env.SHARED);

delete process.env.SHARED;
process.loadEnvFile('override.env');
console.log(process.env.SHARED, '|', process.env.ONLY_OVERRIDE);

process.loadEnvFile('.env');
console.log(process.env.SHARED, '|', process.env.DEFAULT_FILE);

process.env.DEFAULT_FILE = '';
process.loadEnvFile(undefined);
console.log(JSON.stringify(process.env.DEFAULT_FILE));
