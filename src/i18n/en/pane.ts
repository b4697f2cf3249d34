/** pane strings (en). Keys must match the other language: test/i18n.test.ts checks it. */
const pane = {} as const;
export default pane;
