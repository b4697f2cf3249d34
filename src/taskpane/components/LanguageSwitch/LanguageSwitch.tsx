import * as React from "react";
import { Field, Select, makeStyles } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { languages, type Language } from "../../../i18n";

export type LanguageSwitchProps = {
  readonly value: Language;
  readonly onChange: (language: Language) => void;
};

const useStyles = makeStyles({
  field: { minWidth: 0 },
});

/** A labelled native select: keyboard and screen-reader friendly at any pane width. */
export function LanguageSwitch({ value, onChange }: LanguageSwitchProps): React.JSX.Element {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <Field label={t("pane:language.label")} size="small" className={styles.field}>
      <Select size="small" value={value} onChange={(_, data) => onChange(data.value as Language)}>
        {languages.map((language) => (
          // Each language is named in itself, and marked so screen readers pronounce it right.
          <option key={language} value={language} lang={language}>
            {t(`pane:language.${language}`)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
