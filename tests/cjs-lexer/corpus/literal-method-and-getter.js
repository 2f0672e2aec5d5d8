module.exports = { a() {}, b };
module.exports = { get c() { return 1; }, d };
module.exports = { async e() {}, f };
