import {
  excelReportSink,
  excelRun,
  ExcelHostError,
  writeReportInExcel,
  type ExcelHost,
} from "../../src/excel";
import { FakeExcel } from "../fakes/excel/fakeExcel";
import { sampleModel } from "../report/sampleModel";

describe("writeReportInExcel", () => {
  it("runs writeReport in one run of the given runner", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Data", [["x"]]);
    let runs = 0;
    const result = await writeReportInExcel(
      sampleModel(),
      { supports: (_set, version) => fake.isSetSupported("ExcelApi", version) },
      <T>(batch: (c: ExcelHost) => Promise<T>) => {
        runs++;
        return batch(fake);
      }
    );
    expect(runs).toBe(1);
    expect(result).toMatchObject({ ok: true, replaced: [] });
    expect(fake.sheetNames()).toEqual(["Data", "Dashboard", "Segments & actions"]);
  });
});

describe("excelReportSink", () => {
  const runOn =
    (fake: FakeExcel) =>
    <T>(batch: (c: ExcelHost) => Promise<T>) =>
      batch(fake);

  it("writes the model through the ReportSink port", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Data", [["x"]]);
    await excelReportSink({ supports: () => true }, runOn(fake)).write(sampleModel());
    expect(fake.sheetNames()).toEqual(["Data", "Dashboard", "Segments & actions"]);
  });

  it("rejects with the translatable error of a failed write, the workbook unchanged", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Data", [["x"]]);
    const before = fake.sheet("Data").fingerprint();
    fake.injectFailure({ atCommand: 10 });
    const write = excelReportSink({ supports: () => true }, runOn(fake)).write(sampleModel());
    await expect(write).rejects.toBeInstanceOf(ExcelHostError);
    await expect(write).rejects.toMatchObject({ error: { code: "pane:excel.writeFailed" } });
    expect(fake.sheetNames()).toEqual(["Data"]);
    expect(fake.sheet("Data").fingerprint()).toBe(before);
  });
});

describe("excelRun", () => {
  it("asks Excel to hold a batch while the user edits a cell (delayForCellEdit)", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Data", [["x"]]);
    // Excel.run as Office.js has it, over the fake (which honours the option like Excel).
    const run = jest.fn(
      (options: { delayForCellEdit?: boolean }, batch: (c: ExcelHost) => Promise<unknown>) =>
        fake.run(options, batch)
    );
    (globalThis as unknown as { Excel: { run: typeof run } }).Excel = { run };
    try {
      fake.injectFault({ kind: "cellEditMode" }, 1);
      const result = await writeReportInExcel(sampleModel(), { supports: () => true }, excelRun);
      expect(run).toHaveBeenCalledWith({ delayForCellEdit: true }, expect.any(Function));
      expect(result).toMatchObject({ ok: true });
    } finally {
      delete (globalThis as unknown as { Excel?: unknown }).Excel;
    }
  });
});
