/**
 * The staged lines' date evidence (duckdbLines.ts) skips the texts DuckDB reads as a timestamp
 * before testing for the day/month form: sound only if no text of that form reads as one. Checked
 * here on DuckDB itself over every combination of day and month numbers (padded or not, past 12,
 * past 31), separators, years (4 and 5 digits), times and zones, and leading signs and spaces.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { customerTable } from "../../src/warehouse/customerTable";
import { summariesWithDuckdb } from "../../src/warehouse/duckdbEngine";
import { DAY_MONTH_FORM } from "../../src/warehouse/duckdbLines";

test("no text with a day/month form reads as a DuckDB timestamp", async () => {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    const values = (list: string[]) => list.map((v) => `('${v}')`).join(", ");
    const numbers = ["0", "1", "01", "9", "09", "12", "13", "20", "29", "31", "32", "99", "00"];
    const years = ["2000", "1999", "0001", "0000", "2024", "9999", "20001"];
    const suffixes = ["", " 10:00", "T10:00", " 10:00:00", "T10:00:00Z", " 10:00:00+01", "Z", " "];
    const reader = await connection.runAndReadAll(`
WITH n AS (SELECT * FROM (VALUES ${values(numbers)}) t(a)),
sep AS (SELECT * FROM (VALUES ('/'), ('.'), ('-')) t(s)),
yr AS (SELECT * FROM (VALUES ${values(years)}) t(y)),
suf AS (SELECT * FROM (VALUES ${values(suffixes)}) t(x)),
pre AS (SELECT * FROM (VALUES (''), (' '), ('+'), ('-')) t(p)),
texts AS (
  SELECT p || a.a || s1.s || b.a || s2.s || y || x AS t
  FROM n a, n b, sep s1, sep s2, yr, suf, pre
)
SELECT COUNT(*) FILTER (WHERE regexp_matches(t, '${DAY_MONTH_FORM}')) AS of_form,
  COUNT(*) FILTER (WHERE regexp_matches(t, '${DAY_MONTH_FORM}')
    AND TRY_CAST(t AS TIMESTAMP) IS NOT NULL) AS read_as_timestamps
FROM texts`);
    const [row] = reader.getRowObjectsJS();
    // the check covers texts of the form (the regular expression is the one duckdbLines uses)
    expect(Number(row.of_form)).toBeGreaterThan(50_000);
    expect(Number(row.read_as_timestamps)).toBe(0);
    // and DuckDB does read year-first texts: the cast is not simply failing everything
    const iso = await connection.runAndReadAll(
      "SELECT TRY_CAST('2024-03-01' AS TIMESTAMP) IS NOT NULL AS ok, TRY_CAST('2024/03/01 10:00' AS TIMESTAMP) IS NOT NULL AS ok2"
    );
    expect(iso.getRowObjectsJS()[0].ok).toBe(true);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
});

describe("the engine reads a file's dates in the order they show", () => {
  const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
  const cases: [string, string[]][] = [
    ["mdy", ["A,03/25/2024,10", "A,04/02/2024 10:30,5", "B,2024-04-03,7"]],
    ["dmy", ["A,25.03.2024,10", "A,02.04.2024 10:30,5", "B,2024-04-03,7"]],
  ];
  // the fallback order (no evidence) is the other one: only the evidence reads them right
  it.each(cases)("%s", async (order, lines) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "date-evidence-"));
    const file = path.join(dir, "lines.csv");
    fs.writeFileSync(file, ["customer,date,amount", ...lines].join("\n") + "\n");
    try {
      const summaries = await summariesWithDuckdb([file], {
        unitDays: 7,
        timeUnit: "week",
        conversionWindowDays: 30,
        dateOrder: order === "dmy" ? "mdy" : "dmy",
      });
      const table = customerTable(summaries.customers);
      expect(table.text.customer_id).toEqual(["A", "B"]);
      expect(Array.from(table.numbers.first_purchase_day)).toEqual([
        day(2024, 3, 25),
        day(2024, 4, 3),
      ]);
      expect(table.numbers.last_purchase_day[0]).toBe(day(2024, 4, 2));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
