/** @jest-environment jsdom */
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderPane } from "./support/renderPane";

describe("App (the pane's shell)", () => {
  it("shows the product name as the page heading", () => {
    renderPane();
    expect(screen.getByRole("heading", { level: 1, name: "CRM Analytics" })).toBeTruthy();
  });

  it("lists the five steps in order, Data selected first", () => {
    renderPane();
    const tabs = within(screen.getByRole("tablist", { name: "Steps" })).getAllByRole("tab");
    const labels = ["Data", "Settings", "Run", "Results", "Write"];
    expect(tabs).toHaveLength(labels.length);
    labels.forEach((name, i) => expect(screen.getByRole("tab", { name })).toBe(tabs[i]));
    expect(screen.getByRole("tab", { name: "Data" }).getAttribute("aria-selected")).toBe("true");
    expect(screen.getByRole("tabpanel", { name: "Data" })).toBeTruthy();
  });

  it("switches step on click, and the panel is labelled by its tab", async () => {
    const user = userEvent.setup();
    renderPane();
    await user.click(screen.getByRole("tab", { name: "Settings" }));
    const panel = screen.getByRole("tabpanel", { name: "Settings" });
    expect(within(panel).getByRole("heading", { level: 2, name: "Settings" })).toBeTruthy();
    expect(screen.queryByRole("heading", { name: "Your data" })).toBeNull();
  });

  // Arrow keys between tabs are Tabster's, which needs real layout: test/e2e checks them in Chromium.
  it("is usable from the keyboard: Enter or Space opens the focused step", async () => {
    const user = userEvent.setup();
    renderPane();
    screen.getByRole("tab", { name: "Run" }).focus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("heading", { level: 2, name: "Run the analysis" })).toBeTruthy();
    screen.getByRole("tab", { name: "Write" }).focus();
    await user.keyboard(" ");
    expect(screen.getByRole("heading", { level: 2, name: "Write to the workbook" })).toBeTruthy();
  });

  it("loads the Results step on demand", async () => {
    const user = userEvent.setup();
    renderPane();
    await user.click(screen.getByRole("tab", { name: "Results" }));
    expect(await screen.findByRole("heading", { level: 2, name: "Results" })).toBeTruthy();
  });

  it("says which mode it runs in", () => {
    renderPane({ mode: "excel" });
    expect(screen.getByText("Working on this workbook")).toBeTruthy();
  });

  it("offers a download in standalone mode and sheets in Excel on the Write step", () => {
    renderPane({ mode: "standalone", initialStep: "write" });
    expect(screen.getByText(/download the report/)).toBeTruthy();
    document.body.innerHTML = "";
    renderPane({ mode: "excel", initialStep: "write" });
    expect(screen.getByText(/choose the sheets to add/)).toBeTruthy();
  });

  it("labels every control", () => {
    renderPane();
    for (const role of ["button", "combobox", "tab"] as const) {
      for (const control of screen.getAllByRole(role)) {
        expect(control.textContent?.trim() || control.getAttribute("aria-label") || "").not.toBe(
          ""
        );
      }
    }
    expect(screen.getByRole("combobox", { name: "Language" })).toBeTruthy();
    expect(screen.getByLabelText("Workbook or CSV files")).toBeTruthy();
  });
});

describe("App language switch", () => {
  it("starts in the language it is given", () => {
    renderPane({ language: "fr" });
    expect(screen.getByRole("heading", { level: 2, name: "Vos données" })).toBeTruthy();
    expect((screen.getByRole("combobox", { name: "Langue" }) as HTMLSelectElement).value).toBe(
      "fr"
    );
  });

  it("switches the whole pane to French and back, and reports the choice", async () => {
    const user = userEvent.setup();
    const onLanguageChange = jest.fn();
    renderPane({ language: "en", onLanguageChange });
    await user.selectOptions(screen.getByRole("combobox", { name: "Language" }), "fr");
    expect(await screen.findByRole("heading", { level: 2, name: "Vos données" })).toBeTruthy();
    expect(screen.getByRole("tablist", { name: "Étapes" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Réglages" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Essayer avec les données d'exemple" })).toBeTruthy();
    expect(onLanguageChange).toHaveBeenLastCalledWith("fr");

    await user.selectOptions(screen.getByRole("combobox", { name: "Langue" }), "en");
    expect(await screen.findByRole("heading", { level: 2, name: "Your data" })).toBeTruthy();
    expect(onLanguageChange).toHaveBeenLastCalledWith("en");
  });

  it("names each language in itself, marked with its lang", () => {
    renderPane({ language: "fr" });
    const options = within(screen.getByRole("combobox", { name: "Langue" })).getAllByRole("option");
    expect(options.map((o) => [o.textContent, o.getAttribute("lang")])).toEqual([
      ["English", "en"],
      ["Français", "fr"],
    ]);
  });

  describe("edge cases", () => {
    it("shows English, and says so in the switch, when i18n holds a language we lack", async () => {
      const { i18n } = renderPane({ language: "en" });
      await act(() => i18n.changeLanguage("de"));
      expect(screen.getByRole("heading", { level: 2, name: "Your data" })).toBeTruthy();
      expect((screen.getByRole("combobox", { name: "Language" }) as HTMLSelectElement).value).toBe(
        "en"
      );
    });
  });
});
