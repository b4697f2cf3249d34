/** Pane strings: excel (en); keys must match the other language (test/i18n.test.ts). */
const excel = {} as const;
export default excel;
