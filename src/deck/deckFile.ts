/**
 * The board deck as a file: the model (buildDeck) drawn as .pptx bytes (renderPptx). One entry
 * for the CLI and the pane, so both get the same slides from the same results; the pane's
 * worker imports this module lazily, which keeps pptxgenjs in its own chunk.
 */
import type { ReportInput } from "../report/buildReport";
import { buildDeck, type DeckOptions } from "./buildDeck";
import { renderPptx } from "./renderPptx";

export interface DeckFile {
  readonly bytes: Uint8Array;
  /** Slides in the deck (the CLI says how many it wrote). */
  readonly slides: number;
}

export async function deckFile(input: ReportInput, options: DeckOptions): Promise<DeckFile> {
  const model = buildDeck(input, options);
  return { bytes: await renderPptx(model), slides: model.slides.length };
}
