// +timeout gives a numeric id via Symbol.toPrimitive, and clearTimeout accepts that number.
const t = setTimeout(() => console.log('t (should not run)'), 5);
const id = +t;
console.log('typeof id %s', typeof id);
console.log('integer %s', Number.isInteger(id));
console.log('positive %s', id > 0);
console.log('stable %s', +t === id);
console.log('has toPrimitive %s', typeof t[Symbol.toPrimitive]);
clearTimeout(id);
const iv = setInterval(() => console.log('iv (should not run)'), 5);
clearInterval(+iv);
const t2 = setTimeout(() => console.log('t2 ran'), 10);
console.log('distinct ids %s', +t2 !== id);
