import type { Contact, ContactGroup, Customer, Transaction } from "../../../src/analytics/domain";
import { analyzeCampaigns } from "../../../src/analytics/campaigns/analyzeCampaigns";
import { campaignsJson } from "../../../src/analytics/campaigns/campaignsJson";
import { createI18n } from "../../../src/i18n";

const at = (iso: string, hour = 0) => Date.parse(`${iso}T00:00:00Z`) + hour * 3_600_000;

const contact = (
  customerId: string,
  campaign: string,
  group: ContactGroup,
  date: string,
  channel?: string,
  extra: Partial<Contact> = {}
): Contact => ({
  customerId,
  campaign,
  group,
  contactDate: at(date, 10),
  channel,
  source: { sheet: "Contacts", row: 2 },
  ...extra,
});
const tx = (customerId: string, date: string, amount: number, category?: string): Transaction => ({
  customerId,
  date: at(date, 12),
  amount,
  isReturn: amount < 0,
  category,
  source: { sheet: "Transactions", row: 2 },
});
const customer = (id: string): Customer => ({
  id,
  attributes: {},
  source: { sheet: "Customers", row: 2 },
});

// A small world worked by hand:
// Spring (April, Email): treated a, b, c (a twice), control x, y.  Summer (June, SMS): treated a, d.
const contacts: Contact[] = [
  contact("a", "Spring", "treated", "2025-04-01", "Email"),
  contact("a", "Spring", "treated", "2025-04-03", "Email"),
  contact("b", "Spring", "treated", "2025-04-01", "Email"),
  contact("c", "Spring", "treated", "2025-04-02", "Email"),
  contact("x", "Spring", "control", "2025-04-01"),
  contact("y", "Spring", "control", "2025-04-01"),
  contact("a", "Summer", "treated", "2025-06-10", "SMS"),
  contact("d", "Summer", "treated", "2025-06-10", "SMS"),
];
const transactions: Transaction[] = [
  tx("a", "2025-04-01", 30, "Shoes"), // day 0 of Spring for a
  tx("a", "2025-04-02", 20, "Bags"),
  tx("b", "2025-04-05", 50, "Shoes"), // day 4
  tx("b", "2025-04-06", -10, "Shoes"), // a return: net 40
  tx("x", "2025-04-20", 25, "Bags"), // day 19
  tx("c", "2025-05-15", 60, "Shoes"), // day 43: outside the 30-day window
  tx("e", "2025-03-01", 100), // e: never contacted
  tx("f", "2024-06-01", 80), // f: not active in the 12 months to 2025-06-30
  tx("d", "2025-06-30", 15, "Hats"),
];

