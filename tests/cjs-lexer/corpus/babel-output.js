"use strict";

Object.defineProperty(exports, "__esModule", {
  value: true
});
exports.default = exports.named = void 0;
var _dep = _interopRequireDefault(require("dep"));
function _interopRequireDefault(obj) { return obj && obj.__esModule ? obj : { default: obj }; }
const named = 1;
exports.named = named;
var _default = _dep.default;
exports.default = _default;
