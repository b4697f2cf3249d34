import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { run, type CliIo } from "../../src/cli/run";
import { parseCliOptions } from "../../src/cli/cliOptions";
import type { SummaryJson } from "../../src/cli/summaryJson";

const fixtures = path.resolve(__dirname, "../fixtures/input");
const fixture = (name: string) => path.join(fixtures, name);

/** A CLI io over the real file system that captures the terminal and the files written. */
function captureIo(overrides: Partial<CliIo> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, string>();
  const io: CliIo = {
    exists: (p) => fs.existsSync(p) && fs.statSync(p).isFile(),
    readFile: async (p) => new Uint8Array(fs.readFileSync(p)),
    writeFile: async (p, text) => {
      written.set(p, text);
    },
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
    ...overrides,
  };
  const json = (p: string) => JSON.parse(written.get(p)!) as SummaryJson;
  return { io, out, err, written, json };
}

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "crm-cli-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Writes a small workbook: a title above a French transactions table, and a contacts sheet. */
async function writeWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const sales = wb.addWorksheet("Ventes");
  sales.getCell("A1").value = "Ventes du trimestre";
  sales.getRow(3).values = ["Code client", "Date commande", "Qté", "PU"];
  sales.getRow(4).values = ["K1", new Date(Date.UTC(2024, 0, 15)), 2, 9.5];
  sales.getRow(5).values = ["K2", new Date(Date.UTC(2024, 1, 3)), 1, 20];
  sales.getRow(6).values = ["K1", "#N/A", 1, 5];
  const contacts = wb.addWorksheet("Contacts");
  contacts.getRow(1).values = ["Client", "Campagne", "Groupe", "Date de contact"];
  contacts.getRow(2).values = ["K1", "Hiver", "Ciblé", new Date(Date.UTC(2024, 0, 10))];
  contacts.getRow(3).values = ["K2", "Hiver", "Témoin", new Date(Date.UTC(2024, 0, 10))];
  await wb.xlsx.writeFile(file);
}

