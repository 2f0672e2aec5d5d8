exports[''] = 1;
exports[""] = 2;
