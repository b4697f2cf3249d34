/** @jest-environment jsdom */
/**
 * The pane with a customer summary sheet: offered as the "Customer summary" role on the Data
 * step (in Excel and standalone), its columns shown, a bad row named with its column and row,
 * the analysis date asked for (a lifetimes summary has no dates), then run and written.
 */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { RawSheet } from "../../src/analytics/domain";
import { fakeHost } from "./support/fakeHost";
import { renderPane } from "./support/renderPane";

/** 12 customers in weeks, lifetimes' columns under French headers; row 14 has T < recency. */
function synthese(): RawSheet {
  const rows: (string | number)[][] = [
    ["N° client", "Fréquence", "Récence", "T", "Valeur monétaire"],
  ];
  for (let i = 1; i <= 12; i++)
    rows.push([`C${i}`, i % 4, (i % 4) * 3, 30 + i, i % 4 ? 20 + i : 0]);
  rows.push(["C99", 2, 40, 10, 25]);
  return { name: "Synthèse", firstRow: 1, rows };
}

beforeEach(() => window.localStorage.clear());

describe("a customer summary sheet in the pane", () => {
  it("in Excel: detected, explained, run once the analysis date is set, and written", async () => {
    const user = userEvent.setup();
    const host = fakeHost([synthese()]);
    const { engine } = renderPane({ mode: "excel", host });
    await user.click(screen.getByRole("button", { name: "Find my data" }));
    const found = await screen.findByRole("region", { name: "Sheets found" });
    expect(within(found).getAllByRole("listitem")[0].textContent).toBe(
      "Synthèse 14 rows, header on row 1 · Holds: Customer summary"
    );
    const role = screen.getByRole("combobox", {
      name: "Sheet of Customer summary",
    }) as HTMLSelectElement;
    expect(role.selectedOptions[0].textContent).toBe("Detected: Synthèse");
    expect(
      screen.getByText("lifetimes convention (frequency, recency, T, monetary_value)")
    ).toBeTruthy();
    expect(screen.getByText("frequency ← B: Fréquence")).toBeTruthy();
    // no dates in a lifetimes summary: the check says what to set
    expect(
      (await screen.findByText(/is a lifetimes summary and holds no dates/)).textContent
    ).toContain("Sheet Synthèse");

    await user.click(screen.getByRole("tab", { name: "Settings" }));
    await user.type(screen.getByLabelText("Analysis date", { exact: false }), "2024-07-01");
    await user.click(screen.getByRole("tab", { name: "Data" }));
    const excluded = await screen.findByText(/Summary: recency after T \(Récence\)/);
    expect(excluded.textContent).toContain("Synthèse");

    await user.click(screen.getByRole("tab", { name: "Run" }));
    await user.click(screen.getByRole("button", { name: "Run the analysis" }));
    await waitFor(() => expect(document.body.dataset.run).toBe("done"), { timeout: 30_000 });
    const output = await engine.analyse.mock.results[0].value;
    expect(output.ok).toBe(true);
    expect(output.value.results.ltv.summary.customerIds).toHaveLength(12);
    expect(output.value.results.rfm).toBeNull();
    // the Results step (loaded on demand) says what a lifetimes summary cannot give
    const notes = await screen.findAllByText(
      /RFM scores, segments and migration not available/,
      {},
      { timeout: 20_000 }
    );
    expect(notes.length).toBeGreaterThan(0);

    await user.click(screen.getByRole("tab", { name: "Write" }));
    await user.click(screen.getByRole("button", { name: "Write to this workbook" }));
    await waitFor(() => expect(host.writeReport).toHaveBeenCalledTimes(1), { timeout: 20_000 });
    const model = host.writeReport.mock.calls[0][0] as { sheets: { key: string }[] };
    expect(model.sheets.map((s) => s.key)).toEqual(expect.arrayContaining(["ltv", "dataQuality"]));
  }, 90_000);

  it("standalone: a CSV summary beside a transactions file is offered, and used when chosen", async () => {
    const user = userEvent.setup();
    const { engine } = renderPane();
    const files = [
      new File(["customer_id,frequency,recency,T\nA,1,2,5\n"], "summary.csv", { type: "text/csv" }),
      new File(["Customer ID;Date;Amount\nA1;2024-01-05;10\n"], "orders.csv", { type: "text/csv" }),
    ];
    await user.upload(screen.getByLabelText("Workbook or CSV files"), files);
    const role = (await screen.findByRole("combobox", {
      name: "Sheet of Customer summary",
    })) as HTMLSelectElement;
    // a transactions sheet is in use: the summary is found but not used until chosen
    expect(role.selectedOptions[0].textContent).toBe("Not used");
    await user.selectOptions(role, "summary");
    await waitFor(() =>
      expect(engine.check).toHaveBeenLastCalledWith(
        { sheets: { summary: "summary" }, mappings: {} },
        "",
        expect.anything()
      )
    );
  }, 60_000);
});
