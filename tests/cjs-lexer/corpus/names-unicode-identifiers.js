exports.café = 1;
exports.π = 2;
exports.ｅ = 3;
exports.𐐀x = 4;
exports.a‌b = 5;
exports.ª = 6;
exports.℘ = 7;
