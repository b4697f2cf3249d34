import {
  CsvWorkbookSource,
  decodeCsvBytes,
  parseCsvText,
  sheetNameOf,
} from "../../src/xlsx/csvWorkbookSource";

describe("parseCsvText", () => {
  it("reads French Excel's semicolon CSV with comma decimals and quoted fields", () => {
    const text =
      'N° client;Montant;Libellé\r\nK1;12,50;"Thé; vert ""bio"""\r\nK2;3,00;"sur\ndeux lignes"\r\n';
    expect(parseCsvText(text)).toEqual([
      ["N° client", "Montant", "Libellé"],
      ["K1", "12,50", 'Thé; vert "bio"'],
      ["K2", "3,00", "sur\ndeux lignes"],
    ]);
  });

  it("reads comma CSV with quoted thousands, and strips a UTF-8 BOM", () => {
    expect(parseCsvText('\ufeffCustomer,Amount\nA,"1,234.50"\n')).toEqual([
      ["Customer", "Amount"],
      ["A", "1,234.50"],
    ]);
  });

  it("keeps blank lines inside (the input layer counts them), drops trailing ones, empty fields are null", () => {
    expect(parseCsvText("a;b\n1;\n\n2;3\n\n\n")).toEqual([
      ["a", "b"],
      ["1", null],
      [null],
      ["2", "3"],
    ]);
  });

  describe("edge cases", () => {
    it("an empty file has no rows; a single column is one field a row", () => {
      expect(parseCsvText("")).toEqual([]);
      expect(parseCsvText("id\n1\n2")).toEqual([["id"], ["1"], ["2"]]);
    });
  });
});

describe("decodeCsvBytes", () => {
  it("decodes UTF-8 (dropping the BOM) and falls back to Windows-1252 as plain French Excel CSV", () => {
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x43, 0x61, 0x74, 0xc3, 0xa9]))).toBe(
      "Caté"
    );
    // "Qté;Coût" in Windows-1252: é = 0xE9, û = 0xFB (invalid as UTF-8)
    expect(decodeCsvBytes(new Uint8Array([0x51, 0x74, 0xe9, 0x3b, 0x43, 0x6f, 0xfb, 0x74]))).toBe(
      "Qté;Coût"
    );
  });
});

describe("CsvWorkbookSource", () => {
  it("makes each file a sheet named after the file", async () => {
    const source = new CsvWorkbookSource(
      [
        { fileName: "exports/Ventes 2024.csv", data: "Client;Montant\nK1;1\n" },
        {
          fileName: "clients.csv.gz",
          data: new TextEncoder().encode("Code client,Nom\nK1,Dupont\n"),
        },
      ],
      { culture: "fr-FR" }
    );
    expect(await source.info()).toEqual({ date1904: false, culture: "fr-FR" });
    expect(await source.listSheets()).toEqual([
      { name: "Ventes 2024", tables: [], rowCount: 2, columnCount: 2 },
      { name: "clients", tables: [], rowCount: 2, columnCount: 2 },
    ]);
    expect(await source.readSheet("clients")).toEqual({
      name: "clients",
      rows: [
        ["Code client", "Nom"],
        ["K1", "Dupont"],
      ],
      firstRow: 1,
    });
    await expect(source.readSheet("nope")).rejects.toThrow("nope");
  });

  it("names sheets from paths", () => {
    expect(sheetNameOf("C:\\data\\Ventes.CSV")).toBe("Ventes");
    expect(sheetNameOf("a/b/online_retail.csv.gz")).toBe("online_retail");
    expect(sheetNameOf("notes.txt")).toBe("notes");
  });
});
