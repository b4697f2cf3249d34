/**
 * Two "Amount" columns and two candidate date columns: the CLI says which column it used and
 * which others could feed the field, in its summary and in the JSON's `mapping` (issue 12,
 * item 11). Before, the first was used silently.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { run, type CliIo } from "../../src/cli/run";
import type { SummaryJson } from "../../src/cli/summaryJson";

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "crm-map-"));
  fs.writeFileSync(
    path.join(tmp, "orders.csv"),
    "Customer ID,Order date,Delivery date,Amount,Amount\n" +
      "A1,2024-01-05,2024-01-08,10,12\nA2,2024-02-01,2024-02-03,30,36\nA1,2024-03-01,2024-03-04,5,6\n"
  );
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function analyse(lang: "en" | "fr") {
  const out: string[] = [];
  const written = new Map<string, string>();
  const io: CliIo = {
    exists: (p) => fs.existsSync(p),
    readFile: async (p) => new Uint8Array(fs.readFileSync(p)),
    writeFile: async (p, text) => void written.set(p, text),
    stdout: (line) => out.push(line),
    stderr: (line) => out.push(`stderr: ${line}`),
  };
  const code = await run(
    ["analyze", path.join(tmp, "orders.csv"), "--lang", lang, "--json", "s.json"],
    io
  );
  expect(code).toBe(0);
  return { out, json: JSON.parse(written.get("s.json")!) as SummaryJson };
}

describe("the column mapping in the CLI's output", () => {
  it("JSON: per sheet, each field's column (header and letter) and its unused alternatives", async () => {
    const { json } = await analyse("en");
    expect(json.mapping).toEqual({
      orders: {
        kind: "transactions",
        headerRow: 1,
        fields: {
          customerId: { header: "Customer ID", column: "A", byUser: false, alternatives: [] },
          date: {
            header: "Order date",
            column: "B",
            byUser: false,
            alternatives: [{ header: "Delivery date", column: "C" }],
          },
          amount: {
            header: "Amount",
            column: "D",
            byUser: false,
            alternatives: [{ header: "Amount", column: "E" }],
          },
        },
      },
    });
  });

  it("summary: one line per field with alternatives, in English and French", async () => {
    const en = (await analyse("en")).out;
    expect(en).toContain('    date: column B "Order date" used; also possible: C "Delivery date"');
    expect(en).toContain(
      '    amount (or quantity and unit price): column D "Amount" used; also possible: E "Amount"'
    );
    expect(en.filter((l) => l.includes("also possible"))).toHaveLength(2);
    const fr = (await analyse("fr")).out;
    expect(fr).toContain(
      "    date : colonne B « Order date » utilisée ; possible aussi : C « Delivery date »"
    );
  });
});
