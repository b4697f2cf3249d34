/**
 * The small campaign world of test/analytics/campaigns/analyzeCampaigns.test.ts, worked by hand
 * there: Spring (April, Email) treated a, b, c (a twice), control x, y; Summer (June, SMS)
 * treated a, d; as of 2025-06-30.
 */
import type { Contact, ContactGroup, Customer, Transaction } from "../../src/analytics/domain";

export const at = (iso: string, hour = 0) => Date.parse(`${iso}T00:00:00Z`) + hour * 3_600_000;

const contact = (
  customerId: string,
  campaign: string,
  group: ContactGroup,
  date: string,
  channel?: string
): Contact => ({
  customerId,
  campaign,
  group,
  contactDate: at(date, 10),
  channel,
  source: { sheet: "Contacts", row: 2 },
});

const tx = (customerId: string, date: string, amount: number, category?: string): Transaction => ({
  customerId,
  date: at(date, 12),
  amount,
  isReturn: amount < 0,
  category,
  source: { sheet: "Transactions", row: 2 },
});

export const contacts: Contact[] = [
  contact("a", "Spring", "treated", "2025-04-01", "Email"),
  contact("a", "Spring", "treated", "2025-04-03", "Email"),
  contact("b", "Spring", "treated", "2025-04-01", "Email"),
  contact("c", "Spring", "treated", "2025-04-02", "Email"),
  contact("x", "Spring", "control", "2025-04-01"),
  contact("y", "Spring", "control", "2025-04-01"),
  contact("a", "Summer", "treated", "2025-06-10", "SMS"),
  contact("d", "Summer", "treated", "2025-06-10", "SMS"),
];

export const transactions: Transaction[] = [
  tx("a", "2025-04-01", 30, "Shoes"),
  tx("a", "2025-04-02", 20, "Bags"),
  tx("b", "2025-04-05", 50, "Shoes"),
  tx("b", "2025-04-06", -10, "Shoes"),
  tx("x", "2025-04-20", 25, "Bags"),
  tx("c", "2025-05-15", 60, "Shoes"),
  tx("e", "2025-03-01", 100),
  tx("f", "2024-06-01", 80),
  tx("d", "2025-06-30", 15, "Hats"),
];

export const customers: Customer[] = [
  { id: "g", attributes: {}, source: { sheet: "Customers", row: 2 } },
];
