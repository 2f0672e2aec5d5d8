return /'/; exports.a = 1;
