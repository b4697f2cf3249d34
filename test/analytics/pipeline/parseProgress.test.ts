/**
 * Progress while the chosen sheets are parsed and cleaned (a full Excel sheet takes seconds to
 * parse: the pane's bar must keep moving): a call every PARSE_PROGRESS_ROWS rows with the rows
 * parsed and the data rows, one at the sheet's end, then the cleaning's start, once.
 */
import type { CellValue } from "../../../src/analytics/domain";
import { PARSE_PROGRESS_ROWS } from "../../../src/analytics/input";
import { loadAndClean } from "../../../src/analytics/pipeline";
import { memorySource } from "./memorySource";

test("parse progress: every PARSE_PROGRESS_ROWS rows, then done, then the cleaning starts", async () => {
  const lines = 2 * PARSE_PROGRESS_ROWS + 100;
  const rows: CellValue[][] = [["customer", "date", "amount", "invoice"]];
  for (let i = 0; i < lines; i++)
    rows.push([`C${i % 997}`, new Date(Date.UTC(2024, 0, 1 + (i % 300))), 10 + (i % 7), `F${i}`]);
  const events: string[] = [];
  const result = await loadAndClean(memorySource({ Sales: rows }), {
    onParseProgress: (sheet, done, total) => events.push(`${sheet} ${done}/${total}`),
    onCleaning: () => events.push("cleaning"),
  });
  expect(result.ok).toBe(true);
  expect(events).toEqual([
    `Sales ${PARSE_PROGRESS_ROWS}/${lines}`,
    `Sales ${2 * PARSE_PROGRESS_ROWS}/${lines}`,
    "Sales 1/1",
    "cleaning",
  ]);
  if (result.ok) expect(result.data.transactions).toHaveLength(lines);
});
