import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { run, type CliIo } from "../../src/cli/run";
import { compoundFile } from "../support/compoundFile";

/**
 * A file given as a workbook that is not one the CLI can read says what it is and what to do, in
 * one line of the CLI's own words: never a library's message ("Can't find end of central
 * directory: is this a zip file? see https://..."), never a library's console output.
 */
const root = path.resolve(__dirname, "../..");

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "crm-notwb-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function write(name: string, bytes: Uint8Array | string): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, bytes);
  return file;
}

/** Runs the CLI in-process; expects exit 2 and returns its one stderr line. */
async function refusal(argv: string[]): Promise<string> {
  const err: string[] = [];
  const io: CliIo = {
    exists: (p) => fs.existsSync(p) && fs.statSync(p).isFile(),
    readFile: async (p) => new Uint8Array(fs.readFileSync(p)),
    writeFile: async () => undefined,
    stdout: () => undefined,
    stderr: (line) => err.push(line),
  };
  expect(await run(argv, io)).toBe(2);
  expect(err).toHaveLength(1);
  expect(err[0]).not.toMatch(/https?:|central directory|zip file|JSZip|ExcelJS|\bat .*:\d+/i);
  return err[0];
}

/** A small valid workbook's bytes: transactions in "Sheet A", a second sheet "Sheet B". */
async function workbookBytes(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const a = wb.addWorksheet("Sheet A");
  a.getRow(1).values = ["customer", "date", "amount"];
  a.getRow(2).values = ["K1", new Date(Date.UTC(2024, 0, 3)), 10];
  a.getRow(3).values = ["K2", new Date(Date.UTC(2024, 0, 9)), 25];
  wb.addWorksheet("Sheet B").getRow(1).values = ["note", "text"];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The workbook with its two sheets renamed in xl/workbook.xml, as tools other than Excel allow. */
async function renamedSheets(first: string, second: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await workbookBytes());
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  zip.file(
    "xl/workbook.xml",
    xml.replace('name="Sheet A"', `name="${first}"`).replace('name="Sheet B"', `name="${second}"`)
  );
  return zip.generateAsync({ type: "nodebuffer" });
}

