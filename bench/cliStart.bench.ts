/**
 * How fast `crm-analytics --help` answers through the built command (bin/crm-analytics.js ->
 * build/cli/crm-analytics.cjs), against the same sources run through tsx (what the bin did
 * before) and a bare `node -e ""`, all three measured in this run.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { formatMs, ratioLine, timeIt, type Bench } from "./harness";

const root = join(__dirname, "..");

function runNode(args: string[]): void {
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8" });
  if (result.status !== 0)
    throw new Error(`node ${args.join(" ")} exited ${result.status}: ${result.stderr}`);
}

const cliStartBench: Bench = async (log) => {
  if (!existsSync(join(root, "build/cli/crm-analytics.cjs"))) {
    log("build/cli/crm-analytics.cjs is missing: run `npm run build:cli` first");
    return;
  }
  const bare = await timeIt("bare node", () => runNode(["-e", ""]), 7);
  const built = await timeIt(
    "crm-analytics --help (built)",
    () => runNode(["bin/crm-analytics.js", "--help"]),
    7
  );
  const tsx = await timeIt(
    "tsx src/cli/main.ts --help",
    () => runNode(["--import", "tsx", "src/cli/main.ts", "--help"]),
    3
  );
  log(ratioLine(built, tsx));
  log(
    `${built.label} ${formatMs(built.medianMs)}, of which node itself ${formatMs(bare.medianMs)}`
  );
};

export default cliStartBench;
