import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(__dirname, "../..");

describe("the built command line", () => {
  it("runs from its own folder with no TypeScript tooling and no node_modules beside it", () => {
    // Copy only the bin and its build where no node_modules can be found: a bundle that still
    // needed tsx (or any package at run time) would fail here.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-cli-"));
    fs.mkdirSync(path.join(dir, "bin"));
    fs.mkdirSync(path.join(dir, "build/cli"), { recursive: true });
    fs.copyFileSync(
      path.join(root, "bin/crm-analytics.js"),
      path.join(dir, "bin/crm-analytics.js")
    );
    fs.copyFileSync(
      path.join(root, "build/cli/crm-analytics.cjs"),
      path.join(dir, "build/cli/crm-analytics.cjs")
    );
    const result = spawnSync(process.execPath, [path.join(dir, "bin/crm-analytics.js"), "--help"], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, NODE_PATH: "" },
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: crm-analytics analyze/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("says how to build it, in one line and exit 2, when the build is missing", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-cli-"));
    fs.mkdirSync(path.join(dir, "bin"));
    fs.copyFileSync(
      path.join(root, "bin/crm-analytics.js"),
      path.join(dir, "bin/crm-analytics.js")
    );
    const result = spawnSync(process.execPath, [path.join(dir, "bin/crm-analytics.js"), "--help"], {
      encoding: "utf8",
    });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split("\n")).toEqual([
      "crm-analytics is not built: run `npm run build:cli` (or `npm ci`) in its folder first.",
    ]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
