/**
 * The board deck on the sample generator's English fixture (500 customers, the French sample's
 * generator and period), in English and French: the
 * slides in their fixed order, the figures equal to the engine's results formatted as the pane
 * formats them, native charts whose data are the results, speaker notes with the Method sheet's
 * definitions, every shape inside the slide and every text inside its box by the layout's rule.
 */
import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { loadAndClean } from "../../src/analytics/pipeline";
import { runAnalyses, type AnalysisResults } from "../../src/analytics/runAnalyses";
import { buildDeck } from "../../src/deck/buildDeck";
import type { DeckModel } from "../../src/deck/deckModel";
import { placeSlide } from "../../src/deck/placeSlide";
import { renderPptx } from "../../src/deck/renderPptx";
import { fittingSize, linesOf, REGION, SLIDE, textHeight } from "../../src/deck/slideLayout";
import type { ReportInput } from "../../src/report/buildReport";
import { createFormatters } from "../../src/format/formatters";
import { XlsxWorkbookSource } from "../../src/xlsx/workbookSourceXlsx";
import path from "node:path";

const SAMPLE_EN = path.resolve(__dirname, "../fixtures/sample-en/crm-sample-en.xlsx");

let input: ReportInput & AnalysisResults;
const decks: Partial<Record<"en" | "fr", DeckModel>> = {};
const zips: Partial<Record<"en" | "fr", JSZip>> = {};

const options = (language: "en" | "fr") => ({
  language,
  generatedAt: Date.UTC(2025, 0, 2, 9),
  version: "test",
  name: "crm-sample",
});

/**
 * pptxgenjs loads node:fs with a dynamic import() when it sees Node (process.release.name), which
 * jest's module sandbox refuses without --experimental-vm-modules; the deck has no media to read,
 * so the tests render it down pptxgenjs' browser path (what the pane runs). The CLI, a real Node
 * process, takes the Node path (test/deck/deckCli.test.ts runs the built CLI).
 */
async function render(model: DeckModel): Promise<Uint8Array> {
  const release = process.release;
  Object.defineProperty(process, "release", {
    value: { ...release, name: "browser" },
    configurable: true,
  });
  try {
    return await renderPptx(model);
  } finally {
    Object.defineProperty(process, "release", { value: release, configurable: true });
  }
}

beforeAll(async () => {
  const loaded = await loadAndClean(await XlsxWorkbookSource.load(readFileSync(SAMPLE_EN)));
  if (!loaded.ok) throw new Error(loaded.error.code);
  input = {
    ...runAnalyses(loaded.data),
    dataQuality: loaded.data.dataQuality,
    currency: loaded.data.currency,
  };
  for (const language of ["en", "fr"] as const) {
    decks[language] = buildDeck(input, options(language));
    zips[language] = await JSZip.loadAsync(await render(decks[language]!));
  }
}, 300_000);

const slideFile = (i: number) => `ppt/slides/slide${i + 1}.xml`;
const texts = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]);
const unescape = (s: string) =>
  s
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"');

