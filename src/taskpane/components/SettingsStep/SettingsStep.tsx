import * as React from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { ScoreBins, SegmentMapId } from "../../../analytics/rfm";
import type { TimeUnit } from "../../../analytics/ltv/timeUnit";
import { languageFromLocale } from "../../../i18n";
import type { PaneFlow } from "../../flow/flowState";
import { SCORE_BINS, SEGMENT_MAP_IDS, TIME_UNITS } from "../../settings/paneSettings";
import { dayInstantOf } from "../../settings/isoDay";
import { formatDay } from "../shared/formatters";
import { StepPlaceholder } from "../StepPlaceholder/StepPlaceholder";
import { StepSection } from "../shared/StepSection";
import { useStepStyles } from "../shared/useStepStyles.styles";
import { NumberField } from "./NumberField";

export type SettingsStepProps = { readonly flow: PaneFlow };

/** Percent shown for a fraction, without binary noise (0.07 -> 7, not 7.000000000000001). */
const toPercent = (fraction: number) => Math.round(fraction * 1e6) / 1e4;

/**
 * The analysis settings, DESIGN.md's defaults first: analysis date, RFM score levels and segment
 * map (with editable value bands), LTV horizon, discount rate, margin, time unit, calibration
 * end, expected lifetime and retention rate (the settings the LTV warnings point to), conversion
 * window, cost per contact by channel, intended control share. Each is checked as it is typed
 * (validateSettings); valid settings are remembered for the workbook.
 */
