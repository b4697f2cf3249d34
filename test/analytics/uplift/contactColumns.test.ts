import type { Contact } from "../../../src/analytics/domain";
import { readContactColumns } from "../../../src/analytics/uplift/contactColumns";

const DAY = 86_400_000;
const MAY_1 = Date.UTC(2025, 4, 1);
const MAY_1_DAY = MAY_1 / DAY;

const contact = (over: Partial<Contact>): Contact => ({
  customerId: "A",
  campaign: "Spring",
  group: "treated",
  contactDate: MAY_1,
  source: { sheet: "Contacts", row: 2 },
  ...over,
});

describe("readContactColumns", () => {
  it("reads each contact into numbered columns, in input order", () => {
    const contacts = [
      contact({ customerId: "A", channel: "Email", costPerContact: 0.5 }),
      contact({ customerId: "B", group: "control", contactDate: MAY_1 + DAY + 3_600_000 }),
      contact({ customerId: "A", campaign: "Summer", channel: "SMS", converted: false }),
      contact({ customerId: "C", channel: "Post", revenue: 12 }),
    ];
    const columns = readContactColumns(contacts, { costPerContact: { SMS: 0.05 } });
    expect(columns.count).toBe(4);
    expect([...columns.customer]).toEqual([0, 1, 0, 2]);
    expect(columns.customerCount).toBe(3);
    expect(columns.numbering.ids).toEqual(["A", "B", "C"]);
    expect([...columns.campaign]).toEqual([0, 0, 1, 0]);
    expect(columns.campaigns).toEqual(["Spring", "Summer"]);
    expect([...columns.control]).toEqual([0, 1, 0, 0]);
    // arms numbered as first met among treated contacts; control has none
    expect([...columns.arm]).toEqual([0, -1, 1, 2]);
    expect(columns.arms).toEqual(["Email", "SMS", "Post"]);
    // 2 May 01:00 is still day 1 May + 1
    expect([...columns.day]).toEqual([MAY_1_DAY, MAY_1_DAY + 1, MAY_1_DAY, MAY_1_DAY]);
    expect(columns.date[1]).toBe(MAY_1 + DAY + 3_600_000);
    // own cost 0.5; control has no cost; SMS from the options; Post has no cost anywhere
    expect([...columns.cost]).toEqual([0.5, NaN, 0.05, NaN]);
    expect([...columns.ownOutcome]).toEqual([0, 0, 1, 1]);
  });

  it("takes the arm from options.armOf when given", () => {
    const columns = readContactColumns(
      [contact({ channel: "Email" }), contact({ channel: "SMS", customerId: "B" })],
      { armOf: (c) => (c.customerId === "A" ? "Creative 1" : "Creative 2") }
    );
    expect(columns.arms).toEqual(["Creative 1", "Creative 2"]);
  });

  describe("edge cases", () => {
    it("reads no contacts into empty columns", () => {
      const columns = readContactColumns([], {});
      expect(columns.count).toBe(0);
      expect(columns.customerCount).toBe(0);
      expect(columns.campaigns).toEqual([]);
    });

    it("gives a treated contact without a channel the arm ''", () => {
      expect(readContactColumns([contact({})], {}).arms).toEqual([""]);
    });
  });
});