describe("analyzeCampaigns", () => {
  // The as-of day is excluded, as in RFM and every other analysis: as of 2025-07-01 counts the
  // data up to 2025-06-30 (d's purchase on 2025-06-30 is in).
  const kpis = analyzeCampaigns(contacts, transactions, [customer("g")], {
    asOf: at("2025-07-01"),
  });

  it("counts contacts and customers by channel and month (treated only)", () => {
    expect(kpis.byChannelMonth).toEqual([
      { channel: "Email", month: "2025-04", contacts: 4, customers: 3 },
      { channel: "SMS", month: "2025-06", contacts: 2, customers: 2 },
    ]);
  });

  it("ranks campaigns by customers contacted", () => {
    expect(
      kpis.ranking.map((r) => [r.rank, r.campaign, r.customersContacted, r.controlCustomers])
    ).toEqual([
      [1, "Spring", 3, 2],
      [2, "Summer", 2, 0],
    ]);
    expect(kpis.ranking[0]).toMatchObject({
      channels: ["Email"],
      firstContact: "2025-04-01",
      lastContact: "2025-04-03",
    });
  });

  it("measures coverage of active customers in the year to date", () => {
    // active (purchase 2024-07-01 .. 2025-06-30): a, b, x, c, e, d = 6 (f bought 2024-06-01: inactive);
    // contacted in 2025: a, b, c, d -> 4 / 6
    expect(kpis.coverage).toEqual({
      year: 2025,
      activeCustomers: 6,
      contactedActive: 4,
      share: 4 / 6,
    });
  });

  it("gives conversion and categories within the window, treated vs control", () => {
    const spring = kpis.conversion.find((c) => c.campaign === "Spring")!;
    // treated a (50), b (40), c (0, bought on day 43) -> 2/3, revenue 90; control x (25), y -> 1/2
    expect(spring.treated).toEqual({ n: 3, conversions: 2, rate: 2 / 3, revenue: 90 });
    expect(spring.control).toEqual({ n: 2, conversions: 1, rate: 0.5, revenue: 25 });
    expect(spring.categories).toEqual([
      {
        category: "Shoes",
        treatedBuyers: 2,
        controlBuyers: 0,
        treatedShare: 2 / 3,
        controlShare: 0,
        treatedRevenue: 80,
        controlRevenue: 0,
      },
      {
        category: "Bags",
        treatedBuyers: 1,
        controlBuyers: 1,
        treatedShare: 1 / 3,
        controlShare: 0.5,
        treatedRevenue: 20,
        controlRevenue: 25,
      },
    ]);
    const summer = kpis.conversion.find((c) => c.campaign === "Summer")!;
    expect(summer.control).toBeNull();
    expect(summer.treated.conversions).toBe(1); // d on day 20
  });

  it("compares revenue per customer of contacted and all customers in the year to date", () => {
    // 2025 revenue: a 50, b 40, x 25, c 60, e 100, d 15 = 290; contacted a, b, c, d = 165.
    // everyone: g (customers sheet), a, b, x, c, e, f, d = 8
    expect(kpis.contactedVsAll).toEqual({
      from: "2025-01-01",
      to: "2025-06-30",
      contacted: { customers: 4, revenue: 165, revenuePerCustomer: 41.25 },
      notContacted: { customers: 4, revenue: 125, revenuePerCustomer: 31.25 },
      all: { customers: 8, revenue: 290, revenuePerCustomer: 36.25 },
    });
  });

  it("traces the daily cumulative uplift of a campaign with a control", () => {
    const spring = kpis.dailyCumulativeUplift.find((d) => d.campaign === "Spring")!;
    expect(spring.points).toHaveLength(30);
    // a buys on day 0, b on day 4 (treated: 1/3 then 2/3); x on day 19 (control 1/2)
    expect(spring.points[0]).toEqual({ day: 0, treatedRate: 1 / 3, controlRate: 0, uplift: 1 / 3 });
    expect(spring.points[4].treatedRate).toBeCloseTo(2 / 3, 12);
    expect(spring.points[19].uplift).toBeCloseTo(2 / 3 - 1 / 2, 12);
    expect(kpis.dailyCumulativeUplift.map((d) => d.campaign)).toEqual(["Spring"]);
  });

  it("writes the DESIGN.md campaigns JSON section", () => {
    const json = campaignsJson(kpis);
    expect(Object.keys(json)).toEqual(["byChannel", "ranking", "coverage"]);
    expect(json.coverage).toBeCloseTo(4 / 6, 12);
    expect(json.byChannel[0]).toEqual({
      channel: "Email",
      month: "2025-04",
      contacts: 4,
      customers: 3,
    });
  });

  it("takes the as-of date from the data when none is given: the day after the last", () => {
    // last transaction and contact on 2025-06-30; the as-of day is excluded, as in RFM
    expect(analyzeCampaigns(contacts, transactions, null).asOf).toBe("2025-07-01");
  });

  it("excludes the as-of day itself: a purchase or contact on it does not count", () => {
    const k = analyzeCampaigns(contacts, transactions, [customer("g")], {
      asOf: at("2025-06-30"),
    });
    // d bought and was contacted only on 2025-06-30 (the as-of day): not active, not contacted
    expect(k.coverage).toMatchObject({ activeCustomers: 5, contactedActive: 3 });
    expect(k.contactedVsAll?.to).toBe("2025-06-29");
  });

  it("uses the contacts sheet's own outcome columns when present", () => {
    const own = [
      contact("a", "Own", "treated", "2025-04-01", "Email", { converted: true, revenue: 12 }),
      contact("b", "Own", "treated", "2025-04-01", "Email", { converted: false, revenue: 0 }),
      contact("x", "Own", "control", "2025-04-01", undefined, { converted: false, revenue: 0 }),
    ];
    const k = analyzeCampaigns(own, [], null);
    expect(k.conversion).toEqual([
      {
        campaign: "Own",
        source: "sheet",
        treated: { n: 2, conversions: 1, rate: 0.5, revenue: 12 },
        control: { n: 1, conversions: 0, rate: 0, revenue: 0 },
        categories: [],
      },
    ]);
  });

  describe("edge cases", () => {
    it("returns empty KPIs with warnings for no data at all", () => {
      const k = analyzeCampaigns([], [], []);
      expect(k).toMatchObject({
        asOf: null,
        byChannelMonth: [],
        ranking: [],
        coverage: null,
        contactedVsAll: null,
        conversion: [],
      });
      expect(k.warnings.map((w) => w.code)).toEqual([
        "campaigns:warnings.noContacts",
        "campaigns:warnings.noTransactions",
      ]);
    });

    it("has a null coverage share when nobody is active", () => {
      const k = analyzeCampaigns(contacts, [tx("a", "2020-01-01", 5)], null, {
        asOf: at("2025-06-30"),
      });
      expect(k.coverage).toMatchObject({ activeCustomers: 0, share: null });
    });

    it("every warning code has an English and a French text", () => {
      for (const lang of ["en", "fr"] as const) {
        const i18n = createI18n(lang);
        expect(
          ["campaigns:warnings.noContacts", "campaigns:warnings.noTransactions"].every((c) =>
            i18n.exists(c)
          )
        ).toBe(true);
      }
    });
  });
});
