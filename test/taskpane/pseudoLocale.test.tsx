/** @jest-environment jsdom */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { resources } from "../../src/i18n/resources";
import { stepIds, type StepId } from "../../src/taskpane/components/App/App.types";
import { createPseudoI18n, englishStrings, stretch } from "./support/pseudoLocale";
import { renderPane } from "./support/renderPane";

/**
 * Every piece of text the pane shows must come from i18n. Rendered in a stretched
 * pseudo-locale, each visible text node and each accessible-name attribute must be a whole
 * pseudo string, ⟦…⟧; a hard-coded English word would appear bare.
 */
const isPseudo = (text: string) => /^⟦[^]*⟧$/.test(text.trim());

function bareTexts(root: HTMLElement): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? "";
    if (text.trim() !== "" && !isPseudo(text)) found.push(text);
  }
  for (const el of Array.from(root.querySelectorAll("*"))) {
    for (const attribute of ["aria-label", "title", "placeholder", "alt"]) {
      const value = el.getAttribute(attribute);
      if (value !== null && value.trim() !== "" && !isPseudo(value))
        found.push(`${attribute}=${value}`);
    }
  }
  return found;
}

const englishPane = englishStrings(resources.en.pane).filter((s) => s.length >= 3);

describe("stretch (the pseudo-locale)", () => {
  it("accents every letter, keeps placeholders and grows the text by about 40 %", () => {
    const pseudo = stretch("Opening: {{names}}");
    expect(pseudo.startsWith("⟦Óƥéñíñĝ: {{names}}")).toBe(true);
    // 18 characters + ceil(18 * 0.4) = 8 of padding + the two brackets.
    expect([...pseudo]).toHaveLength(18 + 8 + 2);
    expect(pseudo).not.toMatch(/[A-Za-z]{2}(?![^{]*\}\})/);
  });
});

describe.each(["standalone", "excel"] as const)("the pane in the pseudo-locale (%s)", (mode) => {
  it.each(stepIds)("shows no text that bypasses i18n on the %s step", async (step: StepId) => {
    const user = userEvent.setup();
    const { container } = renderPane({ mode, i18n: createPseudoI18n() });
    if (step !== "data") {
      await user.click(
        screen.getByRole("tab", { name: new RegExp(stretch(labelOf(step)).slice(1, 5)) })
      );
    }
    await screen.findAllByRole("heading", { level: 2 });
    expect(bareTexts(container)).toEqual([]);
    const visible = container.textContent ?? "";
    expect(englishPane.filter((english) => visible.includes(english))).toEqual([]);
  });
});

function labelOf(step: StepId): string {
  return (resources.en.pane as { steps: Record<StepId, string> }).steps[step];
}

// With data open and a run done, the steps also show data (sheet names, headers, counts, dates):
// those are not i18n's. What must never show is an English pane string or a raw i18n key.
jest.mock("../../src/taskpane/components/ResultsStep/ResultsStep", () => ({
  __esModule: true,
  default: () => null,
}));

describe("the pane in the pseudo-locale, with data and a finished run", () => {
  it("shows no English pane string and no raw key on any step", async () => {
    const user = userEvent.setup();
    const { container } = renderPane({ i18n: createPseudoI18n() });
    const orders = "Customer ID;Date;Amount\nA1;2024-01-05;10\n;2024-01-06;20\nA2;2024-02-01;30\n";
    await user.upload(container.querySelector("input[type=file]")!, [
      new File([orders], "orders.csv", { type: "text/csv" }),
    ]);
    await waitFor(() => expect(container.querySelector("dl")).not.toBeNull());
    const tabs = screen.getAllByRole("tab");
    await user.click(tabs[2]);
    await user.click(screen.getAllByRole("button").find((b) => isPseudo(b.textContent ?? ""))!);
    await waitFor(() => expect(document.body.dataset.run).toBe("done"));
    for (const step of [0, 1, 2, 4]) {
      await user.click(tabs[step]);
      const visible = container.textContent ?? "";
      // The Write step lists the report's sheet names: the report's language (here English,
      // the pseudo-locale's base), not the pane's strings.
      if (step !== 4) {
        expect(englishPane.filter((english) => visible.includes(english))).toEqual([]);
      }
      // A missing key shows as its path ("data.rowsRead", "pane:run.done").
      expect(visible).not.toMatch(/\b(pane|common|quality|problems|rfm|ltv|uplift):[a-z]/);
      expect(visible).not.toMatch(/\b(data|settings|run|write|errors)\.[a-z]+[A-Z]?[a-z]*\b/);
    }
  }, 30_000);
});