export function SettingsStep({ flow }: SettingsStepProps): React.JSX.Element {
  const styles = useStepStyles();
  const { t, i18n } = useTranslation();
  const language = languageFromLocale(i18n.language);
  const { state, actions } = flow;
  if (state.source.status !== "open") {
    return (
      <StepPlaceholder heading={t("pane:settings.heading")} message={t("pane:settings.empty")} />
    );
  }
  const { settings } = state;
  const update = actions.updateSettings;
  const problemOf = (field: string) => {
    const problem = state.settingProblems.find((p) => p.field === field);
    return problem ? t(problem.code, problem.params) : undefined;
  };
  const checked = state.check.status === "done" ? state.check.data : null;
  const defaultAsOf = checked?.defaultAsOf ? dayInstantOf(checked.defaultAsOf) : undefined;
  const channels = [
    ...new Set([...(checked?.channels ?? []), ...Object.keys(settings.costPerContact)]),
  ];
  const asOfProblem = problemOf("asOf");
  return (
    <section className={styles.root}>
      <Text as="h2" size={400} weight="semibold" className={styles.heading}>
        {t("pane:settings.heading")}
      </Text>
      <Text as="p" className={styles.intro}>
        {t("pane:settings.intro")}
      </Text>
      {state.settingProblems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t("pane:settings.invalidSummary", { count: state.settingProblems.length })}
          </MessageBarBody>
        </MessageBar>
      )}

      <StepSection id="settings-rfm" heading={t("pane:settings.rfmSection")}>
        <Field
          label={t("pane:settings.asOf")}
          hint={
            defaultAsOf !== undefined
              ? t("pane:settings.asOfHint", { date: formatDay(defaultAsOf, language) })
              : t("pane:settings.asOfHintNoData")
          }
          validationMessage={asOfProblem}
          validationState={asOfProblem ? "error" : "none"}
        >
          <Input
            type="date"
            value={settings.asOf}
            onChange={(_, data) => update({ asOf: data.value })}
          />
        </Field>
        <Field
          label={t("pane:settings.currency")}
          hint={t("pane:settings.currencyHint")}
          validationMessage={problemOf("currency")}
          validationState={problemOf("currency") ? "error" : "none"}
        >
          <Input
            value={settings.currency}
            maxLength={3}
            onChange={(_, data) => update({ currency: data.value })}
          />
        </Field>
        <Field label={t("pane:settings.rfmBins")} validationMessage={problemOf("rfmBins")}>
          <Select
            className={styles.select}
            value={String(settings.rfmBins)}
            onChange={(_, data) => update({ rfmBins: Number(data.value) as ScoreBins })}
          >
            {SCORE_BINS.map((bins) => (
              <option key={bins} value={String(bins)}>
                {t("pane:settings.rfmBinsOption", { count: bins })}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("pane:settings.segmentMap")}>
          <Select
            className={styles.select}
            value={settings.segmentMap}
            onChange={(_, data) => update({ segmentMap: data.value as SegmentMapId })}
          >
            {SEGMENT_MAP_IDS.map((id) => (
              <option key={id} value={id}>
                {t(`pane:settings.map.${id}`)}
              </option>
            ))}
          </Select>
        </Field>
        {settings.segmentMap === "bands" && (
          <BandsField
            bands={settings.bands}
            problem={problemOf("bands")}
            onBands={(bands) => update({ bands })}
          />
        )}
      </StepSection>

      <StepSection id="settings-ltv" heading={t("pane:settings.ltvSection")}>
        <NumberField
          label={t("pane:settings.horizon")}
          value={settings.horizonMonths}
          onValue={(v) => update({ horizonMonths: v ?? NaN })}
          problem={problemOf("horizonMonths")}
        />
        <NumberField
          label={t("pane:settings.discount")}
          value={toPercent(settings.monthlyDiscount)}
          onValue={(v) => update({ monthlyDiscount: (v ?? NaN) / 100 })}
          problem={problemOf("monthlyDiscount")}
        />
        <NumberField
          label={t("pane:settings.margin")}
          hint={t("pane:settings.marginHint")}
          value={toPercent(settings.margin)}
          onValue={(v) => update({ margin: (v ?? NaN) / 100 })}
          problem={problemOf("margin")}
        />
        <Field label={t("pane:settings.timeUnit")}>
          <Select
            className={styles.select}
            value={settings.timeUnit}
            onChange={(_, data) => update({ timeUnit: data.value as TimeUnit })}
          >
            {TIME_UNITS.map((unit) => (
              <option key={unit} value={unit}>
                {t(`pane:settings.timeUnitOption.${unit}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label={t("pane:settings.calibrationEnd")}
          hint={t("pane:settings.calibrationEndHint")}
          validationMessage={problemOf("calibrationEnd")}
          validationState={problemOf("calibrationEnd") ? "error" : "none"}
        >
          <Input
            type="date"
            value={settings.calibrationEnd}
            onChange={(_, data) => update({ calibrationEnd: data.value })}
          />
        </Field>
        <NumberField
          label={t("pane:settings.lifetime")}
          hint={t("pane:settings.lifetimeHint")}
          value={settings.lifetimeYears}
          allowEmpty
          onValue={(v) => update({ lifetimeYears: v })}
          problem={problemOf("lifetimeYears")}
        />
        <NumberField
          label={t("pane:settings.retention")}
          hint={t("pane:settings.retentionHint")}
          value={settings.retentionRate === null ? null : toPercent(settings.retentionRate)}
          allowEmpty
          onValue={(v) => update({ retentionRate: v === null ? null : v / 100 })}
          problem={problemOf("retentionRate")}
        />
      </StepSection>

      <StepSection id="settings-uplift" heading={t("pane:settings.upliftSection")}>
        <NumberField
          label={t("pane:settings.window")}
          hint={t("pane:settings.windowHint")}
          value={settings.conversionWindowDays}
          onValue={(v) => update({ conversionWindowDays: v ?? NaN })}
          problem={problemOf("conversionWindowDays")}
        />
        <NumberField
          label={t("pane:settings.controlShare")}
          hint={t("pane:settings.controlShareHint")}
          value={settings.controlShare === null ? null : toPercent(settings.controlShare)}
          allowEmpty
          onValue={(v) => update({ controlShare: v === null ? null : v / 100 })}
          problem={problemOf("controlShare")}
        />
        <Text as="h4" size={200} weight="semibold" className={styles.subheading}>
          {t("pane:settings.costsHeading")}
        </Text>
        <Text size={200} className={styles.hint}>
          {channels.length > 0 ? t("pane:settings.costsHint") : t("pane:settings.noChannels")}
        </Text>
        {channels.map((channel) => (
          <NumberField
            key={channel}
            label={t("pane:settings.costFor", { channel })}
            value={settings.costPerContact[channel] ?? null}
            allowEmpty
            onValue={(v) => {
              const costs = { ...settings.costPerContact };
              if (v === null) delete costs[channel];
              else costs[channel] = v;
              update({ costPerContact: costs });
            }}
            problem={problemOf(`costPerContact.${channel}`)}
          />
        ))}
      </StepSection>
      <div>
        <Button className={styles.wrapButton} onClick={actions.resetSettings}>
          {t("pane:settings.reset")}
        </Button>
      </div>
    </section>
  );
}

type BandsFieldProps = {
  readonly bands: readonly number[];
  readonly problem?: string;
  readonly onBands: (bands: number[]) => void;
};

/** The value bands' thresholds as one text, "50; 100; 200; 500" (validated by the engine's rule). */
function BandsField({ bands, problem, onBands }: BandsFieldProps): React.JSX.Element {
  const { t } = useTranslation();
  const shown = bands.join("; ");
  const [draft, setDraft] = React.useState(shown);
  // Bands changed from outside (back to the defaults, another workbook) replace the draft.
  const lastShown = React.useRef(shown);
  if (lastShown.current !== shown) {
    lastShown.current = shown;
    if (parseBands(draft).join("; ") !== shown) setDraft(shown);
  }
  return (
    <Field
      label={t("pane:settings.bands")}
      hint={t("pane:settings.bandsHint")}
      validationMessage={problem}
      validationState={problem ? "error" : "none"}
    >
      <Input
        value={draft}
        onChange={(_, data) => {
          setDraft(data.value);
          onBands(parseBands(data.value));
        }}
      />
    </Field>
  );
}

/** "50; 100,5; x" -> [50, 100.5, NaN]: a part that is not a number stays, as NaN, to be refused. */
function parseBands(text: string): number[] {
  return text
    .split(";")
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .map((p) => (/^\d+([.,]\d+)?$/.test(p) ? Number(p.replace(",", ".")) : NaN));
}
