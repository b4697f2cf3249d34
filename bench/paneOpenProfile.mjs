/**
 * CPU profiles of opening the sample in the standalone pane (the span bench/paneOpen.mjs times:
 * the click on "Try the sample data" to body[data-source="open"]), in Debian's Chromium: one
 * profile of the pane's thread and one of the analysis worker (Chrome DevTools Protocol's
 * Profiler, the worker reached through the page's auto-attached targets). Writes
 * DIR/page-N.cpuprofile and DIR/worker-N.cpuprofile (open them in DevTools' Performance panel,
 * or summarise them), and prints the time from the click of each run.
 *
 * Usage: node bench/paneOpenProfile.mjs DIST_DIR OUT_DIR [--runs N] [--wait MS]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { serve } from "../test/e2e/staticServer.mjs";
import { launchChromium, standaloneContext } from "./paneBrowser.mjs";

const [distArg, outArg] = process.argv.slice(2);
const runsAt = process.argv.indexOf("--runs");
const runs = runsAt >= 0 ? Number(process.argv[runsAt + 1]) : 1;
const waitAt = process.argv.indexOf("--wait");
/** Milliseconds between the button showing and the click (a user reading the pane first). */
const wait = waitAt >= 0 ? Number(process.argv[waitAt + 1]) : 0;
if (!distArg || !outArg)
  throw new Error("usage: node bench/paneOpenProfile.mjs DIST OUT [--runs N]");
const outDir = path.resolve(outArg);
mkdirSync(outDir, { recursive: true });

/** A CDP channel to a worker through the page's session (Target.sendMessageToTarget). */
function workerChannel(session, sessionId) {
  let next = 1;
  const waiting = new Map();
  session.on("Target.receivedMessageFromTarget", (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message);
    const settle = waiting.get(message.id);
    if (!settle) return;
    waiting.delete(message.id);
    if (message.error) settle.reject(new Error(message.error.message));
    else settle.resolve(message.result);
  });
  return (method, params = {}) =>
    new Promise((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve, reject });
      void session.send("Target.sendMessageToTarget", {
        sessionId,
        message: JSON.stringify({ id, method, params }),
      });
    });
}

async function main() {
  const browser = await launchChromium();
  const server = await serve(path.resolve(distArg));
  const base = `http://127.0.0.1:${server.address().port}/`;
  try {
    for (let run = 1; run <= runs; run++) {
      const context = await standaloneContext(browser);
      const page = await context.newPage();
      const session = await context.newCDPSession(page);
      const workers = [];
      session.on("Target.attachedToTarget", (event) => {
        if (event.targetInfo.type === "worker") workers.push(event.sessionId);
      });
      await session.send("Target.setAutoAttach", {
        autoAttach: true,
        waitForDebuggerOnStart: false,
        flatten: false,
      });
      await page.goto(`${base}taskpane.html`);
      const button = page.getByRole("button", { name: "Try the sample data" });
      await button.waitFor({ timeout: 120_000 });
      await page.waitForFunction(() => document.body.dataset.engine === "ready");
      await page.waitForTimeout(wait);
      if (workers.length === 0) throw new Error("no worker target attached");
      const worker = workerChannel(session, workers[0]);
      await worker("Profiler.enable");
      await worker("Profiler.setSamplingInterval", { interval: 200 });
      await session.send("Profiler.enable");
      await session.send("Profiler.setSamplingInterval", { interval: 200 });
      await worker("Profiler.start");
      await session.send("Profiler.start");
      const started = Date.now();
      await button.click();
      await page.waitForSelector('body[data-source="open"]', { timeout: 600_000 });
      const seconds = (Date.now() - started) / 1000;
      const pageProfile = await session.send("Profiler.stop");
      const workerProfile = await worker("Profiler.stop");
      writeFileSync(
        path.join(outDir, `page-${run}.cpuprofile`),
        JSON.stringify(pageProfile.profile)
      );
      writeFileSync(
        path.join(outDir, `worker-${run}.cpuprofile`),
        JSON.stringify(workerProfile.profile)
      );
      console.log(`run ${run}: ${seconds.toFixed(2)} s from the click (profiled)`);
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
