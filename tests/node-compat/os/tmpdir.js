// os.tmpdir(): the first non-empty of TMPDIR, TMP, TEMP (read from process.env at each call), one trailing slash dropped, else /tmp.
'use strict';
const os = require('os');

const cases = [
  {},
  { TMPDIR: '/var/tmp' },
  { TMPDIR: '/var/tmp/' },
  { TMPDIR: '/var/tmp//' },
  { TMPDIR: '/' },
  { TMPDIR: '', TMP: '/from/tmp/' },
  { TMP: '/from/tmp', TEMP: '/from/temp' },
  { TEMP: '/from/temp/' },
  { TMPDIR: '', TMP: '', TEMP: '' },
  { TMPDIR: 'relative/dir/' },
];
for (const env of cases) {
  for (const key of ['TMPDIR', 'TMP', 'TEMP']) delete process.env[key];
  Object.assign(process.env, env);
  console.log(JSON.stringify(env), '->', os.tmpdir(), `${os.tmpdir}`);
}

process.env.HOME = '/somewhere/else';
console.log('homedir', os.homedir());
