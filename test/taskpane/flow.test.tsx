/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { AnalysisResults } from "../../src/analytics/runAnalyses";
import { renderPane } from "./support/renderPane";

// The Results step is the results engineer's; here only the contract matters: it gets the
// results of the run and the pane's language.
jest.mock("../../src/taskpane/components/ResultsStep/ResultsStep", () => ({
  __esModule: true,
  default: ({ results, language }: { results: AnalysisResults; language: string }) => (
    <p>{`results for ${results.rfm?.customers.length} customers in ${language}`}</p>
  ),
}));

describe("the standalone flow on the sample data (500 customers)", () => {
  it("sample -> data -> run -> results -> download", async () => {
    const user = userEvent.setup();
    const { deps, engine } = renderPane();
    await user.click(screen.getByRole("button", { name: "Try the sample data" }));
    expect(deps.loadSample).toHaveBeenCalledTimes(1);

    // Data: the three sheets, the sheet used for each kind, the quality summary.
    expect(
      await screen.findByRole("heading", { name: "Sheets found" }, { timeout: 20_000 })
    ).toBeTruthy();
    const used = screen.getByRole("combobox", {
      name: "Sheet of Transactions",
    }) as HTMLSelectElement;
    expect(used.value).toBe("");
    expect(used.selectedOptions[0].textContent).toBe("Detected: Transactions");
    expect(await screen.findByRole("heading", { name: "Data quality" })).toBeTruthy();
    await screen.findByText("Rows read", {}, { timeout: 20_000 });

    // Run, from the Run step: the pane moves to Results by itself when done.
    await user.click(screen.getByRole("tab", { name: "Run" }));
    await user.click(screen.getByRole("button", { name: "Run the analysis" }));
    expect(
      await screen.findByText(/^results for \d+ customers in en$/, {}, { timeout: 30_000 })
    ).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Results" }).getAttribute("aria-selected")).toBe("true");
    expect(document.body.dataset.run).toBe("done");
    expect(engine.analyse).toHaveBeenCalledTimes(1);

    // Write: every sheet checked, the download named after the pane's day.
    await user.click(screen.getByRole("tab", { name: "Write" }));
    const sheets = screen.getAllByRole("checkbox");
    expect(sheets.length).toBeGreaterThan(3);
    sheets.forEach((box) => expect((box as HTMLInputElement).checked).toBe(true));
    await user.click(screen.getByRole("button", { name: "Download the report" }));
    await waitFor(() => expect(deps.saveFile).toHaveBeenCalledTimes(1), { timeout: 20_000 });
    const [bytes, fileName] = deps.saveFile.mock.calls[0] as [Uint8Array, string];
    expect(fileName).toBe("crm-report-2025-01-02.xlsx");
    expect(String.fromCharCode(bytes[0], bytes[1])).toBe("PK");
    const status = screen.getAllByRole("status").find((s) => s.textContent?.includes("ready"))!;
    expect(
      within(status)
        .getByRole("link", { name: "Download crm-report-2025-01-02.xlsx again" })
        .getAttribute("href")
    ).toBe("blob:test/crm-report-2025-01-02.xlsx");
  }, 90_000);
});
