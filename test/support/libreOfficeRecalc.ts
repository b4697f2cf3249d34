/**
 * Recalculates a workbook with LibreOffice, as a reader without Excel would: a fresh profile set
 * to recalculate every formula of an .xlsx on load (Calc's OOXMLRecalcMode 0 = always; its
 * default keeps the cached results), then the first sheet exported to CSV with raw values (not
 * as shown). Only where soffice is installed (see `libreOfficeInstalled`).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Papa from "papaparse";

export const libreOfficeInstalled =
  spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).status === 0;

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** CSV filter: comma, double quotes, UTF-8, raw values (token 9 "save as shown" false). */
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false";

/** The first sheet's cells after LibreOffice recalculated the workbook, row by row. */
export function recalculatedFirstSheet(xlsx: Uint8Array): string[][] {
  const dir = mkdtempSync(path.join(tmpdir(), "lo-recalc-"));
  const profile = path.join(dir, "profile");
  try {
    mkdirSync(path.join(profile, "user"), { recursive: true });
    writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
    const file = path.join(dir, "book.xlsx");
    writeFileSync(file, xlsx);
    const run = spawnSync(
      "soffice",
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        CSV_FILTER,
        "--outdir",
        dir,
        file,
      ],
      { encoding: "utf8", timeout: 600_000, env: { ...process.env, HOME: profile } }
    );
    if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr}`);
    return Papa.parse<string[]>(readFileSync(path.join(dir, "book.csv"), "utf8")).data;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
