import * as React from "react";
import { Badge, MessageBar, MessageBarBody, Text, useId } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type {
  CampaignUplift,
  UpliftAnalysis,
  UpliftComparison,
  Verdict,
} from "../../../../analytics/uplift/types";
import { distinctMessages, engineMessageText } from "../engineMessage";
import type { Formatters } from "../../../../format/formatters";
import { SectionHeading } from "../SectionHeading";
import { useResultsStyles } from "../useResultsStyles.styles";

export type UpliftSectionProps = {
  readonly uplift: UpliftAnalysis;
  readonly fmt: Formatters;
};

const badgeColor: Record<Verdict, "success" | "danger" | "informative"> = {
  positive: "success",
  negative: "danger",
  "not-proven": "informative",
};

/** A glyph beside the verdict's word, so colour is never the only cue (it is hidden from screen readers, the word says it). */
const verdictGlyph: Record<Verdict, string> = {
  positive: "▲",
  negative: "▼",
  "not-proven": "≈",
};

/**
 * Uplift per campaign and arm: a compact table (arm with its verdict badge, rates, uplift in
 * points with its Newcombe interval) that fits 320 px, then what would settle each "not proven"
 * and the campaign's checks.
 */
export function UpliftSection({ uplift, fmt }: UpliftSectionProps): React.JSX.Element {
  const { t } = useTranslation();
  const styles = useResultsStyles();
  const headingId = useId("uplift");
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <SectionHeading section="uplift" id={headingId}>
        {t("pane:resultsView.uplift.heading")}
      </SectionHeading>
      <Text as="p" size={200} className={styles.muted}>
        {t("pane:resultsView.uplift.intro")}
      </Text>
      {uplift.campaigns.length === 0 && (
        <Text as="p" className={styles.muted}>
          {t("pane:resultsView.uplift.none")}
        </Text>
      )}
      {uplift.campaigns.map((campaign) => (
        <CampaignTable key={campaign.campaign} campaign={campaign} fmt={fmt} />
      ))}
      {uplift.skipped.map(({ campaign, reason }) => (
        <MessageBar key={campaign} intent="warning">
          <MessageBarBody>
            {engineMessageText(t, fmt, { ...reason, params: { campaign, ...reason.params } })}
          </MessageBarBody>
        </MessageBar>
      ))}
    </section>
  );
}

function CampaignTable({
  campaign,
  fmt,
}: {
  campaign: CampaignUplift;
  fmt: Formatters;
}): React.JSX.Element {
  const { t } = useTranslation();
  const styles = useResultsStyles();
  const checksId = useId("checks");
  const settleId = useId("settle");
  const rows = campaign.results
    .filter((r) => r.breakdown === null)
    .map((row) => ({
      row,
      arm:
        row.arm === null
          ? t("uplift:labels.all")
          : row.arm === ""
            ? t("uplift:labels.noValue")
            : row.arm,
    }));
  // "Not proven" rows: the sample that would settle each, or, past realistic reach, that the
  // uplift is too small to matter and what this test could detect.
  const unsettled = rows.filter(
    ({ row }) => row.verdict === "not-proven" && (row.settlingSample !== null || row.beyondReach)
  );
  const checks = distinctMessages(t, fmt, [
    ...campaign.warnings,
    ...rows.flatMap(({ row }) => row.warnings),
  ]);
  const settleText = (row: UpliftComparison, arm: string): string => {
    if (row.settlingSample !== null)
      return t("pane:resultsView.uplift.settle", {
        arm,
        nTreated: fmt.integer(row.settlingSample.nTreated),
        nControl: fmt.integer(row.settlingSample.nControl),
      });
    const mde = row.minimumDetectableEffect;
    return mde === null
      ? t("pane:resultsView.uplift.tooSmallNoMde", { arm })
      : t("pane:resultsView.uplift.tooSmall", { arm, mde: fmt.points(mde) });
  };
  const header = `${styles.cell} ${styles.headerCell}`;
  const number = `${styles.cell} ${styles.number}`;
  return (
    <div className={styles.section}>
      <table className={styles.table} data-campaign={campaign.campaign}>
        <caption className={styles.caption}>
          {t("pane:resultsView.uplift.caption", { campaign: campaign.campaign })}
        </caption>
        <colgroup>
          <col style={{ width: "36%" }} />
          <col style={{ width: "30%" }} />
          <col style={{ width: "34%" }} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col" className={header}>
              {t("pane:resultsView.uplift.arm")}
            </th>
            <th scope="col" className={`${header} ${styles.number}`}>
              {t("pane:resultsView.uplift.rates")}
            </th>
            <th scope="col" className={`${header} ${styles.number}`}>
              {t("pane:resultsView.uplift.uplift")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ row, arm }) => (
            <tr key={row.arm ?? "\u0000all"} data-verdict={row.verdict}>
              <th scope="row" className={header}>
                {arm}
                <span className={styles.badgeLine}>
                  <Badge
                    appearance="tint"
                    color={badgeColor[row.verdict]}
                    icon={<span aria-hidden="true">{verdictGlyph[row.verdict]}</span>}
                    className={styles.badge}
                  >
                    {t(`pane:resultsView.uplift.verdicts.${row.verdict}`)}
                  </Badge>
                </span>
              </th>
              <td className={number}>
                {t("pane:resultsView.uplift.ratesValue", {
                  treated: fmt.percent(row.treated.rate),
                  control: fmt.percent(row.control.rate),
                })}
              </td>
              <td className={number}>
                {fmt.points(row.upliftAbs)}
                <span className={styles.cellNote}>
                  {t("pane:resultsView.uplift.interval", {
                    low: fmt.points(row.newcombe.low),
                    high: fmt.points(row.newcombe.high),
                  })}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {unsettled.length > 0 && (
        <>
          <Text id={settleId} size={200} weight="semibold">
            {t("pane:resultsView.uplift.settleHeading")}
          </Text>
          <ul className={styles.list} aria-labelledby={settleId}>
            {unsettled.map(({ row, arm }) => (
              <li key={row.arm ?? "\u0000all"}>
                <Text size={200}>{settleText(row, arm)}</Text>
              </li>
            ))}
          </ul>
        </>
      )}
      {checks.length > 0 && (
        <>
          <Text id={checksId} size={200} weight="semibold">
            {t("pane:resultsView.uplift.checks", { campaign: campaign.campaign })}
          </Text>
          <ul className={styles.list} aria-labelledby={checksId}>
            {checks.map((text) => (
              <li key={text}>
                <Text size={200}>{text}</Text>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
