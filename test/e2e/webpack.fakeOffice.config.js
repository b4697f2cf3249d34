/* eslint-disable no-undef */
/**
 * Builds test/e2e/fakeOffice/fakeOffice.ts (the typed fake Excel behind a fake `Office` and
 * `Excel.run`) into one script for the browser tests, in test-output/e2e-build/. Separate from
 * the production webpack config on purpose: the fake never reaches dist/.
 */
const path = require("path");
const webpack = require("webpack");

const root = path.resolve(__dirname, "../..");

module.exports = {
  mode: "development",
  devtool: false,
  target: "web",
  entry: path.join(__dirname, "fakeOffice", "fakeOffice.ts"),
  output: { path: path.join(root, "test-output", "e2e-build"), filename: "fakeOffice.js" },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: { transpileOnly: true, compilerOptions: { noEmit: false } },
        },
      },
    ],
  },
  plugins: [
    // The fake hashes sheets with node:crypto; the browser gets a small stand-in.
    new webpack.NormalModuleReplacementPlugin(/^node:crypto$/, (resource) => {
      resource.request = path.join(__dirname, "fakeOffice", "cryptoShim.ts");
    }),
  ],
};
