exports /* c */ . /* d */ a /* e */ = 1;
exports
.
b
=
2;
exports // x
.c // y
= 3;
exports	.	d	=	4;
