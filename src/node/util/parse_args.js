'use strict';
// util.parseArgs: command-line options after the POSIX utility conventions,
// as Node 24 parses them (short groups `-abc`, `-fVALUE`, `--name=value`,
// `--` ending the options, `multiple`, `default`, `allowNegative` for
// `--no-name`, `tokens`, and strict mode's errors).

const { codes } = require('internal/errors');
const {
  validateArray, validateBoolean, validateBooleanArray, validateObject, validateString, validateStringArray,
  validateUnion,
} = require('internal/validators');

const hasOwn = (object, key) => Object.prototype.hasOwnProperty.call(object, key);
const ownValue = (object, key) => (hasOwn(object, key) ? object[key] : undefined);
const optionValue = (options, name, key) => (hasOwn(options, name) ? ownValue(options[name], key) : undefined);

// The user's arguments: after the script, or after node itself for -e/-p.
function getMainArgs() {
  const evaluating = ['-e', '--eval', '-p', '--print'].some((flag) => process.execArgv.includes(flag));
  return process.argv.slice(evaluating ? 1 : 2);
}

// The long name whose `short` is `short`, or `short` itself.
function longNameOf(short, options) {
  validateObject(options, 'options');
  const entry = Object.entries(options).find(([, config]) => ownValue(config, 'short') === short);
  return entry?.[0] ?? short;
}

const isOptionLikeValue = (value) => value != null && value.length > 1 && value[0] === '-';
const isLoneShortOption = (arg) => arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
const isLoneLongOption = (arg) => arg.length > 2 && arg.startsWith('--') && !arg.includes('=', 3);
const isLongOptionAndValue = (arg) => arg.length > 2 && arg.startsWith('--') && arg.includes('=', 3);

// `-abc` where `a` takes no value.
function isShortOptionGroup(arg, options) {
  if (arg.length <= 2 || arg[0] !== '-' || arg[1] === '-') return false;
  return optionValue(options, longNameOf(arg[1], options), 'type') !== 'string';
}

// `-fVALUE` where `f` takes a value.
function isShortOptionAndValue(arg, options) {
  validateObject(options, 'options');
  if (arg.length <= 2 || arg[0] !== '-' || arg[1] === '-') return false;
  return optionValue(options, longNameOf(arg[1], options), 'type') === 'string';
}

function argsToTokens(args, options) {
  const tokens = [];
  let index = -1;
  let groupCount = 0;
  const remaining = args.slice();
  while (remaining.length > 0) {
    const arg = remaining.shift();
    const next = remaining[0];
    // The parts of an expanded group share the group's index.
    if (groupCount > 0) groupCount--;
    else index++;

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const value of remaining) tokens.push({ kind: 'positional', index: ++index, value });
      break;
    }
    if (isLoneShortOption(arg)) {
      const name = longNameOf(arg[1], options);
      let value;
      let inlineValue;
      if (optionValue(options, name, 'type') === 'string' && next != null) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value != null) ++index;
      continue;
    }
    if (isShortOptionGroup(arg, options)) {
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const short = arg[i];
        if (optionValue(options, longNameOf(short, options), 'type') !== 'string' || i === arg.length - 1) {
          expanded.push(`-${short}`);
        } else {
          // A value-taking option inside the group takes the rest as its value.
          expanded.push(`-${arg.slice(i)}`);
          break;
        }
      }
      remaining.unshift(...expanded);
      groupCount = expanded.length;
      continue;
    }
    if (isShortOptionAndValue(arg, options)) {
      const short = arg[1];
      tokens.push({
        kind: 'option', name: longNameOf(short, options), rawName: `-${short}`, index, value: arg.slice(2),
        inlineValue: true,
      });
      continue;
    }
    if (isLoneLongOption(arg)) {
      const name = arg.slice(2);
      let value;
      let inlineValue;
      if (optionValue(options, name, 'type') === 'string' && next != null) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value != null) ++index;
      continue;
    }
    if (isLongOptionAndValue(arg)) {
      const equals = arg.indexOf('=');
      const name = arg.slice(2, equals);
      tokens.push({ kind: 'option', name, rawName: `--${name}`, index, value: arg.slice(equals + 1), inlineValue: true });
      continue;
    }
    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function checkOptionUsage(config, token) {
  let name = token.name;
  if (!hasOwn(config.options, name)) {
    if (!config.allowNegative || !name.startsWith('no-')) {
      throw new codes.ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals);
    }
    name = name.slice(3);
    if (!hasOwn(config.options, name) || optionValue(config.options, name, 'type') !== 'boolean') {
      throw new codes.ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals);
    }
  }
  const short = optionValue(config.options, name, 'short');
  const shortAndLong = `${short ? `-${short}, ` : ''}--${name}`;
  const type = optionValue(config.options, name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw new codes.ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new codes.ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong}' does not take an argument`);
  }
}

