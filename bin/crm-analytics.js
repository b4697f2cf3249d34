#!/usr/bin/env node
// Runs the built command line (build/cli/crm-analytics.cjs, made by `npm run build:cli`, which
// `npm ci` runs as the package's `prepare` script). TypeScript is compiled once at build time,
// never at start. During development `npx tsx src/cli/main.ts` runs the sources directly.
const path = require("node:path");
const fs = require("node:fs");

const built = path.join(__dirname, "../build/cli/crm-analytics.cjs");
if (!fs.existsSync(built)) {
  process.stderr.write(
    "crm-analytics is not built: run `npm run build:cli` (or `npm ci`) in its folder first.\n"
  );
  process.exit(2);
}
require(built);
