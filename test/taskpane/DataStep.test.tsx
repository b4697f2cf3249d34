/** @jest-environment jsdom */
import { createEvent, fireEvent, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderPane } from "./support/renderPane";

const xlsx = (name: string) =>
  new File(["PK"], name, {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
const csv = (name: string) => new File(["id;date\n1;2024-01-01\n"], name, { type: "text/csv" });

/** Drops files on the element, as a browser does after a drag from the file manager. */
function drop(target: Element, files: File[]) {
  const event = createEvent.drop(target);
  Object.defineProperty(event, "dataTransfer", { value: { files, types: ["Files"] } });
  fireEvent(target, event);
}

const dropZone = (prompt = "Drop one .xlsx workbook or .csv files here") =>
  screen.getByText(prompt).parentElement!;

describe("DataStep, standalone", () => {
  it("opens a workbook chosen with the file picker", async () => {
    const user = userEvent.setup();
    const { actions } = renderPane();
    const file = xlsx("ventes 2024.xlsx");
    await user.upload(screen.getByLabelText("Workbook or CSV files"), file);
    expect(actions.openFiles).toHaveBeenCalledWith({ kind: "workbook", files: [file] });
    expect(screen.getByRole("status").textContent).toBe("Opening: ventes 2024.xlsx");
  });

  it("opens several CSV files together and lists them the way the language does", async () => {
    const user = userEvent.setup();
    const { actions } = renderPane({ language: "fr" });
    const files = [csv("clients.csv"), csv("achats.csv")];
    await user.upload(screen.getByLabelText("Classeur ou fichiers CSV"), files);
    expect(actions.openFiles).toHaveBeenCalledWith({ kind: "csv", files });
    // Intl.ListFormat("fr") joins two items with "et".
    expect(screen.getByRole("status").textContent).toBe(
      "Ouverture\u00a0: clients.csv et achats.csv"
    );
  });

  it("opens files dropped on the zone", () => {
    const { actions } = renderPane();
    const files = [csv("customers.csv"), csv("transactions.csv"), csv("contacts.csv")];
    drop(dropZone(), files);
    expect(actions.openFiles).toHaveBeenCalledWith({ kind: "csv", files });
    expect(screen.getByRole("status").textContent).toBe(
      "Opening: customers.csv, transactions.csv, and contacts.csv"
    );
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

  it("asks for the sample data through its action", async () => {
    const user = userEvent.setup();
    const { actions } = renderPane();
    const button = screen.getByRole("button", { name: "Try the sample data" });
    expect(button.getAttribute("aria-describedby")).toBe(
      screen.getByText(/A made-up shop/).getAttribute("id")
    );
    await user.click(button);
    expect(actions.trySample).toHaveBeenCalledTimes(1);
    expect(actions.openFiles).not.toHaveBeenCalled();
  });

  it("has no Excel-only control", () => {
    renderPane();
    expect(screen.queryByRole("button", { name: "Find my data" })).toBeNull();
  });

  describe("refusals", () => {
    it("names the file that is not a spreadsheet, and opens nothing", () => {
      const { actions } = renderPane();
      drop(dropZone(), [csv("a.csv"), new File(["%PDF"], "report.pdf")]);
      expect(screen.getByRole("alert").textContent).toBe(
        "report.pdf is not an .xlsx or .csv file. Choose an Excel workbook or CSV files."
      );
      expect(actions.openFiles).not.toHaveBeenCalled();
    });

    it("refuses a workbook mixed with CSV files", () => {
      const { actions } = renderPane();
      drop(dropZone(), [xlsx("a.xlsx"), csv("b.csv")]);
      expect(screen.getByRole("alert").textContent).toMatch(/not both/);
      expect(actions.openFiles).not.toHaveBeenCalled();
    });

    it("refuses two workbooks, in French too", () => {
      const { actions } = renderPane({ language: "fr" });
      drop(dropZone("Déposez ici un classeur .xlsx ou des fichiers .csv"), [
        xlsx("a.xlsx"),
        xlsx("b.xlsx"),
      ]);
      expect(screen.getByRole("alert").textContent).toBe(
        "Ouvrez un seul classeur .xlsx à la fois."
      );
      expect(actions.openFiles).not.toHaveBeenCalled();
    });

    it("clears the refusal once a good file comes", () => {
      const { actions } = renderPane();
      drop(dropZone(), [new File([""], "notes.txt")]);
      expect(screen.getByRole("alert")).toBeTruthy();
      drop(dropZone(), [csv("ok.csv")]);
      expect(screen.queryByRole("alert")).toBeNull();
      expect(actions.openFiles).toHaveBeenCalledTimes(1);
    });

    it("ignores a drop that carries no files (e.g. dragged text)", () => {
      const { actions } = renderPane();
      drop(dropZone(), []);
      expect(screen.queryByRole("alert")).toBeNull();
      expect(screen.getByRole("status").textContent).toBe("");
      expect(actions.openFiles).not.toHaveBeenCalled();
    });
  });
});

describe("DataStep, in Excel", () => {
  it("looks for the workbook's sheets instead of opening files", async () => {
    const user = userEvent.setup();
    const { actions } = renderPane({ mode: "excel" });
    expect(screen.queryByLabelText("Workbook or CSV files")).toBeNull();
    expect(screen.queryByRole("button", { name: "Try the sample data" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Find my data" }));
    expect(actions.findSheets).toHaveBeenCalledTimes(1);
  });
});
