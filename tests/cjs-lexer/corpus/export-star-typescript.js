"use strict";
function __export(m) {
    for (var p in m) if (!exports.hasOwnProperty(p)) exports[p] = m[p];
}
Object.defineProperty(exports, "__esModule", { value: true });
__export(require("external"));
__exportStar(require('a'), exports);
tslib.__exportStar(require('b'), exports);
tslib_1.__export(require("c"));
