/** rfm strings (en). Keys must match the other language: test/i18n.test.ts checks it. */
const rfm = {
  metrics: {
    recency: "Recency (days)",
    frequency: "Frequency (purchases)",
    monetary: "Monetary (net spend)",
    aov: "Average order value",
    yearlySpend: "Spend per year",
    r: "R",
    f: "F",
    m: "M",
  },
  rules: {
    quantiles:
      "Scores 1 to {{bins}} by quantile cut points (R type 7); equal values always get the same score, so some scores can be empty. A value equal to a cut point goes to the lower group. Recency is reversed: {{bins}} = most recent.",
    equalGroups:
      "Scores 1 to {{bins}} in groups of equal size (like SQL NTILE); equal values are split by customer id. Recency is reversed: {{bins}} = most recent.",
  },
  maps: {
    classic: {
      name: "Classic RFM segments",
      description: "11 segments on the recency x frequency grid, from Champions to Lost.",
    },
    tiers3: {
      name: "Three tiers",
      description: "VIP, Regular and At risk: the simple view for a board.",
    },
    bands: {
      name: "Value bands",
      description: "Customers grouped by net spend per year, with your own thresholds.",
    },
  },
  segments: {
    champions: {
      name: "Champions",
      description: "Bought very recently and buy often.",
      action: "Reward them: early access, loyalty perks; ask for reviews and referrals.",
    },
    loyal: {
      name: "Loyal",
      description: "Buy often and fairly recently.",
      action: "Keep them close: upsell, membership offers, personal thanks.",
    },
    potentialLoyalists: {
      name: "Potential loyalists",
      description: "Recent customers with a few purchases.",
      action: "Build the habit: loyalty programme, recommendations.",
    },
    newCustomers: {
      name: "New customers",
      description: "Bought very recently, for the first time or nearly.",
      action: "Welcome them: onboarding, a reason for a second purchase.",
    },
    promising: {
      name: "Promising",
      description: "Recent shoppers who have bought only once or twice.",
      action: "Raise awareness: free trials, brand content.",
    },
    needAttention: {
      name: "Need attention",
      description: "Average recency and frequency.",
      action: "Limited-time offers based on what they bought.",
    },
    aboutToSleep: {
      name: "About to sleep",
      description: "Below-average recency and few purchases.",
      action: "Win them back before they lapse: popular products, reminders.",
    },
    atRisk: {
      name: "At risk",
      description: "Bought often, but not for a long time.",
      action: "Win them back: personal emails, renewal offers.",
    },
    cantLose: {
      name: "Can't lose them",
      description: "Were among the most frequent buyers, gone quiet for long.",
      action: "Win them back first: personal contact, best offers, ask what went wrong.",
    },
    hibernating: {
      name: "Hibernating",
      description: "Last purchase long ago, few purchases.",
      action: "Low-cost reactivation only: relevant offers, no heavy spend.",
    },
    lost: {
      name: "Lost",
      description: "Bought once, a long time ago.",
      action: "Let them go: at most one low-cost win-back attempt.",
    },
    vip: {
      name: "VIP",
      description: "Recent, frequent and high-spending customers.",
      action: "Keep them: service, recognition, exclusive offers.",
    },
    regular: {
      name: "Regular",
      description: "Recent customers who are not (yet) among the best.",
      action: "Develop them: cross-sell, loyalty programme.",
    },
    tierAtRisk: {
      name: "At risk",
      description: "No purchase for longer than most customers.",
      action: "Win back the valuable ones; let the others go.",
    },
  },
  bands: {
    above: "Over {{low}} a year",
    between: "{{low}} to {{high}} a year",
    below: "Up to {{high}} a year",
    top: {
      description: "The highest spenders per year.",
      action: "Keep them: service, recognition, exclusive offers.",
    },
    middle: {
      description: "Customers in an intermediate spend band.",
      action: "Move them up: cross-sell and bundles.",
    },
    bottom: {
      description: "The lowest spenders per year.",
      action: "Low-cost contact only; try to raise basket size.",
    },
  },
  explain: {
    scoreRule:
      "R {{rMin}}-{{rMax}}, F {{fMin}}-{{fMax}}, M {{mMin}}-{{mMax}} on the 5-score grid: {{segment}}",
    band: "Spend per year between {{low}} (excluded) and {{high}} (included): {{segment}}",
    placement: "{{metric}} {{value}}: score {{score}} (between {{below}} and {{above}})",
  },
  method: {
    asOf: "As of {{date}}: only purchases before this day count.",
    window: "Window: purchases from {{start}} on.",
    allHistory: "Window: all history.",
    definitions:
      "Recency = days since the last purchase; frequency = distinct orders (distinct days when there is no order number); monetary = net spend after returns, never below zero.",
    mapGrid: "Scores on {{bins}} levels are read on the 5-level grid of the segment map.",
    yearlySpend: "Spend per year = net spend / {{years}} years of data.",
    unreadable_one: "{{count}} line with an unreadable date or amount was skipped.",
    unreadable_many: "{{count}} lines with an unreadable date or amount were skipped.",
    unreadable_other: "{{count}} lines with an unreadable date or amount were skipped.",
  },
  migration: {
    entering: "Entering (new or back)",
    leaving: "Leaving (no purchase in the window)",
  },
  returnsOnly_one: "{{count}} customer with only returns in the window is not scored.",
  returnsOnly_many: "{{count}} customers with only returns in the window are not scored.",
  returnsOnly_other: "{{count}} customers with only returns in the window are not scored.",
  problems: {
    bins: "The number of RFM scores must be one of {{allowed}} (got {{value}}).",
    windowMonths: "The RFM window must be a whole number of months from 1 to 1200 (got {{value}}).",
    asOf: "The RFM as-of date is not a valid date ({{value}}).",
    bandCount: "Value bands need 1 to 9 thresholds (got {{value}}).",
    bandValue: "Value band thresholds must be numbers of 0 or more (got {{value}}).",
    bandOrder: "Value band thresholds must increase (got {{value}}).",
  },
} as const;
export default rfm;
