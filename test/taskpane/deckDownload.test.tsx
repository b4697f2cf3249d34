/** @jest-environment jsdom */
/**
 * The Write step's "Board deck": one click asks the engine for the last run's deck in the pane's
 * language and offers it as crm-deck-YYYY-MM-DD.pptx, standalone and in Excel (titled with the
 * workbook's name there); a failure is shown, not thrown. The deck's content is the CLI's
 * (test/deck/paneDeck.test.ts); the browser download itself is the e2e suite's.
 */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { RawSheet } from "../../src/analytics/domain";
import type { Language } from "../../src/i18n";
import { fakeHost } from "./support/fakeHost";
import { renderPane, type RenderedPane } from "./support/renderPane";

jest.mock("../../src/taskpane/components/ResultsStep/ResultsStep", () => ({
  __esModule: true,
  default: () => <p>results shown</p>,
}));

const ORDERS =
  "Customer ID;Date;Amount\nA1;2024-01-05;10\nA1;2024-01-20;15\nA2;2024-01-10;30\nA2;2024-02-01;30\n";
/** Stands in for the deck's bytes (a zip starts "PK"). */
const DECK = new Uint8Array([0x50, 0x4b, 3, 4]);

beforeEach(() => window.localStorage.clear());

const WORDS = {
  en: { run: "Run", runButton: "Run the analysis", write: "Write" },
  fr: { run: "Calcul", runButton: "Lancer l'analyse", write: "Écrire" },
};

/** Runs the analysis (standalone: the CSV above; Excel: its sheet) and opens the Write step. */
async function runThenWrite(language: Language, pane: RenderedPane) {
  const user = userEvent.setup();
  const words = WORDS[language];
  if (pane.deps.mode === "excel") {
    await user.click(screen.getByRole("button", { name: /Find my data|Trouver mes données/ }));
  } else {
    const file = new File([ORDERS], "orders.csv", { type: "text/csv" });
    await user.upload(
      screen.getByLabelText(/Workbook or CSV files|Classeur ou fichiers CSV/),
      file
    );
  }
  await waitFor(() => expect(document.body.dataset.check).toBe("done"), { timeout: 20_000 });
  await user.click(screen.getByRole("tab", { name: words.run }));
  await user.click(screen.getByRole("button", { name: words.runButton }));
  await screen.findByText("results shown");
  await user.click(screen.getByRole("tab", { name: words.write }));
  pane.engine.deckIn.mockResolvedValue({ ok: true, value: DECK });
  return user;
}

describe("the Board deck download", () => {
  it("downloads the deck standalone, then links to it again", async () => {
    const pane = renderPane();
    const user = await runThenWrite("en", pane);
    expect(screen.queryByText(/Excel on Mac/)).toBeNull();
    await user.click(screen.getByRole("button", { name: "Download the board deck" }));
    const again = await screen.findByRole("link", { name: /^Download the deck again: / });
    expect(pane.engine.deckIn).toHaveBeenCalledWith("en", expect.any(Number), "");
    const [bytes, fileName] = pane.deps.saveFile.mock.calls.at(-1)!;
    expect(bytes).toBe(DECK);
    expect(fileName).toMatch(/^crm-deck-2025-01-02\.pptx$/);
    expect(again.getAttribute("href")).toBe(`blob:test/${fileName}`);
    expect(screen.getByText(`The deck is ready: ${fileName}`)).toBeTruthy();
    // The report's own download is untouched.
    expect(pane.engine.writeXlsx).not.toHaveBeenCalled();
  });

  it("asks for the deck in French in a French pane", async () => {
    const pane = renderPane({ language: "fr" });
    const user = await runThenWrite("fr", pane);
    await user.click(screen.getByRole("button", { name: "Télécharger la présentation" }));
    await screen.findByText(/^La présentation est prête\s: crm-deck-/);
    expect(pane.engine.deckIn).toHaveBeenCalledWith("fr", expect.any(Number), "");
  });

  it("in Excel, titles the deck with the workbook and says where the file goes", async () => {
    const ventes: RawSheet = {
      name: "Ventes",
      firstRow: 1,
      rows: [
        ["N° client", "Date", "Montant"],
        ["A1", 45296, 10],
        ["A2", 45323, 30],
      ],
    };
    const pane = renderPane({ mode: "excel", host: fakeHost([ventes]) });
    // renderPane's deps are plain objects: the workbook's name as index.tsx reads it.
    Object.assign(pane.deps, { documentName: () => "C:\\Ventes\\Suivi 2025.xlsx" });
    const user = await runThenWrite("en", pane);
    expect(screen.getByText(/Excel on Mac cannot save a file from the pane/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Download the board deck" }));
    await screen.findByText(/^The deck is ready: crm-deck-/);
    expect(pane.engine.deckIn).toHaveBeenCalledWith(
      "en",
      expect.any(Number),
      "C:\\Ventes\\Suivi 2025.xlsx"
    );
  });

  it("shows why when the deck cannot be built", async () => {
    const pane = renderPane();
    const user = await runThenWrite("en", pane);
    pane.engine.deckIn.mockResolvedValue({
      ok: false,
      problem: { code: "deckPane:failed", params: { reason: "out of memory" } },
    });
    await user.click(screen.getByRole("button", { name: "Download the board deck" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("The deck could not be built (out of memory).");
    expect(pane.deps.saveFile).not.toHaveBeenCalled();
  });
});
