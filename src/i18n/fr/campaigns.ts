/** campaigns strings (fr). Keys must match the other language: test/i18n.test.ts checks it. */
const campaigns = {} as const;
export default campaigns;
