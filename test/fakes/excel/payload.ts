/**
 * How the fake measures a sync, as Excel on the web does: the UTF-8 bytes of the JSON of each
 * request and each response, refused over 5 MB either way ("Excel on the web has a payload size
 * limit for requests and responses of 5MB", learn.microsoft.com "Resource limits and performance
 * optimization for Office Add-ins", section Excel add-ins; errors RequestPayloadSizeLimitExceeded
 * and ResponsePayloadSizeLimitExceeded, e.g. microsoftgraph/microsoft-graph-docs#15709). The
 * JSON is really built and encoded (no estimate), so what src/excel budgets is checked exactly.
 */

/** 5 MB read strictly as 5,000,000 bytes (the documentation gives no finer figure). */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;

/**
 * Per action, the JSON envelope around its data. A request carries each action and the object
 * path it needs: `{"Id":12,"ActionType":4,"Name":"Values","ObjectPathId":9,"ArgumentInfo":...}`
 * and `"9":{"Id":9,"ObjectPathType":3,"Name":"GetRangeByIndexes","ParentObjectPathId":7,...}`
 * (RequestMessageBody / ObjectPathInfo in office-js's runtime, dist/excel.debug.js): about 120
 * characters, counted 150. A response carries `{"ActionId":12,"Value":...}` per result: 30.
 */
export const ACTION_REQUEST_OVERHEAD_BYTES = 150;
export const ACTION_RESPONSE_OVERHEAD_BYTES = 30;

const utf8 = new TextEncoder();

/**
 * UTF-8 bytes of the JSON of `value` (undefined as null). TextEncoder, not Node's Buffer: the
 * fake also runs in the browser, behind the e2e tests' fake Office.
 */
export function jsonBytes(value: unknown): number {
  return utf8.encode(JSON.stringify(value ?? null)).length;
}
