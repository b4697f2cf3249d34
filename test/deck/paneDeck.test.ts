/**
 * The pane's "Board deck" download is the CLI's --deck: the worker API (what the pane calls, in
 * process here) opens the English fixture, analyses it with the pane's default settings and
 * renders the deck; the built command line writes its deck of the same file. Both decks have
 * the same slides, texts and native charts with the same embedded data, in English and French.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import type { Language } from "../../src/i18n";
import { DEFAULT_SETTINGS } from "../../src/taskpane/settings/paneSettings";
import { createAnalysisApi } from "../../src/taskpane/worker/analysisApi";

const root = path.resolve(__dirname, "../..");
const cli = path.join(root, "build/cli/crm-analytics.cjs");
const SAMPLE_EN = path.join(root, "test/fixtures/sample-en/crm-sample-en.xlsx");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "crm-pane-deck-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * pptxgenjs loads node:fs when it sees Node, which jest's sandbox refuses: the pane's deck is
 * rendered down pptxgenjs' browser path, the one the pane's worker takes (as in deck.test.ts).
 */
async function asBrowser<T>(body: () => Promise<T>): Promise<T> {
  const release = process.release;
  Object.defineProperty(process, "release", {
    value: { ...release, name: "browser" },
    configurable: true,
  });
  try {
    return await body();
  } finally {
    Object.defineProperty(process, "release", { value: release, configurable: true });
  }
}

async function paneDeck(language: Language): Promise<JSZip> {
  const api = createAnalysisApi();
  const bytes = readFileSync(SAMPLE_EN);
  const opened = await api.open({
    kind: "xlsx",
    fileName: "crm-sample-en.xlsx",
    bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  });
  expect(opened.ok).toBe(true);
  const run = await api.analyse({
    choice: { sheets: {}, mappings: {} },
    settings: DEFAULT_SETTINGS,
    language,
    generatedAt: Date.now(),
  });
  if (!run.ok) throw new Error(run.problem.code);
  const deck = await asBrowser(() => api.deckIn(language, Date.now()));
  if (!deck.ok) throw new Error(`${deck.problem.code} ${JSON.stringify(deck.problem.params)}`);
  return JSZip.loadAsync(deck.value);
}

function cliDeck(language: Language): Promise<JSZip> {
  const file = path.join(dir, `deck-${language}.pptx`);
  const run = spawnSync(
    process.execPath,
    [cli, "analyze", SAMPLE_EN, "--lang", language, "--deck", file],
    { encoding: "utf8", timeout: 300_000 }
  );
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  return JSZip.loadAsync(readFileSync(file));
}

/** Part names in their number's order (slide2 before slide10). */
const parts = (zip: JSZip, pattern: RegExp) =>
  Object.keys(zip.files)
    .filter((name) => pattern.test(name))
    .sort((a, b) => Number(/\d+/.exec(a)) - Number(/\d+/.exec(b)));
/** A slide's texts (<a:t> runs), unescaped. */
const texts = (xml: string) =>
  [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) =>
    m[1]
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&")
  );
/** A chart's categories and values as its XML caches them (what PowerPoint shows). */
const cached = (xml: string) => [...xml.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1]);

describe.each(["en", "fr"] as const)("the pane's board deck (%s)", (language) => {
  let pane: JSZip;
  let cliZip: JSZip;
  beforeAll(async () => {
    [pane, cliZip] = await Promise.all([paneDeck(language), cliDeck(language)]);
  }, 300_000);

  it("has the CLI deck's slides, with the same texts", async () => {
    const slides = parts(pane, /^ppt\/slides\/slide\d+\.xml$/);
    expect(slides).toEqual(parts(cliZip, /^ppt\/slides\/slide\d+\.xml$/));
    // The fixture: title, KPIs, segments, history, migration, LTV, 3 campaigns, coverage.
    expect(slides).toHaveLength(10);
    for (const slide of slides) {
      const ours = texts(await pane.file(slide)!.async("string"));
      expect([slide, ours]).toEqual([slide, texts(await cliZip.file(slide)!.async("string"))]);
    }
    const title = texts(await pane.file("ppt/slides/slide1.xml")!.async("string")).join(" ");
    expect(title).toContain("crm-sample-en");
  });

  it("has the CLI deck's native charts, with the same data embedded", async () => {
    // pptxgenjs numbers chart parts on from the previous deck of the same process (a second
    // deck from one pane session starts at chart8): charts pair up in order, not by name.
    const charts = parts(pane, /^ppt\/charts\/chart\d+\.xml$/);
    const cliCharts = parts(cliZip, /^ppt\/charts\/chart\d+\.xml$/);
    expect(charts.length).toBeGreaterThanOrEqual(6);
    expect(charts).toHaveLength(cliCharts.length);
    for (const [i, chart] of charts.entries()) {
      const ours = cached(await pane.file(chart)!.async("string"));
      expect(ours.length).toBeGreaterThan(0);
      const theirs = cached(await cliZip.file(cliCharts[i])!.async("string"));
      expect([chart, ours]).toEqual([chart, theirs]);
    }
    // Each chart carries its data as an embedded workbook PowerPoint opens to edit it.
    expect(parts(pane, /^ppt\/embeddings\/.+\.xlsx$/)).toHaveLength(charts.length);
    expect(parts(cliZip, /^ppt\/embeddings\/.+\.xlsx$/)).toHaveLength(charts.length);
  });

  it("speaks the pane's language", async () => {
    const kpis = texts(await pane.file("ppt/slides/slide2.xml")!.async("string")).join(" ");
    expect(kpis).toMatch(language === "fr" ? /^Les chiffres du mois / : /^The month's figures /);
  });
});

describe("the deck without a run", () => {
  it("is a problem, not an exception", async () => {
    const outcome = await createAnalysisApi().deckIn("en", Date.now());
    expect(outcome).toEqual({ ok: false, problem: { code: "pane:errors.noRun", params: {} } });
  });
});
