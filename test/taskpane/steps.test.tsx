/** @jest-environment jsdom */
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { I18nextProvider } from "react-i18next";
import type { RawSheet } from "../../src/analytics/domain";
import { ExcelHostError } from "../../src/excel/excelError";
import { createI18n } from "../../src/i18n";
import { ErrorBoundary } from "../../src/taskpane/components/ErrorBoundary/ErrorBoundary";
import type { Engine } from "../../src/taskpane/flow/engine";
import { createInProcessEngine } from "../../src/taskpane/flow/inProcessEngine";
import type { AnalysisOutput, Outcome, RunProgress } from "../../src/taskpane/worker/engineTypes";
import { fakeHost } from "./support/fakeHost";
import { renderPane, type PaneTestOptions } from "./support/renderPane";

jest.mock("../../src/taskpane/components/ResultsStep/ResultsStep", () => ({
  __esModule: true,
  default: () => <p>results shown</p>,
}));

// Two customers, four purchases; the last sale is on 2024-02-01, so the default analysis date
// is 2024-02-02. The contacts give one treated channel, Email.
const ORDERS =
  "Customer ID;Date;Amount\nA1;2024-01-05;10\nA1;2024-01-20;15\nA2;2024-01-10;30\nA2;2024-02-01;30\n";
const CONTACTS =
  "Customer ID;Campaign;Group;Contact date;Channel\nA1;Spring;treated;2024-01-08;Email\nA2;Spring;control;2024-01-08;\n";
const csv = (name: string, body: string) => new File([body], name, { type: "text/csv" });

beforeEach(() => window.localStorage.clear());

async function openData(options: PaneTestOptions = {}, files = [csv("orders.csv", ORDERS)]) {
  const user = userEvent.setup();
  const pane = renderPane(options);
  await user.upload(screen.getByLabelText(/Workbook or CSV files|Classeur ou fichiers CSV/), files);
  await screen.findByRole("region", { name: /Data quality|Qualité des données/ });
  await waitFor(() => expect(pane.engine.check).toHaveBeenCalled());
  // Run waits for the data check (runBlocker): a test runs once it is done.
  await waitFor(() => expect(document.body.dataset.check).toBe("done"), { timeout: 20_000 });
  return { user, ...pane };
}

const tab = (name: string) => screen.getByRole("tab", { name });

