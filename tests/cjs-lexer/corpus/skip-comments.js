// exports.a = 1
/* exports.b = 1 */
/*/ exports.c = 1 */
/**/exports.d = 1;
/* multi
 line exports.e = 1 */
exports.f = 1; // exports.g = 1
