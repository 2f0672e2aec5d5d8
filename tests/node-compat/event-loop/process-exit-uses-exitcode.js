// process.exit() without an argument exits with process.exitCode.
process.exitCode = 4;
process.on('exit', (code) => console.log('exit %d exitCode %d', code, process.exitCode));
setImmediate(() => process.exit());
