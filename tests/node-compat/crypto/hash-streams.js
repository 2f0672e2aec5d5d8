// Hash and Hmac as Transform streams: piped, written and read, with
// encodings, instanceof Transform, and update/digest still plain calls.
const crypto = require('crypto');
const { Readable, Transform, pipeline } = require('stream');

const hash = crypto.createHash('sha256');
console.log(hash instanceof Transform, typeof hash.pipe, hash.update('x') === hash);
const piped = crypto.createHash('md5');
piped.setEncoding('hex');
Readable.from(['one ', Buffer.from('two '), 'three']).pipe(piped).on('data', (digest) => console.log('piped md5', digest));
const hmac = crypto.createHmac('sha1', 'key');
hmac.on('readable', () => {
  const digest = hmac.read();
  if (digest) console.log('hmac read', digest.toString('base64'));
});
hmac.write('abc');
hmac.end('def');
pipeline(Readable.from(['a', 'b']), crypto.createHash('sha512'), async function (source) {
  for await (const chunk of source) console.log('pipeline', chunk.length);
}, (error) => console.log('pipeline done', error));
const written = crypto.createHash('sha1');
written.write('latin1 \u00e9', 'latin1');
written.end();
written.on('data', (d) => console.log('latin1 write', d.toString('hex')));
console.log('direct', crypto.createHash('sha1').update('latin1 \u00e9', 'latin1').digest('hex'));
