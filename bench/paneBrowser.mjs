/**
 * The standalone pane in Debian's Chromium, as the pane benches drive it (bench/paneOpen.mjs,
 * bench/paneOpenProfile.mjs): the browser, and a fresh context a run at the pane's 450 px width
 * in English, Office.js from Microsoft's CDN refused (the standalone mode runs without it).
 */
import { chromium } from "playwright-core";

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Debian's Chromium, headless (CHROMIUM_PATH elsewhere). */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"],
  });
}

/** A new context for one run: 450 x 720, en-US, no Office.js. */
export async function standaloneContext(browser) {
  const context = await browser.newContext({
    viewport: { width: 450, height: 720 },
    locale: "en-US",
  });
  await context.route("**/*", (route) =>
    route.request().url() === OFFICE_JS ? route.abort() : route.continue()
  );
  return context;
}
