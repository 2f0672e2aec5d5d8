'use strict';
// `inspector/promises` builds on `inspector`, so it fails as that does.
require('inspector');
