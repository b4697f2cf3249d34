/**
 * Every report workbook the writer produces opens in a second, independent reader: openpyxl
 * (python3-openpyxl) loads every sheet with its tables and charts and saves it again, as a
 * script editing the file would; and the table and chart parts follow the ECMA-376 schema rules
 * checked in ooxmlRules.ts (openpyxl refused `<tableColumn dxfId>`, which is not in the schema).
 * The openpyxl half needs a python3 with openpyxl (CI installs python3-openpyxl); the schema
 * half always runs.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { ChartBlock, TableBlock } from "../../src/report/model";
import { packageProblems, tablePartProblems } from "../support/ooxmlRules";
import { writeEveryReportVariant, type WrittenWorkbook } from "../support/sampleReports";

const SCRIPT = path.resolve(__dirname, "../support/openpyxlCheck.py");

/** A python3 that imports openpyxl (the PATH's first, else Debian's), or null. */
function pythonWithOpenpyxl(): string | null {
  for (const python of ["python3", "/usr/bin/python3"]) {
    const probe = spawnSync(python, ["-c", "import openpyxl"], { encoding: "utf8" });
    if (probe.status === 0) return python;
  }
  return null;
}

interface SheetSeen {
  name: string;
  rows: number;
  tables: string[];
  charts: number;
}

let workbooks: WrittenWorkbook[];

beforeAll(async () => {
  workbooks = await writeEveryReportVariant("second-reader");
}, 900_000);

describe("the schema rules catch what openpyxl refused", () => {
  it("a tableColumn's dxfId is outside CT_TableColumn, dataDxfId is in it", () => {
    const table = (attribute: string) =>
      `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="T" displayName="T" ref="A1:A2"><tableColumns count="1"><tableColumn id="1" name="A" ${attribute}="0"/></tableColumns></table>`;
    expect(tablePartProblems(table("dxfId"), "t.xml", 1)).toEqual([
      "t.xml column 1: <tableColumn> has no attribute dxfId",
    ]);
    expect(tablePartProblems(table("dataDxfId"), "t.xml", 1)).toEqual([]);
    expect(tablePartProblems(table("dataDxfId"), "t.xml", 0)).toEqual([
      "t.xml column 1: dataDxfId=0 but the styles part has 0 dxfs",
    ]);
  });
});

describe("every report workbook", () => {
  it("has table and chart parts that follow the schema", async () => {
    for (const workbook of workbooks) {
      const problems = await packageProblems(readFileSync(workbook.path));
      expect({ workbook: workbook.label, problems }).toEqual({
        workbook: workbook.label,
        problems: [],
      });
    }
  });

  const python = pythonWithOpenpyxl();
  (python ? it : it.skip)(
    "opens in openpyxl with every sheet, table and chart, and saves again",
    () => {
      const run = spawnSync(python!, [SCRIPT, ...workbooks.map((w) => w.path)], {
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      });
      // openpyxl warns (stderr) that it drops the x14 data-bar extension it cannot edit: fine.
      expect({ status: run.status, stderr: run.status === 0 ? "" : run.stderr }).toEqual({
        status: 0,
        stderr: "",
      });
      const seen = JSON.parse(run.stdout) as Record<
        string,
        { sheets?: SheetSeen[]; error?: string }
      >;
      for (const workbook of workbooks) {
        const result = seen[workbook.path];
        expect({ workbook: workbook.label, error: result.error }).toEqual({
          workbook: workbook.label,
          error: undefined,
        });
        // What openpyxl found is what the model wrote: sheets in order, each with its tables
        // (by name) and its charts.
        expect(result.sheets!.map((s) => ({ ...s, rows: undefined }))).toEqual(
          workbook.model.sheets.map((sheet) => ({
            name: sheet.name,
            rows: undefined,
            tables: sheet.blocks
              .filter((b): b is TableBlock => b.kind === "table")
              .map((t) => t.name)
              .sort(),
            charts: sheet.blocks.filter((b): b is ChartBlock => b.kind === "chart").length,
          }))
        );
        for (const sheet of result.sheets!) expect(sheet.rows).toBeGreaterThan(0);
      }
    },
    120_000
  );
});
