#!/usr/bin/env node
// Runs the TypeScript CLI through tsx so the command works straight after `npm ci`.
require("tsx/cjs");
require("../src/cli/main.ts");
