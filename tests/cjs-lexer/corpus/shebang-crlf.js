#!/usr/bin/env node
exports.a = 1;
