/**
 * The name on the deck's title slide: the data's file name without its folder and extension
 * ("C:\data\crm-sample.xlsx" -> "crm-sample"). The CLI names its first input file, the pane the
 * file it opened or, in Excel, the workbook (a path, or a URL for a workbook in the cloud:
 * "https://contoso.sharepoint.com/.../Ventes%202025.xlsx?web=1" -> "Ventes 2025"), so both
 * title the same data the same way.
 */
export function deckName(fileName: string): string {
  const isUrl = /^[a-z][a-z0-9+.-]*:\/\//i.test(fileName);
  const path = isUrl ? fileName.split(/[?#]/)[0] : fileName;
  let base = path.split(/[\\/]/).pop() ?? "";
  if (isUrl) {
    try {
      base = decodeURIComponent(base);
    } catch {
      // a malformed escape: the name as it is written
    }
  }
  return base.replace(/\.(xlsx|xlsm|xlsb|xls|csv|csv\.gz|gz|parquet)$/i, "");
}