describe("SettingsStep", () => {
  it("waits for data before offering settings", () => {
    renderPane({ initialStep: "settings" });
    expect(
      screen.getByText("Open your data first: the settings adapt to the columns found.")
    ).toBeTruthy();
  });

  it("shows DESIGN.md's defaults, and the default analysis date the data gives", async () => {
    const { user } = await openData();
    await user.click(tab("Settings"));
    const value = (name: string) =>
      (screen.getByRole("textbox", { name }) as HTMLInputElement).value;
    expect(value("Horizon (months)")).toBe("12");
    expect(value("Discount rate per month (%)")).toBe("1");
    expect(value("Gross margin (%)")).toBe("100");
    expect(value("Conversion window (days)")).toBe("30");
    expect(
      (screen.getByRole("combobox", { name: "Score levels" }) as HTMLSelectElement).value
    ).toBe("5");
    expect((screen.getByRole("combobox", { name: "Segment map" }) as HTMLSelectElement).value).toBe(
      "classic"
    );
    expect(screen.getByText("Empty: the day after the last sale (February 2, 2024).")).toBeTruthy();
  });

  it("says what is wrong with a value as it is typed, and the Run step waits for a fix", async () => {
    const { user } = await openData();
    await user.click(tab("Settings"));
    const horizon = screen.getByRole("textbox", { name: "Horizon (months)" });
    await user.clear(horizon);
    await user.type(horizon, "0");
    expect(
      screen.getByText("0 months: choose a whole number of months from 1 to 120.")
    ).toBeTruthy();
    await user.click(tab("Run"));
    expect(screen.getByText("Fix the settings first: 1 cannot be used.")).toBeTruthy();
    expect(
      (screen.getByRole("button", { name: "Run the analysis" }) as HTMLButtonElement).disabled
    ).toBe(true);
  });

  it("edits the value bands and checks them with the engine's rule", async () => {
    const { user } = await openData();
    await user.click(tab("Settings"));
    await user.selectOptions(screen.getByRole("combobox", { name: "Segment map" }), "bands");
    const bands = screen.getByRole("textbox", { name: "Band thresholds" }) as HTMLInputElement;
    expect(bands.value).toBe("50; 100; 200; 500");
    await user.clear(bands);
    await user.type(bands, "100; 50");
    // rfm:problems.bandOrder, with the thresholds as typed.
    expect(screen.getByText(/100, 50/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Back to the defaults" }));
    await user.selectOptions(screen.getByRole("combobox", { name: "Segment map" }), "bands");
    expect(
      (screen.getByRole("textbox", { name: "Band thresholds" }) as HTMLInputElement).value
    ).toBe("50; 100; 200; 500");
  });

  it("offers a cost per contact for each channel of the contacts", async () => {
    const { user } = await openData({}, [csv("orders.csv", ORDERS), csv("contacts.csv", CONTACTS)]);
    await user.click(tab("Settings"));
    const email = await screen.findByRole("textbox", { name: "Cost of one Email contact" });
    await user.type(email, "0,15");
    await user.click(tab("Run"));
    await user.click(screen.getByRole("button", { name: "Run the analysis" }));
    await waitFor(() => expect(document.body.dataset.run).toBe("done"));
  });

  it("remembers the settings of a file for the next time it is opened", async () => {
    const first = await openData();
    await first.user.click(tab("Settings"));
    const horizon = screen.getByRole("textbox", { name: "Horizon (months)" });
    await first.user.clear(horizon);
    await first.user.type(horizon, "24");
    first.unmount();

    const second = await openData();
    await second.user.click(tab("Settings"));
    expect(
      (screen.getByRole("textbox", { name: "Horizon (months)" }) as HTMLInputElement).value
    ).toBe("24");
    await second.user.click(screen.getByRole("button", { name: "Back to the defaults" }));
    expect(
      (screen.getByRole("textbox", { name: "Horizon (months)" }) as HTMLInputElement).value
    ).toBe("12");
  });

  it("reads a decimal comma in French", async () => {
    const { user } = await openData({ language: "fr" });
    await user.click(tab("Réglages"));
    const discount = screen.getByRole("textbox", { name: "Taux d'actualisation mensuel (%)" });
    await user.clear(discount);
    await user.type(discount, "1,5");
    expect(screen.queryByText("Saisissez un nombre.")).toBeNull();
    await user.clear(discount);
    await user.type(discount, "abc");
    expect(screen.getByText("Saisissez un nombre.")).toBeTruthy();
  });
});

/** The in-process engine, except that analyses wait for the test to answer them. */
function controlledEngine() {
  const real = createInProcessEngine();
  const calls: {
    onProgress: (p: RunProgress) => void;
    resolve: (o: Outcome<AnalysisOutput>) => void;
  }[] = [];
  const engine: Engine = {
    ...real,
    analyse: (_request, onProgress) =>
      new Promise((resolve) => calls.push({ onProgress, resolve })),
    cancel: jest.fn(),
  };
  return { engine, calls };
}

describe("RunStep", () => {
  it("waits for data before offering a run", () => {
    renderPane({ initialStep: "run" });
    expect(screen.getByText("Open your data first, then run the analysis here.")).toBeTruthy();
  });

  it("shows the stage under way on a progress bar, and cancels at once", async () => {
    const { engine, calls } = controlledEngine();
    const { user } = await openData({ engine });
    await user.click(tab("Run"));
    await user.click(screen.getByRole("button", { name: "Run the analysis" }));
    const bar = screen.getByRole("progressbar");
    expect(screen.getByText("Reading the data (0%)")).toBeTruthy();
    act(() => calls[0].onProgress({ stage: "reading", fraction: 0.5 }));
    expect(screen.getByText("Reading the data (50%)")).toBeTruthy();
    // Half of the first of six stages: 0.5 / 6.
    expect(Number(bar.getAttribute("aria-valuenow"))).toBeCloseTo(0.5 / 6, 6);
    act(() => calls[0].onProgress({ stage: "fitting" }));
    expect(screen.getByText("Fitting the lifetime value models")).toBeTruthy();
    expect(Number(bar.getAttribute("aria-valuenow"))).toBeCloseTo(3 / 6, 6);
    expect(
      (screen.getByRole("button", { name: "Run the analysis" }) as HTMLButtonElement).disabled
    ).toBe(true);

    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(engine.cancel).toHaveBeenCalledTimes(1);
    expect(screen.getByText("Analysis cancelled. Your data and settings are kept.")).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(document.body.dataset.run).toBe("cancelled");
    // An answer arriving after the cancel changes nothing.
    act(() => calls[0].resolve({ ok: false, problem: { code: "pane:run.cancelled", params: {} } }));
    expect(document.body.dataset.run).toBe("cancelled");
  });

  it("says why a run failed, naming the sheet, column and row", async () => {
    const { engine, calls } = controlledEngine();
    const { user } = await openData({ engine });
    await user.click(tab("Run"));
    await user.click(screen.getByRole("button", { name: "Run the analysis" }));
    act(() =>
      calls[0].resolve({
        ok: false,
        problem: {
          code: "quality:error.unknownColumn",
          params: { sheet: "orders", column: "H", field: "amount", row: 1 },
          translatedParams: { field: "common:field." },
        },
      })
    );
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe(
      "The analysis could not run" +
        "Sheet orders: column H chosen for amount (or quantity and unit price) does not exist. " +
        "Choose another column for this field in the mapping."
    );
  });

  it("an engine that throws instead of answering still ends the run with a message", async () => {
    const engine: Engine = {
      ...createInProcessEngine(),
      analyse: () => Promise.reject(new Error("worker script failed to load")),
    };
    const { user } = await openData({ engine });
    await user.click(tab("Run"));
    await user.click(screen.getByRole("button", { name: "Run the analysis" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(
      /The analysis engine stopped \(worker script failed to load\)\. Run the analysis again/
    );
    expect(document.body.dataset.run).toBe("failed");
  });

  it("lists what the data could not support once done, and opens the results", async () => {
    const { user } = await openData();
    await user.click(tab("Run"));
    await user.click(screen.getByRole("button", { name: "Run the analysis" }));
    expect(await screen.findByText("results shown")).toBeTruthy();
    await user.click(tab("Run"));
    expect(screen.getByText(/^Analysis done, as of February 2, 2024\.$/)).toBeTruthy();
    // No contacts sheet: uplift and campaign KPIs are skipped, and the pane says so.
    expect(screen.getByText(/^Uplift and campaign KPIs skipped/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Run again" })).toBeTruthy();
  });
});

describe("WriteStep", () => {
  it("offers nothing to write before a run", () => {
    renderPane({ initialStep: "write" });
    expect(screen.getByText(/download the report/)).toBeTruthy();
  });

  it("downloads only the sheets chosen; none chosen, nothing to download", async () => {
    const { user, engine, deps } = await openData();
    await user.click(tab("Run"));
    await user.click(screen.getByRole("button", { name: "Run the analysis" }));
    await screen.findByText("results shown");
    await user.click(tab("Write"));
    await user.click(screen.getByRole("checkbox", { name: "Method" }));
    await user.click(screen.getByRole("button", { name: "Download the report" }));
    await waitFor(() => expect(deps.saveFile).toHaveBeenCalledTimes(1));
    const written = engine.writeXlsx.mock.calls[0][0] as { sheets: { key: string }[] };
    expect(written.sheets.map((s) => s.key)).not.toContain("method");
    expect(written.sheets.length).toBeGreaterThan(0);
    expect(document.body.dataset.write).toBe("downloaded");
    expect(
      screen.getByRole("link", { name: "Download crm-report-2025-01-02.xlsx again" })
    ).toBeTruthy();

    for (const box of screen.getAllByRole("checkbox")) {
      if ((box as HTMLInputElement).checked) await user.click(box);
    }
    expect(screen.getByText("Choose at least one sheet.")).toBeTruthy();
    expect(
      (screen.getByRole("button", { name: "Download the report" }) as HTMLButtonElement).disabled
    ).toBe(true);
  });
});

describe("WriteStep when the browser refuses the download", () => {
  it("says so instead of failing silently", async () => {
    const { user, deps } = await openData();
    deps.saveFile.mockImplementation(() => {
      throw new Error("Blob URLs are blocked");
    });
    await user.click(tab("Run"));
    await user.click(screen.getByRole("button", { name: "Run the analysis" }));
    await screen.findByText("results shown");
    await user.click(tab("Write"));
    await user.click(screen.getByRole("button", { name: "Download the report" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(/Blob URLs are blocked/);
    expect(document.body.dataset.write).toBe("failed");
  });
});

describe("WriteStep after a language switch", () => {
  it("writes the report in the language the pane speaks now", async () => {
    const { user, engine } = await openData();
    await user.click(tab("Run"));
    await user.click(screen.getByRole("button", { name: "Run the analysis" }));
    await screen.findByText("results shown");
    await user.selectOptions(screen.getByRole("combobox", { name: "Language" }), "fr");
    await user.click(await screen.findByRole("tab", { name: "Écrire" }));
    // the sheets to choose are named in French at once, before the report is made again
    expect(screen.getByRole("checkbox", { name: "Qualité des données" })).toBeTruthy();
    expect(screen.queryByRole("checkbox", { name: "Data quality" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Télécharger le rapport" }));
    await waitFor(() => expect(engine.writeXlsx).toHaveBeenCalledTimes(1));
    expect(engine.reportIn).toHaveBeenCalledWith("fr", expect.any(Number));
    const model = engine.writeXlsx.mock.calls[0][0] as {
      language: string;
      sheets: { key: string; name: string }[];
    };
    expect(model.language).toBe("fr");
    expect(model.sheets.find((s) => s.key === "dataQuality")?.name).toBe("Qualité des données");
  });
});

describe("the flow in Excel", () => {
  const ventes: RawSheet = {
    name: "Ventes",
    firstRow: 1,
    rows: [
      ["N° client", "Date", "Montant"],
      ["A1", 45296, 10],
      ["A1", 45310, 15],
      ["A2", 45301, 30],
      ["A2", 45323, 30],
    ],
  };

  async function runInExcel(host = fakeHost([ventes])) {
    const user = userEvent.setup();
    const pane = renderPane({ mode: "excel", host });
    await user.click(screen.getByRole("button", { name: "Find my data" }));
    await screen.findByRole("region", { name: "Data quality" });
    await waitFor(() => expect(document.body.dataset.check).toBe("done"), { timeout: 20_000 });
    await user.click(tab("Run"));
    await user.click(screen.getByRole("button", { name: "Run the analysis" }));
    await screen.findByText("results shown");
    await user.click(tab("Write"));
    return { user, host, ...pane };
  }

  it("writes the report through the host, then links to each sheet written", async () => {
    const { user, host } = await runInExcel();
    expect(screen.getByText(/your sheets are never changed/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Write to this workbook" }));
    const goToRfm = await screen.findByRole("button", { name: "Go to RFM" });
    expect(host.writeReport).toHaveBeenCalledTimes(1);
    const model = host.writeReport.mock.calls[0][0] as { sheets: { name: string }[] };
    const links = within(
      screen.getAllByRole("status").find((s) => s.textContent?.includes("Report written"))!
    )
      .getAllByRole("button")
      .map((b) => b.textContent);
    expect(links).toEqual(model.sheets.map((s) => `Go to ${s.name}`));
    await user.click(goToRfm);
    expect(host.activateSheet).toHaveBeenCalledWith("RFM");
    expect(document.body.dataset.write).toBe("written");
  });

  it("says the workbook is unchanged when the write fails", async () => {
    const host = fakeHost([ventes]);
    host.writeReport.mockRejectedValue(
      new ExcelHostError({ code: "pane:excel.writeFailed", params: {} })
    );
    const { user } = await runInExcel(host);
    await user.click(screen.getByRole("button", { name: "Write to this workbook" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(
      /^The report could not be writtenThe report could not be written; your workbook is unchanged\./
    );
    expect(document.body.dataset.write).toBe("failed");
  });
});

describe("every control has an accessible name, on every step, with data and results", () => {
  it.each(["en", "fr"] as const)("%s", async (language) => {
    const { user } = await openData({ language }, [
      csv("orders.csv", ORDERS),
      csv("contacts.csv", CONTACTS),
    ]);
    const tabs = screen.getAllByRole("tab");
    await user.click(tabs[2]);
    await user.click(screen.getByRole("button", { name: /Run the analysis|Lancer l'analyse/ }));
    await screen.findByText("results shown");
    for (const step of [0, 1, 2, 4]) {
      await user.click(tabs[step]);
      for (const role of ["button", "combobox", "textbox", "checkbox", "link", "tab"] as const) {
        const all = screen.queryAllByRole(role);
        const named = screen.queryAllByRole(role, { name: /\S/ });
        expect([step, role, named.length]).toEqual([step, role, all.length]);
      }
    }
  });
});

describe("ErrorBoundary", () => {
  it("shows a message and a way out instead of a white pane", async () => {
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const Broken = () => {
      throw new Error("boom");
    };
    render(
      <I18nextProvider i18n={createI18n("fr")}>
        <ErrorBoundary>
          <Broken />
        </ErrorBoundary>
      </I18nextProvider>
    );
    expect(screen.getByRole("alert").textContent).toMatch(
      /^Un problème est survenu dans le voletVos données et votre classeur sont intacts\./
    );
    expect(screen.getByRole("button", { name: "Recharger le volet" })).toBeTruthy();
    spy.mockRestore();
  });
});

describe("WriteStep's teaching workbook", () => {
  it("downloads the teaching workbook without answers when the box is unticked", async () => {
    const { user, engine, deps } = await openData();
    await user.click(tab("Run"));
    await user.click(screen.getByRole("button", { name: "Run the analysis" }));
    await screen.findByText("results shown");
    await user.click(tab("Write"));
    await user.click(screen.getByRole("checkbox", { name: "Include the answers sheet" }));
    await user.click(screen.getByRole("button", { name: "Download the teaching workbook" }));
    await waitFor(() => expect(engine.writeXlsx).toHaveBeenCalledTimes(1));
    expect(engine.teachingIn).toHaveBeenCalledWith("en", expect.any(Number), false);
    const model = engine.writeXlsx.mock.calls[0][0] as { sheets: { key: string }[] };
    expect(model.sheets.map((s) => s.key)).toEqual([
      "teachingRfm",
      "teachingSegments",
      "exercises",
    ]);
    expect(deps.saveFile.mock.calls[0][1]).toMatch(/^crm-teaching-\d{4}-\d{2}-\d{2}\.xlsx$/);
  });
});
