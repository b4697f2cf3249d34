/** campaigns strings (en). Keys must match the other language: test/i18n.test.ts checks it. */
const campaigns = {
  labels: {
    channel: "Channel",
    month: "Month",
    contacts: "Contacts",
    customersContacted: "Customers contacted",
    controlCustomers: "Control customers",
    rank: "Rank",
    campaign: "Campaign",
    firstContact: "First contact",
    lastContact: "Last contact",
    coverage: "Coverage of active customers ({{year}} to date)",
    activeCustomers: "Active customers",
    contactedActive: "Active customers contacted",
    conversion: "Conversion within {{days}} days",
    category: "Category or product",
    buyersShare: "Share of customers who bought it",
    contacted: "Contacted customers",
    notContacted: "Customers not contacted",
    all: "All customers",
    revenuePerCustomer: "Revenue per customer",
    dailyUplift: "Cumulative uplift by day since contact",
    daysSinceContact: "Days since contact",
    noChannel: "(no channel)",
  },
  notes: {
    coverage:
      "Active = the Dashboard's active customers as of {{asOf}}; contacted = treated at least once since 1 January.",
    contactedVsAll: "Net revenue from {{from}} to {{to}}; contacted = treated in that period.",
    novelty: "A gap that closes over the days shows a novelty effect.",
  },
  warnings: {
    noContacts: "No contacts sheet: campaign KPIs need one.",
    noTransactions:
      "No transactions: coverage, categories bought and revenue per customer cannot be computed.",
  },
} as const;
export default campaigns;
