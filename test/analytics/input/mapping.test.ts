import {
  detectSheetKind,
  findHeaderRow,
  mappingFromProposal,
  proposeMapping,
  headerTokens,
} from "../../../src/analytics/input";
import type { RawSheet } from "../../../src/analytics/domain";

/** The chosen column header of each field, for compact assertions. */
function chosenHeaders(headers: string[], kind: "transactions" | "customers" | "contacts") {
  const proposal = proposeMapping(headers, kind);
  return Object.fromEntries(
    Object.entries(proposal.fields).map(([field, choice]) => [field, choice!.header])
  );
}

describe("headerTokens", () => {
  it("splits camelCase, folds accents, reads N°/No/Num/# as no and drops stop words", () => {
    expect(headerTokens("CustomerID")).toEqual(["customer", "id"]);
    expect(headerTokens("InvoiceNo")).toEqual(["invoice", "no"]);
    expect(headerTokens("N° de facture")).toEqual(["no", "facture"]);
    expect(headerTokens("Numéro client")).toEqual(["no", "client"]);
    expect(headerTokens("Customer #")).toEqual(["customer", "no"]);
    expect(headerTokens("Chiffre d'affaires")).toEqual(["chiffre", "affaires"]);
    expect(headerTokens("  Qté  ")).toEqual(["qte"]);
    expect(headerTokens("Montant TTC (€)")).toEqual(["montant", "ttc"]);
  });
});

