exports['\x61\u0062\u{63}\144'] = 1;
exports["\0\08\400\8\q"] = 2;
exports['it\'s'] = 3;
exports["say \"hi\""] = 4;
