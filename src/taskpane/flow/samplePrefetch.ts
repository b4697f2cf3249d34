/**
 * The sample workbook's bytes fetched ahead of the click (standalone only: in Excel the pane
 * has no sample button, and a 3 MB download nobody asked for would cost Office users). The
 * prefetched bytes serve one click, then are let go (the worker keeps its own copy); a later
 * click fetches again. A prefetch that failed is forgotten: the click then fetches as it always
 * did, so a failing fetch still shows its own error.
 */
export interface SamplePrefetch {
  /** Starts fetching the sample now, unless a fetch is already under way or waiting. */
  readonly prefetch: () => void;
  /** The sample's bytes: the prefetched ones once, else a fresh fetch. */
  readonly load: () => Promise<ArrayBuffer>;
}

/** The sample workbook's file name, as the pane shows it once open. */
export const SAMPLE_FILE = "crm-sample.xlsx";

/**
 * `onPrefetched` hears the bytes of a prefetch that succeeded (the very bytes the next load
 * gives), e.g. to start opening them before the click.
 */
export function samplePrefetch(
  fetchSample: () => Promise<ArrayBuffer>,
  onPrefetched: (bytes: ArrayBuffer) => void = () => undefined
): SamplePrefetch {
  let pending: Promise<ArrayBuffer> | null = null;
  return {
    prefetch() {
      if (pending) return;
      const started = fetchSample();
      pending = started;
      started.then(
        (bytes) => {
          if (pending === started) onPrefetched(bytes);
        },
        () => undefined
      );
      // Nobody may ever click: a failure is noted (the click fetches again), never unhandled.
      started.catch(() => {
        if (pending === started) pending = null;
      });
    },
    async load() {
      const prefetched = pending;
      pending = null;
      if (prefetched) {
        try {
          return await prefetched;
        } catch {
          // The prefetch failed: fetch as if there had been none.
        }
      }
      return fetchSample();
    },
  };
}
