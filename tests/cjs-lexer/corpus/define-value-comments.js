Object.defineProperty(/* t */ exports /* u */, /* v */ 'a' /* w */, /* x */ { /* y */ value /* z */ : 1 });
Object.defineProperty(exports,
  'b',
  {
    value: 2
  });
