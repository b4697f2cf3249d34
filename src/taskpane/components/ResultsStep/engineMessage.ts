import type { TFunction } from "i18next";
import type { Formatters } from "../../../format/formatters";

/** A message of the engine: an i18n key and its parameters (uplift, LTV and analysis notes). */
export interface EngineMessage {
  code: string;
  params?: Record<string, string | number>;
}

/**
 * The sentence of an engine message in the pane language, its numbers written the language's
 * way (the engine hands raw numbers such as 0.3097216517729844: shown "0.31" / "0,31").
 */
export function engineMessageText(t: TFunction, fmt: Formatters, message: EngineMessage): string {
  const params = Object.fromEntries(
    Object.entries(message.params ?? {}).map(([key, value]) => [key, wordParam(t, fmt, key, value)])
  );
  return t(message.code, params);
}

/**
 * A parameter as the reader should see it: covariates and the breakdowns we name ourselves in
 * words (the engine hands ids: "frequency", "rfm"), numbers the language's way.
 */
function wordParam(
  t: TFunction,
  fmt: Formatters,
  key: string,
  value: string | number
): string | number {
  if (key === "covariate") return t(`uplift:covariates.${value}`, { defaultValue: String(value) });
  if (key === "dimension" && (value === "rfm" || value === "channel"))
    return t(`report:upliftSheet.dimension.${value}`);
  return typeof value === "number" ? fmt.decimal(value, Number.isInteger(value) ? 0 : 2) : value;
}

/** Distinct sentences of a list of messages, in order (the engine may repeat one per arm). */
export function distinctMessages(
  t: TFunction,
  fmt: Formatters,
  messages: readonly EngineMessage[]
): string[] {
  return [...new Set(messages.map((m) => engineMessageText(t, fmt, m)))];
}
