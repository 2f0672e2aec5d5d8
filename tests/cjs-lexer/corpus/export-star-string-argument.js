__export('a)');
__exportStar("b)");
exports.c = 1;
