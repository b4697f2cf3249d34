/** @jest-environment jsdom */
/**
 * The standalone browser mode writes the report without Node: under jsdom, with Node's
 * `Buffer`, `zlib` and streams out of reach of the writer, writeReportXlsx must still produce a
 * package with its chart parts. jsdom lacks TextEncoder, which every browser and Web Worker has
 * (https://developer.mozilla.org/docs/Web/API/TextEncoder): the test lends it Node's.
 */
import { TextEncoder as NodeTextEncoder } from "node:util";
import JSZip from "jszip";

jest.mock("node:zlib", () => {
  throw new Error("the browser writer must not load node:zlib");
});
jest.mock("zlib", () => {
  throw new Error("the browser writer must not load zlib");
});
jest.mock("exceljs", () => {
  throw new Error("the writer no longer needs ExcelJS");
});
if (typeof globalThis.TextEncoder === "undefined") {
  Object.assign(globalThis, { TextEncoder: NodeTextEncoder });
}
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
