{ import x from 'y'; }
exports.a = 1;
