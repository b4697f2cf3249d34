import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { run, type CliIo } from "../../src/cli/run";
import { loadAndClean } from "../../src/analytics/pipeline";
import { CsvWorkbookSource } from "../../src/xlsx/csvWorkbookSource";
import { translator } from "../../src/i18n";

/**
 * A transactions sheet that is there but gives nothing (a header and no rows, or only rows after
 * the analysis date) is named as such, never as "no transactions sheet was found".
 */
let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "crm-empty-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, text);
  return file;
}

async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    exists: (p) => fs.existsSync(p) && fs.statSync(p).isFile(),
    readFile: async (p) => new Uint8Array(fs.readFileSync(p)),
    writeFile: async () => undefined,
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
  };
  const code = await run(argv, io);
  return { code, out, err };
}

describe("an empty transactions sheet says so", () => {
  it("a CSV with a header and no rows", async () => {
    const file = write("ventes.csv", "Client;Date;Montant\n");
    const { code, err, out } = await cli(["analyze", file]);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err).toEqual([
      "Error: The transactions sheet ventes has a header row but no rows below it: nothing can be analysed.",
    ]);
  });

  it("every row after --as-of, in French", async () => {
    const file = write(
      "transactions.csv",
      "customer,date,amount\nK1,2024-03-01,10\nK2,2024-05-09,20\nK1,2024-01-02,5\n"
    );
    const { code, err } = await cli(["analyze", file, "--as-of", "2024-01-01", "--lang", "fr"]);
    expect(code).toBe(2);
    expect(err).toEqual([
      "Erreur : La feuille de transactions transactions n'a aucune ligne datée du 2024-01-01 (la date d'analyse) ou d'avant : choisissez une date d'analyse plus tardive.",
    ]);
  });

  it("a workbook whose Transactions sheet is header-only", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Transactions").getRow(1).values = ["customer", "date", "amount"];
    const file = path.join(tmp, "empty.xlsx");
    await wb.xlsx.writeFile(file);
    const { code, err } = await cli(["analyze", file]);
    expect(code).toBe(2);
    expect(err).toEqual([
      "Error: The transactions sheet Transactions has a header row but no rows below it: nothing can be analysed.",
    ]);
  });

  it("one row on the analysis date is enough to run (cleaning keeps that day)", async () => {
    const file = write("one.csv", "customer,date,amount\nK1,2024-01-01,10\nK2,2024-05-09,20\n");
    const { code, err, out } = await cli(["analyze", file, "--as-of", "2024-01-01"]);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out).toContain("Rows read: 2, used: 1, excluded: 1");
  });

  it("with a contacts sheet, the uplift still runs: not a failure", async () => {
    const sales = write("sales.csv", "customer,date,amount\n");
    const contacts = write(
      "contacts.csv",
      "customer,campaign,group,contact date\nK1,Spring,treated,2024-03-01\nK2,Spring,control,2024-03-01\n"
    );
    const { code, err, out } = await cli(["analyze", sales, contacts]);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    // The skipped analyses name the empty sheet, not a missing one.
    expect(out).toContain(
      "RFM and LTV skipped: the transactions sheet sales has a header row but no rows below it"
    );
    expect(out.join("\n")).not.toMatch(/no transactions sheet/);
  });

  it("with contacts and every sale after --as-of, in French", async () => {
    const sales = write("ventes.csv", "client,date,montant\nK1,2024-05-02,10\n");
    const contacts = write(
      "contacts.csv",
      "customer,campaign,group,contact date\nK1,Spring,treated,2024-03-01\nK2,Spring,control,2024-03-01\n"
    );
    const argv = ["analyze", sales, contacts, "--as-of", "2024-04-01", "--lang", "fr"];
    const { code, out } = await cli(argv);
    expect(code).toBe(0);
    expect(out).toContain(
      "RFM et LTV non calculés : la feuille de transactions ventes n’a aucune ligne datée du 2024-04-01 ou avant (la date d’analyse) : choisissez une date d’analyse plus tardive"
    );
  });

  it("the pipeline's error, as the pane shows it", async () => {
    const data = new TextEncoder().encode("customer,date,amount\nK1,2024-03-01,10\n");
    const result = await loadAndClean(new CsvWorkbookSource([{ fileName: "Ventes.csv", data }]), {
      asOf: Date.UTC(2024, 0, 1),
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(translator("en")(result.error.code, result.error.params)).toBe(
        "The transactions sheet Ventes has no rows dated on or before 2024-01-01 (the analysis date): choose a later analysis date."
      );
    }
  });
});
