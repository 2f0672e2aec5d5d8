module.exports = /* c */ { /* d */ a /* e */, // f
 b /* g */ : /* h */ c };
