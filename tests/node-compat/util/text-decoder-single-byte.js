// TextDecoder for the single-byte encodings: every byte, unmapped bytes with and without fatal, and unsupported names.
'use strict';

const all = Uint8Array.from({ length: 256 }, (_, i) => i);
const labels = ['ibm866', 'iso-8859-2', 'latin3', 'iso-8859-4', 'cyrillic', 'arabic', 'greek', 'hebrew', 'logical',
  'latin6', 'iso-8859-13', 'iso-8859-14', 'l9', 'koi8-r', 'koi8-u', 'mac', 'tis-620', 'cp1250', 'cp1251', 'cp1252',
  'cp1253', 'latin5', 'cp1255', 'cp1256', 'cp1257', 'cp1258', 'x-mac-ukrainian'];
for (const label of labels) {
  const decoder = new TextDecoder(label);
  const text = decoder.decode(all);
  let fatal;
  try {
    new TextDecoder(label, { fatal: true }).decode(all);
    fatal = 'ok';
  } catch (err) {
    fatal = err.code;
  }
  const streamed = new TextDecoder(label);
  const pieces = streamed.decode(all.subarray(0, 100), { stream: true }) + streamed.decode(all.subarray(100));
  console.log(decoder.encoding, text.length, fatal, pieces === text, new TextDecoder(label, { ignoreBOM: true }).ignoreBOM);
  console.log(Array.from(text.slice(128), (c) => c.charCodeAt(0).toString(16)).join(' '));
  console.log(Array.from(text.slice(0, 128), (c, i) => (c.charCodeAt(0) === i ? '' : `${i}:${c.charCodeAt(0)}`)).join(''));
}
for (const label of ['iso-8859-16', 'replacement', 'x-user-defined', 'hz-gb-2312']) {
  try {
    new TextDecoder(label);
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}
