'use strict';
// `inspector` as in a Node built without the inspector (`--without-inspector`,
// process.features.inspector false): requiring it throws
// ERR_INSPECTOR_NOT_AVAILABLE, every time. A pod has no V8 and no DevTools
// protocol to offer; `--inspect` and its kin are unknown options, as there.

const { codes: { ERR_INSPECTOR_NOT_AVAILABLE } } = require('internal/errors');

throw new ERR_INSPECTOR_NOT_AVAILABLE();
