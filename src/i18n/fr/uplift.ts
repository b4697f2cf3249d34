/** uplift strings (fr). Keys must match the other language: test/i18n.test.ts checks it. */
const uplift = {} as const;
export default uplift;
