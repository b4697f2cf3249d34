import { deckName } from "../../src/deck/deckName";

describe("deckName: the title slide's name for a file, a path or a workbook URL", () => {
  it.each([
    ["crm-sample.xlsx", "crm-sample"],
    ["/data/exports/ventes.csv.gz", "ventes"],
    ["C:\\Users\\ana\\Suivi clients.xlsm", "Suivi clients"],
    ["lines.parquet", "lines"],
    ["https://contoso.sharepoint.com/sites/crm/Ventes%202025.xlsx?web=1", "Ventes 2025"],
    ["https://example.com/a/b%ZZ.xlsx", "b%ZZ"],
    ["notes.txt", "notes.txt"],
    ["", ""],
  ])("%s -> %s", (file, name) => {
    expect(deckName(file)).toBe(name);
  });

  it("keeps a # in a local file name (only URLs lose their query and fragment)", () => {
    expect(deckName("D:\\CRM #2.xlsx")).toBe("CRM #2");
  });
});
