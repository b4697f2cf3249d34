import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * The previous report survives a run that dies while writing over it: killed (SIGKILL) mid-write,
 * or stopped by a full disk (a file-size limit). Real processes, as a user runs the command.
 */
const root = path.resolve(__dirname, "../..");
const bin = path.join(root, "bin/crm-analytics.js");
const input = path.join(root, "test/fixtures/input/online_retail_slice.csv");

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "crm-atomic-"));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Last month's report: bytes no run could produce, so any change to them shows. */
function previousReport(file: string): Buffer {
  const bytes = Buffer.concat([Buffer.from("last month's report\n"), randomBytes(200_000)]);
  fs.writeFileSync(file, bytes);
  return bytes;
}

const temporaries = () => fs.readdirSync(tmp).filter((f) => f.endsWith(".tmp"));

/**
 * Runs the CLI writing `option` over `report` and kills it (SIGKILL) the moment a file appears or
 * changes in the report's folder: the temporary file of an atomic write, or the report itself
 * being truncated by a plain one. "tooLate" when the kill did not land mid-write: the CLI had
 * finished on its own, or had already renamed a complete temporary file over the report.
 */
function killMidWrite(
  option: string,
  report: string,
  previous: Buffer
): Promise<"midWrite" | "tooLate"> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, "analyze", input, option, report], {
      cwd: root,
      stdio: "ignore",
    });
    let sawTemporary = false;
    const watcher = fs.watch(tmp, (_event, name) => {
      if (String(name).endsWith(".tmp")) sawTemporary = true;
      child.kill("SIGKILL");
    });
    child.on("error", reject);
    child.on("exit", (_code, signal) => {
      watcher.close();
      const finished = signal !== "SIGKILL";
      const renamed =
        sawTemporary && temporaries().length === 0 && !fs.readFileSync(report).equals(previous);
      resolve(finished || renamed ? "tooLate" : "midWrite");
    });
  });
}

describe("the previous report is byte-identical after a failed write", () => {
  it.each(["--out", "--json"])(
    "%s: the CLI killed (SIGKILL) while writing over last month's report",
    async (option) => {
      const report = path.join(tmp, option === "--out" ? "report.xlsx" : "report.json");
      let outcome: "midWrite" | "tooLate" = "tooLate";
      let previous: Buffer = Buffer.alloc(0);
      // The kill races the write: a run that finished first proves nothing, so run again.
      for (let attempt = 0; attempt < 5 && outcome === "tooLate"; attempt++) {
        for (const f of temporaries()) fs.rmSync(path.join(tmp, f));
        previous = previousReport(report);
        outcome = await killMidWrite(option, report, previous);
      }
      expect(outcome).toBe("midWrite");
      expect(fs.readFileSync(report).equals(previous)).toBe(true);
    },
    180_000
  );

  it.each(["--out", "--json"])(
    "%s: the disk fills up (ulimit -f) while writing: exit non-zero, one line, old report intact",
    (option) => {
      const report = path.join(tmp, option === "--out" ? "report.xlsx" : "report.json");
      const previous = previousReport(report);
      // 16 blocks of 1 KiB: less than either output. Node ignores SIGXFSZ, so the write that
      // crosses the limit fails with EFBIG instead of killing the process.
      const script = `ulimit -f 16; exec "$0" "$@"`;
      const result = spawnSync(
        "bash",
        ["-c", script, process.execPath, bin, "analyze", input, option, report],
        { cwd: root, encoding: "utf8", timeout: 120_000 }
      );
      expect(result.signal).toBeNull();
      expect(result.status).toBe(2);
      expect(result.stderr.trim().split("\n")).toEqual([
        `Error: Cannot write ${report}: EFBIG: file too large, write`,
      ]);
      expect(fs.readFileSync(report).equals(previous)).toBe(true);
      expect(temporaries()).toEqual([]);
    },
    120_000
  );
});
