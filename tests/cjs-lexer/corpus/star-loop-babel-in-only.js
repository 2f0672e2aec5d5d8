var _x = require('x');
Object.keys(_x).forEach(function (key) {
  if (key === 'default' || key === '__esModule') return;
  if (key in exports && exports[key] === _x[key]) return;
  exports[key] = _x[key];
});
