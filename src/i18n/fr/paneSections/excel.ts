/** Pane strings: excel (fr); keys must match the other language (test/i18n.test.ts). */
const excel = {} as const;
export default excel;
