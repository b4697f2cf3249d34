/**
 * What an analysis adds to the Method sheet: its parameters (as-of date, number of bins,
 * horizon, ...) and the definitions a trainer or an auditor needs (formulas, cut points, tie
 * rule, window convention). Every section builder returns one; the Method sheet lists them all
 * in section order.
 */
export interface MethodContribution {
  parameters: MethodParameter[];
  definitions: MethodDefinition[];
}

export interface MethodParameter {
  label: string;
  /** Shown as text, already formatted for the reader (dates ISO, numbers as chosen). */
  value: string;
}

export interface MethodDefinition {
  term: string;
  text: string;
}
