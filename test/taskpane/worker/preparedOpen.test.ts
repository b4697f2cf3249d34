import { readFileSync } from "node:fs";
import path from "node:path";
import type { Remote } from "comlink";
import { createWorkerEngine } from "../../../src/taskpane/flow/workerEngine";
import { createAnalysisApi, type AnalysisApi } from "../../../src/taskpane/worker/analysisApi";
import type { Outcome, SourceInput } from "../../../src/taskpane/worker/engineTypes";
import { PreparedOpen } from "../../../src/taskpane/worker/preparedOpen";
import type { AnalysisWorker } from "../../../src/taskpane/worker/startAnalysisWorker";

const fixture = path.resolve(__dirname, "../../fixtures/sample-en/crm-sample-en.xlsx");
const sampleBytes = (): ArrayBuffer => {
  const buffer = readFileSync(fixture);
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
};
const sample = (): SourceInput => ({ kind: "xlsx", fileName: "s.xlsx", bytes: sampleBytes() });
const orders: SourceInput = {
  kind: "csv",
  files: [
    {
      fileName: "orders.csv",
      bytes: new TextEncoder().encode("Customer ID;Date;Amount\nA1;2024-01-05;10\n")
        .buffer as ArrayBuffer,
    },
  ],
};

function value<T>(outcome: Outcome<T> | null): T {
  if (!outcome?.ok) throw new Error(`expected ok, got ${JSON.stringify(outcome)}`);
  return outcome.value;
}

describe("opening the sample before the click (prepare, openPrepared)", () => {
  it("gives the overview and the data quality an ordinary open gives, progress up to 100 %", async () => {
    const direct = createAnalysisApi();
    const overview = value(await direct.open(sample()));
    const checked = value(await direct.check({ sheets: {}, mappings: {} }));

    const ahead = createAnalysisApi();
    ahead.prepare(sample(), "1");
    const fractions: number[] = [];
    const followed = value(await ahead.openPrepared("1", (f) => fractions.push(f)));
    expect(followed).toEqual(overview);
    expect(followed.sheets.map((s) => s.name)).toEqual(["Customers", "Transactions", "Contacts"]);
    expect(value(await ahead.check({ sheets: {}, mappings: {} }))).toEqual(checked);
    expect(fractions[fractions.length - 1]).toBe(1);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  }, 60_000);

  it("answers null for a key it was not prepared under, and once its opening is taken", async () => {
    const api = createAnalysisApi();
    expect(await api.openPrepared("1")).toBeNull();
    api.prepare(sample(), "1");
    expect(await api.openPrepared("2")).toBeNull();
    expect((await api.openPrepared("1"))?.ok).toBe(true);
    expect(await api.openPrepared("1")).toBeNull();
  }, 60_000);

  it("opening something else abandons it: the other source is the one open", async () => {
    const api = createAnalysisApi();
    api.prepare(sample(), "1");
    const other = value(await api.open(orders));
    expect(other.sheets.map((s) => s.name)).toEqual(["orders"]);
    expect(await api.openPrepared("1")).toBeNull();
    const checked = value(await api.check({ sheets: {}, mappings: {} }));
    expect(checked.dataQuality.rowsRead).toBe(1);
  }, 60_000);

  it("an abandoned opening stops reading before the workbook's end", async () => {
    const fractions: number[] = [];
    const prepared = new PreparedOpen("1", "s.xlsx", sample());
    prepared.follow((f) => fractions.push(f));
    prepared.abandon();
    await expect(prepared.result).rejects.toBeDefined();
    expect(fractions.every((f) => f < 1)).toBe(true);
  });
});

describe("the worker engine follows a prepared opening of the very same bytes", () => {
  function worker() {
    const api = createAnalysisApi();
    const calls = { open: jest.spyOn(api, "open"), openPrepared: jest.spyOn(api, "openPrepared") };
    const w = {
      api: api as unknown as Remote<AnalysisApi>,
      terminate: jest.fn(),
      onFailure: () => undefined,
    } satisfies AnalysisWorker;
    return { w, calls };
  }

  /** An engine whose first worker is `first` and whose next one (after a cancel) is `second`. */
  function twoWorkers() {
    const first = worker();
    const second = worker();
    const start = jest.fn().mockReturnValueOnce(first.w).mockReturnValueOnce(second.w);
    return { first, second, start, engine: createWorkerEngine(start) };
  }

  it("the same bytes follow the prepared opening; other bytes, or a new worker, open afresh", async () => {
    const { first, second, engine } = twoWorkers();
    const input = sample();
    engine.prepare(input);
    expect(value(await engine.open(input)).sheets).toHaveLength(3);
    expect(first.calls.openPrepared).toHaveBeenCalledTimes(1);
    expect(first.calls.open).not.toHaveBeenCalled();

    // The bytes handed over were a copy: the pane's own are whole for any reopening.
    expect(input.kind === "xlsx" && input.bytes.byteLength).toBeGreaterThan(0);

    // Fresh bytes of the same file: an ordinary opening.
    expect((await engine.open(sample())).ok).toBe(true);
    expect(first.calls.open).toHaveBeenCalledTimes(1);

    // Once the user opened something, nothing is prepared on the side.
    const late = sample();
    const prepare = jest.spyOn(first.w.api, "prepare");
    engine.prepare(late);
    expect(prepare).not.toHaveBeenCalled();
    engine.cancel();
    expect((await engine.open(late)).ok).toBe(true);
    expect(second.calls.openPrepared).not.toHaveBeenCalled();
    expect(second.calls.open).toHaveBeenCalledWith(late, undefined);
  }, 120_000);

  it("a preparation in a worker since cancelled is not followed: the new worker opens the bytes", async () => {
    const { second, start, engine } = twoWorkers();
    const input = sample();
    engine.prepare(input);
    expect(start).toHaveBeenCalledTimes(1);
    engine.cancel();
    expect((await engine.open(input)).ok).toBe(true);
    expect(second.calls.openPrepared).not.toHaveBeenCalled();
    expect(second.calls.open).toHaveBeenCalledWith(input, undefined);
  }, 120_000);
});
