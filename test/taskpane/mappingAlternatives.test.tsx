/** @jest-environment jsdom */
/**
 * Two "Amount" columns, or an order date and a delivery date: the column used and the others
 * that could feed the field are shown on the Data step (issue 12, item 11), not chosen silently.
 */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderPane } from "./support/renderPane";

const ORDERS =
  "Customer ID;Order date;Delivery date;Amount;Amount\nA1;2024-01-05;2024-01-08;10;12\nA2;2024-02-01;2024-02-03;30;36\n";

const hintOf = (control: HTMLElement) =>
  (control.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .map((id) => document.getElementById(id)?.textContent)
    .join("");

beforeEach(() => window.localStorage.clear());

async function open(language: "en" | "fr") {
  const user = userEvent.setup();
  renderPane({ language });
  await user.upload(
    screen.getByLabelText(/Workbook or CSV files|Classeur ou fichiers CSV/),
    new File([ORDERS], "orders.csv", { type: "text/csv" })
  );
  return user;
}

describe("the Data step with duplicate and competing headers", () => {
  it("names the column used and the other candidates, until the user chooses", async () => {
    const user = await open("en");
    const amount = (await screen.findByRole(
      "combobox",
      { name: "amount (or quantity and unit price) (required)" },
      { timeout: 20_000 }
    )) as HTMLSelectElement;
    expect(amount.selectedOptions[0].textContent).toBe("D: Amount");
    expect(hintOf(amount)).toBe("Match 100%. Also possible: E: Amount");
    const date = screen.getByRole("combobox", { name: "date (required)" }) as HTMLSelectElement;
    expect(date.selectedOptions[0].textContent).toBe("B: Order date");
    expect(hintOf(date)).toBe("Match 100%. Also possible: C: Delivery date");

    await user.selectOptions(amount, "4");
    expect(hintOf(amount)).toBe("Your choice");
  }, 30_000);

  it("says it in French", async () => {
    await open("fr");
    const amount = await screen.findByRole(
      "combobox",
      { name: /^montant.*\(obligatoire\)$/ },
      { timeout: 20_000 }
    );
    expect(hintOf(amount)).toBe("Correspondance 100\u00a0%. Possible aussi\u00a0: E\u00a0: Amount");
  }, 30_000);
});
