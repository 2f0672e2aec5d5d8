// fs.constants has Linux's values, and fs/promises shares them.
const fs = require('fs');
console.log(JSON.stringify(fs.constants));
console.log(fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK);
console.log(require('fs/promises').constants === fs.constants);
