import { samplePrefetch } from "../../src/taskpane/flow/samplePrefetch";

/** A fetch of the sample whose answers the test gives: bytes of length n, or a failure. */
function fakeFetch(answers: Array<number | Error>) {
  const fetchSample = jest.fn(async () => {
    const next = answers.shift();
    if (next === undefined) throw new Error("no answer left");
    if (next instanceof Error) throw next;
    return new ArrayBuffer(next);
  });
  return fetchSample;
}

describe("samplePrefetch", () => {
  it("the click gets the prefetched bytes without a second fetch", async () => {
    const fetchSample = fakeFetch([3]);
    const sample = samplePrefetch(fetchSample);
    sample.prefetch();
    expect(fetchSample).toHaveBeenCalledTimes(1);
    expect((await sample.load()).byteLength).toBe(3);
    expect(fetchSample).toHaveBeenCalledTimes(1);
  });

  it("serves the prefetched bytes once: the next click fetches again", async () => {
    const fetchSample = fakeFetch([3, 5]);
    const sample = samplePrefetch(fetchSample);
    sample.prefetch();
    expect((await sample.load()).byteLength).toBe(3);
    expect((await sample.load()).byteLength).toBe(5);
    expect(fetchSample).toHaveBeenCalledTimes(2);
  });

  it("a second prefetch while one waits to be used starts no other fetch", async () => {
    const fetchSample = fakeFetch([3, 5]);
    const sample = samplePrefetch(fetchSample);
    sample.prefetch();
    sample.prefetch();
    expect(fetchSample).toHaveBeenCalledTimes(1);
    expect((await sample.load()).byteLength).toBe(3);
  });

  it("a click during the prefetch waits for it rather than fetching twice", async () => {
    let answer: (bytes: ArrayBuffer) => void = () => undefined;
    const fetchSample = jest.fn(() => new Promise<ArrayBuffer>((resolve) => (answer = resolve)));
    const sample = samplePrefetch(fetchSample);
    sample.prefetch();
    const loading = sample.load();
    answer(new ArrayBuffer(7));
    expect((await loading).byteLength).toBe(7);
    expect(fetchSample).toHaveBeenCalledTimes(1);
  });

  it("falls back to a fetch of its own when the prefetch failed", async () => {
    const fetchSample = fakeFetch([new Error("offline"), 4]);
    const sample = samplePrefetch(fetchSample);
    sample.prefetch();
    expect((await sample.load()).byteLength).toBe(4);
    expect(fetchSample).toHaveBeenCalledTimes(2);
  });

  it("a failed prefetch is forgotten: a later prefetch fetches again", async () => {
    const fetchSample = fakeFetch([new Error("offline"), 6]);
    const sample = samplePrefetch(fetchSample);
    sample.prefetch();
    await Promise.resolve(); // the failure is noted
    await Promise.resolve();
    sample.prefetch();
    expect(fetchSample).toHaveBeenCalledTimes(2);
    expect((await sample.load()).byteLength).toBe(6);
  });

  it("when the fetch fails too, the click gets the fetch's own error", async () => {
    const fetchSample = fakeFetch([new Error("offline"), new Error("404 Not Found")]);
    const sample = samplePrefetch(fetchSample);
    sample.prefetch();
    await expect(sample.load()).rejects.toThrow("404 Not Found");
  });

  it("without a prefetch, a click fetches as it always did", async () => {
    const fetchSample = fakeFetch([new Error("500 Internal Server Error")]);
    await expect(samplePrefetch(fetchSample).load()).rejects.toThrow("500 Internal Server Error");
    expect(fetchSample).toHaveBeenCalledTimes(1);
  });

  it("tells the bytes of a prefetch done before the click (the very ones the click gets)", async () => {
    const fetchSample = fakeFetch([new Error("offline"), 3, 5, 7]);
    const heard: ArrayBuffer[] = [];
    const sample = samplePrefetch(fetchSample, (bytes) => heard.push(bytes));
    // A failed prefetch, then the click's own fetch: nothing told.
    sample.prefetch();
    await expect(sample.load()).resolves.toHaveProperty("byteLength", 3);
    // A click while the prefetch runs takes it over: nothing told either.
    sample.prefetch();
    await expect(sample.load()).resolves.toHaveProperty("byteLength", 5);
    expect(heard).toEqual([]);
    // A prefetch done before the click.
    sample.prefetch();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(heard).toHaveLength(1);
    const clicked = await sample.load();
    expect(heard[0]).toBe(clicked);
    expect(clicked.byteLength).toBe(7);
  });
});