describe("proposeMapping", () => {
  it("maps the French headers of the data contract with full confidence", () => {
    const headers = [
      "N° client",
      "Date de facture",
      "Montant TTC",
      "Quantité",
      "Prix unitaire",
      "Canal",
      "N° facture",
      "Catégorie",
      "Description",
    ];
    const proposal = proposeMapping(headers, "transactions");
    expect(mappingFromProposal(proposal)).toEqual({
      customerId: 0,
      date: 1,
      amount: 2,
      quantity: 3,
      unitPrice: 4,
      channel: 5,
      invoiceId: 6,
      category: 7,
      product: 8,
    });
    expect(proposal.fields.customerId!.confidence).toBe(1);
    expect(proposal.missingRequired).toEqual([]);
  });

  it("maps the Online Retail export, taking amount from quantity x unit price", () => {
    const headers = [
      "InvoiceNo",
      "StockCode",
      "Description",
      "Quantity",
      "InvoiceDate",
      "UnitPrice",
      "CustomerID",
      "Country",
    ];
    const proposal = proposeMapping(headers, "transactions");
    expect(chosenHeaders(headers, "transactions")).toEqual({
      invoiceId: "InvoiceNo",
      product: "StockCode",
      quantity: "Quantity",
      date: "InvoiceDate",
      unitPrice: "UnitPrice",
      customerId: "CustomerID",
    });
    // StockCode and Description both name a product: the leftmost wins, the other is offered.
    expect(proposal.fields.product!.alternatives.map((a) => a.header)).toEqual(["Description"]);
    expect(proposal.missingRequired).toEqual([]);
  });

  it.each([
    [
      ["Code client", "Date commande", "Total", "Qté", "PU", "Famille"],
      {
        customerId: "Code client",
        date: "Date commande",
        amount: "Total",
        quantity: "Qté",
        unitPrice: "PU",
        category: "Famille",
      },
    ],
    [
      ["Customer ID", "Order Date", "Amount", "Channel", "Order ID"],
      {
        customerId: "Customer ID",
        date: "Order Date",
        amount: "Amount",
        channel: "Channel",
        invoiceId: "Order ID",
      },
    ],
    [
      ["Client", "Date", "Montant HT", "Produit"],
      { customerId: "Client", date: "Date", amount: "Montant HT", product: "Produit" },
    ],
    [
      ["Client", "Date", "Chiffre d'affaires"],
      { customerId: "Client", date: "Date", amount: "Chiffre d'affaires" },
    ],
  ])("maps %j", (headers, expected) => {
    expect(chosenHeaders(headers, "transactions")).toEqual(expected);
  });

  it.each([
    // Headers written other ways than the synonym table: punctuation, units, all caps, snake case.
    [
      ["Client ID", "Date/Heure", "Total (€)"],
      { customerId: "Client ID", date: "Date/Heure", amount: "Total (€)" },
    ],
    [
      ["customer_id", "order-date", "revenue_usd"],
      { customerId: "customer_id", date: "order-date", amount: "revenue_usd" },
    ],
    [
      ["CUSTOMER ID", "INVOICE DATE/TIME", "QTY ORDERED", "PRICE/UNIT"],
      {
        customerId: "CUSTOMER ID",
        date: "INVOICE DATE/TIME",
        quantity: "QTY ORDERED",
        unitPrice: "PRICE/UNIT",
      },
    ],
    [
      ["Facture", "Date", "Client", "Article", "Qté", "PU HT", "Total HT", "TVA", "Total TTC"],
      {
        invoiceId: "Facture",
        date: "Date",
        customerId: "Client",
        product: "Article",
        quantity: "Qté",
        unitPrice: "PU HT",
        amount: "Total HT",
      },
    ],
    [
      ["Member", "Purchase date", "Spend", "Store"],
      { customerId: "Member", date: "Purchase date", amount: "Spend", channel: "Store" },
    ],
  ])("maps the unseen-style headers %j", (headers, expected) => {
    expect(detectSheetKind(headers).kind).toBe("transactions");
    expect(chosenHeaders(headers, "transactions")).toEqual(expected);
  });

  it("maps contact sheets, French and English", () => {
    expect(
      chosenHeaders(
        ["Customer ID", "Campagne", "Groupe", "Date de contact", "Canal", "Coût", "Converti", "CA"],
        "contacts"
      )
    ).toEqual({
      customerId: "Customer ID",
      campaign: "Campagne",
      group: "Groupe",
      contactDate: "Date de contact",
      channel: "Canal",
      cost: "Coût",
      converted: "Converti",
      revenue: "CA",
    });
    expect(
      chosenHeaders(["CustomerID", "Campaign", "Group", "Send date", "Revenue"], "contacts")
    ).toEqual({
      customerId: "CustomerID",
      campaign: "Campaign",
      group: "Group",
      contactDate: "Send date",
      revenue: "Revenue",
    });
    expect(chosenHeaders(["Client", "Campagne", "Témoin", "Date"], "contacts").group).toBe(
      "Témoin"
    );
  });

  it("gives a lower confidence to a header that only contains a synonym", () => {
    const proposal = proposeMapping(
      ["Identifiant du client final", "Date (UTC)", "Montant net payé"],
      "transactions"
    );
    expect(proposal.fields.customerId!.header).toBe("Identifiant du client final");
    expect(proposal.fields.customerId!.confidence).toBeGreaterThanOrEqual(0.5);
    expect(proposal.fields.customerId!.confidence).toBeLessThan(1);
    expect(proposal.fields.date!.confidence).toBeLessThan(1);
    expect(proposal.missingRequired).toEqual([]);
  });

  it("takes a price with no quantity beside it for the line's amount", () => {
    const proposal = proposeMapping(["Client", "Date", "Prix"], "transactions");
    expect(mappingFromProposal(proposal)).toEqual({ customerId: 0, date: 1, amount: 2 });
    expect(proposal.missingRequired).toEqual([]);
  });

  it("uses weak synonyms only when nothing better is there", () => {
    // "Email" identifies customers when there is no customer code, and loses to one.
    expect(chosenHeaders(["Email", "Date", "Montant"], "transactions").customerId).toBe("Email");
    expect(
      chosenHeaders(["Email", "Code client", "Date", "Montant"], "transactions").customerId
    ).toBe("Code client");
    const weak = proposeMapping(["Email", "Date", "Montant", "Magasin"], "transactions");
    expect(weak.fields.customerId!.confidence).toBeLessThan(1);
    expect(weak.fields.channel!.header).toBe("Magasin");
    expect(
      chosenHeaders(["Client", "Canal", "Magasin", "Date", "Total"], "transactions").channel
    ).toBe("Canal");
  });

  it("prefers the order date to the delivery date wherever they are", () => {
    expect(
      chosenHeaders(["Client", "Date livraison", "Date commande", "Montant"], "transactions").date
    ).toBe("Date commande");
  });

  it("never lets one column serve two fields, and offers the runner-up as an alternative", () => {
    const proposal = proposeMapping(
      ["Client", "Date", "Montant TTC", "Montant HT"],
      "transactions"
    );
    expect(proposal.fields.amount!.header).toBe("Montant TTC");
    expect(proposal.fields.amount!.alternatives.map((a) => a.header)).toEqual(["Montant HT"]);
    const columns = Object.values(proposal.fields).map((c) => c!.column);
    expect(new Set(columns).size).toBe(columns.length);
  });

  it("names the required fields it cannot find", () => {
    expect(proposeMapping(["Client", "Date", "Quantité"], "transactions").missingRequired).toEqual([
      "amount",
    ]);
    expect(proposeMapping(["Pays", "Ville"], "transactions").missingRequired).toEqual([
      "customerId",
      "date",
      "amount",
    ]);
    expect(proposeMapping(["Client", "Date"], "contacts").missingRequired).toEqual([
      "campaign",
      "group",
    ]);
  });

  describe("edge cases", () => {
    it("does not take a generic or differently-typed header for an id", () => {
      // "Product ID" merely contains "id"; "Nom client" holds names; "Date de facture" holds dates.
      const proposal = proposeMapping(
        ["Product ID", "Nom client", "Date de facture"],
        "transactions"
      );
      expect(proposal.fields.customerId).toBeUndefined();
      expect(proposal.fields.invoiceId).toBeUndefined();
      expect(proposal.fields.date!.header).toBe("Date de facture");
    });
    it("handles no headers, empty headers and duplicates", () => {
      expect(proposeMapping([], "customers")).toEqual({
        kind: "customers",
        fields: {},
        missingRequired: ["customerId"],
      });
      const dup = proposeMapping(["", "Client", "Client"], "customers");
      expect(dup.fields.customerId!.column).toBe(1);
      expect(dup.fields.customerId!.alternatives.map((a) => a.column)).toEqual([2]);
    });
  });
});

