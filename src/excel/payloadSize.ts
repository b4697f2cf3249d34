/**
 * The size of a sync as Excel on the web counts it: the UTF-8 bytes of the JSON it sends (the
 * request: every queued action and the data it carries) and of the JSON it gets back (the
 * response: every loaded value). Excel on the web refuses a request or a response over 5 MB
 * (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded): "Excel on the web has a
 * payload size limit for requests and responses of 5MB" (learn.microsoft.com, "Resource limits
 * and performance optimization for Office Add-ins", section Excel add-ins, and
 * "Optimize performance using the Excel JavaScript API", section Payload size limit best
 * practices). Reads and writes are cut into blocks measured with this module; the test fake
 * (test/fakes/excel) measures every sync the same way, exactly, and enforces the limit.
 */

/** Excel on the web's limit on one request and on one response, read as 5,000,000 bytes. */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;

/** The most any sync of ours may weigh, either way: a fifth of margin under the limit. */
export const MAX_BYTES_PER_SYNC = 4_000_000;

/** What blocks aim at: 3 MiB, so a block measured on a sample of its rows stays under 4 MB. */
export const TARGET_BYTES_PER_SYNC = 3 * 1024 * 1024;

/**
 * The JSON envelope of one action in a request, without its data. Office.js sends a request as
 * `{ Actions: [{ Id, ActionType, Name, ObjectPathId, ArgumentInfo | QueryInfo }], ObjectPaths:
 * { id: { Id, ObjectPathType, Name, ParentObjectPathId, ArgumentInfo } } }` (OfficeExtension's
 * RequestMessageBody in office-js, dist/excel.debug.js): an action with the object path it
 * needs is about 120 characters, e.g. `{"Id":12,"ActionType":4,"Name":"Values","ObjectPathId":9,
 * "ArgumentInfo":{"Arguments":[...]}}` and `"9":{"Id":9,"ObjectPathType":3,"Name":
 * "GetRangeByIndexes","ParentObjectPathId":7,"ArgumentInfo":{"Arguments":[0,0,10,8]}}`. We
 * count 150 bytes so a request of many small actions is never underestimated.
 */
export const ACTION_REQUEST_OVERHEAD_BYTES = 150;

/** The JSON envelope of one action's result in a response (`{"ActionId":12,"Value":...}`). */
export const ACTION_RESPONSE_OVERHEAD_BYTES = 30;

/** Never more cells than this in one read (Office's limit on a range's get operations). */
export const MAX_CELLS_PER_READ = 5_000_000;

/**
 * UTF-8 bytes of a string once JSON-quoted: quotes, escapes ("\"", "\\", control characters as
 * \n or \u00XX), 1-3 bytes a code unit below 0x10000, 4 for a surrogate pair, 6 for a lone one
 * (JSON.stringify writes it as \uXXXX).
 */
export function stringJsonBytes(text: string): number {
  let bytes = 2;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code === 0x22 || code === 0x5c) bytes += 2;
      else if (code < 0x20)
        bytes += code === 8 || code === 9 || code === 10 || code === 12 || code === 13 ? 2 : 6;
      else bytes += 1;
    } else if (code < 0x800) {
      bytes += 2;
    } else if (code >= 0xd800 && code <= 0xdbff) {
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 6;
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      bytes += 6;
    } else {
      bytes += 3;
    }
  }
  return bytes;
}

/** UTF-8 bytes of a cell value's JSON. */
export function cellJsonBytes(value: unknown): number {
  switch (typeof value) {
    case "number":
      return Number.isFinite(value) ? String(value).length : 4;
    case "string":
      return stringJsonBytes(value);
    case "boolean":
      return value ? 4 : 5;
    default:
      return value === null || value === undefined
        ? 4
        : new TextEncoder().encode(JSON.stringify(value)).length;
  }
}

/** UTF-8 bytes of one row's JSON: its cells, commas and brackets. */
export function rowJsonBytes(row: readonly unknown[]): number {
  let bytes = 1 + Math.max(1, row.length);
  for (const value of row) bytes += cellJsonBytes(value);
  return bytes;
}

/** UTF-8 bytes of a 2-D array's JSON. */
export function gridJsonBytes(rows: readonly (readonly unknown[])[]): number {
  let bytes = 1 + Math.max(1, rows.length);
  for (const row of rows) bytes += rowJsonBytes(row);
  return bytes;
}

/** True for Office's refusal of a request or a response over the payload limit. */
export function isPayloadLimitError(code: string | undefined): boolean {
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}
