import
foo from 'a';
