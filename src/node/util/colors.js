'use strict';
// `internal/util/colors`: the ANSI codes assert's diffs and util.styleText
// use, empty unless the stream they are for (stderr by default) shows colors.
// FORCE_COLOR decides first, as in Node ('', '1', 'true', '2', '3' on, any
// other value off); then the stream must be a TTY whose color depth is above 2.

function forcedColorDepth(value) {
  switch (value) {
    case '':
    case '1':
    case 'true':
      return 4;
    case '2':
      return 8;
    case '3':
      return 24;
    default:
      return 1;
  }
}

const colors = {
  blue: '',
  green: '',
  white: '',
  yellow: '',
  red: '',
  gray: '',
  clear: '',
  reset: '',
  hasColors: false,
  shouldColorize(stream) {
    if (process.env.FORCE_COLOR !== undefined) return forcedColorDepth(process.env.FORCE_COLOR) > 2;
    return Boolean(stream?.isTTY) &&
      (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true);
  },
  refresh() {
    const on = colors.shouldColorize(process.stderr);
    colors.blue = on ? '\u001b[34m' : '';
    colors.green = on ? '\u001b[32m' : '';
    colors.white = on ? '\u001b[39m' : '';
    colors.yellow = on ? '\u001b[33m' : '';
    colors.red = on ? '\u001b[31m' : '';
    colors.gray = on ? '\u001b[90m' : '';
    colors.clear = on ? '\u001bc' : '';
    colors.reset = on ? '\u001b[0m' : '';
    colors.hasColors = on;
  },
};

colors.refresh();

module.exports = colors;
