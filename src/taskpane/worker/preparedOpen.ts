import type { WorkbookSource } from "../../analytics/input";
import type { SourceInput, WorkbookOverview } from "./engineTypes";
import { openSource } from "./openSource";
import { workbookOverview } from "./workbookOverview";

/** A source opened: what the pane's session keeps of it. */
export interface OpenedSource {
  readonly source: WorkbookSource;
  readonly name: string;
  readonly overview: WorkbookOverview;
}

/** Opens a source and says what each of its sheets holds (the worker's open, as one step). */
export async function openWithOverview(
  input: SourceInput,
  onProgress?: (fraction: number) => void,
  signal?: AbortSignal
): Promise<OpenedSource> {
  const { source, name } = await openSource(input, onProgress, signal);
  return { source, name, overview: await workbookOverview(source, name) };
}

/**
 * A workbook the user is likely to open, opened before they ask: the standalone pane's sample,
 * whose bytes are fetched once the pane is on screen. The opening starts at once in the
 * worker, which is idle until the user picks something; the click then follows it from where
 * it is (its progress included) instead of starting over. Opening anything else abandons it:
 * its read stops at the next chunk, so the user's own file never waits behind it.
 */
export class PreparedOpen {
  readonly result: Promise<OpenedSource>;
  private readonly controller = new AbortController();
  private fraction = 0;
  private listener: ((fraction: number) => void) | undefined;

  constructor(
    readonly key: string,
    readonly fileName: string,
    input: SourceInput
  ) {
    this.result = openWithOverview(
      input,
      (fraction) => {
        this.fraction = fraction;
        this.listener?.(fraction);
      },
      this.controller.signal
    );
    this.result.catch(() => undefined); // nobody may ever ask for it
  }

  /** The opening, `onProgress` hearing its progress from where it is now. */
  follow(onProgress?: (fraction: number) => void): Promise<OpenedSource> {
    this.listener = onProgress;
    if (this.fraction > 0) onProgress?.(this.fraction);
    return this.result;
  }

  /** Gives the opening up: its read stops at the next chunk. */
  abandon(): void {
    this.controller.abort();
  }
}
