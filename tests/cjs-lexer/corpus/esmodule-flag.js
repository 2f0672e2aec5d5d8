Object.defineProperty(exports, '__esModule', { value: true });
exports.__esModule = true;
exports.a = void 0;
