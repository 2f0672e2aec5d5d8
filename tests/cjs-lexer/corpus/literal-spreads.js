module.exports = { ...require('a'), ...require("b"), c, ...d, ...require ( 'e' ), ...require('f').g };
