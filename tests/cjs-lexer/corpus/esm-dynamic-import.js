import('x').then(function (m) { exports.a = m; });
import /* c */ ('y');
import
('z');
exports.b = 1;
