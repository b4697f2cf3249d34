/**
 * Recalculates a workbook with LibreOffice, as a reader without Excel would: a fresh profile set
 * to recalculate every formula of an .xlsx on load (Calc's OOXMLRecalcMode 0 = always; its
 * default keeps the cached results), then the first sheet exported to CSV with raw values (not
 * as shown). Only where soffice is installed (see `libreOfficeInstalled`).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
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

/** CSV filter as above, every sheet to its own file "<book>-<sheet name>.csv" (token 12 = -1). */
const CSV_EVERY_SHEET = `${CSV_FILTER},false,-1`;

/**
 * Every sheet's cells after LibreOffice recalculated each workbook, by label then sheet name (raw
 * values). One soffice start (5-10 s) for all of them, with its own profile. Labels are file
 * names: letters, digits and dashes.
 */
export function recalculatedWorkbooks(
  books: Record<string, Uint8Array>
): Map<string, Map<string, string[][]>> {
  const dir = mkdtempSync(path.join(tmpdir(), "lo-recalc-"));
  const profile = path.join(dir, "profile");
  try {
    mkdirSync(path.join(profile, "user"), { recursive: true });
    writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
    const out = path.join(dir, "out");
    mkdirSync(out);
    const labels = Object.keys(books);
    for (const label of labels) {
      if (!/^[\w-]+$/.test(label)) throw new Error(`not a file label: ${label}`);
      writeFileSync(path.join(dir, `${label}.xlsx`), books[label]);
    }
    const run = spawnSync(
      "soffice",
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        CSV_EVERY_SHEET,
        "--outdir",
        out,
        ...labels.map((label) => path.join(dir, `${label}.xlsx`)),
      ],
      { encoding: "utf8", timeout: 600_000, env: { ...process.env, HOME: profile } }
    );
    if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr}`);
    const result = new Map<string, Map<string, string[][]>>(labels.map((l) => [l, new Map()]));
    for (const name of readdirSync(out)) {
      // The longest label first: "sample-moved-RFM.csv" is not a sheet of "sample".
      const label = [...labels]
        .sort((a, b) => b.length - a.length)
        .find((l) => name.startsWith(`${l}-`) && name.endsWith(".csv"));
      if (label === undefined) continue;
      const sheet = name.slice(label.length + 1, -".csv".length);
      const rows = Papa.parse<string[]>(readFileSync(path.join(out, name), "utf8")).data;
      result.get(label)!.set(sheet, rows);
    }
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
