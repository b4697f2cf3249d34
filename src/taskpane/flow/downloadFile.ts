const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
let lastUrl: string | null = null;

/**
 * Offers bytes as a downloaded .xlsx file (a Blob URL clicked through a hidden link) and returns
 * the URL, so the pane can show a link to download it again. The previous report's URL is
 * released: only the latest report is kept in memory.
 */
export function downloadFile(bytes: Uint8Array, fileName: string): string {
  if (lastUrl) URL.revokeObjectURL(lastUrl);
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
  lastUrl = url;
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  return url;
}
