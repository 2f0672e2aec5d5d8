// vm.measureMemory: validation and the shapes of its results.
const vm = require('vm');
process.on('warning', (warning) => console.log(warning.name, warning.message));

for (const options of [null, 'summary', { mode: 'random' }, { execution: 'random' }]) {
  try {
    vm.measureMemory(options);
  } catch (error) {
    console.log(error.name, error.code);
  }
}
vm.measureMemory({ execution: 'eager' }).then((result) => {
  console.log(Object.keys(result), typeof result.total.jsMemoryEstimate, result.total.jsMemoryRange.length);
});
vm.measureMemory({ mode: 'detailed', execution: 'eager' }).then((result) => {
  console.log(Object.keys(result), typeof result.current.jsMemoryEstimate, Array.isArray(result.other));
});
