/** Labels of the report's campaigns sheet (en); keys must match the other language (test/i18n.test.ts). */
const campaigns = {
  title: "Campaigns",
  subtitle: "As of {{asOf}}: contact volumes, coverage and what contacted customers bought.",
  conversionWindow:
    "Conversion = a purchase within {{days}} days of the contact, contact day included.",
  volumesHeading: "Customers contacted by channel and month",
  rankingHeading: "Campaigns ranked by customers contacted",
  coverageHeading: "Coverage of active customers",
  conversionHeading: "Conversion after contact, treated vs control",
  categoriesHeading: "Categories bought after contact, treated vs control",
  contactedVsAllHeading: "Contacted vs all customers",
  dailyHeading: "Daily cumulative uplift",
  noChannel: "(no channel)",
  noControl: "no control group",
  volumesChart: "Customers contacted by month and channel",
  rankingChart: "Customers contacted by campaign",
  conversionChart: "Conversion rate, treated vs control",
  contactedVsAllChart: "Revenue per customer",
  dailyChart: "Cumulative uplift by day since contact",
  axis: {
    customers: "Customers",
    rate: "Conversion rate",
    revenuePerCustomer: "Revenue per customer",
    uplift: "Uplift (points)",
    days: "Days since contact",
  },
  source: {
    sheet: "contacts sheet",
    transactions: "transactions",
  },
  group: {
    contacted: "Contacted",
    notContacted: "Not contacted",
    all: "All customers",
  },
  column: {
    channel: "Channel",
    month: "Month",
    contacts: "Contacts",
    customers: "Customers contacted",
    total: "All channels",
    rank: "Rank",
    campaign: "Campaign",
    control: "Control customers",
    channels: "Channels",
    firstContact: "First contact",
    lastContact: "Last contact",
    year: "Year",
    activeCustomers: "Active customers",
    contactedActive: "Active customers contacted",
    coverage: "Coverage",
    outcome: "Outcome from",
    treatedN: "Treated",
    treatedConversions: "Treated conversions",
    treatedRate: "Treated rate",
    controlN: "Control",
    controlConversions: "Control conversions",
    controlRate: "Control rate",
    treatedRevenue: "Treated revenue",
    controlRevenue: "Control revenue",
    category: "Category or product",
    treatedBuyers: "Treated buyers",
    treatedShare: "Share of treated",
    controlBuyers: "Control buyers",
    controlShare: "Share of control",
    group: "Group",
    customerCount: "Customers",
    revenue: "Revenue",
    revenuePerCustomer: "Revenue per customer",
    day: "Day",
    uplift: "Uplift {{campaign}}",
  },
  notes: {
    categories:
      "The {{count}} categories (or products) most bought by treated customers within the window, per campaign.",
    coverage:
      "Active customers as on the Dashboard (see Method, Active customer), as of {{asOf}}; contacted = treated at least once since 1 January {{year}}. The board's target is usually 100 %.",
    volumes:
      "Treated contacts only: control customers are not contacted. A customer contacted in two channels counts in both.",
    contactedVsAll:
      "Net revenue from {{from}} to {{to}}; contacted = treated at least once in that period.",
    novelty:
      "The gap between treated and control buyers, day by day since the contact: a gap that closes shows a novelty effect.",
    noTransactions:
      "No transactions: coverage, categories bought and revenue per customer cannot be computed.",
  },
  method: {
    asOf: "Campaign KPIs as of",
    window: "Conversion window (days)",
    coverage: {
      term: "Coverage",
      text: "Active customers (see Active customer) contacted (treated) at least once from 1 January to the day before the as-of date, divided by the active customers.",
    },
    volumes: {
      term: "Customers contacted",
      text: "Distinct treated customers per channel and calendar month of the contact date; contacts = treated contact rows. Campaigns are ranked by distinct treated customers, ties by name.",
    },
    conversion: {
      term: "Conversion after contact",
      text: "A customer converts with a purchase within the conversion window starting on the contact day (or the contacts sheet's own converted / revenue columns when it has them). Rate = conversions / customers of the group.",
    },
    categories: {
      term: "Categories bought after contact",
      text: "Customers of each group who bought the category (or product, when lines have no category) within the window, and their share of the group.",
    },
    contactedVsAll: {
      term: "Contacted vs all customers",
      text: "Net revenue per customer from 1 January to the as-of date, for customers treated in that period, the others, and everyone (customers sheet plus anyone with a transaction or a contact).",
    },
    daily: {
      term: "Daily cumulative uplift",
      text: "For each day d since the contact, share of treated customers who bought by day d minus the same share in the control group.",
    },
  },
} as const;
export default campaigns;
