// util.parseArgs: short groups, inline values, multiple, defaults, negation, tokens, positionals and errors.
'use strict';

const { parseArgs } = require('util');

function run(config) {
  try {
    const result = parseArgs(config);
    console.log(JSON.stringify({ values: { ...result.values }, positionals: result.positionals, tokens: result.tokens }));
    console.log(Object.getPrototypeOf(result.values));
  } catch (err) {
    console.log(err.name, err.code, JSON.stringify(err.message));
  }
}

const options = {
  verbose: { type: 'boolean', short: 'v' },
  file: { type: 'string', short: 'f' },
  tag: { type: 'string', short: 't', multiple: true },
  count: { type: 'boolean', short: 'c', multiple: true },
  level: { type: 'string', default: 'info' },
  color: { type: 'boolean' },
};

run({ args: ['-v', '--file', 'a.txt', 'pos'], options, allowPositionals: true });
run({ args: ['-vf', 'a.txt'], options });
run({ args: ['-vfa.txt'], options });
run({ args: ['-fa.txt'], options });
run({ args: ['--file=a=b.txt', '--level=debug'], options });
run({ args: ['-t', 'x', '--tag', 'y', '-t=z', '-ccc'], options });
run({ args: ['-v', '--', '--file', 'x'], options, allowPositionals: true });
run({ args: ['-v', '--', 'x'], options });
run({ args: ['pos'], options });
run({ args: ['--unknown'], options });
run({ args: ['-u'], options });
run({ args: ['--unknown'], options, allowPositionals: true });
run({ args: ['--file'], options });
run({ args: ['-f'], options });
run({ args: ['--verbose=yes'], options });
run({ args: ['--file', '-v'], options });
run({ args: ['-f', '-v'], options });
run({ args: ['--file=-v'], options });
run({ args: ['--unknown', 'x', '-z', '--file'], options, strict: false });
run({ args: ['--no-color', '--color'], options, allowNegative: true });
run({ args: ['--no-color'], options, allowNegative: true });
run({ args: ['--no-file'], options, allowNegative: true });
run({ args: ['--no-color'], options });
run({ args: ['-v', '-f', 'x', '--', 'y'], options, tokens: true, allowPositionals: true });
run({ args: ['-vc'], options, tokens: true });
run({ args: ['--__proto__', 'x'], options: { __proto__: { type: 'string' } }, strict: false });
run({ args: [], options: { list: { type: 'string', multiple: true, default: ['a', 'b'] } } });
run({ args: [], options: { flag: { type: 'boolean', default: true } } });
run({ args: 'nope' });
run({ args: [], options: { bad: { type: 'number' } } });
run({ args: [], options: { bad: { type: 'string', short: 'ab' } } });
run({ args: [], options: { bad: { type: 'string', default: 1 } } });
run({ args: [], options: { bad: { type: 'boolean', multiple: true, default: [1] } } });
run({ args: [], options: { bad: 'x' } });
run({ args: [], strict: 'yes' });
run({ args: ['a', 'b'], strict: false });
run({ args: ['-abc'], strict: false });
run({ args: ['-'], options, allowPositionals: true });
run({ args: ['---x'], options, strict: false });
run({});
