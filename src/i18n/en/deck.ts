/** Board deck (.pptx) strings (en). Keys match fr: test/i18n.test.ts. */
const deck = {
  title: {
    heading: "Customer analytics: {{name}}",
    asOf: "Data to {{lastDay}} (as of {{asOf}})",
    period: "This month: {{period}}",
    generated: "Generated {{date}} by CRM Analytics for Excel {{version}}",
  },
  footer: {
    quality:
      "{{used}} of {{read}} lines used; {{excluded}} excluded: see the report's Data quality sheet.",
    qualityAll: "All {{read}} lines used.",
  },
  kpis: {
    title: "The month's figures",
    kpi: "Figure",
    change: "Change",
    none: "–",
    missing: "No comparison: {{reason}}",
  },
  segments: {
    title: "Customers and revenue by segment",
    subtitle: "RFM segments as of {{asOf}}; revenue of all history before it",
    customers: "Customers",
    revenue: "Revenue",
    share:
      "{{segment}}: {{customers}} customers ({{customerShare}}), {{revenue}} ({{revenueShare}} of revenue)",
  },
  history: {
    title: "Segment sizes over the last {{months}} month-ends",
    subtitle: "Customers in each segment at each month-end, {{from}} to {{to}}",
  },
  migration: {
    title: "Since last month: who moved",
    subtitle: "Segments on {{from}} and on {{to}}; the largest movements between two segments",
    flow: "{{count}} customers moved from {{from}} to {{to}}",
    entering: "{{count}} customers entered (new, or back)",
    stayed: "{{count}} customers ({{share}}) stayed in their segment",
    none: "No customer changed segment.",
    chartTitle: "Largest movements (customers)",
  },
  ltv: {
    title: "Lifetime value by segment",
    subtitle:
      "Mean {{horizon}}-month customer lifetime value (BG/NBD + Gamma-Gamma model) a customer",
    mean: "Mean CLV",
    forecast: "Next {{horizon}} months, all customers (model CLV): {{forecast}}",
    trailing: "Last 12 months' net revenue: {{revenue}}",
    ratio: "Forecast / last 12 months: {{ratio}}",
    notFitted:
      "The lifetime value model could not be fitted on this data: see the report's LTV sheet.",
  },
  campaign: {
    title: "Campaign: {{campaign}}",
    subtitle: "Contacts from {{from}} to {{to}}; conversion within {{window}} days",
    arm: "Group",
    treated: "Contacted",
    control: "Control",
    uplift: "Uplift",
    interval: "95 % interval",
    verdict: "Verdict",
    allArms: "All groups",
    incremental: "Incremental revenue: {{value}} (95 % interval {{low}} to {{high}})",
    economics: "Cost {{cost}}; ROI {{roi}}",
    noCost: "No cost per contact in the data: ROI not computed.",
    settle: "What would settle it: {{text}}",
    chartTitle: "Uplift (points) with its 95 % interval",
    low: "95 % low",
    high: "95 % high",
  },
  coverage: {
    title: "Coverage of the contact goal",
    text: "{{contacted}} of {{active}} active customers contacted since 1 January {{year}}: {{share}}",
    goal: "Contact goal: {{goal}} of active customers",
    gap: "{{count}} more customers to contact to reach it",
    reached: "Goal reached",
    none: "No contacts in the data.",
  },
  notes: {
    heading: "Definitions (Method sheet)",
  },
};

export default deck;
