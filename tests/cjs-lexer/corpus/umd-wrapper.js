(function (global, factory) {
  typeof exports === 'object' && typeof module !== 'undefined' ? factory(exports) :
  typeof define === 'function' && define.amd ? define(['exports'], factory) :
  (global = global || self, factory(global.lib = {}));
}(this, (function (exports) { 'use strict';
  function a() {}
  exports.a = a;
  Object.defineProperty(exports, '__esModule', { value: true });
})));
