import { run } from "../../src/cli/run";
import { memoryCliIo } from "../support/memoryCliIo";

/** A French semicolon CSV of `n` purchases, line i + 1 holding purchase i (line 1 the header). */
function salesLines(n: number, product = (i: number) => `Livre ${i}`): string[] {
  const lines = ["Client;Date;Montant;Produit"];
  for (let i = 1; i <= n; i++) {
    const day = String((i % 28) + 1).padStart(2, "0");
    lines.push(`K${i % 7};2024-03-${day};${i},50;${product(i)}`);
  }
  return lines;
}

async function analyse(files: Record<string, Uint8Array | string>, args: string[] = []) {
  const cli = memoryCliIo(files);
  const code = await run(["analyze", ...Object.keys(files), "--json", "out.json", ...args], cli.io);
  return {
    code,
    err: cli.err,
    out: cli.out,
    quality: code === 0 ? cli.json("out.json").dataQuality : undefined,
  };
}

describe("every physical line of a CSV file is read or excluded with its line number", () => {
  it("a field opening a quote it does not close properly does not swallow the lines after it", async () => {
    const lines = salesLines(50);
    lines[11] = 'K4;2024-03-12;11,50;"Le Petit" Prince'; // read, its quotes as text
    lines[19] = 'K5;2024-03-20;19,50;"Livre;poche'; // unclosed, and 5 fields: malformed
    const { code, err, quality, out } = await analyse({
      "ventes.csv": lines.join("\r\n") + "\r\n",
    });
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(quality!.rowsRead).toBe(50);
    expect(quality!.rowsUsed).toBe(49);
    expect(quality!.excluded).toEqual([
      { sheet: "ventes", reason: "malformedCsvRow", count: 1, rows: [20] },
    ]);
    expect(out).toContain(
      "  Sheet ventes, from row 12: quotes that do not pair up were read as text (lines concerned: 1); check those values"
    );
  });

  it("names the malformed line in the summary, in English and in French", async () => {
    const lines = salesLines(5);
    lines[3] = 'K3;2024-03-04;3,50;"Livre;poche';
    const text = lines.join("\n");
    const en = await analyse({ "ventes.csv": text });
    expect(en.out.find((l) => l.includes("Malformed CSV line"))).toMatch(/ventes.*\b4\b/);
    const fr = await analyse({ "ventes.csv": text }, ["--lang", "fr"]);
    expect(fr.out.find((l) => l.includes("Ligne CSV mal formée"))).toMatch(/ventes.*\b4\b/);
  });

  it("an unclosed quote on the last line is that line only", async () => {
    const lines = salesLines(30);
    lines[30] = 'K2;2024-03-03;"30,50;Livre;x';
    const { quality } = await analyse({ "ventes.csv": lines.join("\n") });
    expect(quality!.rowsRead).toBe(30);
    expect(quality!.excluded).toEqual([
      { sheet: "ventes", reason: "malformedCsvRow", count: 1, rows: [31] },
    ]);
  });

  it("lone-CR line endings mixed with LF and CRLF: all 100 rows read", async () => {
    const endings = ["\r", "\n", "\r\n"];
    const text = salesLines(100)
      .map((line, i) => line + endings[i % 3])
      .join("");
    const { code, quality } = await analyse({ "ventes.csv": text });
    expect(code).toBe(0);
    expect(quality!.rowsRead).toBe(100);
    expect(quality!.rowsUsed).toBe(100);
  });

  it("a quoted field over two lines keeps the line numbers of the lines after it", async () => {
    const lines = salesLines(10);
    lines[3] = 'K3;2024-03-04;3,50;"Livre\nen deux lignes"';
    lines[7] = ";2024-03-08;7,50;Sans client";
    const { quality } = await analyse({ "ventes.csv": lines.join("\n") });
    expect(quality!.rowsRead).toBe(10);
    // Line 4 holds two lines of the file: the record without a customer is on line 9.
    expect(quality!.excluded).toEqual([
      { sheet: "ventes", reason: "missingCustomerId", count: 1, rows: [9] },
    ]);
  });
});

describe("Excel's Unicode text export (UTF-16 with a byte-order mark, tab-separated)", () => {
  const text =
    "Customer\tDate\tAmount\tProduct\nK1\t2024-03-01\t12.50\tCafé\nK2\t2024-03-02\t3\tThé\n";
  const utf16 = (bigEndian: boolean): Uint8Array => {
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      bytes[2 + 2 * i + (bigEndian ? 1 : 0)] = code & 0xff;
      bytes[2 + 2 * i + (bigEndian ? 0 : 1)] = code >> 8;
    }
    return bytes;
  };

  it.each([
    ["little", false],
    ["big", true],
  ])("is read in %s endian", async (_, bigEndian) => {
    const { code, err, quality } = await analyse({ "export.txt": utf16(bigEndian) });
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(quality).toEqual({ rowsRead: 2, rowsUsed: 2, excluded: [], flagged: [] });
  });
});

describe("CSV files with the same base name", () => {
  it("are both read and named apart: data and data (2)", async () => {
    const customers = "Customer id;Name;Signup date\nK1;Dupont;2023-01-01\n;Sans id;2023-01-01\n";
    const sales = "Customer;Date;Amount\nK1;2024-03-01;12\n;2024-03-02;3\n";
    const { code, err, quality, out } = await analyse({
      "crm/data.csv": customers,
      "shop/data.csv": sales,
    });
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(quality!.excluded.map((e) => [e.sheet, e.reason, e.rows])).toEqual(
      expect.arrayContaining([
        ["data", "missingCustomerId", [3]],
        ["data (2)", "missingCustomerId", [3]],
      ])
    );
    expect(out.join("\n")).toMatch(/data \(2\)/);
  });

  it("two monthly exports of the same name: the second is listed, not dropped", async () => {
    const jan = "Customer;Date;Amount\nK1;2024-01-05;12\n";
    const feb = "Customer;Date;Amount\nK1;2024-02-05;12\nK2;2024-02-06;5\n";
    const cli = memoryCliIo({ "jan/sales.csv": jan, "feb/sales.csv": feb });
    await run(["analyze", "jan/sales.csv", "feb/sales.csv"], cli.io);
    expect(cli.out.join("\n")).toContain("sales (2)");
  });
});
