// Exports are live bindings; a cycle sees the other module's bindings once
// they are initialised.
import { counter, increment } from './fixtures/esm/lib.mjs';
import { check } from './fixtures/esm/cycle-b.mjs';

console.log(counter);
increment();
increment();
console.log(counter);
console.log(check());
try {
  counter = 5;
} catch (error) {
  console.log(error.name);
}
