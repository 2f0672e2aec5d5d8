module.exports = require /* x */ ( /* y */ 'a' /* z */ );
module.exports=require("b");
