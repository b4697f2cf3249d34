import type { RawSheet } from "../../../src/analytics/domain";
import type { WorkbookSource } from "../../../src/analytics/input";
import { CachedWorkbookSource } from "../../../src/taskpane/worker/cachedSource";

const sheet: RawSheet = {
  name: "Ventes",
  firstRow: 1,
  rows: [
    ["Client", "Date"],
    ["A", 1],
  ],
};

function countingSource(failures = 0): WorkbookSource & { reads: jest.Mock } {
  let left = failures;
  const reads = jest.fn(async (name: string, onProgress?: (r: number, t: number) => void) => {
    if (left-- > 0) throw new Error("busy");
    onProgress?.(2, 2);
    return { ...sheet, name };
  });
  return {
    info: async () => ({ date1904: false }),
    listSheets: async () => [{ name: "Ventes", tables: [], rowCount: 2, columnCount: 2 }],
    readSheet: reads,
    reads,
  };
}

describe("CachedWorkbookSource", () => {
  it("reads a sheet once and hands the same values to every later read", async () => {
    const inner = countingSource();
    const cached = new CachedWorkbookSource(inner);
    const first = await cached.readSheet("Ventes");
    const second = await cached.readSheet("Ventes");
    expect(second).toBe(first);
    expect(inner.reads).toHaveBeenCalledTimes(1);
  });

  it("still reports a finished read to a later caller's progress bar", async () => {
    const cached = new CachedWorkbookSource(countingSource());
    await cached.readSheet("Ventes");
    const progress = jest.fn();
    await cached.readSheet("Ventes", progress);
    expect(progress).toHaveBeenCalledWith(2, 2);
  });

  it("keeps every sheet once the source is released", async () => {
    const inner = countingSource();
    const cached = new CachedWorkbookSource(inner);
    await cached.readAllAndRelease();
    expect(inner.reads).toHaveBeenCalledTimes(1);
    await expect(cached.readSheet("Ventes")).resolves.toMatchObject({ name: "Ventes" });
    await expect(cached.info()).resolves.toEqual({ date1904: false });
    expect(inner.reads).toHaveBeenCalledTimes(1);
  });

  describe("edge cases", () => {
    it("after the release, a sheet never read is not found", async () => {
      const cached = new CachedWorkbookSource(countingSource());
      await cached.readAllAndRelease();
      await expect(cached.readSheet("Other")).rejects.toThrow("Sheet not found: Other");
    });

    it("a failed read is not kept: the next read tries again", async () => {
      const inner = countingSource(1);
      const cached = new CachedWorkbookSource(inner);
      await expect(cached.readSheet("Ventes")).rejects.toThrow("busy");
      await expect(cached.readSheet("Ventes")).resolves.toMatchObject({ name: "Ventes" });
      expect(inner.reads).toHaveBeenCalledTimes(2);
    });
  });
});
