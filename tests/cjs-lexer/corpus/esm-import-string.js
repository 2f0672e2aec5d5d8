import 'a';
