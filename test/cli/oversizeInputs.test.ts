import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { createGzip, gzipSync } from "node:zlib";
import ExcelJS from "exceljs";
import { run, type CliIo } from "../../src/cli/run";
import { createAnalysisApi } from "../../src/taskpane/worker/analysisApi";
import { translator } from "../../src/i18n";
import { MAX_CSV_BYTES, MAX_XLSX_UNCOMPRESSED_BYTES, MiB } from "../../src/xlsx/inputLimits";

/**
 * Inputs past what the process can hold are refused before they are inflated or parsed, from the
 * sizes they declare: exit 2, one line naming the limit and the way past it. The files are made
 * here, cheaply: a sparse file, a gzip of zeros, a zip whose directory declares huge parts.
 */
const root = path.resolve(__dirname, "../..");
const limitMb = (bytes: number) => String(Math.ceil(bytes / MiB));

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "crm-big-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Runs the CLI in-process over the real file system; expects exit 2, returns its one line. */
async function refusal(argv: string[]): Promise<string> {
  const err: string[] = [];
  const io: CliIo = {
    exists: (p) => fs.existsSync(p) && fs.statSync(p).isFile(),
    readFile: async (p) => new Uint8Array(fs.readFileSync(p)),
    size: (p) => fs.statSync(p).size,
    writeFile: async () => undefined,
    stdout: () => undefined,
    stderr: (line) => err.push(line),
  };
  expect(await run(argv, io)).toBe(2);
  expect(err).toHaveLength(1);
  return err[0];
}

