/**
 * The deck's campaign slides (one a campaign: each group's uplift with its interval and verdict
 * in words, the incremental revenue, cost and ROI) and the contact coverage slide.
 */
import type { CampaignKpis } from "../analytics/campaigns/types";
import type { CampaignUplift, UpliftComparison } from "../analytics/uplift/types";
import { pointsFormat } from "../report/numberFormats";
import { campaignTotal } from "../taskpane/components/ResultsStep/campaignTotal";
import { verdictText } from "../report/sheets/uplift/comparisonColumns";
import { definitions, type DeckContext } from "./deckContext";
import type { DeckSlide } from "./deckModel";

const CAMPAIGN_NOTES = [
  "report:upliftSheet.method.definition.points",
  "report:upliftSheet.method.definition.newcombe",
  "report:upliftSheet.method.definition.verdict",
  "report:upliftSheet.method.definition.incremental",
  "report:upliftSheet.method.definition.economics",
  "report:campaignsSheet.method.conversion",
];

/** Whole points on the axis when the intervals span several, else tenths (no repeated labels). */
function axisDecimals(rows: readonly UpliftComparison[]): number {
  const ends = rows.flatMap((r) => [r.newcombe.low, r.newcombe.high]).map((x) => x * 100);
  return Math.max(...ends) - Math.min(...ends) >= 5 ? 0 : 1;
}

function rateCell(rate: number, n: number, ctx: DeckContext): string {
  return `${ctx.fmt.percent(rate)} (${ctx.fmt.integer(n)})`;
}

export function campaignSlide(
  campaign: CampaignUplift,
  kpis: CampaignKpis | null,
  ctx: DeckContext
): DeckSlide {
  const rows = campaign.results.filter((r) => r.breakdown === null);
  const arm = (r: UpliftComparison) => r.arm ?? ctx.t("deck:campaign.allArms");
  const rank = kpis?.ranking.find((r) => r.campaign === campaign.campaign);
  const total = campaignTotal(campaign);
  const bullets: string[] = [];
  const revenue = total?.incrementalRevenue;
  if (revenue) {
    bullets.push(
      ctx.t("deck:campaign.incremental", {
        value: ctx.fmt.currency(revenue.value),
        low: ctx.fmt.currency(revenue.low),
        high: ctx.fmt.currency(revenue.high),
      })
    );
  }
  const economics = total?.economics;
  if (economics) {
    bullets.push(
      ctx.t("deck:campaign.economics", {
        cost: ctx.fmt.currency(economics.cost),
        roi: economics.roi === null ? ctx.t("deck:kpis.none") : ctx.fmt.percent(economics.roi),
      })
    );
  } else if (total) {
    bullets.push(ctx.t("deck:campaign.noCost"));
  }
  const points = (x: number) => x * 100;
  return {
    key: "campaign",
    title: ctx.t("deck:campaign.title", { campaign: campaign.campaign }),
    ...(rank
      ? {
          subtitle: ctx.t("deck:campaign.subtitle", {
            from: rank.firstContact,
            to: rank.lastContact,
            window: campaign.outcome.windowDays,
          }),
        }
      : {}),
    table: {
      header: [
        ctx.t("deck:campaign.arm"),
        ctx.t("deck:campaign.treated"),
        ctx.t("deck:campaign.control"),
        ctx.t("deck:campaign.uplift"),
        ctx.t("deck:campaign.interval"),
        ctx.t("deck:campaign.verdict"),
      ],
      rows: rows.map((r) => [
        arm(r),
        rateCell(r.treated.rate, r.treated.n, ctx),
        rateCell(r.control.rate, r.control.n, ctx),
        ctx.fmt.points(r.upliftAbs),
        `${ctx.fmt.points(r.newcombe.low)} ; ${ctx.fmt.points(r.newcombe.high)}`,
        verdictText(r, ctx),
      ]),
      widths: [1.6, 1.5, 1.5, 1.2, 2.2, 4.2],
      oneLine: [1, 2, 3, 4],
    },
    bullets,
    chart: {
      kind: "intervalMarkers",
      title: ctx.t("deck:campaign.chartTitle"),
      categories: rows.map(arm),
      series: [
        { name: ctx.t("deck:campaign.low"), values: rows.map((r) => points(r.newcombe.low)) },
        { name: ctx.t("deck:campaign.uplift"), values: rows.map((r) => points(r.upliftAbs)) },
        { name: ctx.t("deck:campaign.high"), values: rows.map((r) => points(r.newcombe.high)) },
      ],
      format: pointsFormat(ctx.t("report:common.pointsUnit")),
      axisFormat: pointsFormat(ctx.t("report:common.pointsUnit"), axisDecimals(rows)),
    },
    notes: definitions(ctx, CAMPAIGN_NOTES),
  };
}

export function coverageSlide(kpis: CampaignKpis | null, ctx: DeckContext): DeckSlide | null {
  const coverage = kpis?.coverage;
  if (!coverage || coverage.share === null) return null;
  const bullets = [
    ctx.t("deck:coverage.text", {
      contacted: ctx.fmt.integer(coverage.contactedActive),
      active: ctx.fmt.integer(coverage.activeCustomers),
      year: coverage.year,
      share: ctx.fmt.percent(coverage.share),
    }),
  ];
  const goal = ctx.options.coverageGoal;
  if (goal !== undefined) {
    bullets.push(ctx.t("deck:coverage.goal", { goal: ctx.fmt.percent(goal) }));
    const missing = Math.ceil(goal * coverage.activeCustomers - coverage.contactedActive);
    bullets.push(
      missing > 0
        ? ctx.t("deck:coverage.gap", { count: ctx.fmt.integer(missing) })
        : ctx.t("deck:coverage.reached")
    );
  }
  return {
    key: "coverage",
    title: ctx.t("deck:coverage.title"),
    bullets,
    notes: definitions(ctx, ["report:campaignsSheet.method.coverage"]),
  };
}
