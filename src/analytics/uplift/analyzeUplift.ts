import type { Contact, Transaction } from "../domain";
import { adjustPValues } from "../stats/adjustPValues";
import { designCampaigns, type CampaignDesign } from "./campaignDesign";
import { compareGroups, type CompareSettings } from "./compareGroups";
import { readContactColumns, type ContactColumns } from "./contactColumns";
import { contactedAnyway, indexTreatedDays, type TreatedDays } from "./contamination";
import { CovariateBalance } from "./covariateBalance";
import { addToTally, emptyTally, mergeTally, type GroupTally } from "./groupTally";
import { postStratify } from "./postStratify";
import { realisticReach } from "./realisticSample";
import { sampleRatioCheck } from "./sampleRatioCheck";
import {
  indexTransactions,
  outcomesInWindow,
  preCampaignRfm,
  type TransactionIndex,
} from "./transactionIndex";
import type {
  Breakdown,
  CampaignUplift,
  PreCampaignFeatures,
  UpliftAnalysis,
  UpliftComparison,
  UpliftMessage,
  UpliftOptions,
} from "./types";

export const DEFAULT_CONVERSION_WINDOW_DAYS = 30;

/** A group's tallies: one per arm, and the control's. */
interface Cell {
  arms: GroupTally[];
  control: GroupTally;
}

const newCell = (armCount: number): Cell => ({
  arms: Array.from({ length: armCount }, emptyTally),
  control: emptyTally(),
});
const treatedOf = (cell: Cell, arm: number | null) =>
  arm === null ? cell.arms.reduce(mergeTally, emptyTally()) : cell.arms[arm];

/** Outcome per unit: the contact sheet's own columns when the campaign has them, else transactions in the window. */
function resolveOutcomes(
  design: CampaignDesign,
  contacts: readonly Contact[],
  columns: ContactColumns,
  transactions: TransactionIndex | null,
  windowDays: number,
  windowOutcome: UpliftOptions["windowOutcome"]
) {
  const { units } = design;
  let fromSheet = false;
  for (let u = 0; u < units.count && !fromSheet; u++)
    fromSheet = columns.ownOutcome[units.contact[u]] === 1;
  if (!fromSheet && !transactions && !windowOutcome) return null;
  const n = units.count;
  const converted = new Uint8Array(n);
  const revenue = new Float64Array(n);
  let revenueKnown = true;
  if (!fromSheet && !transactions && windowOutcome) {
    for (let u = 0; u < n; u++) {
      const outcome = windowOutcome(columns.numbering.ids[units.customer[u]], units.day[u]);
      if (!outcome) return null;
      converted[u] = outcome.converted ? 1 : 0;
      revenue[u] = outcome.revenue;
    }
  } else if (fromSheet) {
    for (let u = 0; u < n; u++) {
      const contact = contacts[units.contact[u]];
      const r = contact.revenue;
      if (r === undefined) revenueKnown = false;
      revenue[u] = r ?? 0;
      converted[u] = (contact.converted ?? (r ?? 0) > 0) ? 1 : 0;
    }
  } else {
    outcomesInWindow(transactions!, units.customer, units.day, n, windowDays, converted, revenue);
  }
  return {
    source: fromSheet ? ("sheet" as const) : ("transactions" as const),
    converted,
    revenue,
    revenueKnown,
  };
}

/** How a breakdown reads a unit's value ("" when unknown): from its contact, customer id and day. */
type DimensionValue = (contact: number, customerId: string, day: number) => string;

/** The breakdown dimensions asked for and how to read each unit's value. */
function dimensionsOf(
  options: UpliftOptions,
  contacts: readonly Contact[]
): { name: string; valueOf: DimensionValue }[] {
  const dims: { name: string; valueOf: DimensionValue }[] = [];
  if (options.armOf) dims.push({ name: "channel", valueOf: (i) => contacts[i].channel ?? "" });
  const segmentAsOf = options.segmentAsOf;
  if (segmentAsOf) dims.push({ name: "rfm", valueOf: (_, id, day) => segmentAsOf(id, day) ?? "" });
  const attributeOf = options.attributeOf;
  if (attributeOf) {
    for (const name of options.attributes ?? [])
      dims.push({ name, valueOf: (_, id) => attributeOf(id, name) ?? "" });
  }
  return dims;
}