describe("a file that is not a readable workbook is named for what it is", () => {
  it("a password-protected workbook (OLE file with an EncryptionInfo stream)", async () => {
    const file = write("secret.xlsx", compoundFile(["EncryptionInfo", "EncryptedPackage"]));
    expect(await refusal(["analyze", file])).toBe(
      `Error: ${file} is password-protected: save a copy without a password (in Excel: File > Info > Protect Workbook > Encrypt with Password, then clear it) and analyse the copy`
    );
  });

  it("a password-protected workbook, in French", async () => {
    const file = write("secret-fr.xlsx", compoundFile(["EncryptionInfo", "EncryptedPackage"]));
    expect(await refusal(["analyze", file, "--lang", "fr"])).toMatch(
      /^Erreur : .*secret-fr\.xlsx est protégé par un mot de passe : enregistrez-en une copie sans mot de passe/
    );
  });

  it("an Excel 97-2003 workbook renamed .xlsx", async () => {
    const file = write("old.xlsx", compoundFile(["Workbook", "\u0005SummaryInformation"]));
    expect(await refusal(["analyze", file])).toBe(
      `Error: ${file} is an Excel 97-2003 workbook (.xls): open it in Excel and save it as an Excel Workbook (.xlsx)`
    );
  });

  it("a CSV renamed .xlsx", async () => {
    const file = write("sales.xlsx", "customer;date;amount\nK1;03/01/2024;10\n");
    expect(await refusal(["analyze", file])).toBe(
      `Error: ${file} is a text file, not an Excel workbook: if it holds comma- or semicolon-separated data, name it .csv`
    );
  });

  it("a UTF-16 text export renamed .xlsx", async () => {
    const body = Buffer.from("\ufeffcustomer\tdate\tamount\r\n", "utf16le");
    const file = write("unicode.xlsx", body);
    expect(await refusal(["analyze", file])).toContain("is a text file, not an Excel workbook");
  });

  it("a ZIP archive that is not a workbook", async () => {
    const zip = new JSZip();
    zip.file("readme.txt", "hello");
    const file = write("archive.xlsx", await zip.generateAsync({ type: "uint8array" }));
    expect(await refusal(["analyze", file])).toBe(
      `Error: ${file} is a ZIP archive, not an Excel workbook (it has no xl/ folder)`
    );
  });

  it("a workbook cut short (an interrupted download): damaged, no JSZip message", async () => {
    const bytes = await workbookBytes();
    const file = write("cut.xlsx", bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(await refusal(["analyze", file])).toBe(
      `Error: ${file} could not be read as an Excel workbook (it may be damaged or incomplete): open it in Excel and save it again as .xlsx`
    );
  });

  it("a workbook whose sheet XML is corrupt: ExcelJS's failure in plain words", async () => {
    const zip = await JSZip.loadAsync(await workbookBytes());
    zip.file("xl/worksheets/sheet1.xml", "<worksheet><sheetData><row><c r=");
    const file = write("corrupt.xlsx", await zip.generateAsync({ type: "nodebuffer" }));
    expect(await refusal(["analyze", file])).toContain("could not be read as an Excel workbook");
  });

  it("binary bytes that are no known format", async () => {
    const file = write(
      "noise.xlsx",
      Uint8Array.from({ length: 600 }, (_, i) => (i * 37) % 256)
    );
    expect(await refusal(["analyze", file])).toBe(
      `Error: ${file} is not an Excel workbook (.xlsx)`
    );
  });
});

/** The command as a user runs it: its real stderr, with whatever libraries print. */
function crmAnalytics(args: string[]) {
  return spawnSync(process.execPath, [path.join(root, "bin/crm-analytics.js"), ...args], {
    cwd: root,
    encoding: "utf8",
    timeout: 60_000,
  });
}

describe("exactly one stderr line on exit 2, and no library output", () => {
  it("sheet names that agree in their first 31 characters: one line naming both", async () => {
    const first = "Transactions of the first quarter 2024 (all shops)";
    const second = "Transactions of the first quarter 2024 (returns)";
    const file = write("long-names.xlsx", await renamedSheets(first, second));
    const result = crmAnalytics(["analyze", file]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split("\n")).toEqual([
      `Error: ${file}: sheets ${first} and ${second} have the same first 31 characters (Excel's longest sheet name): rename one of them`,
    ]);
  }, 60_000);

  it("one sheet name over 31 characters: read, and ExcelJS's warning is not printed", async () => {
    const file = write(
      "one-long-name.xlsx",
      await renamedSheets("Transactions of the first quarter 2024", "Notes")
    );
    const result = crmAnalytics(["analyze", file]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Rows read: 2, used: 2, excluded: 0");
  }, 60_000);

  it("a library printing through the console during the run reaches neither stderr nor stdout", async () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const err: string[] = [];
    const io: CliIo = {
      exists: (p) => fs.existsSync(p) && fs.statSync(p).isFile(),
      readFile: async (p) => new Uint8Array(fs.readFileSync(p)),
      writeFile: async () => undefined,
      stdout: () => undefined,
      stderr: (line) => err.push(line),
      writeReportWorkbook: async () => {
        console.warn("Worksheet name exceeds 31 chars. This will be truncated");
        throw Object.assign(new Error("EACCES: permission denied, open 'r.xlsx'"), {
          code: "EACCES",
        });
      },
    };
    const input = path.join(root, "test/fixtures/input/ventes_fr.csv");
    expect(await run(["analyze", input, "--out", path.join(tmp, "r.xlsx")], io)).toBe(2);
    expect(err).toHaveLength(1);
    expect(warn).not.toHaveBeenCalled();
    // The console is the caller's again after the run.
    console.warn("after");
    expect(warn).toHaveBeenCalledWith("after");
    warn.mockRestore();
  });
});
