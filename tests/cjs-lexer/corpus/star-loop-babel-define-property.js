"use strict";

Object.defineProperty(exports, "__esModule", {
  value: true
});
var _exportNames = {
  a: true
};
var _dep = _interopRequireWildcard(require("dep"));
Object.keys(_dep).forEach(function (key) {
  if (key === "default" || key === "__esModule") return;
  if (Object.prototype.hasOwnProperty.call(_exportNames, key)) return;
  if (key in exports && exports[key] === _dep[key]) return;
  Object.defineProperty(exports, key, {
    enumerable: true,
    get: function () {
      return _dep[key];
    }
  });
});
