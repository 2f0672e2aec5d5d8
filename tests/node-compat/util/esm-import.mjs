// util, util/types and assert/strict as ES modules: default and named exports.
import util, { parseArgs, MIMEType, TextDecoder as TD, types, isDeepStrictEqual, styleText } from 'node:util';
import { isDate } from 'node:util/types';
import * as typesNs from 'util/types';
import strict, { deepEqual } from 'node:assert/strict';

console.log(typeof parseArgs, typeof MIMEType, TD === TextDecoder, types === util.types, isDeepStrictEqual(1, 1),
            typeof styleText);
console.log(isDate(new Date()), typeof typesNs.isProxy, typesNs.default === types, deepEqual === strict.deepStrictEqual);
console.log(Object.keys(typesNs).filter((key) => key !== 'default').length === Object.keys(types).length);
