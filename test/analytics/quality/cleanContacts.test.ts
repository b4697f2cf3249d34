import type { Contact } from "../../../src/analytics/domain";
import { cleanContacts, cleanCustomers } from "../../../src/analytics/quality";
import { contact, customer, DAY, JAN_1, parsed } from "./records";

describe("cleanContacts", () => {
  // Rows: 2 A ok; 3 B not on the customers sheet; 4 blank campaign; 5 copy of row 2;
  // 6 dated two days after the analysis date.
  const rows: Contact[] = [
    contact(2),
    contact(3, { customerId: "B" }),
    contact(4, { campaign: "  " }),
    { ...contact(2), source: { sheet: "Contacts", row: 5 } },
    contact(6, { contactDate: JAN_1 + 2 * DAY }),
  ];

  it("excludes unknown customers when there is a customers sheet", () => {
    const out = cleanContacts(
      parsed("Contacts", rows),
      { returns: "net", analysisDate: JAN_1 },
      {
        customerIds: new Set(["A"]),
      }
    );
    expect(out.records.map((c) => c.source.row)).toEqual([2]);
    expect(out.excluded.map((e) => [e.reason, e.count, e.rows])).toEqual([
      ["unknownCustomer", 1, [3]],
      ["missingCampaign", 1, [4]],
      ["duplicateRow", 1, [5]],
      ["afterAnalysisDate", 1, [6]],
    ]);
    expect(out.warnings).toEqual([]);
  });

  it("without a customers sheet, keeps unknown customers and warns with counts", () => {
    const out = cleanContacts(
      parsed("Contacts", rows),
      { returns: "net" },
      {
        purchaserIds: new Set(["A"]),
      }
    );
    // Used: rows 2, 3, 6 (row 4 has no campaign, row 5 is a duplicate); customers A and B,
    // of whom B never bought.
    expect(out.records.map((c) => c.source.row)).toEqual([2, 3, 6]);
    expect(out.warnings).toEqual([
      {
        severity: "warning",
        code: "quality:warning.contactsNotChecked",
        sheet: "Contacts",
        params: { customers: 2, withoutPurchase: 1 },
      },
    ]);
  });

  describe("edge cases", () => {
    it("a contacted customer listed twice on the customers sheet is still known", () => {
      const customers = cleanCustomers(parsed("Customers", [customer(2, "A"), customer(3, "A")]));
      expect(customers.excluded).toEqual([
        { sheet: "Customers", reason: "duplicateCustomerId", count: 1, rows: [3] },
      ]);
      const out = cleanContacts(
        parsed("Contacts", [contact(2)]),
        { returns: "net" },
        {
          customerIds: new Set(customers.records.map((c) => c.id)),
        }
      );
      expect(out.records).toHaveLength(1);
    });

    it("the same customer in two campaigns is not a duplicate", () => {
      const out = cleanContacts(
        parsed("Contacts", [contact(2), contact(3, { campaign: "Autumn" })]),
        { returns: "net" },
        { customerIds: new Set(["A"]) }
      );
      expect(out.records).toHaveLength(2);
    });
  });
});
