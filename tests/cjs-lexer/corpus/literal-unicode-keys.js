module.exports = { café, 'ｅ': x, π: y, '😀': z };
