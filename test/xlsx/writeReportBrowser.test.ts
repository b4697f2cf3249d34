/** @jest-environment jsdom */
/**
 * The standalone browser mode writes the report without Node. Jest ignores package.json's
 * "browser" field, so the test swaps in the bundle webpack ships (exceljs/dist/exceljs.min.js)
 * and runs under jsdom: writeReportXlsx must still produce a package with its chart parts.
 */
import JSZip from "jszip";

jest.mock("exceljs", () => {
  const browserBuild = jest.requireActual("exceljs/dist/exceljs.min.js");
  return { __esModule: true, default: browserBuild, ...browserBuild };
});
import { writeReportXlsx } from "../../src/xlsx/writeReport";
import { sampleModel } from "../report/sampleModel";

describe("writeReportXlsx in a browser-like environment", () => {
  it("returns the bytes of an .xlsx package with its charts", async () => {
    const bytes = await writeReportXlsx(sampleModel());
    expect(bytes).toBeInstanceOf(Uint8Array);
    // an .xlsx is a zip: "PK" signature
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
    const zip = await JSZip.loadAsync(bytes);
    expect(zip.file("xl/charts/chart7.xml")).not.toBeNull();
    expect(zip.file("xl/workbook.xml")).not.toBeNull();
  });
});
