/** scripts/build-cli.mjs: bundles `entry` (the command line by default) into `outfile`, returned. */
export function buildCli(outfile?: string, entry?: string): Promise<string>;
