/**
 * Time to open the sample workbook in the standalone pane, in Debian's Chromium (playwright-core,
 * as test/e2e/run.mjs drives it): from the click on "Try the sample data" to the sheets found
 * (body[data-source="open"]), for one or more production builds served side by side, runs
 * interleaved so that each build sees the same machine load. Also says whether a progress bar
 * with a percentage was shown while the workbook was read. The bench clicks as soon as the button
 * shows, as a user who knows what they want would: what the pane does before the click (start
 * the worker, prefetch the sample) counts only if it is ready by then. So that work moved before
 * the click is not hidden, each run also says the time from the navigation to the sheets found.
 * Prints every run with the load average at its start, and the medians. On a shared machine the
 * wall time says more about the neighbours than about the pane: each run also says the CPU time
 * Chromium's processes (browser, renderer with its worker, GPU) spent from the click to the
 * sheets found (Linux /proc; "n/a" elsewhere).
 *
 * Usage: node bench/paneOpen.mjs LABEL=DIST_DIR [LABEL=DIST_DIR...] [--runs N]
 * (DIST_DIR: the output of `webpack --mode production`, e.g. dist/.)
 */
import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { serve } from "../test/e2e/staticServer.mjs";
import { launchChromium, standaloneContext } from "./paneBrowser.mjs";

const args = process.argv.slice(2);
const runsAt = args.indexOf("--runs");
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
const builds = args
  .filter((a, i) => a.includes("=") && i !== runsAt + 1)
  .map((a) => {
    const [label, dir] = a.split("=");
    return {
      label,
      dir: path.resolve(dir),
      times: [],
      sinceLoad: [],
      cpu: [],
      cpuSinceLoad: [],
      progress: [],
    };
  });
if (builds.length === 0)
  throw new Error("usage: node bench/paneOpen.mjs LABEL=DIST [...] [--runs N]");

/**
 * CPU seconds (user + system) of this process' descendants (Chromium, which playwright starts
 * as our child, with its own children), from /proc; NaN without it.
 */
function childrenCpuSeconds(rootPid = process.pid) {
  try {
    const children = new Map();
    const cpu = new Map();
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      let stat;
      try {
        stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      } catch {
        continue; // the process ended meanwhile
      }
      // Fields after the command (in parentheses, which may hold spaces): state ppid ... utime stime.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ppid = Number(fields[1]);
      cpu.set(Number(entry), Number(fields[11]) + Number(fields[12]));
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(entry));
    }
    let ticks = 0;
    const stack = [...(children.get(rootPid) ?? [])];
    while (stack.length > 0) {
      const pid = stack.pop();
      ticks += cpu.get(pid) ?? 0;
      stack.push(...(children.get(pid) ?? []));
    }
    return ticks / 100; // USER_HZ is 100 on Linux
  } catch {
    return Number.NaN;
  }
}

async function main() {
  const load = () =>
    loadavg()
      .map((l) => l.toFixed(2))
      .join(", ");
  console.log(`load average before: ${load()}`);
  const browser = await launchChromium();
  for (const build of builds) {
    build.server = await serve(build.dir);
    build.base = `http://127.0.0.1:${build.server.address().port}/`;
  }
  try {
    for (let run = 0; run < runs; run++) {
      for (const build of builds) {
        const context = await standaloneContext(browser);
        const page = await context.newPage();
        const loadAtStart = load();
        const cpuAtNavigation = childrenCpuSeconds();
        const navigated = Date.now();
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
        const cpuAtClick = childrenCpuSeconds();
        const started = Date.now();
        await button.click();
        await page.waitForSelector('body[data-source="open"]', { timeout: 600_000 });
        const seconds = (Date.now() - started) / 1000;
        const sinceLoad = (Date.now() - navigated) / 1000;
        const cpuAtOpen = childrenCpuSeconds();
        const cpu = cpuAtOpen - cpuAtClick;
        const cpuSinceLoad = cpuAtOpen - cpuAtNavigation;
        const seen = await page.evaluate(() => [...new Set(window.__seen)]);
        build.times.push(seconds);
        build.sinceLoad.push(sinceLoad);
        build.cpu.push(cpu);
        build.cpuSinceLoad.push(cpuSinceLoad);
        build.progress.push(seen.length);
        console.log(
          `${build.label} run ${run + 1}: ${seconds.toFixed(2)} s from the click ` +
            `(${sinceLoad.toFixed(2)} s from the navigation), Chromium CPU ${fmt(cpu)} s ` +
            `(${fmt(cpuSinceLoad)} s from the navigation), ` +
            `${seen.length} percentages shown, ` +
            `load average ${loadAtStart}`
        );
        await context.close();
      }
    }
  } finally {
    await browser.close();
    for (const build of builds) build.server.close();
  }
  const median = (xs) => {
    const sorted = [...xs].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  };
  const list = (xs) => xs.map((t) => t.toFixed(2)).join(", ");
  console.log(
    "\nbuild | median s from the click | runs (s) | median s from the navigation | " +
      "median Chromium CPU s from the click | from the navigation | percentages shown"
  );
  for (const b of builds) {
    console.log(
      `${b.label} | ${median(b.times).toFixed(2)} | ${list(b.times)} | ${median(b.sinceLoad).toFixed(2)} | ` +
        `${fmt(median(b.cpu))} | ${fmt(median(b.cpuSinceLoad))} | ${b.progress.join(", ")}`
    );
  }
  console.log(`load average after: ${load()}`);
}

function fmt(seconds) {
  return Number.isNaN(seconds) ? "n/a" : seconds.toFixed(2);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