describe("run (crm-analytics analyze)", () => {
  it("analyses a messy French CSV and writes the dataQuality JSON, summary in French", async () => {
    const { io, out, err, json } = captureIo();
    const code = await run(
      ["analyze", fixture("ventes_fr.csv"), "--lang", "fr", "--json", "q.json"],
      io
    );
    expect(err).toEqual([]);
    expect(code).toBe(0);
    // Data rows 4..10: row 8 blank; rows 4, 5, 9 read; 6 has no id, 7 is 31/02, 10 is #N/A.
    const quality = json("q.json").dataQuality;
    expect(json("q.json").version).toBe(1);
    expect(quality.rowsRead).toBe(6);
    expect(quality.rowsUsed).toBe(3);
    expect(quality.excluded.map((e) => [e.reason, e.count, e.rows]).sort()).toEqual([
      ["errorCell", 1, [10]],
      ["missingCustomerId", 1, [6]],
      ["unreadableDate", 1, [7]],
    ]);
    expect(out).toContain("Lignes lues : 6, utilisées : 3, exclues : 3");
    expect(out).toContain("  Transactions : ventes_fr (en-tête ligne 3, dates lues en jj/mm/aaaa)");
    expect(out).toContain("Résumé JSON écrit dans q.json");
    // The currency is the data's: "1 234,56 €" in the amount column.
    expect(json("q.json").currency).toEqual({ code: "EUR", source: "text" });
  });

  it("states no currency when the data names none, and the one set by --currency", async () => {
    const plain = captureIo();
    const slice = fixture("online_retail_slice.csv");
    expect(await run(["analyze", slice, "--json", "s.json"], plain.io)).toBe(0);
    expect(plain.json("s.json").currency).toEqual({ code: null, source: "none" });
    const set = captureIo();
    expect(await run(["analyze", slice, "--currency", "gbp", "--json", "s.json"], set.io)).toBe(0);
    expect(set.json("s.json").currency).toEqual({ code: "GBP", source: "setting" });
  });

  it("reads the Online Retail slice: rowsRead = rowsUsed + excluded, 533 without customer id", async () => {
    const { io, out, json } = captureIo();
    expect(await run(["analyze", fixture("online_retail_slice.csv"), "--json", "s.json"], io)).toBe(
      0
    );
    const quality = json("s.json").dataQuality;
    expect(quality.rowsRead).toBe(2000);
    expect(quality.rowsUsed + quality.excluded.reduce((s, e) => s + e.count, 0)).toBe(2000);
    const missing = quality.excluded.find((e) => e.reason === "missingCustomerId")!;
    expect(missing.count).toBe(533);
    // The first line without CustomerID is file line 624 (python), then a run from 1445.
    expect(missing.rows.slice(0, 3)).toEqual([624, 1445, 1446]);
    expect(missing.rows).toHaveLength(20);
    expect(out.some((l) => l.startsWith("Rows read: 2,000"))).toBe(true);
  });

  it("reads an .xlsx workbook, forced sheets, and hands --out to the report writer hook", async () => {
    const file = path.join(tmp, "book.xlsx");
    await writeWorkbook(file);
    const calls: string[] = [];
    const { io, out, err, json } = captureIo({
      writeReportWorkbook: async (data, results, options, p) => {
        calls.push(
          `${p} ${data.transactions.length} ${results.rfm?.customers.length} ${options.lang}`
        );
        return { path: p, sheets: ["RFM"] };
      },
    });
    const code = await run(
      ["analyze", file, "--transactions", "Ventes", "--out", "r.xlsx", "--json", "j.json"],
      io
    );
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(calls).toEqual(["r.xlsx 2 2 en"]);
    expect(out).toContain("Report workbook written to r.xlsx (sheets: RFM)");
    expect(json("j.json").dataQuality.excluded).toContainEqual(
      expect.objectContaining({ sheet: "Ventes", reason: "errorCell", count: 1, rows: [6] })
    );
  });

  it("reads several English CSV files as one workbook, one sheet each", async () => {
    const { io, out, err, json } = captureIo();
    const files = ["orders_en.csv", "customers_en.csv", "contacts_en.csv"].map(fixture);
    expect(await run(["analyze", ...files, "--json", "e.json"], io)).toBe(0);
    expect(err).toEqual([]);
    // "3/25/2024" can only be month-first: the orders' dates are read mm/dd/yyyy.
    expect(out).toContain("  Transactions: orders_en (header on row 1, dates read as mm/dd/yyyy)");
    expect(out).toContain("  Customers: customers_en (header on row 1, dates read as mm/dd/yyyy)");
    expect(out.some((l) => l.startsWith("  Contacts: contacts_en"))).toBe(true);
    const quality = json("e.json").dataQuality;
    // 4 order lines (one without customer id), 2 customers, 3 contacts (one with the group "maybe").
    expect(quality.rowsRead).toBe(9);
    expect(quality.excluded).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          sheet: "orders_en",
          reason: "missingCustomerId",
          count: 1,
          rows: [5],
        }),
        expect.objectContaining({
          sheet: "contacts_en",
          reason: "unknownGroup",
          count: 1,
          rows: [4],
        }),
      ])
    );
  });

  it("writes the report workbook with --out, in French with --lang fr", async () => {
    const { io, out, err } = captureIo();
    const file = path.join(tmp, "rapport.xlsx");
    const args = ["analyze", fixture("ventes_fr.csv"), "--out", file, "--lang", "fr"];
    expect(await run(args, io)).toBe(0);
    expect(err).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toContain("Qualité des données");
    expect(names[names.length - 1]).toBe("Méthode");
    expect(out[out.length - 1]).toBe(
      `Classeur de rapport écrit dans ${file} (feuilles : ${names.join(", ")})`
    );
  });

  it("refuses an --out path that cannot be written (exit 2, one line)", async () => {
    const { io, err } = captureIo();
    const file = path.join(tmp, "no-such-folder", "r.xlsx");
    expect(await run(["analyze", fixture("ventes_fr.csv"), "--out", file], io)).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toContain(file);
  });

  it("prints the usage with --help", async () => {
    const { io, out } = captureIo();
    expect(await run(["--help"], io)).toBe(0);
    expect(out[0]).toMatch(/^Usage: crm-analytics analyze/);
  });

  describe("bad input: exit 2 and one line on stderr naming the file, sheet, column or row", () => {
    async function failure(argv: string[]) {
      const { io, err, out } = captureIo();
      const code = await run(argv, io);
      expect(code).toBe(2);
      expect(err).toHaveLength(1);
      expect(err[0]).not.toMatch(/\n|\bat .*:\d+/); // no stack trace
      expect(out).toEqual([]);
      return err[0];
    }

    it("a currency that is no ISO 4217 code", async () => {
      const line = await failure(["analyze", fixture("ventes_fr.csv"), "--currency", "EURO"]);
      expect(line).toContain("--currency");
      expect(line).toContain("EURO");
    });
    it("a missing file", async () => {
      expect(await failure(["analyze", "nope.csv"])).toBe("Error: File not found: nope.csv");
    });
    it("a missing file, in French", async () => {
      expect(await failure(["analyze", "nope.csv", "--lang", "fr"])).toBe(
        "Erreur : Fichier introuvable : nope.csv"
      );
    });
    it("an unsupported file type", async () => {
      expect(
        await failure([
          "analyze",
          fixture("ventes_fr.csv").replace(".csv", ".csv"),
          fixture("../../../package.json"),
        ])
      ).toContain("package.json");
    });
    it("no sheet holding transactions or contacts", async () => {
      expect(await failure(["analyze", fixture("not_crm.csv")])).toBe(
        "Error: No transactions sheet found (sheets: not_crm); name one with --transactions"
      );
    });
    it("a required column missing, with the sheet, header row and headers", async () => {
      expect(await failure(["analyze", fixture("no_amount.csv")])).toBe(
        "Error: Sheet no_amount, row 1: required column amount (or quantity and unit price) not found (headers: Client, Date, Quantité)"
      );
    });
    it("a required column missing on a forced sheet, in French", async () => {
      expect(
        await failure([
          "analyze",
          fixture("no_amount.csv"),
          "--transactions",
          "no_amount",
          "--lang",
          "fr",
        ])
      ).toBe(
        "Erreur : Feuille no_amount, ligne 1 : colonne obligatoire montant (ou quantité et prix unitaire) introuvable (en-têtes : Client, Date, Quantité)"
      );
    });
    it("a forced sheet that does not exist", async () => {
      const file = path.join(tmp, "book2.xlsx");
      await writeWorkbook(file);
      expect(await failure(["analyze", file, "--transactions", "Sales"])).toBe(
        "Error: Sheet Sales not found (sheets: Ventes, Contacts)"
      );
    });
    it("a file that is not a workbook", async () => {
      const file = path.join(tmp, "broken.xlsx");
      fs.writeFileSync(file, "not a zip");
      expect(await failure(["analyze", file])).toBe(
        `Error: ${file} is a text file, not an Excel workbook: if it holds comma- or semicolon-separated data, name it .csv`
      );
    });
    it("a JSON summary that cannot be written", async () => {
      const { io, err } = captureIo({
        writeFile: async () => {
          throw new Error("ENOENT: no such file or directory, open 'nowhere/s.json'");
        },
      });
      expect(await run(["analyze", fixture("ventes_fr.csv"), "--json", "nowhere/s.json"], io)).toBe(
        2
      );
      expect(err).toEqual([
        "Error: Cannot write nowhere/s.json: ENOENT: no such file or directory, open 'nowhere/s.json'",
      ]);
    });
    it("bad options and a missing command", async () => {
      expect(await failure(["analyze", "x.csv", "--as-of", "2024-02-30"])).toBe(
        "Error: Option --as-of: 2024-02-30 is not valid (YYYY-MM-DD)"
      );
      expect(await failure(["analyze", "x.csv", "--segment-map", "fancy"])).toContain(
        "classic | tiers3 | bands"
      );
      expect(await failure(["analyze", "x.csv", "--bogus"])).toContain("--bogus");
      expect(await failure(["report", "x.csv"])).toContain("analyze");
      expect(await failure(["analyze"])).toBe("Error: No input file given");
    });
  });
});

