/**
 * Time to open the sample workbook in the standalone pane, in Debian's Chromium (playwright-core,
 * as test/e2e/run.mjs drives it): from the click on "Try the sample data" to the sheets found
 * (body[data-source="open"]), for one or more production builds served side by side, runs
 * interleaved so that each build sees the same machine load. Also says whether a progress bar
 * with a percentage was shown while the workbook was read. Prints the load average.
 *
 * Usage: node bench/paneOpen.mjs LABEL=DIST_DIR [LABEL=DIST_DIR...] [--runs N]
 * (DIST_DIR: the output of `webpack --mode production`, e.g. dist/.)
 */
import { loadavg } from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { serve } from "../test/e2e/staticServer.mjs";

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const args = process.argv.slice(2);
const runsAt = args.indexOf("--runs");
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const builds = args
  .filter((a, i) => a.includes("=") && i !== runsAt + 1)
  .map((a) => {
    const [label, dir] = a.split("=");
    return { label, dir: path.resolve(dir), times: [], progress: [] };
  });
if (builds.length === 0) throw new Error("usage: node bench/paneOpen.mjs LABEL=DIST [...] [--runs N]");

async function main() {
  const load = () => loadavg().map((l) => l.toFixed(2)).join(", ");
  console.log(`load average before: ${load()}`);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"],
  });
  for (const build of builds) {
    build.server = await serve(build.dir);
    build.base = `http://127.0.0.1:${build.server.address().port}/`;
  }
  try {
    for (let run = 0; run < runs; run++) {
      for (const build of builds) {
        const context = await browser.newContext({ viewport: { width: 450, height: 720 }, locale: "en-US" });
        await context.route("**/*", (route) =>
          route.request().url() === OFFICE_JS ? route.abort() : route.continue()
        );
        const page = await context.newPage();
        await page.goto(`${build.base}taskpane.html`);
        const button = page.getByRole("button", { name: "Try the sample data" });
        await button.waitFor({ timeout: 120_000 });
        // Seen percentages: the progress bar's label while the workbook is read.
        await page.evaluate(() => {
          window.__seen = [];
          new MutationObserver(() => {
            const label = document.body.innerText.match(/Reading the workbook: (\d+) ?%/);
            if (label) window.__seen.push(Number(label[1]));
          }).observe(document.body, { subtree: true, childList: true, characterData: true });
        });
        const started = Date.now();
        await button.click();
        await page.waitForSelector('body[data-source="open"]', { timeout: 600_000 });
        const seconds = (Date.now() - started) / 1000;
        const seen = await page.evaluate(() => [...new Set(window.__seen)]);
        build.times.push(seconds);
        build.progress.push(seen.length);
        console.log(`${build.label} run ${run + 1}: ${seconds.toFixed(2)} s, ${seen.length} percentages shown`);
        await context.close();
      }
    }
  } finally {
    await browser.close();
    for (const build of builds) build.server.close();
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log("\nbuild | median s | runs (s) | percentages shown");
  for (const b of builds) {
    console.log(`${b.label} | ${median(b.times).toFixed(2)} | ${b.times.map((t) => t.toFixed(2)).join(", ")} | ${b.progress.join(", ")}`);
  }
  console.log(`load average after: ${load()}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
