/** A table column name made from data never exceeds Excel's 255 characters (issue 12, item 10). */
import { MAX_COLUMN_HEADER, uniqueHeaders } from "../../src/report/sheets/campaigns/uniqueHeaders";

describe("uniqueHeaders", () => {
  it("cuts a campaign name to 255 characters, suffix included, and keeps headers apart", () => {
    const long = "Campagne de printemps ".repeat(20); // 440 characters
    const headers = uniqueHeaders([long, long, long.toUpperCase(), "Email"]);
    expect(MAX_COLUMN_HEADER).toBe(255);
    expect(headers.map((h) => h.length)).toEqual([255, 255, 255, 5]);
    expect(headers[0]).toBe(long.slice(0, 255));
    expect(headers[1]).toBe(`${long.slice(0, 251)} (2)`);
    expect(headers[2]).toBe(`${long.toUpperCase().slice(0, 251)} (3)`);
    expect(new Set(headers.map((h) => h.toLowerCase())).size).toBe(4);
  });
});
