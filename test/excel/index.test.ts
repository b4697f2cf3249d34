import { writeReportInExcel, type ExcelHost } from "../../src/excel";
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
