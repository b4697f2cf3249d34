// Jest global setup: builds the command line before any test spawns bin/crm-analytics.js, so the
// tests always run the current sources through the same built file users run.
module.exports = async function buildCliForTests() {
  const { buildCli } = await import("../../scripts/build-cli.mjs");
  await buildCli();
};
