import { isControlFlagHeader } from "../../../src/analytics/input/contactGroup";
import {
  findHeaderRow,
  mappingFromProposal,
  parseContactGroup,
  parseContacts,
  parseCustomers,
  proposeMapping,
} from "../../../src/analytics/input";
import type { RawSheet } from "../../../src/analytics/domain";

describe("parseCustomers", () => {
  const sheet: RawSheet = {
    name: "Clients",
    firstRow: 1,
    rows: [
      ["Code client", "Nom", "Région", "Tranche d'âge", "Date premier achat"],
      ["K1", "Dupont", "Nord", "25-34", "15/01/2023"],
      ["K2", null, "Sud", null, 44927], // serial 44927 = 2023-01-01
      [null, "Sans code", "Est", "35-44", null],
      ["K3", "Martin", "Ouest", "45-54", "pas de date"],
    ],
  };
  const header = findHeaderRow(sheet)!;
  const parsed = parseCustomers(
    sheet,
    header,
    mappingFromProposal(proposeMapping(header.headers, "customers")),
    {
      date1904: false,
    }
  );

  it("reads id, name, first purchase and every other column as an attribute", () => {
    expect(parsed.records[0]).toEqual({
      id: "K1",
      name: "Dupont",
      firstPurchase: Date.UTC(2023, 0, 15),
      attributes: { Région: "Nord", "Tranche d'âge": "25-34" },
      source: { sheet: "Clients", row: 2 },
    });
    expect(parsed.records[1]).toEqual({
      id: "K2",
      firstPurchase: Date.UTC(2023, 0, 1),
      attributes: { Région: "Sud" },
      source: { sheet: "Clients", row: 3 },
    });
  });

  it("rejects a row without id and keeps a row whose optional date is unreadable, with a warning", () => {
    expect(parsed.rejected).toEqual([
      { row: 4, reason: "missingCustomerId", column: "Code client" },
    ]);
    expect(parsed.records[2]).toMatchObject({ id: "K3", source: { row: 5 } });
    expect(parsed.records[2].firstPurchase).toBeUndefined();
    expect(parsed.problems).toContainEqual(
      expect.objectContaining({ code: "unreadableDate", column: "Date premier achat", row: 5 })
    );
    expect(parsed.rowsRead).toBe(4);
  });
});

describe("parseContactGroup", () => {
  it.each([
    ["Témoin", "control"],
    ["CONTRÔLE", "control"],
    ["controle", "control"],
    ["holdout", "control"],
    ["Control", "control"],
    ["0", "control"],
    ["false", "control"],
    [0, "control"],
    [false, "control"],
    ["treated", "treated"],
    ["Test", "treated"],
    ["ciblé", "treated"],
    ["Cible", "treated"],
    ["exposé", "treated"],
    ["traité", "treated"],
    ["1", "treated"],
    ["TRUE", "treated"],
    [1, "treated"],
    ["Groupe témoin", "control"],
  ])("%j is %s", (value, group) => {
    expect(parseContactGroup(value, false)).toBe(group);
  });
  it("knows a control-flag header from a group header", () => {
    expect(isControlFlagHeader("Témoin")).toBe(true);
    expect(isControlFlagHeader("is_control")).toBe(true);
    expect(isControlFlagHeader("Holdout flag")).toBe(true);
    expect(isControlFlagHeader("Groupe (test/témoin)")).toBe(false);
    expect(isControlFlagHeader("Groupe")).toBe(false);
  });

  it("reads yes as control in a column that is the control flag itself", () => {
    expect(parseContactGroup("oui", true)).toBe("control");
    expect(parseContactGroup("non", true)).toBe("treated");
    expect(parseContactGroup("Témoin", true)).toBe("control");
  });
  it("edge cases: unknown words and blanks are no group", () => {
    expect(parseContactGroup("Email", false)).toBeNull();
    expect(parseContactGroup("", false)).toBeNull();
    expect(parseContactGroup(null, false)).toBeNull();
    expect(parseContactGroup(2, false)).toBeNull();
  });
});

describe("parseContacts", () => {
  const read = (sheet: RawSheet) => {
    const header = findHeaderRow(sheet)!;
    const mapping = mappingFromProposal(proposeMapping(header.headers, "contacts"));
    return parseContacts(sheet, header, mapping, { date1904: false, culture: "fr-FR" });
  };

  it("reads a French contacts sheet with outcomes and rejects bad groups and missing campaigns", () => {
    const parsed = read({
      name: "Contacts",
      firstRow: 1,
      rows: [
        ["Client", "Campagne", "Groupe", "Date de contact", "Canal", "Coût", "Converti", "CA"],
        ["K1", "Printemps", "Ciblé", "02/04/2024", "Email", "0,15 €", "oui", "49,90"],
        ["K2", "Printemps", "Témoin", "02/04/2024", null, null, "non", 0],
        ["K3", "Printemps", "Email", "02/04/2024", "Email", 0.15, "non", 0],
        ["K4", "", "Ciblé", "02/04/2024", "SMS", 0.05, "non", 0],
        ["K5", "Printemps", "exposé", "#N/A", "SMS", 0.05, "peut-être", 0],
      ],
    });
    expect(parsed.records).toEqual([
      {
        customerId: "K1",
        campaign: "Printemps",
        group: "treated",
        contactDate: Date.UTC(2024, 3, 2),
        channel: "Email",
        costPerContact: 0.15,
        converted: true,
        revenue: 49.9,
        source: { sheet: "Contacts", row: 2 },
      },
      {
        customerId: "K2",
        campaign: "Printemps",
        group: "control",
        contactDate: Date.UTC(2024, 3, 2),
        converted: false,
        revenue: 0,
        source: { sheet: "Contacts", row: 3 },
      },
    ]);
    expect(parsed.rejected).toEqual([
      { row: 4, reason: "badGroup", column: "Groupe" },
      { row: 5, reason: "missingCampaign", column: "Campagne" },
      { row: 6, reason: "errorCell", column: "Date de contact" },
    ]);
    expect(parsed.dateOrder).toBe("dmy"); // from the fr-FR culture: 02/04 alone cannot say
  });

  it("reads a Témoin column of oui/non as the control flag", () => {
    const parsed = read({
      name: "C",
      firstRow: 1,
      rows: [
        ["Client", "Campagne", "Témoin", "Date"],
        ["K1", "Noël", "oui", "2024-12-01"],
        ["K2", "Noël", "non", "2024-12-01"],
      ],
    });
    expect(parsed.records.map((c) => c.group)).toEqual(["control", "treated"]);
  });
});
