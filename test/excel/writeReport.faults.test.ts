/**
 * Faults at every sync of a report write (issue 13): for each sync of the write, counted on a
 * dry run, each fault the fake can inject there (test/fakes/excel/faults.ts). Whatever happens,
 * the user's sheets are untouched, no temporary "~crm" sheet is left, and a write that fails
 * leaves the workbook exactly as before: sheets and their order, names, values, tables, charts,
 * formats, and the add-in's setting.
 */
import { writeReport, type WriteReportResult } from "../../src/excel/writeReport";
import { OWNER_PROPERTY } from "../../src/excel/ownership";
import { FakeExcel } from "../fakes/excel/fakeExcel";
import type { Fault } from "../fakes/excel/faults";
import { sampleModel } from "../report/sampleModel";

/** The user's workbook: source data with a table, notes; with or without a previous report. */
async function workbook(withPreviousReport: boolean): Promise<FakeExcel> {
  const fake = new FakeExcel();
  fake.addSheet("Transactions", [
    ["customer", "date", "amount"],
    ["c1", 45306, 12.5],
    ["c2", 45307, 3],
  ]);
  fake.addTable("Transactions", "A1:C3", "Sales");
  fake.addSheet("Notes", [["my own notes"]]);
  fake.model.definedNames.set("Budget", "=Notes!$A$1");
  if (withPreviousReport) {
    const first = await write(fake);
    if (!first.ok) throw new Error("the previous report could not be written");
  }
  return fake;
}

function write(fake: FakeExcel): Promise<WriteReportResult> {
  return writeReport(fake, sampleModel(), {
    supports: (_set, version) => fake.isSetSupported("ExcelApi", version),
  });
}

/** Everything a user could see of the workbook, sheet by sheet in order. */
function snapshot(fake: FakeExcel): unknown {
  return {
    sheets: fake.model.sheets.map((s) => [s.name, s.fingerprint()]),
    names: [...fake.model.definedNames.entries()],
    settings: [...fake.model.settings.values()],
  };
}

function isOurs(fake: FakeExcel, name: string): boolean {
  return fake.sheet(name).customProperties.has(OWNER_PROPERTY.toLowerCase());
}

/** Syncs of a write on this workbook, counted on a dry run. */
async function syncsOfWrite(withPreviousReport: boolean): Promise<number> {
  const fake = await workbook(withPreviousReport);
  const before = fake.syncs.length;
  await write(fake);
  return fake.syncs.length - before;
}

describe.each([
  ["a workbook without a report", false],
  ["a workbook that holds a previous report", true],
])("writeReport with a fault at any sync, on %s", (_label, withPreviousReport) => {
  let syncs = 0;
  beforeAll(async () => {
    syncs = await syncsOfWrite(withPreviousReport);
  });

  it("has syncs to fault (survey, build, listing, swap)", () => {
    expect(syncs).toBeGreaterThanOrEqual(6);
  });

  it.each([["cellEditMode"], ["inactiveWorkbook"]] as const)(
    "leaves the workbook exactly as before when the batch fails (%s), at every sync",
    async (kind) => {
      for (let at = 1; at <= syncs; at++) {
        const fake = await workbook(withPreviousReport);
        const before = snapshot(fake);
        fake.injectFault({ kind }, at);
        const result = await write(fake);
        expect({ at, result }).toMatchObject({
          at,
          result: { ok: false, error: { code: "pane:excel.writeFailed" } },
        });
        expect(snapshot(fake)).toEqual(before);
      }
    }
  );

  it("writes through a cell edit when the run delays for it", async () => {
    for (let at = 1; at <= syncs; at++) {
      const fake = await workbook(withPreviousReport);
      fake.injectFault({ kind: "cellEditMode" }, at);
      const result = await fake.run({ delayForCellEdit: true }, (context) =>
        writeReport(context, sampleModel(), { supports: () => true })
      );
      expect({ at, ok: result.ok }).toEqual({ at, ok: true });
    }
  });

  /** A sheet the user adds mid-write with the name one of ours is to take, or any name. */
  const userSheet = withPreviousReport ? "Ideas" : "Dashboard";
  const added: Fault = { kind: "addSheet", name: userSheet };
  const renamed: Fault = {
    kind: "renameSheet",
    from: "Notes",
    to: withPreviousReport ? "Notes 2024" : "Segments & actions",
  };

  it.each([
    ["adds a sheet", added],
    ["renames a sheet", renamed],
  ])("never touches a sheet the user %s mid-write, whichever sync", async (_what, fault) => {
    for (let at = 1; at <= syncs; at++) {
      const fake = await workbook(withPreviousReport);
      const notes = fake.sheet("Notes").grid.fingerprint();
      const sales = fake.sheet("Transactions").fingerprint();
      fake.injectFault(fault, at);
      const result = await write(fake);
      const userName = fault.kind === "addSheet" ? fault.name : fault.to;
      // The user's sheet is theirs, with its content and its name.
      expect(isOurs(fake, userName)).toBe(false);
      if (fault.kind === "renameSheet") expect(fake.sheet(userName).grid.fingerprint()).toBe(notes);
      else expect(fake.sheet(userName).grid.usedArea()).toBeNull();
      expect(fake.sheet("Transactions").fingerprint()).toBe(sales);
      expect(fake.sheetNames().filter((n) => n.startsWith("~crm"))).toEqual([]);
      const ours = fake.sheetNames().filter((n) => isOurs(fake, n));
      // Final names are chosen from a listing taken in the sync before the swap: only a sheet
      // added at the swap itself can still take one of them first (then the write fails whole).
      const clashes = at === syncs && !withPreviousReport;
      expect({ at, ok: result.ok }).toEqual({ at, ok: !clashes });
      if (result.ok) {
        expect(ours).toEqual(result.sheets.map((s) => s.name));
        expect(ours).not.toContain(userName);
      } else {
        // Only the swap itself can meet the user's new name: the old report stays whole.
        expect(ours).toHaveLength(withPreviousReport ? 2 : 0);
      }
    }
  });
});
