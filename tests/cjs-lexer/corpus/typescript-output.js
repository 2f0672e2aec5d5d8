"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.c = exports.b = exports.a = void 0;
const b_1 = require("./b");
Object.defineProperty(exports, "d", { enumerable: true, get: function () { return b_1.d; } });
exports.a = 1;
function b() { }
exports.b = b;
class c {
}
exports.c = c;
