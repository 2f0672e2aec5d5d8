module.exports = foo;
module.exports = function () {};
module.exports = class {};
module.exports = new Foo();