/** The inputs every campaign's analysis reads, prepared once. */
interface Prepared {
  contacts: readonly Contact[];
  columns: ContactColumns;
  transactions: TransactionIndex | null;
  treatedDays: TreatedDays;
}

/**
 * The intended split a control share implies: control gets it, the treated arms share the rest
 * equally (a 10 % control with Email and SMS: control 10, Email 45, SMS 45).
 */
function splitOfControlShare(
  arms: readonly string[],
  controlShare: number | undefined
): Record<string, number> | undefined {
  if (controlShare === undefined || !(controlShare > 0 && controlShare < 1)) return undefined;
  const split: Record<string, number> = { control: controlShare };
  for (const arm of arms) split[arm] = (1 - controlShare) / arms.length;
  return split;
}

function analyseCampaign(
  design: CampaignDesign,
  { contacts, columns, transactions, treatedDays }: Prepared,
  options: UpliftOptions
): CampaignUplift | UpliftMessage {
  const customerBase = Math.max(options.customerBase ?? 0, columns.customerCount);
  const windowDays = options.conversionWindowDays ?? DEFAULT_CONVERSION_WINDOW_DAYS;
  const level = options.level ?? 0.95;
  const outcomes = resolveOutcomes(
    design,
    contacts,
    columns,
    transactions,
    windowDays,
    options.windowOutcome
  );
  if (!outcomes) return { code: "uplift:errors.noOutcome", params: { campaign: design.campaign } };
  const { campaign, arms, units } = design;
  const settings: CompareSettings = {
    level,
    power: options.power ?? 0.8,
    targetUplift: options.targetUplift,
    revenueKnown: outcomes.revenueKnown,
    reach: realisticReach(units.count, customerBase),
  };
  const dims = dimensionsOf(options, contacts);
  const whole = newCell(arms.length);
  const byDim = dims.map(() => new Map<string, Cell>());
  let contaminated = 0;
  const balanceCheck = new CovariateBalance();
  const featuresOf = (customer: number, day: number): PreCampaignFeatures | undefined => {
    if (options.preCampaignFeatures)
      return options.preCampaignFeatures(columns.numbering.ids[customer], day);
    if (!transactions) return undefined;
    return preCampaignRfm(transactions, customer, day);
  };

  for (let u = 0; u < units.count; u++) {
    const contact = units.contact[u];
    const customer = units.customer[u];
    const group = units.group[u];
    const day = units.day[u];
    const isControl = group < 0;
    const cost = isControl ? NaN : columns.cost[contact];
    const converted = outcomes.converted[u] === 1;
    const revenue = outcomes.revenue[u];
    addToTally(isControl ? whole.control : whole.arms[group], converted, revenue, cost);
    for (let d = 0; d < dims.length; d++) {
      const value = dims[d].valueOf(contact, columns.numbering.ids[customer], day);
      let cell = byDim[d].get(value);
      if (!cell) byDim[d].set(value, (cell = newCell(arms.length)));
      addToTally(isControl ? cell.control : cell.arms[group], converted, revenue, cost);
    }
    if (isControl && contactedAnyway(treatedDays, customer, design.campaignNumber, day, windowDays))
      contaminated++;
    const features = featuresOf(customer, day);
    if (features) balanceCheck.add(isControl, features);
  }

  const armChoices: (number | null)[] = arms.map((_, i) => i);
  if (arms.length > 1) armChoices.push(null);
  const armName = (arm: number | null) => (arm === null ? null : arms[arm]);
  const results: UpliftComparison[] = armChoices.map((arm) =>
    compareGroups(
      { campaign, arm: armName(arm), breakdown: null },
      treatedOf(whole, arm),
      whole.control,
      settings
    )
  );

  const adjustment = options.adjustment ?? "holm";
  const breakdowns: Breakdown[] = [];
  dims.forEach((dim, d) => {
    const cells = [...byDim[d]].sort(([a], [b]) => a.localeCompare(b));
    armChoices.forEach((arm, k) => {
      const strata = cells.map(([value, cell]) => ({
        value,
        treated: treatedOf(cell, arm),
        control: cell.control,
      }));
      const rows = strata
        .filter((s) => s.treated.n > 0 && s.control.n > 0)
        .map((s) =>
          compareGroups(
            { campaign, arm: armName(arm), breakdown: { dimension: dim.name, value: s.value } },
            s.treated,
            s.control,
            settings
          )
        );
      const adjusted = adjustPValues(
        rows.map((r) => r.conversionTest.pValue),
        adjustment
      );
      rows.forEach((row, r) => (row.pAdjusted = adjusted[r]));
      breakdowns.push({
        arm: armName(arm),
        dimension: dim.name,
        adjustment,
        rows,
        stratified: postStratify(
          strata,
          {
            value: results[k].upliftAbs,
            low: results[k].newcombe.low,
            high: results[k].newcombe.high,
          },
          level
        ),
      });
    });
  });

  const warnings: UpliftMessage[] = [];
  let sampleRatio = null;
  const givenSplit =
    options.intendedSplit?.[campaign] ??
    options.intendedSplit?.["*"] ??
    splitOfControlShare(arms, options.controlShare);
  if (design.controlSource === "own" || !givenSplit) {
    // Without an intended split the control's share is unknown (10 %? 50 %?): only the treated
    // arms are checked, against equal shares, as assignment tools split arms by default.
    const observed: Record<string, number> = {};
    if (givenSplit && design.controlSource === "own") observed.control = whole.control.n;
    arms.forEach((arm, i) => (observed[arm] = whole.arms[i].n));
    const intended = givenSplit ?? Object.fromEntries(arms.map((arm) => [arm, 1]));
    sampleRatio = sampleRatioCheck(observed, intended);
    if (sampleRatio?.mismatch)
      warnings.push({
        code: "uplift:warnings.sampleRatioMismatch",
        params: { campaign, pValue: sampleRatio.pValue },
      });
  }
  if (design.crossoverCustomers > 0)
    warnings.push({
      code: "uplift:warnings.crossover",
      params: { campaign, customers: design.crossoverCustomers },
    });
  if (contaminated > 0)
    warnings.push({
      code: "uplift:warnings.contaminatedControl",
      params: { campaign, customers: contaminated },
    });
  const balance = balanceCheck.rows();
  for (const row of balance) {
    if (row.imbalanced)
      warnings.push({
        code: "uplift:warnings.imbalance",
        params: { campaign, covariate: row.covariate, smd: row.smd ?? 0 },
      });
  }
  for (const b of breakdowns) {
    if (b.stratified?.simpson)
      warnings.push({
        code: "uplift:warnings.simpson",
        params: { campaign, dimension: b.dimension },
      });
  }

  return {
    campaign,
    arms,
    controlSource: design.controlSource,
    outcome: { source: outcomes.source, windowDays, revenueKnown: outcomes.revenueKnown },
    results,
    breakdowns,
    checks: {
      sampleRatio,
      crossoverCustomers: design.crossoverCustomers,
      contaminatedControl: {
        customers: contaminated,
        share: whole.control.n > 0 ? contaminated / whole.control.n : 0,
      },
      balance,
    },
    warnings,
  };
}

