/**
 * The staged lines' date evidence (duckdbLines.ts) skips the texts DuckDB reads as a timestamp
 * before testing for the day/month form: sound only if no text of that form reads as one. Checked
 * here on DuckDB itself over every combination of day and month numbers (padded or not, past 12,
 * past 31), separators, years (4 and 5 digits), times and zones, and leading signs and spaces.
 */
import { DuckDBInstance } from "@duckdb/node-api";
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