describe("the board deck's slides", () => {
  it("come in the same order every month, one slide a campaign", () => {
    const campaigns = input.uplift!.campaigns.length;
    expect(campaigns).toBe(3);
    expect(decks.en!.slides.map((s) => s.key)).toEqual([
      "title",
      "kpis",
      "segments",
      "history",
      "migration",
      "ltv",
      ...Array<string>(campaigns).fill("campaign"),
      "coverage",
    ]);
    expect(decks.fr!.slides.map((s) => s.key)).toEqual(decks.en!.slides.map((s) => s.key));
  });

  it("show this month, last month, the same month last year and the year to date", () => {
    const kpis = decks.en!.slides.find((s) => s.key === "kpis")!.table!;
    const comparisons = input.kpis!.comparisons!;
    const en = createFormatters("en", "EUR");
    // The sample's as-of date is 2025-01-01: this month is December 2024.
    expect(kpis.header.slice(0, 3)).toEqual(["Figure", "December 2024", "November 2024"]);
    expect(kpis.header[4]).toBe("December 2023");
    const revenue = kpis.rows.find((r) => r[0] === "Revenue")!;
    const [vsLastMonth, vsLastYear, ytd] = comparisons.comparisons;
    const pick = (c: typeof vsLastMonth) => c.kpis.find((k) => k.id === "revenue")!;
    expect(revenue[1]).toBe(en.currency(pick(vsLastMonth).current!));
    expect(revenue[2]).toBe(en.currency(pick(vsLastMonth).previous!));
    expect(revenue[4]).toBe(en.currency(pick(vsLastYear).previous!));
    expect(revenue[6]).toBe(en.currency(pick(ytd).current!));
    expect(revenue[7]).toBe(en.currency(pick(ytd).previous!));
    // A change of revenue is relative (%), a change of a rate is in points.
    const change = pick(vsLastMonth).change!;
    expect(revenue[3]).toBe(`${change > 0 ? "+" : ""}${en.percent(change)}`);
    const repeat = kpis.rows.find((r) => r[0].startsWith("Repeat rate"))!;
    expect(repeat[3]).toMatch(/ pts$/);
  });

  it("carry the segments' revenue and the month-ends' sizes as chart data", () => {
    const segments = decks.en!.slides.find((s) => s.key === "segments")!.chart!;
    const scored = input.rfm!.segments.filter((s) => s.customers > 0);
    expect(segments.series[0].values).toEqual(scored.map((s) => s.revenue));
    const history = decks.en!.slides.find((s) => s.key === "history")!.chart!;
    const months = input.history!.segments.months;
    expect(history.categories).toEqual(months.map((m) => m.month));
    // Stacked: each month's column adds up to the customers scored at its end.
    months.forEach((m, k) => {
      const stacked = history.series.reduce((sum, s) => sum + s.values[k], 0);
      expect(stacked).toBe(Object.values(m.customers).reduce((a, b) => a + b, 0));
    });
  });

  it("give each campaign its groups' uplift, interval and verdict in words", () => {
    const slides = decks.en!.slides.filter((s) => s.key === "campaign");
    input.uplift!.campaigns.forEach((campaign, i) => {
      const slide = slides[i];
      expect(slide.title).toBe(`Campaign: ${campaign.campaign}`);
      const rows = campaign.results.filter((r) => r.breakdown === null);
      expect(slide.table!.rows).toHaveLength(rows.length);
      const uplift = slide.chart!.series[1].values;
      rows.forEach((r, k) => expect(uplift[k]).toBeCloseTo(r.upliftAbs * 100, 10));
      for (const row of slide.table!.rows)
        expect(row[5]).toMatch(/^(Positive|Negative|Not proven)/);
    });
  });

  it("say the data quality in one line on every slide", () => {
    const q = input.dataQuality!;
    const en = createFormatters("en", "EUR");
    expect(decks.en!.footer).toBe(
      `${en.integer(q.rowsUsed)} of ${en.integer(q.rowsRead)} lines used; ${en.integer(q.rowsRead - q.rowsUsed)} excluded: see the report's Data quality sheet.`
    );
  });
});

