/** @jest-environment jsdom */
import { act, createEvent, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { RawSheet } from "../../src/analytics/domain";
import { ExcelHostError } from "../../src/excel/excelError";
import { fakeHost } from "./support/fakeHost";
import { createInProcessEngine } from "../../src/taskpane/flow/inProcessEngine";
import type { Engine } from "../../src/taskpane/flow/engine";
import { renderPane, sampleEnBytes } from "./support/renderPane";

const xlsx = (name: string) =>
  new File(["PK"], name, {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
const csv = (name: string, body = "id;date\n1;2024-01-01\n") =>
  new File([body], name, { type: "text/csv" });

// Three lines by hand: row 3 has no customer id, so 3 rows read, 2 used, 1 excluded (row 3).
// Columns: A Customer ID, B Date, C Amount, D Gross (a second amount the user may prefer).
const ORDERS =
  "Customer ID;Date;Amount;Gross\nA1;2024-01-05;10;12\n;2024-01-06;20;24\nA2;2024-02-01;30;36\n";

/** Drops files on the element, as a browser does after a drag from the file manager. */
function drop(target: Element, files: File[]) {
  const event = createEvent.drop(target);
  Object.defineProperty(event, "dataTransfer", { value: { files, types: ["Files"] } });
  fireEvent(target, event);
}

const dropZone = (prompt = "Drop one .xlsx workbook or .csv files here") =>
  screen.getByText(prompt).parentElement!;

beforeEach(() => window.localStorage.clear());

describe("DataStep, standalone: opening data", () => {
  it("opens a workbook chosen with the file picker, and names it when it cannot be read", async () => {
    const user = userEvent.setup();
    const { engine } = renderPane();
    await user.upload(screen.getByLabelText("Workbook or CSV files"), xlsx("ventes 2024.xlsx"));
    expect(screen.getByRole("status").textContent).toBe("Opening: ventes 2024.xlsx");
    await waitFor(() => expect(engine.open).toHaveBeenCalledTimes(1));
    expect(engine.open.mock.calls[0][0]).toMatchObject({
      kind: "xlsx",
      fileName: "ventes 2024.xlsx",
    });
    // Two bytes "PK" are no workbook: the message names the file and says what to do, in the
    // pane's words (no JSZip message).
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe(
      "This data cannot be usedventes 2024.xlsx could not be read as an Excel workbook (it may be damaged or incomplete): open it in Excel and save it again as .xlsx"
    );
  });

  it("opens several CSV files together: one sheet each, named after the file", async () => {
    const user = userEvent.setup();
    const { engine } = renderPane({ language: "fr" });
    const files = [csv("clients.csv", "N° client;Nom\nA1;Ana\n"), csv("achats.csv", ORDERS)];
    await user.upload(screen.getByLabelText("Classeur ou fichiers CSV"), files);
    // Intl.ListFormat("fr") joins two items with "et".
    expect(screen.getByRole("status").textContent).toBe(
      "Ouverture\u00a0: clients.csv et achats.csv"
    );
    const found = await screen.findByRole("region", { name: "Feuilles trouvées" });
    expect(engine.open.mock.calls[0][0]).toMatchObject({
      kind: "csv",
      files: [{ fileName: "clients.csv" }, { fileName: "achats.csv" }],
    });
    const items = within(found)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(items).toEqual([
      // The header row counts: a header and one customer are 2 rows.
      "clients 2 lignes, en-tête en ligne 1 · Contenu\u00a0: Clients",
      "achats 4 lignes, en-tête en ligne 1 · Contenu\u00a0: Transactions",
    ]);
  });

  it("opens files dropped on the zone", async () => {
    const { engine } = renderPane();
    drop(dropZone(), [csv("customers.csv"), csv("transactions.csv"), csv("contacts.csv")]);
    expect(screen.getByRole("status").textContent).toBe(
      "Opening: customers.csv, transactions.csv, and contacts.csv"
    );
    await waitFor(() => expect(engine.open).toHaveBeenCalledTimes(1));
  });

  it("the Choose files button opens the browser's file picker", async () => {
    const user = userEvent.setup();
    renderPane();
    const input = screen.getByLabelText("Workbook or CSV files");
    const pickerOpened = jest.fn();
    input.addEventListener("click", pickerOpened);
    await user.click(screen.getByRole("button", { name: "Choose files" }));
    expect(pickerOpened).toHaveBeenCalledTimes(1);
  });

  it("the file input offers only .xlsx and .csv", () => {
    renderPane();
    expect(screen.getByLabelText("Workbook or CSV files").getAttribute("accept")).toMatch(
      /^\.xlsx,\.csv,/
    );
  });

  it("the sample button loads the sample, described by its hint; a failed load says so", async () => {
    const user = userEvent.setup();
    const { deps, engine } = renderPane({
      loadSample: () => Promise.reject(new Error("404 Not Found")),
    });
    const button = screen.getByRole("button", { name: "Try the sample data" });
    expect(button.getAttribute("aria-describedby")).toBe(
      screen.getByText(/A made-up shop/).getAttribute("id")
    );
    await user.click(button);
    expect(deps.loadSample).toHaveBeenCalledTimes(1);
    expect((await screen.findByRole("alert")).textContent).toMatch(
      /Cannot read crm-sample\.xlsx: Error: 404 Not Found/
    );
    expect(engine.open).not.toHaveBeenCalled();
  });

  it("has no Excel-only control", () => {
    renderPane();
    expect(screen.queryByRole("button", { name: "Find my data" })).toBeNull();
  });

  describe("refusals", () => {
    it("names the file that is not a spreadsheet, and opens nothing", () => {
      const { engine } = renderPane();
      drop(dropZone(), [csv("a.csv"), new File(["%PDF"], "report.pdf")]);
      expect(screen.getByRole("alert").textContent).toBe(
        "report.pdf is not an .xlsx, .csv or .csv.gz file. Choose an Excel workbook or CSV files."
      );
      expect(engine.open).not.toHaveBeenCalled();
    });

    it("refuses a workbook mixed with CSV files", () => {
      const { engine } = renderPane();
      drop(dropZone(), [xlsx("a.xlsx"), csv("b.csv")]);
      expect(screen.getByRole("alert").textContent).toMatch(/not both/);
      expect(engine.open).not.toHaveBeenCalled();
    });

    it("refuses two workbooks, in French too", () => {
      const { engine } = renderPane({ language: "fr" });
      drop(dropZone("Déposez ici un classeur .xlsx ou des fichiers .csv"), [
        xlsx("a.xlsx"),
        xlsx("b.xlsx"),
      ]);
      expect(screen.getByRole("alert").textContent).toBe(
        "Ouvrez un seul classeur .xlsx à la fois."
      );
      expect(engine.open).not.toHaveBeenCalled();
    });

    it("clears the refusal once a good file comes", async () => {
      const { engine } = renderPane();
      drop(dropZone(), [new File([""], "notes.txt")]);
      expect(screen.getByRole("alert")).toBeTruthy();
      drop(dropZone(), [csv("ok.csv", ORDERS)]);
      await screen.findByRole("region", { name: "Sheets found" });
      expect(screen.queryByRole("alert")).toBeNull();
      expect(engine.open).toHaveBeenCalledTimes(1);
    });

    it("ignores a drop that carries no files (e.g. dragged text)", () => {
      const { engine } = renderPane();
      drop(dropZone(), []);
      expect(screen.queryByRole("alert")).toBeNull();
      expect(screen.getByRole("status").textContent).toBe("");
      expect(engine.open).not.toHaveBeenCalled();
    });
  });
});

describe("DataStep: mapping and quality", () => {
  async function openOrders(body = ORDERS, name = "orders.csv") {
    const user = userEvent.setup();
    const pane = renderPane();
    await user.upload(screen.getByLabelText("Workbook or CSV files"), csv(name, body));
    return { user, ...pane };
  }

  it("proposes a column for each field, with its confidence, and a dropdown to change it", async () => {
    const { user, engine } = await openOrders();
    const amount = (await screen.findByRole("combobox", {
      name: "amount (or quantity and unit price) (required)",
    })) as HTMLSelectElement;
    expect(amount.value).toBe("2");
    expect(amount.selectedOptions[0].textContent).toBe("C: Amount");
    const hintOf = (control: HTMLElement) =>
      (control.getAttribute("aria-describedby") ?? "")
        .split(" ")
        .map((id) => document.getElementById(id)?.textContent)
        .join("");
    expect(hintOf(amount)).toBe("Match 100%");
    const customer = screen.getByRole("combobox", {
      name: "customer id (required)",
    }) as HTMLSelectElement;
    expect(customer.selectedOptions[0].textContent).toBe("A: Customer ID");
    // An optional field nothing matched offers "No column".
    const channel = screen.getByRole("combobox", { name: "channel" }) as HTMLSelectElement;
    expect(channel.value).toBe("");
    expect(channel.selectedOptions[0].textContent).toBe("No column");

    await user.selectOptions(amount, "3");
    await waitFor(() =>
      expect(engine.check).toHaveBeenLastCalledWith(
        { sheets: {}, mappings: { transactions: { amount: 3 } } },
        "",
        // the settings a summary sheet's check reads
        expect.anything()
      )
    );
    expect(hintOf(amount)).toBe("Your choice");
  });

  it("opens a sheet's columns by itself only when a required one needs checking", async () => {
    await openOrders();
    const sure = await screen.findByText("Columns of orders (Transactions)");
    expect(sure.closest("details")!.open).toBe(false);
    expect(within(sure.closest("summary")!).getByText("all required columns found")).toBeTruthy();
    document.body.innerHTML = "";
    // "Email" is only a weak synonym of a customer id (0.8 of a match): worth a look.
    await openOrders("Email;Date;Amount\na@x.fr;2024-01-05;10\n", "emails.csv");
    const loose = await screen.findByText("Columns of emails (Transactions)");
    expect(loose.closest("details")!.open).toBe(true);
    expect(within(loose.closest("summary")!).getByText("1 required column to check")).toBeTruthy();
  });

  it("sums up the quality: rows read, used, excluded, and the rows of each reason", async () => {
    const { user } = await openOrders();
    const quality = await screen.findByRole("region", { name: "Data quality" });
    await within(quality).findByText("Rows read");
    expect([document.body.dataset.source, document.body.dataset.check]).toEqual(["open", "done"]);
    const figures = within(quality)
      .getAllByRole("definition")
      .map((d) => d.textContent);
    expect(figures).toEqual(["3", "2", "1"]);
    const reason = within(quality).getByText("No customer id (orders): 1");
    const details = reason.closest("details")!;
    expect(details.open).toBe(false);
    await user.click(reason);
    expect(details.open).toBe(true);
    expect(within(details).getByText("Rows 3")).toBeTruthy();
  });

  it("lets the user choose the sheet of a kind among several", async () => {
    const user = userEvent.setup();
    const { engine } = renderPane();
    await user.upload(screen.getByLabelText("Workbook or CSV files"), [
      csv("a.csv", ORDERS),
      csv("b.csv", ORDERS),
    ]);
    const sheet = (await screen.findByRole("combobox", {
      name: "Sheet of Transactions",
    })) as HTMLSelectElement;
    // Detected, not forced: the engine still warns that b looks like transactions too.
    expect(sheet.value).toBe("");
    expect(sheet.selectedOptions[0].textContent).toBe("Detected: a");
    expect(
      await screen.findByText(/^Sheets a and b both look like transactions; a was used\./)
    ).toBeTruthy();
    await user.selectOptions(sheet, "b");
    await waitFor(() =>
      expect(engine.check).toHaveBeenLastCalledWith(
        { sheets: { transactions: "b" }, mappings: {} },
        "",
        // the settings a summary sheet's check reads
        expect.anything()
      )
    );
    expect(screen.getByText("Columns of b (Transactions)")).toBeTruthy();
  });

  describe("edge cases: what cannot be used is said, with where and what to do", () => {
    it("a required column missing names the sheet, the row, the field and the headers", async () => {
      await openOrders("Customer;Date;Region\nA;2024-01-01;North\n", "sales.csv");
      const alert = await screen.findByRole("alert");
      expect(alert.textContent).toBe(
        "Something needs fixing" +
          "Sheet sales, row 1: required column amount (or quantity and unit price) not found " +
          "(headers: Customer, Date, Region) " +
          "Choose the column for this field in the mapping, or add the column to the sheet and read the data again."
      );
    });

    it("no usable sheet lists the sheets there are", async () => {
      await openOrders("Colour;Shape\nred;round\n", "notes.csv");
      expect((await screen.findByRole("alert")).textContent).toMatch(
        /No sheet holds transactions or campaign contacts \(sheets: notes\)/
      );
    });
  });
});

describe("DataStep, in Excel", () => {
  const ventes: RawSheet = {
    name: "Ventes",
    firstRow: 1,
    rows: [
      ["N° client", "Date", "Montant"],
      ["A1", 45296, 10],
      ["A2", 45297, 20],
    ],
  };

  it("reads the workbook's sheets through the host instead of opening files", async () => {
    const user = userEvent.setup();
    const host = fakeHost([ventes]);
    const { engine } = renderPane({ mode: "excel", host });
    expect(screen.queryByLabelText("Workbook or CSV files")).toBeNull();
    expect(screen.queryByRole("button", { name: "Try the sample data" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Find my data" }));
    const found = await screen.findByRole("region", { name: "Sheets found" });
    expect(within(found).getByText("Ventes")).toBeTruthy();
    expect(host.readSheets).toHaveBeenCalledTimes(1);
    expect(engine.open).toHaveBeenCalledWith({
      kind: "sheets",
      sheets: [ventes],
      info: { culture: "fr-FR", date1904: false },
    });
    expect(screen.getByRole("button", { name: "Read the workbook again" })).toBeTruthy();
  });

  it("shows how much of the workbook has been read", async () => {
    const user = userEvent.setup();
    const host = fakeHost([ventes]);
    let finish: (sheets: RawSheet[]) => void = () => undefined;
    host.readSheets.mockImplementation((onProgress: (done: number, total: number) => void) => {
      onProgress(1, 4);
      return new Promise<RawSheet[]>((resolve) => (finish = resolve));
    });
    renderPane({ mode: "excel", host });
    await user.click(screen.getByRole("button", { name: "Find my data" }));
    const bar = await screen.findByRole("progressbar");
    expect(screen.getByText("Reading the workbook: 25%")).toBeTruthy();
    expect(bar.getAttribute("aria-valuenow")).toBe("0.25");
    expect(
      (screen.getByRole("button", { name: "Find my data" }) as HTMLButtonElement).disabled
    ).toBe(true);
    act(() => finish([ventes]));
    await screen.findByRole("region", { name: "Sheets found" });
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("shows how much of a workbook file has been read while it opens, in the user's language", async () => {
    const user = userEvent.setup();
    const inner = createInProcessEngine();
    let finish: () => void = () => undefined;
    const engine: Engine = {
      ...inner,
      async open(input, onProgress) {
        onProgress?.(0.4);
        await new Promise<void>((resolve) => (finish = resolve));
        return inner.open(input, onProgress);
      },
    };
    renderPane({ engine, language: "fr", loadSample: async () => sampleEnBytes() });
    await user.click(screen.getByRole("button", { name: "Essayer avec les données d'exemple" }));
    const bar = await screen.findByRole("progressbar");
    expect(screen.getByText(/^Lecture du classeur\s:\s40\s%$/)).toBeTruthy();
    expect(bar.getAttribute("aria-valuenow")).toBe("0.4");
    act(() => finish());
    // The real read then reports its own progress, up to the sheets found.
    await screen.findByRole("region", { name: "Feuilles trouvées" }, { timeout: 20_000 });
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("says which sheet Excel could not read, in the user's language", async () => {
    const user = userEvent.setup();
    const host = fakeHost([]);
    host.readSheets.mockRejectedValue(
      new ExcelHostError({ code: "pane:excel.readFailed", params: { sheet: "Ventes" } })
    );
    renderPane({ mode: "excel", host, language: "fr" });
    await user.click(screen.getByRole("button", { name: "Trouver mes données" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(/Ventes/);
  });
});