describe("detectSheetKind", () => {
  it.each([
    [["N° client", "Date de facture", "Montant TTC"], "transactions"],
    [
      [
        "InvoiceNo",
        "StockCode",
        "Description",
        "Quantity",
        "InvoiceDate",
        "UnitPrice",
        "CustomerID",
        "Country",
      ],
      "transactions",
    ],
    [["Code client", "Nom", "Région", "Tranche d'âge", "Date premier achat"], "customers"],
    [["Code client", "Nom", "Date premier achat", "CA total"], "customers"],
    [["Client", "Campagne", "Groupe", "Date de contact", "CA"], "contacts"],
    [["Customer", "Campaign", "Group", "Date", "Revenue", "Channel"], "contacts"],
    [["Identifiant", "Raison sociale", "Segment"], "customers"],
    [
      [
        "Code client",
        "Opération",
        "Groupe (test/témoin)",
        "Date d'envoi",
        "Canal d'envoi",
        "Coût unitaire",
        "A acheté",
        "CA généré",
      ],
      "contacts",
    ],
    [["customer_id", "campaign", "is_control", "send_date"], "contacts"],
    [["Pays", "Ville", "Population"], null],
  ])("%j is %p", (headers, kind) => {
    expect(detectSheetKind(headers).kind).toBe(kind);
  });
});

describe("findHeaderRow", () => {
  const sheet = (rows: RawSheet["rows"], extra: Partial<RawSheet> = {}): RawSheet => ({
    name: "S",
    rows,
    firstRow: 3,
    ...extra,
  });

  it("skips a title and blank rows above the header and gives the Excel row", () => {
    const header = findHeaderRow(
      sheet([["Ventes 2024"], [], [null, null], ["Client", "Date", 12], ["A", 40513, 1]])
    );
    expect(header).toEqual({ index: 3, excelRow: 6, headers: ["Client", "Date", "12"] });
  });

  it("does not take a row of numbers written as text for a header", () => {
    const header = findHeaderRow(
      sheet([
        ["1", "2,5", "3 €"],
        ["Client", "Montant", null],
      ])
    );
    expect(header!.index).toBe(1);
    expect(header!.headers).toEqual(["Client", "Montant", ""]);
  });

  it("does not take a title line with a date, or a group line above the header, for the header", () => {
    const edited = findHeaderRow(
      sheet([
        ["Édité le", "12/03/2024 08:00"],
        ["Client", "Date", "Montant"],
        ["K1", "x", "1"],
      ])
    );
    expect(edited!.index).toBe(1);
    const grouped = findHeaderRow(
      sheet([
        ["Client", null, "Commande", null, null],
        ["Code", "Nom", "N° facture", "Date", "Montant"],
        ["K1", "A", "F1", "B", "C"],
      ])
    );
    expect(grouped!.headers).toEqual(["Code", "Nom", "N° facture", "Date", "Montant"]);
  });

  it("skips a metadata line of two texts when the row below holds known headers", () => {
    const header = findHeaderRow(
      sheet([
        ["Magasin", "Lyon"],
        ["Client", "Date", "Montant", "Canal"],
        ["K1", "x", "1", "Web"],
      ])
    );
    expect(header!.headers).toEqual(["Client", "Date", "Montant", "Canal"]);
    // With nothing better below, the first row with two texts stays the header (DESIGN.md's rule).
    expect(
      findHeaderRow(
        sheet([
          ["Pays", "Ville"],
          ["France", "Lyon"],
        ])
      )!.index
    ).toBe(0);
  });

  it("takes an Excel Table's first row", () => {
    expect(findHeaderRow(sheet([["Client", "Date"]], { tableName: "T1" }))!.excelRow).toBe(3);
  });

  describe("edge cases", () => {
    it("returns null for an empty sheet or one without two text cells in a row", () => {
      expect(findHeaderRow(sheet([]))).toBeNull();
      expect(findHeaderRow(sheet([["Title"], [1, 2]]))).toBeNull();
    });
  });
});
