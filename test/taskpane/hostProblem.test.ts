/**
 * The Excel layer's failures in the user's language, as the pane shows them (hostProblem, then
 * problemText): every code src/excel can throw has its message in English and French, and a
 * message never shows a raw {{placeholder}}, whichever params the code is thrown with.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createI18n } from "../../src/i18n";
import { ExcelHostError, type ExcelError, type ExcelErrorCode } from "../../src/excel/excelError";
import type { TFunction } from "i18next";
import { hostProblem } from "../../src/taskpane/flow/hostProblem";
import { problemText } from "../../src/taskpane/flow/problemText";

/** What the pane says when the host throws `thrown`. */
const hostFailureMessage = (thrown: unknown, t: TFunction) => problemText(hostProblem(thrown), t);
/** The pane's message of an ExcelError thrown by src/excel. */
const excelErrorMessage = (error: ExcelError, t: TFunction) =>
  hostFailureMessage(new ExcelHostError(error), t);

const en = createI18n("en").t;
const fr = createI18n("fr").t;

/** Every "pane:excel.*" code written in src/excel's sources (what it can throw). */
function codesUsedInSrcExcel(): string[] {
  const dir = path.resolve(__dirname, "../../src/excel");
  const codes = readdirSync(dir)
    .filter((file) => file.endsWith(".ts"))
    .flatMap((file) => [
      ...readFileSync(path.join(dir, file), "utf8").matchAll(/"(pane:excel\.\w+)"/g),
    ])
    .map((m) => m[1]);
  return [...new Set(codes)].sort();
}

/** The params each code is thrown with in src/excel (excelWorkbookSource, writeReport). */
const thrownWith: [ExcelErrorCode, Record<string, string | number>][] = [
  ["pane:excel.sheetNotFound", { sheet: "Ventes 2024" }],
  ["pane:excel.readFailed", { sheet: "Ventes 2024" }],
  ["pane:excel.readFailed", {}], // info() and listSheets()
  ["pane:excel.payloadTooLarge", { sheet: "Ventes 2024" }],
  ["pane:excel.payloadTooLarge", {}],
  ["pane:excel.payloadTooLarge", { sheets: 8 }], // a write
  ["pane:excel.apiNotSupported", {}],
  ["pane:excel.apiNotSupported", { sheets: 8 }],
  ["pane:excel.writeFailed", { sheets: 8 }],
  ["pane:excel.writeFailedAfterSwap", { sheets: 8 }],
];

describe("the pane's message of an ExcelError", () => {
  it("has a message in English and French for every code src/excel uses", () => {
    const codes = codesUsedInSrcExcel();
    expect(codes).toEqual([
      "pane:excel.apiNotSupported",
      "pane:excel.payloadTooLarge",
      "pane:excel.readFailed",
      "pane:excel.sheetNotFound",
      "pane:excel.writeFailed",
      "pane:excel.writeFailedAfterSwap",
    ]);
    for (const code of codes) {
      for (const t of [en, fr]) expect(t(code)).not.toBe(code.replace("pane:", ""));
    }
  });

  it.each(thrownWith)(
    "renders %s with %j in both languages, no placeholder left",
    (code, params) => {
      for (const t of [en, fr]) {
        const message = excelErrorMessage({ code, params }, t);
        expect(message).not.toMatch(/\{\{|pane:|excel\./);
        if (typeof params.sheet === "string") expect(message).toContain(params.sheet);
      }
    }
  );

  it("gives the plain and the sheet-naming message of a read failure", () => {
    const named: ExcelError = { code: "pane:excel.readFailed", params: { sheet: "Sales" } };
    expect(excelErrorMessage(named, en)).toBe(
      "The sheet “Sales” could not be read. Leave any cell you are editing and try again."
    );
    expect(excelErrorMessage({ ...named, params: {} }, fr)).toBe(
      "Le classeur n’a pas pu être lu. Quittez la cellule en cours de modification et réessayez."
    );
  });

  it("says the workbook is unchanged after a failed write", () => {
    const failed: ExcelError = { code: "pane:excel.writeFailed", params: { sheets: 8 } };
    expect(excelErrorMessage(failed, en)).toBe(
      "The report could not be written; your workbook is unchanged. Leave any cell you are editing and try again."
    );
    expect(excelErrorMessage(failed, fr)).toBe(
      "Le rapport n’a pas pu être écrit\u00a0; votre classeur n’a pas été modifié. Quittez la cellule en cours de modification et réessayez."
    );
  });
});

describe("the pane's message of a host failure", () => {
  it("uses the ExcelHostError's own message", () => {
    const thrown = new ExcelHostError({ code: "pane:excel.sheetNotFound", params: { sheet: "X" } });
    expect(hostFailureMessage(thrown, en)).toMatch(/^The sheet “X” is no longer in this workbook/);
  });

  it("falls back to a generic message for anything else", () => {
    expect(hostFailureMessage(new TypeError("boom"), fr)).toBe(
      "Excel a signalé une erreur inattendue. Quittez la cellule en cours de modification et réessayez."
    );
  });
});
