import * as a from 'b';
