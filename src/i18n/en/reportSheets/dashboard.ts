/** Labels of the report's dashboard sheet (en); keys must match the other language (test/i18n.test.ts). */
const dashboard = {} as const;
export default dashboard;
