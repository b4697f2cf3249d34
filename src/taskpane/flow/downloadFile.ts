/** MIME types of the files the pane offers, by extension. */
const TYPES: Record<string, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
};
/** The URL of the latest file of each kind (the report and the deck keep their own link). */
const lastUrls = new Map<string, string>();

/**
 * Offers bytes as a downloaded file (a Blob URL clicked through a hidden link) and returns the
 * URL, so the pane can show a link to download it again. The previous file of the same kind is
 * released: only the latest report and the latest deck are kept in memory.
 *
 * Inside Excel this is also the best the platform documents for bytes made in the pane:
 * - Office on the web downloads through the browser; Office on Windows' Edge WebView2 downloads
 *   too (OfficeDev/office-js#1793 shows desktop Excel's download bar in a task pane).
 * - Office.context.ui.openBrowserWindow exists "to accomplish tasks that cannot always be done in
 *   the sandboxed webview ... for example, downloading a PDF file" (Open Browser Window API
 *   requirement sets, https://learn.microsoft.com/javascript/api/requirement-sets/common/open-browser-window-api-requirement-sets),
 *   but takes only "the full URL ... including protocol (http or https) ... Other protocols
 *   ... aren't supported" (Office.UI.openBrowserWindow reference): a blob: or data: URL of a
 *   deck that exists only in the pane (no data leaves the workbook) cannot go that way.
 * - Excel on Mac's WKWebView ignores download links (OfficeDev/office-js#3385, #4681, open): the
 *   Write step says so in Excel mode and names the way out (Excel on the web, the browser pane).
 */
export function downloadFile(bytes: Uint8Array, fileName: string): string {
  const kind = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? "";
  const previous = lastUrls.get(kind);
  if (previous) URL.revokeObjectURL(previous);
  const type = TYPES[kind] ?? "application/octet-stream";
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  lastUrls.set(kind, url);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  return url;
}