// `--file -x`: a value that looks like an option is ambiguous unless inline.
function checkOptionLikeValue(token) {
  if (token.inlineValue || !isOptionLikeValue(token.value)) return;
  const example = token.rawName.startsWith('--') ?
    `'${token.rawName}=-XYZ'` :
    `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
  throw new codes.ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
    `Option '${token.rawName}' argument is ambiguous.\n` +
    `Did you forget to specify the option argument for '${token.rawName}'?\n` +
    `To specify an option argument starting with a dash use ${example}.`);
}

function storeOption(token, options, values, allowNegative) {
  let name = token.name;
  let value = token.value;
  if (name === '__proto__') return;
  if (allowNegative && name.startsWith('no-') && value === undefined) {
    name = name.slice(3);
    token.name = name;
    value = false;
  }
  // The value given, not the declared type: strict: false keeps what came.
  const stored = value ?? true;
  if (optionValue(options, name, 'multiple')) {
    if (values[name]) values[name].push(stored);
    else values[name] = [stored];
  } else {
    values[name] = stored;
  }
}

function validateOptions(options) {
  for (const [name, config] of Object.entries(options)) {
    validateObject(config, `options.${name}`);
    const type = ownValue(config, 'type');
    validateUnion(type, `options.${name}.type`, ['string', 'boolean']);
    if (hasOwn(config, 'short')) {
      const short = config.short;
      validateString(short, `options.${name}.short`);
      if (short.length !== 1) {
        throw new codes.ERR_INVALID_ARG_VALUE(`options.${name}.short`, short, 'must be a single character');
      }
    }
    const multiple = ownValue(config, 'multiple');
    if (hasOwn(config, 'multiple')) validateBoolean(multiple, `options.${name}.multiple`);
    const defaultValue = ownValue(config, 'default');
    if (defaultValue !== undefined) {
      const validate = type === 'string' ?
        (multiple ? validateStringArray : validateString) :
        (multiple ? validateBooleanArray : validateBoolean);
      validate(defaultValue, `options.${name}.default`);
    }
  }
}

function parseArgs(config = {}) {
  const args = ownValue(config, 'args') ?? getMainArgs();
  const strict = ownValue(config, 'strict') ?? true;
  const allowPositionals = ownValue(config, 'allowPositionals') ?? !strict;
  const returnTokens = ownValue(config, 'tokens') ?? false;
  const allowNegative = ownValue(config, 'allowNegative') ?? false;
  const options = ownValue(config, 'options') ?? { __proto__: null };
  const parseConfig = { args, strict, options, allowPositionals, allowNegative };

  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  validateOptions(options);

  const tokens = argsToTokens(args, options);
  const result = { values: { __proto__: null }, positionals: [] };
  if (returnTokens) result.tokens = tokens;
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) {
        checkOptionUsage(parseConfig, token);
        checkOptionLikeValue(token);
      }
      storeOption(token, options, result.values, allowNegative);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new codes.ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      result.positionals.push(token.value);
    }
  }
  for (const [name, config] of Object.entries(options)) {
    const defaultValue = ownValue(config, 'default');
    if (defaultValue !== undefined && result.values[name] === undefined && name !== '__proto__') {
      result.values[name] = defaultValue;
    }
  }
  return result;
}

module.exports = { parseArgs };
