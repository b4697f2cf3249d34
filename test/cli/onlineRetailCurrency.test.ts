/**
 * Issue 14, item 1 on Online Retail (UK pounds; its CSV says so nowhere, so the user sets it):
 * `analyze online_retail.csv.gz --currency GBP --out report.xlsx` writes £ in the report's
 * number formats and no $ anywhere (number formats or text, charts included).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { run, type CliIo } from "../../src/cli/run";
import { ONLINE_RETAIL_PATH } from "../support/onlineRetail";
import { workbookTexts } from "../support/workbookTexts";

const hasData = fs.existsSync(ONLINE_RETAIL_PATH);

(hasData ? describe : describe.skip)("Online Retail's report with --currency GBP", () => {
  it("carries £ and never $", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-gbp-"));
    const out = path.join(dir, "report.xlsx");
    const err: string[] = [];
    const io: CliIo = {
      exists: (p) => fs.existsSync(p),
      readFile: async (p) => new Uint8Array(fs.readFileSync(p)),
      writeFile: async () => undefined,
      stdout: () => undefined,
      stderr: (line) => void err.push(line),
    };
    const args = ["analyze", ONLINE_RETAIL_PATH, "--as-of", "2011-12-10", "--currency", "GBP"];
    expect(await run([...args, "--out", out], io)).toBe(0);
    expect(err).toEqual([]);
    const { formats, strings } = await workbookTexts(new Uint8Array(fs.readFileSync(out)));
    expect(formats.filter((f) => f.includes("£")).length).toBeGreaterThan(5);
    expect(formats.filter((f) => f.includes("$"))).toEqual([]);
    expect(strings.filter((s) => s.includes("$"))).toEqual([]);
    expect(strings).toContain("GBP (£), from the Currency setting");
    fs.rmSync(dir, { recursive: true, force: true });
  }, 600_000);
});
