var _y = require('y');
Object.keys(_y).forEach(function (k) {
  if (k === "default" || k === "__esModule") return;
  if (Object.hasOwnProperty.call(_exportNames, k)) return;
  Object.defineProperty(exports, k, { enumerable: true, get() { return _y[k]; } });
});
