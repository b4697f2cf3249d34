// Bundles the command line into one CommonJS file (build/cli/crm-analytics.cjs) so that
// `crm-analytics` starts as plain JavaScript: no TypeScript transpiling at every start, one file
// to load instead of hundreds of modules. Runs at `npm ci` (the package's `prepare` script) and
// before the tests (test/support/buildCli.js), so the command never runs a stale build.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

// `entry`: another script bundled the same way (the benches' stage and worker scripts, which then
// run the code the command runs).
// The LTV fits' thread (src/cli/ltvThread.ts) is bundled beside every bundle.
export async function buildCli(
  outfile = path.join(root, "build/cli/crm-analytics.cjs"),
  entry = path.join(root, "src/cli/main.ts")
) {
  const worker = path.join(path.dirname(outfile), "ltv-worker.cjs");
  await Promise.all([
    bundle(outfile, entry),
    bundle(worker, path.join(root, "src/cli/ltvWorker.ts")),
  ]);
  return outfile;
}

async function bundle(outfile, entry) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    logLevel: "warning",
    legalComments: "none",
    // Native engines stay in node_modules, loaded only by the commands that use them.
    external: ["@duckdb/node-api", "pg"],
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildCli(process.argv[2]);
}
