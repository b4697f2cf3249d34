/**
 * Ownership of the report sheets (src/excel/ownership.ts): marks carried by the sheets
 * themselves (a custom property on ExcelApi 1.12, a hidden sheet-scoped name everywhere), never
 * worksheet ids or workbook settings. The fake's "reopen" reissues every worksheet id, as Excel
 * does between sessions.
 */
import { ExcelWorkbookSource } from "../../src/excel/excelWorkbookSource";
import type { ExcelHost } from "../../src/excel/host";
import { OWNED_SHEETS_SETTING, OWNER_NAME, surveySheets } from "../../src/excel/ownership";
import { writeReport } from "../../src/excel/writeReport";
import { FakeExcel } from "../fakes/excel/fakeExcel";
import { sampleModel } from "../report/sampleModel";

const supportsOn = (fake: FakeExcel) => (_set: "ExcelApi", version: string) =>
  fake.isSetSupported("ExcelApi", version);

function userWorkbook(apiVersion = "1.12"): FakeExcel {
  const fake = new FakeExcel({ apiVersion });
  fake.addSheet("Transactions", [
    ["customer", "date", "amount"],
    ["c1", 45306, 12.5],
  ]);
  fake.addSheet("Notes", [["my own notes"]]);
  return fake;
}

const write = (fake: FakeExcel) => writeReport(fake, sampleModel(), { supports: supportsOn(fake) });

async function owned(fake: FakeExcel): Promise<string[]> {
  const { sheets } = await surveySheets(fake, supportsOn(fake));
  return sheets.filter((s) => s.ownedByUs).map((s) => s.name);
}

describe("ownership marks", () => {
  it("marks each sheet it writes with a custom property (1.12) and a hidden sheet-scoped name", async () => {
    const fake = userWorkbook();
    await write(fake);
    const dashboard = fake.sheet("Dashboard");
    expect([...dashboard.customProperties.values()]).toEqual([
      { key: "crmAnalytics.owner", value: "crm-analytics:dashboard" },
    ]);
    expect([...dashboard.names.values()]).toEqual([
      {
        name: OWNER_NAME,
        formula: '="crm-analytics:dashboard"',
        comment: "CRM Analytics",
        visible: false,
      },
    ]);
    expect(fake.sheet("Notes").names.size).toBe(0);
    // No workbook setting: the pane's own settings.saveAsync could overwrite it.
    expect(fake.model.settings.size).toBe(0);
  });

  it("uses only the sheet-scoped name on ExcelApi 1.9, where custom properties do not exist", async () => {
    const fake = userWorkbook("1.9");
    await write(fake);
    expect(fake.sheet("Dashboard").customProperties.size).toBe(0);
    expect(fake.sheet("Dashboard").names.size).toBe(1);
    expect(await owned(fake)).toEqual(["Dashboard", "Segments & actions"]);
  });
});

describe("ownership survives reopening the workbook (worksheet ids reissued)", () => {
  for (const apiVersion of ["1.12", "1.9"]) {
    it(`replaces exactly its own sheets after a reopen, on ExcelApi ${apiVersion}`, async () => {
      const fake = userWorkbook(apiVersion);
      await write(fake);
      const idsBefore = fake.model.sheets.map((s) => s.id);
      fake.reopen();
      expect(fake.model.sheets.map((s) => s.id)).not.toEqual(idsBefore);
      const notes = fake.sheet("Notes").fingerprint();
      const again = await write(fake);
      expect(again).toMatchObject({ ok: true, replaced: ["Dashboard", "Segments & actions"] });
      expect(fake.sheetNames()).toEqual([
        "Transactions",
        "Notes",
        "Dashboard",
        "Segments & actions",
      ]);
      expect(fake.sheet("Notes").fingerprint()).toBe(notes);
    });
  }

  it("recognises a workbook written on ExcelApi 1.12 when it is reopened on a 1.9 host", async () => {
    const fake = userWorkbook("1.12");
    await write(fake);
    fake.reopen();
    fake.options.apiVersion = "1.9";
    expect(await owned(fake)).toEqual(["Dashboard", "Segments & actions"]);
  });

  it("still knows its sheets when the workbook's settings were overwritten", async () => {
    const fake = userWorkbook();
    await write(fake);
    fake.model.settings.clear();
    fake.model.settings.set("other", { key: "other", value: "{}" });
    expect(await owned(fake)).toEqual(["Dashboard", "Segments & actions"]);
  });

  it("flags its sheets in the pane's sheet list after a reopen", async () => {
    const fake = userWorkbook();
    await write(fake);
    fake.reopen();
    const source = new ExcelWorkbookSource(
      <T>(batch: (c: ExcelHost) => Promise<T>) => batch(fake),
      { supports: supportsOn(fake) }
    );
    const listing = await source.listSheets();
    expect(listing.map((s) => [s.name, s.ownedByAddIn])).toEqual([
      ["Transactions", false],
      ["Notes", false],
      ["Dashboard", true],
      ["Segments & actions", true],
    ]);
  });
});

describe("a user's sheet is never ours", () => {
  it("leaves a user's sheet named like ours alone, before and after a reopen", async () => {
    const fake = userWorkbook();
    fake.addSheet("Dashboard", [["the user's own dashboard"]]);
    const theirs = fake.sheet("Dashboard").fingerprint();
    const first = await write(fake);
    expect(first).toMatchObject({ ok: true, replaced: [] });
    fake.reopen();
    const again = await write(fake);
    expect(again).toMatchObject({ ok: true });
    expect(fake.sheet("Dashboard").fingerprint()).toBe(theirs);
    expect(await owned(fake)).not.toContain("Dashboard");
    expect(fake.sheetNames().filter((n) => n.startsWith("Dashboard"))).toHaveLength(2);
  });

  it("is not fooled by a remembered id that a reopen handed to a user's sheet", async () => {
    // An earlier version listed owned ids in a setting. After a reopen, ids go by position: the
    // user's "Notes" (position 1) now carries the id "{...-0001-...}" that a list may hold.
    const fake = userWorkbook();
    fake.reopen();
    const notesId = fake.sheet("Notes").id;
    fake.model.settings.set(OWNED_SHEETS_SETTING.toLowerCase(), {
      key: OWNED_SHEETS_SETTING,
      value: JSON.stringify([notesId]),
    });
    expect(await owned(fake)).toEqual([]);
    const notes = fake.sheet("Notes").fingerprint();
    expect(await write(fake)).toMatchObject({ ok: true, replaced: [] });
    expect(fake.sheet("Notes").fingerprint()).toBe(notes);
  });

  it("does not take a user's own name or property with other text for a mark", async () => {
    const fake = userWorkbook();
    const notes = fake.sheet("Notes");
    notes.names.set(OWNER_NAME.toLowerCase(), {
      name: OWNER_NAME,
      formula: '="mine"',
      comment: "",
      visible: true,
    });
    notes.customProperties.set("crmanalytics.owner", { key: "crmAnalytics.owner", value: "x" });
    expect(await owned(fake)).toEqual([]);
  });
});
