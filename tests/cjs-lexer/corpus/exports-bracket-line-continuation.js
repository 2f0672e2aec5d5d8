exports['a\
b'] = 1;
exports['c\
d'] = 2;
exports['e\ f'] = 3;
