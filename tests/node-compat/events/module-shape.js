// The events module: its exports in Node's order and their kinds.
const events = require('events');
for (const name of Object.getOwnPropertyNames(events)) {
  console.log(name, typeof events[name], Object.prototype.propertyIsEnumerable.call(events, name));
}
console.log(Object.getOwnPropertyNames(events.prototype).join());
console.log(events.EventEmitterAsyncResource.name, Object.getPrototypeOf(events.EventEmitterAsyncResource) === events);
