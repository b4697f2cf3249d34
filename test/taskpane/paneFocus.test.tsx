/** @jest-environment jsdom */
/**
 * The pane's shell for keyboard and screen-reader users: a main landmark, focus on the new
 * step's heading after each main action (load, next, run, download), and one primary button
 * at a time on the Data step.
 */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderPane, type PaneTestOptions } from "./support/renderPane";

jest.mock("../../src/taskpane/components/ResultsStep/ResultsStep", () => ({
  __esModule: true,
  default: () => <h2>Results heading</h2>,
}));

const ORDERS =
  "Customer ID;Date;Amount\nA1;2024-01-05;10\nA1;2024-01-20;15\nA2;2024-01-10;30\nA2;2024-02-01;30\n";
const csv = (name: string, body: string) => new File([body], name, { type: "text/csv" });

// Whole-pane tests with the real engine: slow on a busy machine, never a measure of speed.
jest.setTimeout(60_000);

beforeEach(() => window.localStorage.clear());

async function openData(options: PaneTestOptions = {}) {
  const user = userEvent.setup();
  const pane = renderPane(options);
  await user.upload(screen.getByLabelText(/Workbook or CSV files|Classeur ou fichiers CSV/), [
    csv("orders.csv", ORDERS),
  ]);
  await screen.findByRole("region", { name: /Data quality|Qualité des données/ });
  await waitFor(() => expect(pane.engine.check).toHaveBeenCalled());
  return { user, ...pane };
}

const focused = () => document.activeElement;
const heading = (name: string) => screen.getByRole("heading", { level: 2, name });

describe("the pane's landmarks", () => {
  it("has one main landmark holding the step tabs and the step shown", () => {
    renderPane();
    const main = screen.getByRole("main");
    expect(screen.getAllByRole("main")).toHaveLength(1);
    expect(main.contains(screen.getByRole("tablist"))).toBe(true);
    expect(main.contains(screen.getByRole("tabpanel"))).toBe(true);
    // The title stays outside, in the header.
    expect(main.contains(screen.getByRole("heading", { level: 1 }))).toBe(false);
  });

  it("keeps the five step tabs on one row that never wraps", () => {
    renderPane({ language: "fr" });
    const style = getComputedStyle(screen.getByRole("tablist"));
    expect(style.flexWrap).toBe("nowrap");
    expect(screen.getAllByRole("tab")).toHaveLength(5);
  });
});

describe("focus after each main action", () => {
  it("load: moves to the Data step's heading once the data is open", async () => {
    await openData();
    await waitFor(() => expect(focused()).toBe(heading("Your data")));
    // Focusable by script, not a tab stop.
    expect(heading("Your data").getAttribute("tabindex")).toBe("-1");
  });

  it("next: moves to the Settings heading", async () => {
    const { user } = await openData();
    await user.click(screen.getByRole("button", { name: "Next: settings" }));
    expect(focused()).toBe(heading("Settings"));
  });

  it("run: moves to the Results heading when the run ends", async () => {
    const { user } = await openData();
    await user.click(screen.getByRole("tab", { name: "Run" }));
    // Choosing a tab by hand leaves the focus on the tab.
    expect(focused()).toBe(screen.getByRole("tab", { name: "Run" }));
    await user.click(screen.getByRole("button", { name: "Run the analysis" }));
    await screen.findByRole("heading", { name: "Results heading" });
    await waitFor(() => expect(focused()).toBe(heading("Results heading")));
  });

  it("download: moves to the Write step's heading once the report is downloaded", async () => {
    const { user, deps } = await openData();
    await user.click(screen.getByRole("tab", { name: "Run" }));
    await user.click(screen.getByRole("button", { name: "Run the analysis" }));
    await screen.findByRole("heading", { name: "Results heading" });
    await user.click(screen.getByRole("tab", { name: "Write" }));
    await user.click(screen.getByRole("button", { name: "Download the report" }));
    await waitFor(() => expect(deps.saveFile).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(focused()).toBe(heading("Write to the workbook")));
  });
});

describe("the Data step's primary button", () => {
  /**
   * The classes that give the brand background, the mark of Fluent's primary appearance: read
   * from the style rules Griffel inserted (one atomic class per property and value).
   */
  function primaryClasses(): string[] {
    const classes: string[] = [];
    for (const sheet of Array.from(document.styleSheets)) {
      for (const rule of Array.from(sheet.cssRules)) {
        const match = /^\.([\w-]+) \{background-color: var\(--colorBrandBackground\);\}$/.exec(
          rule.cssText
        );
        if (match) classes.push(match[1]);
      }
    }
    return classes;
  }
  const isPrimary = (name: string | RegExp) => {
    const brand = primaryClasses();
    expect(brand.length).toBeGreaterThan(0);
    const own = screen.getByRole("button", { name }).className.split(/\s+/);
    return own.some((c) => brand.includes(c));
  };

  it("is 'Try the sample data' until data is open, then 'Next: settings'", async () => {
    const first = renderPane();
    expect(isPrimary("Try the sample data")).toBe(true);
    expect(isPrimary("Choose files")).toBe(false);
    first.unmount();
    await openData();
    expect(isPrimary("Try the sample data")).toBe(false);
    expect(isPrimary("Next: settings")).toBe(true);
  });

  it("is the same in French", async () => {
    await openData({ language: "fr" });
    expect(isPrimary("Essayer avec les données d'exemple")).toBe(false);
    expect(isPrimary(/^Suite.*paramètres$/)).toBe(true);
  });
});