describe("the .pptx file", () => {
  it("has one slide a model slide, native charts with their data, and speaker notes", async () => {
    for (const language of ["en", "fr"] as const) {
      const zip = zips[language]!;
      const deck = decks[language]!;
      const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
      expect(slides).toHaveLength(deck.slides.length);
      const charts = Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f));
      expect(charts).toHaveLength(deck.slides.filter((s) => s.chart).length);
      // Each chart embeds its workbook, so PowerPoint's "Edit data" opens the numbers.
      const embedded = Object.keys(zip.files).filter((f) => /^ppt\/embeddings\/.*\.xlsx$/.test(f));
      expect(embedded).toHaveLength(charts.length);
      const notes = Object.keys(zip.files).filter((f) => /^ppt\/notesSlides\/.*\.xml$/.test(f));
      expect(notes).toHaveLength(deck.slides.length);
      const heading =
        language === "en" ? "Definitions (Method sheet)" : "Définitions (feuille Méthode)";
      for (const note of notes) expect(await zip.file(note)!.async("string")).toContain(heading);
    }
  });

  it("holds the segments' revenue in the chart part's cached values", async () => {
    const i = decks.en!.slides.findIndex((s) => s.key === "segments");
    const rels = await zips.en!.file(`ppt/slides/_rels/slide${i + 1}.xml.rels`)!.async("string");
    const part = /Target="[^"]*charts\/(chart\d+\.xml)"/.exec(rels)![1];
    const xml = await zips.en!.file(`ppt/charts/${part}`)!.async("string");
    const values = [...xml.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1]);
    for (const s of input.rfm!.segments.filter((x) => x.customers > 0)) {
      expect(values).toContain(String(s.revenue));
    }
  });

  it("speaks French with euros in French, and no dollar anywhere", async () => {
    let all = "";
    for (let i = 0; i < decks.fr!.slides.length; i++) {
      all += texts(await zips.fr!.file(slideFile(i))!.async("string"))
        .map(unescape)
        .join("\n");
    }
    expect(all).toContain("Les chiffres du mois");
    // French amounts: "1 234,50 €" with a no-break space before the sign.
    expect(all).toMatch(/\d,\d\d[\s\u00a0\u202f]€/);
    expect(all).not.toContain("$");
  });

  it("keeps every shape inside the slide", async () => {
    const EMU = 914_400;
    for (const language of ["en", "fr"] as const) {
      for (let i = 0; i < decks[language]!.slides.length; i++) {
        const xml = await zips[language]!.file(slideFile(i))!.async("string");
        const frames = [
          ...xml.matchAll(/<a:off x="(\d+)" y="(\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>/g),
        ];
        expect(frames.length).toBeGreaterThan(1);
        for (const [, x, y, cx, cy] of frames) {
          expect(Number(x) + Number(cx)).toBeLessThanOrEqual(Math.ceil(SLIDE.width * EMU));
          expect(Number(y) + Number(cy)).toBeLessThanOrEqual(Math.ceil(SLIDE.height * EMU));
        }
      }
    }
  });

  it("fits every text in its box by the layout's rule", () => {
    for (const language of ["en", "fr"] as const) {
      for (const slide of decks[language]!.slides) {
        const place = placeSlide(slide);
        if (place.bullets) {
          const h = textHeight(slide.bullets!, place.bullets.w, place.bullets.fontSize, 8);
          expect(h).toBeLessThanOrEqual(place.bullets.h);
        }
        if (place.table) {
          expect(place.table.y + place.table.h).toBeLessThanOrEqual(REGION.body.y + REGION.body.h);
          expect(place.table.fontSize).toBeGreaterThanOrEqual(8);
        }
        if (place.chart) expect(place.chart.h).toBeGreaterThan(2);
      }
    }
  });
});

describe("deck legibility", () => {
  it("keeps every figure of the KPI and campaign tables on one line, in both languages", () => {
    for (const language of ["en", "fr"] as const) {
      const tables = decks[language]!.slides.filter((s) => s.table?.oneLine);
      expect(tables.map((s) => s.key)).toEqual(expect.arrayContaining(["kpis", "campaign"]));
      for (const slide of tables) {
        const place = placeSlide(slide).table!;
        for (const row of slide.table!.rows) {
          for (const j of slide.table!.oneLine!) {
            // "+14.07 pts" / "+14,07 pts": one line by the layout's rule, not "+14,07 pt" + "s".
            expect(linesOf(row[j], place.colW[j], place.fontSize)).toBe(1);
          }
        }
        expect(place.colW.reduce((a, b) => a + b, 0)).toBeCloseTo(REGION.body.w, 6);
      }
    }
  });

  it("sets the KPI slide's subtitle on one line at 12 points or more", () => {
    for (const language of ["en", "fr"] as const) {
      const kpis = decks[language]!.slides.find((s) => s.key === "kpis")!;
      expect(fittingSize([kpis.subtitle!], REGION.subtitle, 14, 9)).toBeGreaterThanOrEqual(12);
    }
  });

  it("writes value axes with fewer decimals than the labels, and minus signs that stay with their number", async () => {
    const ltv = decks.en!.slides.find((s) => s.key === "ltv")!.chart!;
    expect(ltv.axisFormat).not.toContain(".00");
    expect(ltv.format).toContain(".00");
    const campaign = decks.en!.slides.find((s) => s.key === "campaign")!.chart!;
    expect(campaign.axisFormat).toBeDefined();
    for (const language of ["en", "fr"] as const) {
      for (let i = 0; i < decks[language]!.slides.length; i++) {
        const xml = await zips[language]!.file(slideFile(i))!.async("string");
        for (const text of texts(xml)) expect(text).not.toMatch(/(^|[\s(])-\d/);
      }
    }
  });
});
