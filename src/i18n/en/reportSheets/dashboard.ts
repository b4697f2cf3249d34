/** Labels of the report's dashboard sheet (en); keys must match the other language (test/i18n.test.ts). */
const dashboard = {
  title: "CRM dashboard",
  subtitle: {
    source: "{{sheet}} ({{kind}}, {{rows}} rows used)",
    sources: "Sources: {{list}}.",
    asOf: "As of {{asOf}} (data up to the day before); changes vs {{previous}}.",
    window:
      "Active customers bought in the {{months}} months before the as-of date ({{from}} to {{to}}); revenue and AOV are over those months.",
  },
  /** A tile's label with its period (src/analytics/kpis/kpiPeriods.ts). */
  tilePeriod: {
    window: "{{label}}, {{months}} months to {{to}}",
    allHistory: "{{label}}, all history to {{to}}",
  },
  previous: {
    window: "previous: {{months}} months to {{to}}",
    allHistory: "previous: all history to {{to}}",
    asOf: "previous: at {{to}}",
  },
  tile: {
    customers: "Customers",
    activeCustomers: "Active customers",
    revenue: "Revenue",
    aov: "Average order value",
    repeatRate: "Repeat rate",
    averageClv: "Average CLV",
    bestCampaign: "Best campaign, incr. revenue",
    coverage: "Coverage",
  },
  chart: {
    segments: "Customers and revenue by segment",
    segmentsAxis: "Share",
    monthly: "Monthly revenue of active customers",
    monthlyAxis: "Revenue",
    uplift: "Uplift by RFM segment: {{campaign}} (95 % interval)",
    upliftAxis: "Uplift (points)",
  },
  heatMapHeading: "Customers by R and F score (R x F)",
  dataHeading: "Data behind the charts",
  leftOutHeading: "Left out",
  leftOut: {
    segments: "Customers and revenue by segment: the Segments sheet's table is not in this report.",
    heatMap: "R x F heat map: no RFM analysis in this report.",
    uplift: "Uplift by segment: no campaign with an RFM breakdown in this report.",
    monthly: "Monthly revenue: no transactions before the as-of date.",
  },
  column: {
    month: "Month",
    from: "From",
    days: "Days",
    revenue: "Revenue",
    orders: "Orders",
    buyers: "Buyers",
    r: "R score",
    f: "F {{score}}",
    segment: "Segment",
    nTreated: "Treated",
    nControl: "Control",
    uplift: "Uplift",
    ciLow: "95 % low",
    ciHigh: "95 % high",
    minus: "Below",
    plus: "Above",
  },
  method: {
    asOf: "Dashboard as of",
    previous: "Previous period as of",
    activeMonths: "Active window (months)",
    campaign: "Campaign of the uplift-by-segment chart",
    definition: {
      tiles: {
        term: "Dashboard tiles",
        text: "Each tile is a formula over the table it summarises (Customers: SegmentSummary; Active customers and Repeat rate: RfmCustomers; Revenue and AOV: the monthly revenue table; Average CLV: LtvCustomers; Best campaign: UpliftByCampaign; Coverage: CampaignCoverage); a tile whose table is not in the report shows the analysis' value.",
      },
      active: {
        term: "Active customer",
        text: "A customer with a purchase in the last {{months}} calendar months before the as-of date (the as-of day excluded, as in RFM).",
      },
      revenue: {
        term: "Revenue and AOV (dashboard)",
        text: "Net revenue of the active window (returns subtract); AOV = that revenue / purchase occasions in the window (invoice ids, or days for lines without one).",
      },
      repeatRate: {
        term: "Repeat rate",
        text: "Share of customers with two purchase occasions or more, over all history before the as-of date.",
      },
      change: {
        term: "Change vs previous period",
        text: "Each figure recomputed as of one calendar month earlier (the migration's start date): relative change for counts and amounts, difference in points for rates. Average CLV and the best campaign have no previous value (the models are fitted once).",
      },
      upliftChart: {
        term: "Uplift by segment (dashboard)",
        text: "The campaign with the most treated customers, all arms pooled; RFM segment as of the contact date; bars = uplift, whiskers = Newcombe 95 % interval.",
      },
    },
  },
} as const;
export default dashboard;
