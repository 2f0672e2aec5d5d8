var __defProp = Object.defineProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var src_exports = {};
__export(src_exports, { a: () => a, b: () => b });
module.exports = __toCommonJS(src_exports);
0 && (module.exports = {
  a,
  b
});
