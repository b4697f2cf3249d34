/**
 * Size of a value once serialised as JSON, without building the string: what Office.js sends
 * and receives per sync is JSON, and Excel on the web refuses more than 5 MB either way.
 */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

export function jsonBytes(value: unknown): number {
  if (value === null || value === undefined) return 4;
  switch (typeof value) {
    case "number":
      return Number.isFinite(value) ? String(value).length : 4;
    case "boolean":
      return value ? 4 : 5;
    case "string":
      return value.length + 2;
    default:
      break;
  }
  if (Array.isArray(value)) {
    let bytes = 1 + value.length;
    for (const item of value) bytes += jsonBytes(item);
    return bytes;
  }
  return JSON.stringify(value).length;
}
