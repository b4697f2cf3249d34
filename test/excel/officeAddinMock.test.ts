/**
 * office-addin-mock, Microsoft's own mock, checks one thing our fake also checks: that a property
 * is loaded and synced before it is read (it hands back an error string instead of throwing).
 * These run the read side's `info()` on it, as a second opinion on load/sync discipline.
 */
import { OfficeMockObject } from "office-addin-mock";
import { ExcelWorkbookSource } from "../../src/excel/excelWorkbookSource";
import type { ExcelHost } from "../../src/excel/host";

// office-addin-mock needs office-addin-manifest only for its OfficeApp enum (to special-case
// Outlook), and that package now pulls an ES module Jest cannot require: stand in for the enum.
jest.mock("office-addin-manifest", () => ({ OfficeApp: { Excel: "excel", Outlook: "outlook" } }));

function mockContext(dateValue: number, culture: string): ExcelHost {
  const mock = new OfficeMockObject({
    workbook: {
      dateProbe: { value: dateValue, error: "" },
      functions: {},
      application: {
        cultureInfo: {
          name: culture,
          numberFormat: { numberDecimalSeparator: culture === "fr-FR" ? "," : "." },
          datetimeFormat: { shortDatePattern: "dd/MM/yyyy" },
        },
      },
    },
  });
  // DATE(1904,1,1) gives back the probe object, whose `value` the mock guards until load + sync.
  mock.workbook.functions.date = () => mock.workbook.dateProbe;
  return mock as unknown as ExcelHost;
}

function sourceOn(context: ExcelHost, supports1_11: boolean): ExcelWorkbookSource {
  return new ExcelWorkbookSource(<T>(batch: (c: ExcelHost) => Promise<T>) => batch(context), {
    supports: (_set, version) => (version !== "1.11" && version !== "1.12") || supports1_11,
  });
}

describe("ExcelWorkbookSource.info on office-addin-mock", () => {
  it("loads and syncs before reading (the mock would hand back an error string otherwise)", async () => {
    expect(await sourceOn(mockContext(0, "fr-FR"), true).info()).toEqual({
      date1904: true,
      culture: "fr-FR",
      decimalSeparator: ",",
      shortDatePattern: "dd/MM/yyyy",
      hostCulture: "fr-FR",
    });
    expect(await sourceOn(mockContext(1462, "en-GB"), true).info()).toEqual({
      date1904: false,
      culture: "en-GB",
      decimalSeparator: ".",
      shortDatePattern: "dd/MM/yyyy",
      hostCulture: "en-GB",
    });
  });

  it("does not touch cultureInfo below ExcelApi 1.11", async () => {
    expect(await sourceOn(mockContext(1462, "en-GB"), false).info()).toEqual({ date1904: false });
  });

  it("shows what the mock does with a read before sync: no throw, an error string", async () => {
    const context = mockContext(0, "fr-FR") as unknown as {
      workbook: { application: { cultureInfo: { name: unknown; load(p: string): void } } };
    };
    const culture = context.workbook.application.cultureInfo;
    culture.load("name");
    expect(typeof culture.name).toBe("string");
    expect(culture.name).not.toBe("fr-FR");
  });
});
