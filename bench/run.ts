/**
 * `npm run bench [name...]`: runs every bench/*.bench.ts (or those named) in turn and prints
 * their figures. Timings live here, never in tests.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { Bench } from "./harness";

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
    .sort();
  console.log(`node ${process.version}, ${process.platform} ${process.arch}`);
  for (const file of files) {
    console.log(`\n== ${file.replace(".bench.ts", "")}`);
    const mod = (await import(join(__dirname, file))) as { default: Bench };
    await mod.default((line) => console.log(`  ${line}`));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
