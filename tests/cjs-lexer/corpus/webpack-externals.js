/******/ (() => {
/******/ var __webpack_modules__ = ({
/***/ "fs": ((module) => { module.exports = require("fs"); }),
/***/ "path": ((module) => { module.exports = require("path"); })
/******/ });
/******/ module.exports = __webpack_require__("main");
/******/ })();
