/** @jest-environment jsdom */
/**
 * Run is disabled while the chosen data cannot be analysed, and says why next to the button
 * (issue 12, item 18): an empty CSV or one without a customer id used to start a run that sat
 * on "Reading the data (100%)" for minutes.
 */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderPane } from "./support/renderPane";

jest.mock("../../src/taskpane/components/ResultsStep/ResultsStep", () => ({
  __esModule: true,
  default: () => <p>results shown</p>,
}));

const csv = (name: string, body: string) => new File([body], name, { type: "text/csv" });

beforeEach(() => window.localStorage.clear());

async function openAndGoToRun(file: File, language: "en" | "fr" = "en") {
  const user = userEvent.setup();
  const pane = renderPane({ language });
  await user.upload(screen.getByLabelText(/Workbook or CSV files|Classeur ou fichiers CSV/), [
    file,
  ]);
  await waitFor(() => expect(pane.engine.open).toHaveBeenCalled());
  await waitFor(() => expect(document.querySelector("[aria-busy='true']")).toBeNull());
  await user.click(screen.getByRole("tab", { name: language === "en" ? "Run" : "Calcul" }));
  return { user, ...pane };
}

const runButton = (name = "Run the analysis") =>
  screen.getByRole("button", { name }) as HTMLButtonElement;

describe("the Run step with data that cannot be analysed", () => {
  it("a CSV without a customer id: Run disabled, the missing column said next to it", async () => {
    const { user, engine } = await openAndGoToRun(
      csv("orders.csv", "Date;Amount\n2024-01-05;10\n2024-01-06;12\n")
    );
    await waitFor(() => expect(runButton().disabled).toBe(true));
    const why = document.getElementById("run-blocked")!;
    expect(why.textContent).toMatch(
      /^This data cannot be analysed: .*customer id.* Fix it in the Data step\.$/
    );
    expect(runButton().getAttribute("aria-describedby")).toBe("run-blocked");
    await user.click(runButton());
    expect(engine.analyse).not.toHaveBeenCalled();
  });

  it("an empty CSV: Run disabled or absent, never a run that cannot end", async () => {
    const { user, engine } = await openAndGoToRun(csv("empty.csv", ""));
    const button = screen.queryByRole("button", {
      name: "Run the analysis",
    }) as HTMLButtonElement | null;
    if (button) {
      await waitFor(() => expect(button.disabled).toBe(true));
      expect(document.getElementById("run-blocked")!.textContent).not.toBe("");
      await user.click(button);
    }
    expect(engine.analyse).not.toHaveBeenCalled();
  });

  it("says it in French too", async () => {
    await openAndGoToRun(csv("commandes.csv", "Date;Montant\n05/01/2024;10\n"), "fr");
    await waitFor(() => expect(runButton("Lancer l'analyse").disabled).toBe(true));
    expect(document.getElementById("run-blocked")!.textContent).toMatch(
      /^Ces données ne peuvent pas être analysées\u00a0: .* Corrigez-le à l'étape Données\.$/
    );
  });

  it("data that can be analysed: Run enabled, no explanation", async () => {
    await openAndGoToRun(csv("orders.csv", "Customer ID;Date;Amount\nA1;2024-01-05;10\n"));
    await waitFor(() => expect(runButton().disabled).toBe(false));
    expect(document.getElementById("run-blocked")).toBeNull();
  });
});
