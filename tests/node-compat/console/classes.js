// Class instances and toStringTag.
'use strict';

class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}
class Point3D extends Point {
  constructor(x, y, z) {
    super(x, y);
    this.z = z;
  }
}
class Empty {}
class Tagged {
  get [Symbol.toStringTag]() {
    return 'Special';
  }
}
class Account {
  #secret = 'hidden';
  constructor() {
    this.owner = 'ada';
  }
}

console.log(new Point(1, 2));
console.log(new Point3D(1, 2, 3));
console.log(new Empty());
console.log(new Tagged());
console.log(Object.assign(new Tagged(), { a: 1 }));
console.log(new Account());
console.log(new (class {})());
console.log([new Point(0, 0), { p: new Point(5, 6) }]);
console.log({ [Symbol.toStringTag]: 'Own' });
console.log(Object.create(new Point(1, 1)));
