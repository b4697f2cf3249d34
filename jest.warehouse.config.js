/* global require, module */
/**
 * `npm run test:warehouse` (scripts/test-warehouse.sh): the tests that need a PostgreSQL server,
 * named *.pgtest.ts so that the default `npm test` (jest.config.js, *.test.ts) never runs them.
 */
const base = require("./jest.config.js");

/** @type {import('jest').Config} */
module.exports = Object.assign({}, base, {
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.pgtest.ts"],
  globalSetup: undefined,
  // Whole reference data sets through a real server on two shared cores: a guard against hangs.
  testTimeout: 600000,
});
