import fc from "fast-check";
import * as column from "../../src/report/columns";
import type { TableColumn } from "../../src/report/model";
import { createReportContext } from "../../src/report/reportContext";

// The data\'s currency (never the language\'s): dollars here, euros in French.
const ctxEn = createReportContext(
  { language: "en", generatedAt: 0, version: "1" },
  { code: "USD", source: "setting" }
);
const ctxFr = createReportContext(
  { language: "fr", generatedAt: 0, version: "1" },
  { code: "EUR", source: "setting" }
);

describe("column.text, .integer, .decimal, .percent, .currency, .date", () => {
  it("give each type its default format code (numberFormats.ts FORMAT)", () => {
    expect(column.text("a", "A")).toStrictEqual({
      id: "a",
      header: "A",
      type: "text",
      format: "@",
    });
    expect(column.integer("n", "N")).toStrictEqual({
      id: "n",
      header: "N",
      type: "integer",
      format: "#,##0",
    });
    expect(column.decimal("d", "D").format).toBe("#,##0.00");
    expect(column.percent("p", "P").format).toBe("0.0%");
    expect(column.date("t", "T")).toMatchObject({ type: "date", format: "yyyy-mm-dd" });
  });

  it("take the currency format of the report's context", () => {
    // currencyFormat("$", "en") and ("€", "fr"): symbol before in English, after in French.
    expect(column.currency("r", "Revenue", ctxEn)).toStrictEqual({
      id: "r",
      header: "Revenue",
      type: "currency",
      format: '"$"#,##0.00;-"$"#,##0.00',
    });
    expect(column.currency("r", "CA", ctxFr).format).toBe('#,##0.00\\ "€";-#,##0.00\\ "€"');
  });

  it("apply a format, width, wrap and total from the options", () => {
    expect(
      column.percent("s", "Share", { format: "0.00%", width: 12, wrap: true, total: "sum" })
    ).toStrictEqual({
      id: "s",
      header: "Share",
      type: "percent",
      format: "0.00%",
      width: 12,
      wrap: true,
      total: { fn: "sum" },
    });
    expect(column.integer("n", "N", { total: { fn: "average" } }).total).toEqual({ fn: "average" });
  });

  it("label the totals row in the report's language", () => {
    expect(column.text("s", "Segment", { total: column.totalLabel(ctxEn) }).total).toEqual({
      label: "Total",
    });
    expect(column.totalLabel(ctxFr)).toEqual({ label: ctxFr.t("report:common.total") });
  });

  it("equal the column written out in full, for any options (property)", () => {
    const options = fc.record(
      {
        format: fc.constantFrom("0%", "#,##0.0", "+0.00;-0.00;0.00"),
        width: fc.integer({ min: 1, max: 90 }),
        wrap: fc.boolean(),
        total: fc.constantFrom<"sum" | "count">("sum", "count"),
      },
      { requiredKeys: [] }
    );
    fc.assert(
      fc.property(fc.string(), fc.string(), options, (id, header, o) => {
        const expected: TableColumn = {
          id,
          header,
          type: "decimal",
          format: o.format ?? "#,##0.00",
          ...(o.width !== undefined ? { width: o.width } : {}),
          ...(o.wrap !== undefined ? { wrap: o.wrap } : {}),
          ...(o.total !== undefined ? { total: { fn: o.total } } : {}),
        };
        expect(column.decimal(id, header, o)).toStrictEqual(expected);
        expect(column.tableColumn(id, header, "decimal", "#,##0.00", o)).toStrictEqual(expected);
      })
    );
  });

  describe("edge cases", () => {
    it("leave out options given as undefined (no `width: undefined` key)", () => {
      const text = column.text("a", "A", { width: undefined, wrap: undefined, total: undefined });
      expect(Object.keys(text)).toEqual(["id", "header", "type", "format"]);
    });

    it("keep an empty header, and plain numbers when the data names no currency", () => {
      const plain = createReportContext({ language: "en", generatedAt: 0, version: "1" });
      expect(column.currency("x", "", plain)).toStrictEqual({
        id: "x",
        header: "",
        type: "currency",
        format: "#,##0.00",
      });
    });
  });
});
