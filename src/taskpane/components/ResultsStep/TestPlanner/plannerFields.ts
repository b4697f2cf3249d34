import type { TestPlan } from "../../../../analytics/uplift/testPlanner";
import { parseTypedNumber } from "./parseNumber";

/** The planner's inputs as typed, in percent (what a marketer writes: "2.5", not 0.025). */
export interface PlannerInputs {
  baseline: string;
  effect: string;
  power: string;
  treatedShare: string;
}

export type PlannerField = keyof PlannerInputs;

/** Accepted range of each field, in percent; the effect may be negative (a loss to detect). */
export const FIELD_RANGES: Record<PlannerField, { min: number; max: number }> = {
  baseline: { min: 0, max: 100 },
  effect: { min: -100, max: 100 },
  power: { min: 1, max: 99.9 },
  treatedShare: { min: 1, max: 99 },
};

/** The fields whose text is not a number in range. */
export function invalidFields(inputs: PlannerInputs): PlannerField[] {
  return (Object.keys(FIELD_RANGES) as PlannerField[]).filter((field) => {
    const value = parseTypedNumber(inputs[field]);
    const { min, max } = FIELD_RANGES[field];
    return !(value >= min && value <= max);
  });
}

/** The plan handed to planTest: percentages turned into fractions and a treated/control split. */
export function planOf(inputs: PlannerInputs): TestPlan {
  const share = parseTypedNumber(inputs.treatedShare);
  return {
    baselineRate: parseTypedNumber(inputs.baseline) / 100,
    effect: parseTypedNumber(inputs.effect) / 100,
    power: parseTypedNumber(inputs.power) / 100,
    split: { treated: share, control: 100 - share },
  };
}
