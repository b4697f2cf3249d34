import type { CleanData } from "../analytics/pipeline";
import type { AnalysisResults } from "../analytics/runAnalyses";
import { deckFile } from "../deck/deckFile";
import { deckName } from "../deck/deckName";
import { APP_VERSION } from "../version";
import { writeFileAtomic } from "./atomicWrite";
import type { CliOptions } from "./cliOptions";

/**
 * Writes the board deck (--deck) in the --lang language, atomically; the title slide names the
 * first input file (without its folder and extension). Returns the number of slides.
 */
export async function writeDeckFile(
  data: CleanData,
  results: AnalysisResults,
  options: CliOptions,
  file: string
): Promise<number> {
  const deck = await deckFile(
    { ...results, dataQuality: data.dataQuality, currency: data.currency },
    {
      language: options.lang,
      generatedAt: Date.now(),
      version: APP_VERSION,
      name: deckName(options.files[0] ?? ""),
    }
  );
  await writeFileAtomic(file, deck.bytes);
  return deck.slides;
}
