x = 1./2; exports.a = 1/2;
x = a./2/; exports.b = 1;
