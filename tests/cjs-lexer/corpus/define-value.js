Object.defineProperty(exports, 'a', { value: 1 });
Object.defineProperty(exports, "b", {value:2});
Object.defineProperty(module.exports, 'c', { value : 3 });
Object . defineProperty ( exports , 'd' , { value: 4 } );
Object.defineProperty(exports, 'e', { enumerable: true, value: 5 });
Object.defineProperty(exports, 'f', { value: 6, enumerable: true });
