import * as React from "react";
import { Field, Input } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";

export type NumberFieldProps = {
  readonly label: string;
  readonly hint?: string;
  /** The value shown (already scaled, e.g. a percentage); null shows an empty box. */
  readonly value: number | null;
  /** Called with each readable number typed, or null when the box is emptied (if allowed). */
  readonly onValue: (value: number | null) => void;
  readonly allowEmpty?: boolean;
  /** The setting's own problem, already translated. */
  readonly problem?: string;
};

/**
 * A number box that keeps what the user types ("1," on the way to "1,5") and passes on every
 * readable number; a decimal comma is read as a point, as French users write it.
 */
export function NumberField(props: NumberFieldProps): React.JSX.Element {
  const { t } = useTranslation();
  const shown = props.value === null ? "" : String(props.value);
  const [draft, setDraft] = React.useState(shown);
  // A value changed from outside (reset, another workbook) replaces the draft.
  const lastShown = React.useRef(shown);
  if (lastShown.current !== shown) {
    lastShown.current = shown;
    if (parse(draft) !== props.value) setDraft(shown);
  }
  const parsed = parse(draft);
  const unreadable = draft.trim() === "" ? !props.allowEmpty : parsed === null;
  const message = unreadable ? t("pane:settings.problems.number") : props.problem;
  return (
    <Field
      label={props.label}
      hint={props.hint}
      validationMessage={message}
      validationState={message ? "error" : "none"}
    >
      <Input
        inputMode="decimal"
        value={draft}
        onChange={(_, data) => {
          setDraft(data.value);
          const value = parse(data.value);
          if (data.value.trim() === "" && props.allowEmpty) props.onValue(null);
          else if (value !== null) props.onValue(value);
        }}
      />
    </Field>
  );
}

/** "1,5" or "1.5" -> 1.5; anything else that is not a plain number -> null. */
function parse(text: string): number | null {
  const normalised = text.trim().replace(/\s/g, "").replace(",", ".");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(normalised)) return null;
  return Number(normalised);
}
