/** Labels of the report's rfm sheet (en); keys must match the other language (test/i18n.test.ts). */
const rfm = {
  title: "RFM scores, one row a customer",
  subtitle: {
    asOf: "As of {{date}} (purchases before this day only); {{window}}.",
    windowAll: "window: all history",
    windowFrom: "window: purchases from {{start}}",
    scoring:
      "Scores 1 to {{bins}} per metric ({{rule}}); recency reversed, {{bins}} = most recent.",
    map: "Segment map: {{map}}. {{customers}} customers scored.",
  },
  rule: {
    quantiles: "quantile cut points, equal values equal scores",
    equalGroups: "groups of equal size, ties split by customer id",
  },
  column: {
    id: "Customer id",
    recency: "Recency (days)",
    frequency: "Frequency",
    monetary: "Monetary",
    aov: "Average order value",
    r: "R",
    f: "F",
    m: "M",
    score: "RFM code",
    segment: "Segment",
  },
  cutPoints: {
    heading: "Cut points: which values get which score",
    column: {
      metric: "Metric",
      score: "Score",
      above: "Above (excluded)",
      upTo: "Up to (included)",
      customers: "Customers",
      share: "Share of customers",
      remark: "Remark",
    },
    metric: {
      recency: "Recency (days)",
      frequency: "Frequency",
      monetary: "Monetary",
    },
    emptyTies:
      "Empty: equal values always get the same score, and the tied customers all fall on one side of this line.",
    emptyFewer: "Empty: fewer customers than scores.",
    splitTies:
      "Customers whose value equals a line may sit on either side of it (the customer id decides).",
  },
  returnsOnly: {
    heading: "Customers with only returns",
    listed: "Not scored: {{ids}}",
    more: "… and {{count}} more",
  },
  method: {
    parameter: {
      asOf: "RFM as-of date",
      window: "RFM window",
      windowAll: "All history",
      windowFrom: "From {{start}}",
      bins: "RFM scores per metric",
      rule: "RFM scoring rule",
      map: "Segment map",
      bands: "Value bands (spend a year)",
      customers: "Customers scored",
      returnsOnly: "Returns-only customers",
    },
    quantile: {
      term: "Quantile (R type 7)",
      text: "The p-quantile of n sorted values x1 ≤ … ≤ xn is x(h) + (h − ⌊h⌋)·(x(⌊h⌋+1) − x(⌊h⌋)) with h = (n − 1)·p + 1: R's default (type 7), numpy's and Excel's PERCENTILE.INC. The cut points of k scores are the 1/k, 2/k, …, (k − 1)/k quantiles of each metric.",
    },
    rule: { term: "Scoring rule" },
    ties: {
      term: "Tie rule",
      quantiles:
        "Equal values always get equal scores: a value equal to a cut point goes to the lower group (groups are (previous line, line]), so when a tie spans a line the score beyond it stays empty.",
      equalGroups:
        "Groups of equal size (sizes differ by at most one, like SQL NTILE): customers with equal values are ordered by customer id, so equal values can get different scores.",
    },
    inverted: {
      term: "Recency reversed",
      text: "Fewer days since the last purchase is better: recency scores are reversed, so the most recent customers get the highest score ({{bins}}).",
    },
    window: {
      term: "Window convention",
      text: "Only purchases on days strictly before the as-of date count. Recency = as-of day − day of the last purchase (a purchase the day before scores 1 day).",
    },
    features: { term: "Recency, frequency, monetary" },
    cutPoints: {
      term: "Cut points: {{metric}}",
      text: "Lines between scores, ascending values: {{lines}}. Customers per score 1 to {{bins}}: {{counts}}.",
      none: "No customer scored: no cut point.",
    },
    map: { term: "Segment map: {{map}}" },
    mapRule: {
      term: "Rule {{index}}: {{segment}}",
      text: "R {{r}}, F {{f}}, M {{m}} on the 5-score grid. Rules are tried in this order; the first that matches places the customer.",
      any: "any",
    },
    band: {
      term: "Band: {{segment}}",
      above: "Spend per year above {{low}}.",
      between: "Spend per year above {{low}} and up to {{high}} (included).",
      below: "Spend per year up to {{high}} (included).",
    },
    example: { term: "Worked example: customer {{id}}" },
    yearlySpend: { term: "Spend per year" },
  },
} as const;
export default rfm;
