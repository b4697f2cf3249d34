import {
  CsvWorkbookSource,
  decodeCsvBytes,
  parseCsvText,
  readCsvText,
  sheetNameOf,
  sheetNamesOf,
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

describe("readCsvText: every physical line is a row, read or marked malformed", () => {
  it("reads a field opening a quote it does not close as its line alone, quotes as text", () => {
    const text = 'id;name\n1;"Le Petit" Prince\n2;x\n3;"y"\n4;z\n';
    expect(readCsvText(text)).toEqual({
      rows: [
        ["id", "name"],
        ["1", '"Le Petit" Prince'],
        ["2", "x"],
        ["3", "y"],
        ["4", "z"],
      ],
      malformedRows: [],
      quotesAsTextRows: [1],
    });
  });

  it("reads an unclosed quote as text when its line has the file's number of fields, else marks the line malformed", () => {
    const text = 'id;name;n\n1;"a;b\n2;c;3\n';
    expect(readCsvText(text)).toEqual({
      rows: [
        ["id", "name", "n"],
        ["1", '"a', "b"],
        ["2", "c", "3"],
      ],
      malformedRows: [],
      quotesAsTextRows: [1],
    });
    expect(readCsvText('id;name;n\n1;"a;b;c;d\n2;c;3\n')).toEqual({
      rows: [
        ["id", "name", "n"],
        ["1", '"a', "b", "c", "d"],
        ["2", "c", "3"],
      ],
      malformedRows: [1],
      quotesAsTextRows: [],
    });
  });

  it("keeps a well-quoted field over two lines as one record after a broken line", () => {
    expect(readCsvText('a;b;c\n1;"x;y\n2;"two\nlines";5\n3;z;6\n')).toEqual({
      rows: [["a", "b", "c"], ["1", '"x', "y"], ["2", "two\nlines", "5"], [], ["3", "z", "6"]],
      malformedRows: [],
      quotesAsTextRows: [1],
    });
  });

  it("leaves the lines a quoted field spans empty, so row i + 1 is line i + 1", () => {
    expect(readCsvText('a;b\n1;"x\ny\nz"\n2;w').rows).toEqual([
      ["a", "b"],
      ["1", "x\ny\nz"],
      [],
      [],
      ["2", "w"],
    ]);
  });

  it("ends a line at CRLF, LF or a lone CR, mixed in one file", () => {
    expect(parseCsvText("a;b\r1;2\r\n3;4\n5;6\r")).toEqual([
      ["a", "b"],
      ["1", "2"],
      ["3", "4"],
      ["5", "6"],
    ]);
  });
});

describe("decodeCsvBytes", () => {
  it("decodes UTF-16 little and big endian by their byte-order mark", () => {
    const le = new Uint8Array([0xff, 0xfe, 0x4e, 0, 0xe9, 0, 0x09, 0, 0x31, 0]);
    const be = new Uint8Array([0xfe, 0xff, 0, 0x4e, 0, 0xe9, 0, 0x09, 0, 0x31]);
    expect(decodeCsvBytes(le)).toBe("Né\t1");
    expect(decodeCsvBytes(be.buffer)).toBe("Né\t1");
  });

  it("decodes UTF-8 without a byte-order mark", () => {
    expect(decodeCsvBytes(new TextEncoder().encode("Qté;Coût"))).toBe("Qté;Coût");
  });

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

  it("names files of the same base name apart, in the order given", async () => {
    expect(sheetNamesOf(["jan/sales.csv", "feb/sales.csv", "mar/Sales.csv.gz", "x.csv"])).toEqual([
      "sales",
      "sales (2)",
      "Sales (3)",
      "x",
    ]);
    const source = new CsvWorkbookSource([
      { fileName: "jan/sales.csv", data: "a;b\n1;2\n" },
      { fileName: "feb/sales.csv", data: "a;b\n3;4\n" },
    ]);
    expect((await source.listSheets()).map((s) => s.name)).toEqual(["sales", "sales (2)"]);
    expect((await source.readSheet("sales (2)")).rows).toEqual([
      ["a", "b"],
      ["3", "4"],
    ]);
  });

  it("reads a sheet again from the file once its rows were handed over (and not kept)", async () => {
    const source = new CsvWorkbookSource([
      { fileName: "t.csv", data: new TextEncoder().encode("Client;Montant\nK1;12,5\n\nK2;\n") },
    ]);
    const expected = {
      name: "t",
      rows: [["Client", "Montant"], ["K1", "12,5"], [null], ["K2", null]],
      firstRow: 1,
    };
    const first = await source.readSheet("t");
    expect(first).toEqual(expected);
    const again = await source.readSheet("t");
    expect(again).toEqual(expected);
    expect(again.rows).not.toBe(first.rows);
    expect(await source.listSheets()).toEqual([
      { name: "t", tables: [], rowCount: 4, columnCount: 2 },
    ]);
  });

  it("hands the malformed lines of a file to the input layer", async () => {
    const source = new CsvWorkbookSource([{ fileName: "t.csv", data: 'a;b\n1;"x;y;z\n2;3\n' }]);
    expect(await source.readSheet("t")).toEqual({
      name: "t",
      rows: [
        ["a", "b"],
        ["1", '"x', "y", "z"],
        ["2", "3"],
      ],
      firstRow: 1,
      malformedRows: [1],
    });
  });
});
