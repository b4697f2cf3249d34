import en from "../../src/i18n/en/pane";
import fr from "../../src/i18n/fr/pane";

/**
 * The five step tabs must sit on one row at 320 px (issue 14, item 15) in both languages. jsdom
 * has no layout, so this checks a width budget: the labels' width estimated from their length,
 * plus each tab's padding, must fit the pane's content width.
 *
 * Constants, at 320 px (under 360 px: caption size 12 px; a tab is as wide as its label in
 * semibold, Fluent's reserved space), measured in the e2e Chromium (Debian's fonts, wider than
 * Segoe UI): the French row of 36 characters was 298 px with 8 px of padding a tab, so
 * - 7.2 px a character (258 px of text / 36, rounded up);
 * - 4 px a tab: no tab padding under 360 px, the content's spacingHorizontalXXS (2 px) a side
 *   (useAppStyles.styles.ts, Fluent's small Tab);
 * - 280 px of row: 320 px, minus the pane's padding (spacingHorizontalM, 12 px each side), minus
 *   a classic 16 px vertical scrollbar.
 * The old French labels ("Paramètres", "Écriture": 40 characters, 308 px by this estimate) ran
 * past the right edge on the e2e screenshot; English (27 characters, 214 px) fits.
 */
const PX_PER_CHAR = 7.2;
const PX_PER_TAB = 4;
const ROW_PX = 320 - 2 * 12 - 16;

const estimatedWidth = (labels: readonly string[]): number =>
  labels.reduce((sum, label) => sum + [...label].length * PX_PER_CHAR + PX_PER_TAB, 0);

const stepLabels = (
  steps: Readonly<Record<"data" | "settings" | "run" | "results" | "write", string>>
): string[] => [steps.data, steps.settings, steps.run, steps.results, steps.write];

describe("step tabs at 320 px", () => {
  it.each([
    ["en", en.steps],
    ["fr", fr.steps],
  ])("the %s labels fit one row", (_language, steps) => {
    expect(estimatedWidth(stepLabels(steps))).toBeLessThanOrEqual(ROW_PX);
  });

  it("the budget rejects the French labels that overflowed", () => {
    const overflowed = ["Données", "Paramètres", "Calcul", "Résultats", "Écriture"];
    expect(estimatedWidth(overflowed)).toBeCloseTo(308, 6);
    expect(estimatedWidth(overflowed)).toBeGreaterThan(ROW_PX);
  });

  it("each label is one plain word", () => {
    for (const steps of [en.steps, fr.steps])
      for (const label of stepLabels(steps)) expect(label).toMatch(/^\p{L}+$/u);
  });
});
