/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node10", jsx: "react-jsx", isolatedModules: true, esModuleInterop: true } }],
  },
  globalSetup: "<rootDir>/test/support/buildCli.js",
  moduleNameMapper: { "\\.(css|png|svg)$": "<rootDir>/test/fakes/fileStub.js" },
};
