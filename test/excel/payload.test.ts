/**
 * The payload rules, both sides: src/excel/payloadSize.ts measures what a sync will weigh as
 * Excel on the web counts it (UTF-8 bytes of JSON), and the fake refuses what Excel refuses
 * (over 5 MB a request or a response), each measured exactly.
 */
import fc from "fast-check";
import {
  cellJsonBytes,
  gridJsonBytes,
  PAYLOAD_LIMIT_BYTES,
  stringJsonBytes,
} from "../../src/excel/payloadSize";
import { FakeExcel } from "../fakes/excel/fakeExcel";
import { ACTION_REQUEST_OVERHEAD_BYTES } from "../fakes/excel/payload";

const utf8Json = (value: unknown) => Buffer.byteLength(JSON.stringify(value), "utf8");

describe("payloadSize: UTF-8 bytes of JSON", () => {
  it("counts a string as JSON.stringify and UTF-8 do, escapes and surrogates included", () => {
    expect(stringJsonBytes("abc")).toBe(5);
    expect(stringJsonBytes('a"b\\c\n')).toBe(utf8Json('a"b\\c\n')); // 2 + 1+2+1+2+1+2
    expect(stringJsonBytes("\u0001")).toBe(8); // "\u0001"
    expect(stringJsonBytes("é")).toBe(4); // 2 bytes + quotes
    expect(stringJsonBytes("中")).toBe(5); // 3 bytes + quotes
    expect(stringJsonBytes("😀")).toBe(6); // a surrogate pair: 4 bytes + quotes
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(stringJsonBytes(s)).toBe(utf8Json(s));
      })
    );
  });

  it("counts cells and grids exactly, whatever they hold", () => {
    const cell = fc.oneof(
      fc.string({ unit: "grapheme" }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer(),
      fc.boolean(),
      fc.constant(null)
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 8 }),
        (grid) => {
          for (const row of grid) for (const v of row) expect(cellJsonBytes(v)).toBe(utf8Json(v));
          expect(gridJsonBytes(grid)).toBe(utf8Json(grid));
        }
      )
    );
  });
});

describe("the fake's payload rule (5 MB each way, UTF-8 JSON)", () => {
  // 1,000,000 characters of "é" are 1,000,002 characters of JSON but 2,000,002 bytes.
  const wide = "é".repeat(1_000_000);

  it("refuses a response over 5 MB counted in UTF-8 bytes, not in characters", async () => {
    const fake = new FakeExcel();
    fake.addSheet("S", [[wide, wide, "x"]]);
    const range = fake.workbook.worksheets.getItem("S").getRange("A1:C1").load("values");
    await fake.sync(); // 4,000,000+ bytes: accepted
    expect(range.values[0][0]).toBe(wide);
    expect(fake.syncs[0].responseBytes).toBeGreaterThan(4_000_000);
    expect(fake.syncs[0].responseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    fake.sheet("S").grid.set(0, 2, wide);
    fake.workbook.worksheets.getItem("S").getRange("A1:C1").load("values");
    // 6,000,000+ bytes in 3,000,000+ characters: refused.
    await expect(fake.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  it("refuses a request over 5 MB, and counts a per-action envelope", async () => {
    const fake = new FakeExcel();
    fake.addSheet("S");
    const sheet = fake.workbook.worksheets.getItem("S");
    // Cells hold at most 32,767 characters: a wide request is many full cells.
    const full = "é".repeat(30_000); // 60,000 bytes in UTF-8
    const row = (n: number) => [Array.from({ length: n }, () => full)];
    sheet.getRange("A1:AN1").values = row(40); // 2.4 MB
    await fake.sync();
    // Two actions (resolve the sheet, write) and the data's JSON: [["é…",…]].
    expect(fake.syncs[0].requestBytes).toBe(2 * ACTION_REQUEST_OVERHEAD_BYTES + utf8Json(row(40)));
    sheet.getRange("A2:CV2").values = row(100); // 6 MB
    await expect(fake.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.sheet("S").cell("A2").value).toBe(""); // a refused request applies nothing
  });

  it("counts many small actions by their envelopes: 35,000 one-cell writes are refused", async () => {
    const fake = new FakeExcel();
    fake.addSheet("S");
    const sheet = fake.workbook.worksheets.getItem("S");
    for (let r = 0; r < 35_000; r++) sheet.getRangeByIndexes(r, 0, 1, 1).values = [[1]];
    await expect(fake.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });
});
