/** Pane strings: resultsView (en); keys must match the other language (test/i18n.test.ts). */
const resultsView = {} as const;
export default resultsView;
