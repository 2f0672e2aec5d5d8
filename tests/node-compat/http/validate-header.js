// http.validateHeaderName and http.validateHeaderValue: what passes and the errors they throw.
const http = require('http');
function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (err) {
    console.log(label, err.code, err.name, err.message);
  }
}
attempt('name ok', () => http.validateHeaderName('X-Good_Name.1~'));
attempt('name space', () => http.validateHeaderName('X Bad'));
attempt('name empty', () => http.validateHeaderName(''));
attempt('name number', () => http.validateHeaderName(5));
attempt('name unicode', () => http.validateHeaderName('X-ü'));
attempt('value ok', () => http.validateHeaderValue('X-A', 'fine value'));
attempt('value undefined', () => http.validateHeaderValue('X-A', undefined));
attempt('value newline', () => http.validateHeaderValue('X-A', 'a\nb'));
attempt('value del', () => http.validateHeaderValue('X-A', 'a\x7fb'));
attempt('value number', () => http.validateHeaderValue('X-A', 12));
attempt('value array', () => http.validateHeaderValue('X-A', ['a', 'b']));