/** The gzip of `size` bytes of CSV: a header, then zeros, streamed (never held whole). */
async function gzipOfSize(size: number): Promise<Buffer> {
  const header = Buffer.from("customer,date,amount\n");
  const zeros = Buffer.alloc(MiB, "0");
  let left = size - header.length;
  const source = Readable.from(
    (function* () {
      yield header;
      while (left > 0) {
        const n = Math.min(left, zeros.length);
        left -= n;
        yield zeros.subarray(0, n);
      }
    })()
  );
  const chunks: Buffer[] = [];
  for await (const chunk of source.pipe(createGzip({ level: 1 }))) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * A real workbook whose zip central directory declares its sheet's XML `declared` bytes long:
 * the zip bomb's signature, made without compressing anything large.
 */
async function workbookDeclaring(declared: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("Transactions");
  sheet.getRow(1).values = ["customer", "date", "amount"];
  sheet.getRow(2).values = ["K1", new Date(Date.UTC(2024, 0, 3)), 10];
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  const name = Buffer.from("xl/worksheets/sheet1.xml");
  for (let at = 0; at + 46 < bytes.length; at++) {
    if (bytes.readUInt32LE(at) !== 0x02014b50) continue;
    const nameLength = bytes.readUInt16LE(at + 28);
    if (bytes.subarray(at + 46, at + 46 + nameLength).equals(name)) {
      bytes.writeUInt32LE(declared, at + 24);
      return bytes;
    }
  }
  throw new Error("sheet1.xml not in the central directory");
}

describe("inputs past the size limits are refused before inflating, naming the limit", () => {
  it("a CSV larger than the limit (a sparse file: refused from its size, never read)", async () => {
    const file = path.join(tmp, "huge.csv");
    fs.writeFileSync(file, "customer,date,amount\n");
    fs.truncateSync(file, MAX_CSV_BYTES + MiB);
    expect(await refusal(["analyze", file, "--engine", "memory"])).toBe(
      `Error: ${file} is ${limitMb(MAX_CSV_BYTES + MiB)} MB: more than the ${limitMb(MAX_CSV_BYTES)} MB a CSV file can have in this run. Larger data goes through the embedded DuckDB engine (--engine duckdb, chosen by itself for CSV files unless --engine memory is given)`
    );
  });

  it("a .csv.gz of about a megabyte that expands to 600 MB, from its gzip trailer", async () => {
    const file = path.join(tmp, "bomb.csv.gz");
    const bytes = await gzipOfSize(600 * MiB);
    expect(bytes.length).toBeLessThan(3 * MiB);
    expect(bytes.readUInt32LE(bytes.length - 4)).toBe(600 * MiB);
    fs.writeFileSync(file, bytes);
    expect(await refusal(["analyze", file, "--engine", "memory"])).toBe(
      `Error: ${file} expands to more than ${limitMb(MAX_CSV_BYTES)} MB: more than a CSV file can have in this run. Larger data goes through the embedded DuckDB engine (--engine duckdb, chosen by itself for CSV files unless --engine memory is given)`
    );
  });

  it("a .csv.gz whose trailer understates its size (ISIZE is modulo 2^32): the inflate stops at the limit", async () => {
    const file = path.join(tmp, "wrapped.csv.gz");
    const bytes = await gzipOfSize(MAX_CSV_BYTES + MiB);
    bytes.writeUInt32LE(1000, bytes.length - 4); // as a 4 GiB + 1000-byte content would read
    fs.writeFileSync(file, bytes);
    expect(await refusal(["analyze", file, "--lang", "fr", "--engine", "memory"])).toBe(
      `Erreur : ${file} se décompresse en plus de ${limitMb(MAX_CSV_BYTES)} Mo : plus qu'un fichier CSV peut avoir dans cette exécution. Les données plus volumineuses passent par le moteur DuckDB intégré (--engine duckdb, choisi de lui-même pour les fichiers CSV sauf avec --engine memory)`
    );
  });

  it("a small .csv.gz is still read", async () => {
    const file = path.join(tmp, "small.csv.gz");
    fs.writeFileSync(file, gzipSync("customer,date,amount\nK1,2024-01-03,10\nK2,2024-01-05,5\n"));
    const out: string[] = [];
    const io: CliIo = {
      exists: () => true,
      readFile: async (p) => new Uint8Array(fs.readFileSync(p)),
      writeFile: async () => undefined,
      stdout: (line) => out.push(line),
      stderr: (line) => out.push(`stderr: ${line}`),
    };
    expect(await run(["analyze", file], io)).toBe(0);
    expect(out).toContain("Rows read: 2, used: 2, excluded: 0");
  });

  it("an .xlsx whose zip directory declares 450 MB of parts (the CLI, a real process)", async () => {
    const file = path.join(tmp, "bomb.xlsx");
    fs.writeFileSync(file, await workbookDeclaring(450 * MiB));
    const result = spawnSync(
      process.execPath,
      [path.join(root, "bin/crm-analytics.js"), "analyze", file],
      {
        cwd: root,
        encoding: "utf8",
        timeout: 60_000,
      }
    );
    expect(result.status).toBe(2);
    const [line, ...rest] = result.stderr.trim().split("\n");
    expect(rest).toEqual([]);
    expect(line).toMatch(
      new RegExp(
        `^Error: .*bomb\\.xlsx declares 45\\d MB of uncompressed content: more than the ${limitMb(MAX_XLSX_UNCOMPRESSED_BYTES)} MB a workbook can have in this run\\. Save the sheets as \\.csv\\.gz, or run the CSV files through the embedded DuckDB engine \\(--engine duckdb\\)$`
      )
    );
  }, 60_000);

  it("an .xlsx file itself larger than the limit: refused from its size, never read", async () => {
    const file = path.join(tmp, "huge.xlsx");
    fs.writeFileSync(file, "PK");
    fs.truncateSync(file, MAX_XLSX_UNCOMPRESSED_BYTES + MiB);
    expect(await refusal(["analyze", file])).toContain(
      `huge.xlsx declares ${limitMb(MAX_XLSX_UNCOMPRESSED_BYTES + MiB)} MB of uncompressed content`
    );
  });

  it("the same workbook opened in the pane", async () => {
    const bytes = await workbookDeclaring(450 * MiB);
    const outcome = await createAnalysisApi().open({
      kind: "xlsx",
      fileName: "bomb.xlsx",
      bytes: new Uint8Array(bytes).buffer,
    });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(translator("en")(outcome.problem.code, outcome.problem.params)).toMatch(
        /^bomb\.xlsx declares 45\d MB of uncompressed content: more than the 192 MB/
      );
    }
  });
});
