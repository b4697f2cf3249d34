/** common strings (fr). Keys must match the other language: test/i18n.test.ts checks it. */
const common = {} as const;
export default common;
