import ExcelJS from "exceljs";
import { createAnalysisApi } from "../../../src/taskpane/worker/analysisApi";
import { translator } from "../../../src/i18n";
import { compoundFile } from "../../support/compoundFile";

/**
 * The standalone pane opens files through src/xlsx in its worker: a file it cannot read comes
 * back as a problem in the pane's words, naming the file, never a library's message or URL.
 */
const t = translator("en");

async function openProblem(fileName: string, bytes: Uint8Array): Promise<string> {
  const outcome = await createAnalysisApi().open({
    kind: "xlsx",
    fileName,
    bytes: bytes.slice().buffer as ArrayBuffer,
  });
  if (outcome.ok) throw new Error(`${fileName} opened`);
  return t(outcome.problem.code, outcome.problem.params);
}

describe("the pane names an unreadable workbook for what it is", () => {
  it("password-protected", async () => {
    expect(await openProblem("budget.xlsx", compoundFile(["EncryptionInfo"]))).toBe(
      "budget.xlsx is password-protected: save a copy without a password (in Excel: File > Info > Protect Workbook > Encrypt with Password, then clear it) and analyse the copy"
    );
  });

  it("a text file renamed .xlsx", async () => {
    const bytes = new TextEncoder().encode("customer,date,amount\nK1,2024-01-03,10\n");
    expect(await openProblem("export.xlsx", bytes)).toContain(
      "export.xlsx is a text file, not an Excel workbook"
    );
  });

  it("a damaged workbook: no JSZip message, no URL", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Ventes").getRow(1).values = ["Client", "Date", "Montant"];
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const message = await openProblem("cut.xlsx", bytes.subarray(0, 300));
    expect(message).toBe(
      "cut.xlsx could not be read as an Excel workbook (it may be damaged or incomplete): open it in Excel and save it again as .xlsx"
    );
    expect(message).not.toMatch(/https?:|central directory/i);
  });
});
