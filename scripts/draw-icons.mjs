/**
 * Renders the add-in's icons from their SVG sources to the PNG sizes the manifest lists:
 * assets/icon-small.svg (drawn for small sizes) -> 16, 32 px; assets/icon.svg -> 64, 80, 128 px.
 * Uses Chromium through playwright-core, so the PNGs match what a browser draws.
 * Run it after changing an SVG: `node scripts/draw-icons.mjs`; commit the PNGs (CI does not run it).
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const assets = path.join(root, "assets");
const icons = [
  { source: "icon-small.svg", sizes: [16, 32] },
  { source: "icon.svg", sizes: [64, 80, 128] },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { source, sizes } of icons) {
    const svg = await readFile(path.join(assets, source));
    const dataUrl = `data:image/svg+xml;base64,${svg.toString("base64")}`;
    for (const size of sizes) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<html><body style="margin:0;background:transparent">` +
          `<img src="${dataUrl}" width="${size}" height="${size}" style="display:block"></body></html>`
      );
      await page.locator("img").evaluate((img) => img.decode());
      const png = await page.screenshot({
        omitBackground: true,
        clip: { x: 0, y: 0, width: size, height: size },
      });
      const target = path.join(assets, `icon-${size}.png`);
      await writeFile(target, png);
      console.log(`${path.relative(root, target)}  ${size}x${size}  from ${source}`);
    }
  }
} finally {
  await browser.close();
}
