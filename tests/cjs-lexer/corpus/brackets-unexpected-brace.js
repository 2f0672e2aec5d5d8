exports.a = 1;}
