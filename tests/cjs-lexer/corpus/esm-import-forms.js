import{a}from'b';
