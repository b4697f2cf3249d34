import path from "node:path";
import type { CleanData } from "../analytics/pipeline";
import type { AnalysisResults } from "../analytics/runAnalyses";
import { buildDeck } from "../deck/buildDeck";
import { renderPptx } from "../deck/renderPptx";
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
  const first = options.files[0] ?? "";
  const model = buildDeck(
    { ...results, dataQuality: data.dataQuality, currency: data.currency },
    {
      language: options.lang,
      generatedAt: Date.now(),
      version: APP_VERSION,
      name: path.basename(first).replace(/\.(xlsx|csv|csv\.gz|gz)$/i, ""),
    }
  );
  await writeFileAtomic(file, await renderPptx(model));
  return model.slides.length;
}
