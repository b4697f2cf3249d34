import type { Remote } from "comlink";
import { CANCELLED } from "../../src/taskpane/flow/engine";
import { createWorkerEngine } from "../../src/taskpane/flow/workerEngine";
import { DEFAULT_SETTINGS } from "../../src/taskpane/settings/paneSettings";
import { createAnalysisApi, type AnalysisApi } from "../../src/taskpane/worker/analysisApi";
import type { AnalyseRequest, SourceInput } from "../../src/taskpane/worker/engineTypes";
import type { AnalysisWorker } from "../../src/taskpane/worker/startAnalysisWorker";

const ORDERS = "Customer ID;Date;Amount\nA1;2024-01-05;10\nA2;2024-02-01;30\n";
const input: SourceInput = {
  kind: "csv",
  files: [
    { fileName: "orders.csv", bytes: new TextEncoder().encode(ORDERS).buffer as ArrayBuffer },
  ],
};
const request: AnalyseRequest = {
  choice: { sheets: {}, mappings: {} },
  settings: DEFAULT_SETTINGS,
  language: "en",
  generatedAt: 0,
};

/** A "worker" running the API in process; `hang` makes its analyses never answer. */
function fakeWorker(hang: boolean) {
  const api = createAnalysisApi();
  const opened = jest.spyOn(api, "open");
  let failure: ((message: string) => void) | undefined;
  const worker = {
    api: {
      ...api,
      analyse: hang ? () => new Promise(() => undefined) : api.analyse,
    } as unknown as Remote<AnalysisApi>,
    terminate: jest.fn(),
    onFailure: (listener: (message: string) => void) => (failure = listener),
  } satisfies AnalysisWorker;
  return { worker, opened, fail: (message: string) => failure?.(message) };
}

describe("createWorkerEngine", () => {
  it("cancelling ends the running analysis at once and stops its worker", async () => {
    const first = fakeWorker(true);
    const second = fakeWorker(false);
    const start = jest.fn().mockReturnValueOnce(first.worker).mockReturnValueOnce(second.worker);
    const engine = createWorkerEngine(start);
    expect((await engine.open(input)).ok).toBe(true);
    const running = engine.analyse(request, () => undefined);
    engine.cancel();
    await expect(running).resolves.toEqual({ ok: false, problem: CANCELLED });
    expect(first.worker.terminate).toHaveBeenCalledTimes(1);

    // The next call starts a fresh worker and opens the same data in it first.
    const again = await engine.analyse(request, () => undefined);
    expect(again.ok).toBe(true);
    expect(start).toHaveBeenCalledTimes(2);
    expect(second.opened).toHaveBeenCalledWith(input);
  });

  it("a worker that dies mid-call answers with a problem, not silence", async () => {
    const dying = fakeWorker(true);
    const engine = createWorkerEngine(() => dying.worker);
    await engine.open(input);
    const running = engine.analyse(request, () => undefined);
    await Promise.resolve();
    dying.fail("out of memory");
    await expect(running).resolves.toEqual({
      ok: false,
      problem: { code: "pane:errors.engineFailed", params: { reason: "out of memory" } },
    });
  });

  it("hands Excel's sheets over packed, again after a cancel, with the results of the sheets", async () => {
    const sheets: SourceInput = {
      kind: "sheets",
      info: { date1904: false, culture: "en-US" },
      sheets: [
        {
          name: "Orders",
          firstRow: 1,
          rows: [
            ["Customer ID", "Date", "Amount"],
            ["A1", 45_296, 10],
            ["A2", 45_300, 30],
            ["A1", 45_310, 12.5],
          ],
        },
      ],
    };
    const first = fakeWorker(true);
    const second = fakeWorker(false);
    const start = jest.fn().mockReturnValueOnce(first.worker).mockReturnValueOnce(second.worker);
    const engine = createWorkerEngine(start);
    expect((await engine.open(sheets)).ok).toBe(true);
    expect(first.opened.mock.calls[0][0].kind).toBe("packedSheets");
    const running = engine.analyse(request, () => undefined);
    engine.cancel();
    await running;
    // The fresh worker gets the sheets packed anew (a transfer empties the first packing).
    const packed = await engine.analyse(request, () => undefined);
    expect(second.opened.mock.calls[0][0].kind).toBe("packedSheets");

    const direct = createAnalysisApi();
    await direct.open(sheets);
    const unpacked = await direct.analyse(request);
    expect(packed.ok && unpacked.ok).toBe(true);
    if (packed.ok && unpacked.ok) {
      expect(packed.value.results).toEqual(unpacked.value.results);
      expect(packed.value.results.rfm?.customers.map((c) => c.monetary)).toEqual([22.5, 30]);
    }
  });

  describe("edge cases", () => {
    it("the worker starts only when first needed", async () => {
      const start = jest.fn(() => fakeWorker(false).worker);
      const engine = createWorkerEngine(start);
      expect(start).not.toHaveBeenCalled();
      await engine.ping();
      expect(start).toHaveBeenCalledTimes(1);
    });

    it("cancelling with nothing running changes nothing but the worker", async () => {
      const engine = createWorkerEngine(() => fakeWorker(false).worker);
      engine.cancel();
      await expect(engine.check({ sheets: {}, mappings: {} }, "")).resolves.toEqual({
        ok: false,
        problem: { code: "pane:errors.noSource", params: {} },
      });
    });
  });
});
