module . exports . a = 1;
module['exports'].b = 1;
module.exports['c'] = 1;
module
.exports
.d = 1;
mymodule.exports.e = 1;
x.module.exports.f = 1;
