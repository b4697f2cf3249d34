import type { Problem, SheetRow } from "../domain";

/**
 * Collects warnings while a sheet is read, one Problem per (code, column) with the number of
 * rows concerned (`params.count`) and the first of them, so a million unreadable cells make one
 * line, not a million. Params always carry sheet, column and row for the message.
 */
export class ProblemLog {
  private readonly byKey = new Map<string, { problem: Problem; count: number }>();

  constructor(private readonly sheet: string) {}

  /** Notes one occurrence of a problem at a row (the first row seen is the one kept). */
  note(
    code: string,
    column: string | undefined,
    row: SheetRow | undefined,
    params: Record<string, string | number> = {}
  ): void {
    const key = `${code}\u0000${column ?? ""}`;
    const known = this.byKey.get(key);
    if (known) {
      known.count++;
      return;
    }
    const problem: Problem = { severity: "warning", code, sheet: this.sheet, column, row, params };
    this.byKey.set(key, { problem, count: 1 });
  }

  problems(): Problem[] {
    return [...this.byKey.values()].map(({ problem, count }) => ({
      ...problem,
      params: {
        sheet: problem.sheet,
        column: problem.column ?? "",
        row: problem.row ?? "",
        ...problem.params,
        count,
      },
    }));
  }
}
