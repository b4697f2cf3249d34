import en from "../../src/i18n/en/pane";
import fr from "../../src/i18n/fr/pane";

/**
 * The five step tabs must sit on one row at 320 px (issue 14, item 15) in both languages. jsdom
 * has no layout, so this checks a width budget: the labels' width estimated from their length,
 * plus each tab's padding, must fit the pane's content width.
 *
 * Constants, at 320 px (under 360 px: caption size 12 px, semibold for the reserved bold width):
 * - 6.5 px a character: Chromium measured 6.29-6.34 px on average for these labels in the Fluent
 *   font stack at 600 12px (canvas measureText), rounded up for wider system fonts.
 * - 8 px a tab: padding spacingHorizontalXXS (2 px) each side on the tab and on its content
 *   (useAppStyles.styles.ts, Fluent's small Tab).
 * - 280 px of row: 320 px, minus the pane's padding (spacingHorizontalM, 12 px each side), minus
 *   a classic 16 px vertical scrollbar.
 * The old French labels ("Paramètres", "Écriture": 40 characters, 300 px by this estimate) ran
 * past the right edge on the e2e screenshot; English (27 characters, 216 px) fits.
 */
const PX_PER_CHAR = 6.5;
const PX_PER_TAB = 8;
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
    expect(estimatedWidth(overflowed)).toBe(300);
    expect(estimatedWidth(overflowed)).toBeGreaterThan(ROW_PX);
  });

  it("each label is one plain word", () => {
    for (const steps of [en.steps, fr.steps])
      for (const label of stepLabels(steps)) expect(label).toMatch(/^\p{L}+$/u);
  });
});
