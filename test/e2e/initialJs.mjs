/**
 * The task pane's first-load weight: the local scripts taskpane.html loads before the pane can
 * render (the initial chunks webpack injected), raw and gzipped. Used by run.mjs; importable by
 * a bench (`import { measureInitialJs } from "../test/e2e/initialJs.mjs"`).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";

/**
 * Sums the sizes of the local <script src> files of `dist/taskpane.html`; office.js (from
 * Microsoft's CDN) is not ours and not counted. Gzip at level 9, as a static host would serve.
 * @returns {Promise<{ files: string[], raw: number, gzipped: number }>} sizes in bytes
 */
export async function measureInitialJs(dist) {
  const html = await readFile(path.join(dist, "taskpane.html"), "utf8");
  const files = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
  if (files.length === 0) throw new Error("taskpane.html loads no local script: is dist/ built?");
  let raw = 0;
  let gzipped = 0;
  for (const file of files) {
    const bytes = await readFile(path.join(dist, file));
    raw += bytes.length;
    gzipped += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, raw, gzipped };
}

/** Bytes as kilobytes with one decimal, for reports. */
export const kb = (bytes) => (bytes / 1024).toFixed(1);