describe("parseCliOptions", () => {
  it("applies DESIGN.md's defaults", () => {
    expect(parseCliOptions(["analyze", "a.csv", "b.csv.gz"])).toEqual({
      options: {
        command: "analyze",
        files: ["a.csv", "b.csv.gz"],
        sheets: { customers: undefined, transactions: undefined, contacts: undefined },
        asOf: undefined,
        rfmBins: 5,
        segmentMap: "classic",
        calibrationEnd: undefined,
        timeUnit: "week",
        horizon: 12,
        discount: 0.01,
        margin: 1,
        conversionWindow: 30,
        lang: "en",
        culture: undefined,
        dateOrder: undefined,
        returns: "net",
        out: undefined,
        json: undefined,
        teaching: false,
        noAnswers: false,
        help: false,
      },
    });
  });

  it("reads every option of the contract", () => {
    const parsed = parseCliOptions([
      "analyze",
      "book.xlsx",
      "--customers",
      "Clients",
      "--transactions",
      "Ventes",
      "--contacts",
      "Campagnes",
      "--as-of",
      "2011-12-10",
      "--rfm-bins",
      "4",
      "--segment-map",
      "tiers3",
      "--calibration-end",
      "2011-06-30",
      "--time-unit",
      "month",
      "--horizon",
      "24",
      "--discount",
      "0.02",
      "--margin",
      "0.3",
      "--conversion-window",
      "14",
      "--control-share",
      "0.1",
      "--lang",
      "fr",
      "--culture",
      "fr-FR",
      "--date-order",
      "mdy",
      "--returns",
      "exclude",
      "--out",
      "r.xlsx",
      "--json",
      "s.json",
    ]);
    expect(parsed).toEqual({
      options: expect.objectContaining({
        sheets: { customers: "Clients", transactions: "Ventes", contacts: "Campagnes" },
        asOf: "2011-12-10",
        rfmBins: 4,
        segmentMap: "tiers3",
        calibrationEnd: "2011-06-30",
        timeUnit: "month",
        horizon: 24,
        discount: 0.02,
        margin: 0.3,
        conversionWindow: 14,
        controlShare: 0.1,
        lang: "fr",
        culture: "fr-FR",
        dateOrder: "mdy",
        returns: "exclude",
        out: "r.xlsx",
        json: "s.json",
      }),
    });
  });

  it.each([
    [["--rfm-bins", "1"], "--rfm-bins"],
    [["--control-share", "10"], "--control-share"],
    [["--rfm-bins", "2.5"], "--rfm-bins"],
    [["--discount", "-0.1"], "--discount"],
    [["--horizon", "abc"], "--horizon"],
    [["--time-unit", "year"], "--time-unit"],
    [["--lang", "de"], "--lang"],
  ])("refuses %j", (args, option) => {
    const parsed = parseCliOptions(["analyze", "a.csv", ...args]);
    expect(parsed).toEqual({
      error: expect.objectContaining({
        code: "badOption",
        params: expect.objectContaining({ option }),
      }),
    });
  });
});
