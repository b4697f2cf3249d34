/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node10", jsx: "react-jsx", isolatedModules: true, esModuleInterop: true } }],
  },
  // Slow suites (LibreOffice printing, the property suite, fault injection) share the two cores
  // with the pane's user-event tests: a test's time limit guards against hangs, not speed.
  testTimeout: 60_000,
  // Two workers on two cores: many suites wait on child processes (LibreOffice, the built CLI,
  // python3), so one worker (jest's default there) leaves a core idle.
  maxWorkers: 2,
  globalSetup: "<rootDir>/test/support/buildCli.js",
  moduleNameMapper: { "\\.(css|png|svg)$": "<rootDir>/test/fakes/fileStub.js" },
};
