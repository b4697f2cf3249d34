/* eslint-disable no-undef */
/**
 * Builds the task pane (taskpane.html + its bundle), the analysis worker (a separate bundle,
 * found by webpack from `new Worker(new URL(..., import.meta.url))`) and copies the manifest
 * and the icons. `npm run build` (production: minified, split), `npm run dev-server` (HTTPS on
 * https://localhost:3000 when office-addin-dev-certs' certificates are trusted, else HTTP).
 */
const path = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { rewriteManifest } = require("./scripts/manifestUrls");
const { contentSecurityPolicyMeta } = require("./scripts/contentSecurityPolicy");

/** The analysis worker's chunk name (new Worker(..., { name }) in startAnalysisWorker.ts). */
const WORKER_NAME = "crm-analytics-engine";
const devServerPort = Number(process.env.npm_package_config_dev_server_port || 3000);

/**
 * HTTPS options from office-addin-dev-certs when its CA is already trusted. We never let it
 * install the CA from here: on Linux that runs sudo, which prompts or fails in a dev server.
 */
async function devServerHttps() {
  if (process.env.DEV_SERVER_HTTP === "1") return undefined;
  try {
    const devCerts = require("office-addin-dev-certs");
    if (!devCerts.verifyCertificates()) {
      warnHttp(
        "the development certificates are not installed. Run `npx office-addin-dev-certs install` once " +
          "(it needs administrator rights to trust its CA; on Linux, sudo)."
      );
      return undefined;
    }
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (error) {
    warnHttp(`office-addin-dev-certs failed: ${error instanceof Error ? error.message : error}`);
    return undefined;
  }
}

function warnHttp(reason) {
  console.warn(
    `\n[dev-server] Serving over plain HTTP: ${reason}\n` +
      `[dev-server] The pane works standalone at http://localhost:${devServerPort}/taskpane.html; ` +
      `Excel needs HTTPS to load the add-in.\n`
  );
}

module.exports = async (env, argv) => {
  const production = argv.mode !== "development";
  // Where the add-in is hosted in production (the manifest's localhost URLs are rewritten to it)
  // and the deployer's support page (scripts/manifestUrls.js).
  const manifestUrls = {
    baseUrl: process.env.ADDIN_BASE_URL,
    supportUrl: process.env.ADDIN_SUPPORT_URL,
  };
  const https = env.WEBPACK_SERVE ? await devServerHttps() : undefined;

  return {
    mode: production ? "production" : "development",
    // Source maps only in development: production ships no .map (they would publish the sources).
    devtool: production ? false : "source-map",
    entry: { taskpane: "./src/taskpane/index.tsx", commands: "./src/taskpane/commands.ts" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // `npm run typecheck` does the type check; the build only transpiles.
            options: { transpileOnly: true, compilerOptions: { noEmit: false } },
          },
        },
      ],
    },
    optimization: {
      // Vendors in their own long-cached chunks; lazy parts (charts, xlsx I/O) stay out of the first load.
      // The worker's own start is one script: split, its runtime fetched its chunks one after the
      // other (importScripts), a waterfall before it could open anything. Its lazy chunks (the
      // analysis parts, the deck) are still split and share the pane's vendor chunks.
      splitChunks: { chunks: (chunk) => chunk.name !== WORKER_NAME },
    },
    // The e2e run measures the initial JS gzipped and the bench tracks it; webpack's raw-size
    // hints would only repeat that with a less useful number.
    performance: { hints: false },
    plugins: [
      // pptxgenjs (the board deck, a lazy chunk of the worker) imports node:fs and node:https with
      // import() only when it runs in Node (process.release.name === "node"); webpack cannot read
      // the node: scheme for the browser, and the pane never takes that path: leave them out.
      new webpack.IgnorePlugin({
        resourceRegExp: /^node:(fs|https)$/,
        contextRegExp: /[\\/]node_modules[\\/]pptxgenjs[\\/]/,
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        // Read by the template (<%= htmlWebpackPlugin.options.csp %>), first in <head>.
        csp: contentSecurityPolicyMeta(production),
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/taskpane/commands.html",
        chunks: ["commands"],
        csp: contentSecurityPolicyMeta(production),
      }),
      new CopyWebpackPlugin({
        patterns: [
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              return rewriteManifest(content.toString(), manifestUrls);
            },
          },
          { from: "src/taskpane/support.html", to: "support.html" },
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "assets/*.svg", to: "assets/[name][ext]" },
          { from: "assets/sample/*.xlsx", to: "assets/sample/[name][ext]", noErrorOnMissing: true },
        ],
      }),
    ],
    devServer: {
      // Office loads the add-in from https://localhost: no need to listen on other interfaces.
      host: "localhost",
      port: devServerPort,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : "http",
      hot: false,
      liveReload: true,
      static: false,
    },
  };
};
