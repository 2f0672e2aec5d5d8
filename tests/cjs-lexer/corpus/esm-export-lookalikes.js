exporter = 1;
x.export = 1;
exported.a = 1;
exports.b = 1;