/**
 * Uplift of every campaign in the contacts: each treated arm against the campaign's control
 * group (its own, or the global holdout), all arms pooled, and every breakdown asked for
 * (channel when arms are not channels, RFM segment as of the contact day, customer attributes),
 * with the checks that belong next to the results (sample-ratio mismatch, crossover and
 * contaminated control, small cells, multiple comparisons, Simpson and heterogeneity, covariate
 * balance). Outcomes come from the contacts sheet when it has them, else from transactions in the
 * conversion window. Campaigns that cannot be analysed are listed in `skipped` with the reason.
 */
export function analyzeUplift(
  contacts: readonly Contact[],
  transactions: readonly Transaction[] | null | undefined,
  options: UpliftOptions = {}
): UpliftAnalysis {
  // Each contact object is read once, into columns; everything after indexes typed arrays.
  const columns = readContactColumns(contacts, options);
  const { designs, skipped } = designCampaigns(columns, options.globalControlCampaign);
  const prepared: Prepared = {
    contacts,
    columns,
    transactions:
      transactions && transactions.length > 0
        ? indexTransactions(transactions, columns.numbering)
        : null,
    treatedDays: indexTreatedDays(columns),
  };
  const campaigns: CampaignUplift[] = [];
  for (const design of designs) {
    const result = analyseCampaign(design, prepared, options);
    if ("code" in result) skipped.push({ campaign: design.campaign, reason: result });
    else campaigns.push(result);
  }
  return { campaigns, skipped };
}
