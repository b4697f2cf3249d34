import {
  excelReportSink,
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
