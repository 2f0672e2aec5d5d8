// http.STATUS_CODES and http.METHODS contents.
const http = require('http');
const codes = Object.keys(http.STATUS_CODES);
console.log(codes.length, codes[0], codes[codes.length - 1]);
console.log(http.STATUS_CODES[200], http.STATUS_CODES[404], http.STATUS_CODES[418], http.STATUS_CODES[999]);
console.log(http.STATUS_CODES);
console.log(http.METHODS.length, http.METHODS.includes('GET'), http.METHODS.includes('get'));
console.log(http.METHODS);
