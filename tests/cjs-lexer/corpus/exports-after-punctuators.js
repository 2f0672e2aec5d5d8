(exports.a = 1);
[exports.b = 2];
!exports.c;
-exports.d == 1;
x=exports.e = 1;
x?exports.f = 1:0;
{exports.g = 1}
